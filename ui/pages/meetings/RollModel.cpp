#include "pages/meetings/RollModel.h"

#include "pages/meetings/MeetingSupport.h"

#include <QBrush>
#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>

namespace sd::ui {

using meetings::AttendanceLine;
using meetings::AttendanceStatus;
using meetings::MeetingText;
using meetings::Reply;
using mtg::MeetingLabels;

namespace {

const QList<Reply> kReplies { Reply::Attending, Reply::Proxy, Reply::Excused };

} // namespace

RollModel::RollModel(QObject *parent) : QAbstractTableModel(parent) { }

void RollModel::setLines(const QList<AttendanceLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    m_dirty = false;
    endResetModel();
}

void RollModel::markSaved()
{
    m_dirty = false;
}

AttendanceStatus RollModel::next(const std::optional<AttendanceStatus> &status)
{
    if (!status)
        return AttendanceStatus::Present;
    switch (*status) {
    case AttendanceStatus::Present:
        return AttendanceStatus::Excused;
    case AttendanceStatus::Excused:
        return AttendanceStatus::Absent;
    case AttendanceStatus::Absent:
        return AttendanceStatus::Proxy;
    case AttendanceStatus::Proxy:
        return AttendanceStatus::Present;
    }
    return AttendanceStatus::Present;
}

void RollModel::cycle(int row)
{
    if (row >= 0 && row < m_lines.size())
        setStatus(row, next(m_lines.at(row).status));
}

void RollModel::setStatus(int row, const std::optional<AttendanceStatus> &status)
{
    if (m_readOnly || row < 0 || row >= m_lines.size() || m_lines.at(row).status == status)
        return;
    m_lines[row].status = status;
    changed(row, StatusColumn, ProxyColumn);
}

bool RollModel::needsProxy(int row) const
{
    return row >= 0 && row < m_lines.size() && m_lines.at(row).status == AttendanceStatus::Proxy
        && m_lines.at(row).proxyTo.trimmed().isEmpty();
}

void RollModel::changed(int row, int firstColumn, int lastColumn)
{
    m_dirty = true;
    emit dataChanged(index(row, firstColumn), index(row, lastColumn));
    emit edited();
}

int RollModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int RollModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RollModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AttendanceLine &l = m_lines.at(index.row());
    const bool proxy = l.status == AttendanceStatus::Proxy;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PositionColumn:
            return index.row() + 1;
        case NameColumn:
            return l.name;
        case MemberNoColumn:
            return l.memberNo;
        case RoleColumn:
            return l.role;
        case ReplyColumn:
            return MeetingLabels::reply(l.reply);
        case StatusColumn:
            return MeetingLabels::status(l.status);
        case ProxyColumn:
            if (!proxy)
                return QString();
            return l.proxyTo.trimmed().isEmpty() ? tr("By whom?") : l.proxyTo;
        }
        break;
    case Qt::EditRole:
        switch (index.column()) {
        case ReplyColumn:
            return l.reply ? static_cast<int>(*l.reply) : kNoReply;
        case StatusColumn:
            return l.status ? static_cast<int>(*l.status) : -1;
        case ProxyColumn:
            return l.proxyTo;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return QBrush(mtg::statusColour(l.status));
        if (index.column() == ProxyColumn && needsProxy(index.row()))
            return QBrush(mtg::badColour());
        break;
    case Qt::FontRole:
        if (index.column() == StatusColumn && l.status) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PositionColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == StatusColumn)
            return QVariant(Qt::AlignCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn)
            return tr("Click, or press Space, to change; 1 present, 2 excused, 3 absent, 4 proxy, 0 not recorded.");
        if (index.column() == ProxyColumn && proxy)
            return tr("Who attends for %1 (double-click or F2 to edit).").arg(l.name);
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == StatusColumn)
            return QString(l.name + QStringLiteral(": ") + MeetingLabels::status(l.status));
        break;
    case Qt::UserRole:
        return l.id;
    default:
        break;
    }
    return {};
}

