#include "pages/compliance/PackSelector.h"

#include "pages/compliance/FindingModel.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd::ui {

using rules::PackLoader;
using rules::RulePack;

namespace {

constexpr int PackIdRole = Qt::UserRole;
constexpr int PackFileRole = Qt::UserRole + 1; ///< index into m_filePacks + 1; 0 for a shipped pack

/// The shipped packs, parsed once (they are compiled in and validated by the tests).
const QList<RulePack> &builtinPacks()
{
    static const QList<RulePack> packs = [] {
        QList<RulePack> list;
        for (const QString &id : PackLoader::builtinIds()) {
            rules::PackError error;
            if (const std::optional<RulePack> pack = PackLoader::builtin(id, &error))
                list << *pack;
            else
                qWarning("%s", qPrintable(error.text()));
        }
        return list;
    }();
    return packs;
}

} // namespace

PackSelector::PackSelector(QWidget *parent)
    : QGroupBox(parent)
    , m_list(new QListWidget(this))
    , m_load(new QPushButton(this))
{
    m_list->setObjectName(QStringLiteral("compliance.packs"));
    m_load->setObjectName(QStringLiteral("compliance.loadPack"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setMaximumHeight((m_list->fontMetrics().height() + 6) * 6 + 6); // the six shipped packs
    connect(m_list, &QListWidget::itemChanged, this, &PackSelector::selectionChanged);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->setSpacing(4);
    layout->addWidget(m_list, 1);
    auto *loadRow = new QHBoxLayout;
    loadRow->addWidget(m_load);
    loadRow->addStretch(1);
    layout->addLayout(loadRow);
    setFocusProxy(m_list);
    retranslateUi();
}

const RulePack *PackSelector::builtin(const QString &id)
{
    for (const RulePack &p : builtinPacks()) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

void PackSelector::addItem(const QString &id, int file, bool checked)
{
    auto *item = new QListWidgetItem(m_list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setData(PackIdRole, id);
    item->setData(PackFileRole, file);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void PackSelector::reset(const QStringList &checkedIds)
{
    QList<bool> fileChecks;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(PackFileRole).toInt() > 0)
            fileChecks << (m_list->item(i)->checkState() == Qt::Checked);
    }
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const RulePack &pack : builtinPacks())
        addItem(pack.id, 0, checkedIds.contains(pack.id));
    for (int i = 0; i < m_filePacks.size(); ++i)
        addItem(m_filePacks.at(i).id, i + 1, fileChecks.value(i, true));
    retranslateUi();
}

QStringList PackSelector::selectedIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids << m_list->item(i)->data(PackIdRole).toString();
    }
    return ids;
}

QList<RulePack> PackSelector::selectedPacks() const
{
    QList<RulePack> packs;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        const int file = item->data(PackFileRole).toInt();
        if (file > 0)
            packs << m_filePacks.at(file - 1);
        else if (const RulePack *pack = builtin(item->data(PackIdRole).toString()))
            packs << *pack;
    }
    return packs;
}

bool PackSelector::loadFile(const QString &path, rules::PackError *error)
{
    const std::optional<RulePack> pack = PackLoader::fromFile(path, error);
    if (!pack)
        return false;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    qsizetype at = -1;
    for (qsizetype i = 0; i < m_filePacks.size(); ++i) {
        if (QFileInfo(m_filePacks.at(i).fileName).absoluteFilePath() == absolute)
            at = i;
    }
    const QSignalBlocker block(m_list);
    if (at >= 0) {
        m_filePacks[at] = *pack;
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->data(PackFileRole).toInt() == at + 1) {
                m_list->item(i)->setData(PackIdRole, pack->id);
                m_list->item(i)->setCheckState(Qt::Checked);
            }
        }
    } else {
        m_filePacks << *pack;
        addItem(pack->id, static_cast<int>(m_filePacks.size()), true);
        m_list->scrollToItem(m_list->item(m_list->count() - 1));
    }
    retranslateUi();
    return true;
}

void PackSelector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void PackSelector::retranslateUi()
{
    setTitle(tr("Rule packs"));
    m_list->setToolTip(tr("The packs evaluated; at first those the society's settings name. Space checks or unchecks one."));
    m_load->setText(tr("&Load Pack File…"));
    m_load->setToolTip(tr("Evaluate a rule pack from a file as well (checked as a shipped pack is)."));
    const QSignalBlocker block(m_list);
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const int file = item->data(PackFileRole).toInt();
        const RulePack *pack = file > 0 ? &m_filePacks.at(file - 1) : builtin(item->data(PackIdRole).toString());
        if (!pack)
            continue;
        item->setText(file > 0 ? tr("%1 (file %2)").arg(FindingModel::title(*pack), QFileInfo(pack->fileName).fileName())
                               : FindingModel::title(*pack));
        item->setToolTip(pack->partial ? tr("%1 — covers part of its source so far").arg(pack->id) : pack->id);
    }
}

} // namespace sd::ui