bool RollModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (m_readOnly || role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    AttendanceLine &l = m_lines[index.row()];
    switch (index.column()) {
    case ReplyColumn: {
        const int v = value.toInt();
        const std::optional<Reply> reply = v < 0 ? std::nullopt : std::optional<Reply>(static_cast<Reply>(v));
        if (reply == l.reply)
            return true;
        l.reply = reply;
        changed(index.row(), ReplyColumn, ReplyColumn);
        return true;
    }
    case StatusColumn: {
        const int v = value.toInt();
        setStatus(index.row(), v < 0 ? std::nullopt : std::optional<AttendanceStatus>(static_cast<AttendanceStatus>(v)));
        return true;
    }
    case ProxyColumn: {
        const QString whom = value.toString().trimmed();
        if (whom == l.proxyTo)
            return true;
        l.proxyTo = whom;
        changed(index.row(), ProxyColumn, ProxyColumn);
        return true;
    }
    default:
        break;
    }
    return false;
}

Qt::ItemFlags RollModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || m_readOnly)
        return f;
    if (index.column() == ReplyColumn
        || (index.column() == ProxyColumn && m_lines.at(index.row()).status == AttendanceStatus::Proxy))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant RollModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PositionColumn:
        return tr("#");
    case NameColumn:
        return tr("Name");
    case MemberNoColumn:
        return tr("Member No.");
    case RoleColumn:
        return tr("Seat");
    case ReplyColumn:
        return tr("Reply Slip");
    case StatusColumn:
        return tr("Attendance");
    case ProxyColumn:
        return tr("Proxy");
    }
    return {};
}

// --- ReplyDelegate

QWidget *ReplyDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("roll.replyEditor"));
    combo->addItem(tr("No reply"), RollModel::kNoReply);
    for (Reply r : kReplies)
        combo->addItem(MeetingText::label(r), static_cast<int>(r));
    return combo;
}

void ReplyDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
}

void ReplyDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

// --- RollView

RollView::RollView(QWidget *parent) : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    setItemDelegateForColumn(RollModel::ReplyColumn, new ReplyDelegate(this));
    connect(this, &QTableView::clicked, this, &RollView::onClicked);
}

void RollView::setRollModel(RollModel *model)
{
    m_roll = model;
    setModel(model);
}

void RollView::onClicked(const QModelIndex &index)
{
    if (m_readOnly || !m_roll || !index.isValid() || index.column() != RollModel::StatusColumn)
        return;
    m_roll->cycle(index.row());
    askProxy(index.row());
}

void RollView::askProxy(int row)
{
    if (!m_roll->needsProxy(row))
        return;
    const QModelIndex proxy = m_roll->index(row, RollModel::ProxyColumn);
    setCurrentIndex(proxy);
    edit(proxy);
}

void RollView::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
    if (m_readOnly || !m_roll || !current.isValid() || state() == QAbstractItemView::EditingState
        || event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return QTableView::keyPressEvent(event);
    const int row = current.row();
    std::optional<std::optional<AttendanceStatus>> set;
    switch (event->key()) {
    case Qt::Key_Space:
        m_roll->cycle(row);
        event->accept();
        askProxy(row);
        return;
    case Qt::Key_1:
        set = std::optional<AttendanceStatus>(AttendanceStatus::Present);
        break;
    case Qt::Key_2:
        set = std::optional<AttendanceStatus>(AttendanceStatus::Excused);
        break;
    case Qt::Key_3:
        set = std::optional<AttendanceStatus>(AttendanceStatus::Absent);
        break;
    case Qt::Key_4:
        set = std::optional<AttendanceStatus>(AttendanceStatus::Proxy);
        break;
    case Qt::Key_0:
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        set = std::optional<AttendanceStatus>();
        break;
    default:
        return QTableView::keyPressEvent(event);
    }
    event->accept();
    m_roll->setStatus(row, *set);
    if (m_roll->needsProxy(row))
        return askProxy(row);
    // Marking goes down the roll, one key per person.
    if (row + 1 < m_roll->rowCount())
        setCurrentIndex(m_roll->index(row + 1, current.column()));
}

} // namespace sd::ui
