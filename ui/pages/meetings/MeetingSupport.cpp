#include "pages/meetings/MeetingSupport.h"

#include "meetings/MeetingStore.h"
#include "storage/ProfileStore.h"

#include <QHeaderView>
#include <QTableWidget>

#include <algorithm>

namespace sd::ui::mtg {

using meetings::AttendanceStatus;
using meetings::MeetingBody;
using meetings::MeetingText;
using meetings::Quorum;
using meetings::Reply;
using meetings::VoteRule;

QString MeetingLabels::fraction(const Fraction &share)
{
    if (share == Fraction(2, 3))
        return tr("two thirds");
    if (share == Fraction(1, 2))
        return tr("one half");
    if (share == Fraction(3, 4))
        return tr("three quarters");
    if (share == Fraction(1, 1))
        return tr("all");
    return share.toString();
}

QString MeetingLabels::quorum(const Quorum &q)
{
    if (!q.applicable)
        return tr("No quorum applies to this meeting · present %1 of %2").arg(q.present).arg(q.seats);
    if (q.seats == 0)
        return tr("The roll is empty: no seats of this body in the term on the meeting date.");
    QString line = q.isQuorate()
        ? tr("Present %1 of %2, %3 needed — quorate (%4)").arg(q.present).arg(q.seats).arg(q.needed()).arg(fraction(q.required))
        : tr("Present %1 of %2, %3 needed — not quorate (%4)").arg(q.present).arg(q.seats).arg(q.needed()).arg(fraction(q.required));
    if (q.unrecorded > 0)
        line = tr("%1 · not yet recorded: %2").arg(line).arg(q.unrecorded);
    return line;
}

QString MeetingLabels::quorumMark(const Quorum &q)
{
    if (!q.applicable || q.seats == 0)
        return QStringLiteral("—");
    if (q.unrecorded == q.seats)
        return tr("not recorded");
    return q.isQuorate() ? tr("✓ quorate") : tr("✗ not quorate");
}

QString MeetingLabels::ruleShort(VoteRule rule)
{
    switch (rule) {
    case VoteRule::MoreThanHalf:
        return tr("More than half");
    case VoteRule::AtLeastHalf:
        return tr("At least half");
    case VoteRule::TwoThirds:
        return tr("Two thirds");
    }
    return {};
}

QString MeetingLabels::status(const std::optional<AttendanceStatus> &status)
{
    return status ? MeetingText::label(*status) : tr("Not recorded");
}

QString MeetingLabels::reply(const std::optional<Reply> &reply)
{
    return reply ? MeetingText::label(*reply) : QString();
}

QString MeetingLabels::yes()
{
    return tr("Yes");
}

meetings::ResolutionCheck checkResolution(
    storage::Database &db, MeetingBody body, const meetings::Resolution &resolution, const Quorum &quorum)
{
    return meetings::MeetingStore::check(resolution, body, quorum, storage::ProfileStore(db).settings());
}

QColor bodyColour(MeetingBody body)
{
    switch (body) {
    case MeetingBody::Congress:
        return QColor(0xb3, 0x26, 0x1e); // red
    case MeetingBody::Council:
        return QColor(0x1f, 0x5f, 0xbf); // blue
    case MeetingBody::StandingCouncil:
        return QColor(0x13, 0x8a, 0x72); // teal
    case MeetingBody::SupervisoryBoard:
        return QColor(0x8e, 0x44, 0xad); // purple
    case MeetingBody::ChairOffice:
        return QColor(0xd3, 0x84, 0x00); // amber
    case MeetingBody::SecretaryGeneralOffice:
        return QColor(0x6d, 0x6d, 0x6d); // grey
    }
    return Qt::gray;
}

QColor goodColour()
{
    return QColor(0x1b, 0x7f, 0x3b);
}

QColor badColour()
{
    return QColor(0xb3, 0x26, 0x1e);
}

QColor warnColour()
{
    return QColor(0x8a, 0x53, 0x00);
}

QColor statusColour(const std::optional<AttendanceStatus> &status)
{
    if (!status)
        return QColor(0x80, 0x80, 0x80);
    switch (*status) {
    case AttendanceStatus::Present:
        return goodColour();
    case AttendanceStatus::Excused:
        return QColor(0x1f, 0x5f, 0xbf);
    case AttendanceStatus::Absent:
        return badColour();
    case AttendanceStatus::Proxy:
        return QColor(0x8e, 0x44, 0xad);
    }
    return {};
}

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QTableWidget *makeTable(QWidget *parent, const QString &objectName)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

int addRow(QTableWidget *table, const QStringList &cells, qint64 id)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        item->setData(Qt::UserRole, id);
        table->setItem(row, column, item);
    }
    return row;
}

void fitColumns(QTableWidget *table, int maximum)
{
    table->resizeColumnsToContents();
    for (int column = 0; column < table->columnCount() - 1; ++column)
        table->setColumnWidth(column, std::min(table->columnWidth(column), maximum));
    // Sizing every column to its contents sized the last one too, which ends its stretch: the
    // table then stops short of the view's right edge. Stretch it again.
    table->horizontalHeader()->setStretchLastSection(false);
    table->horizontalHeader()->setStretchLastSection(true);
}

qint64 currentId(const QTableWidget *table)
{
    const int row = table->currentRow();
    const QTableWidgetItem *item = row >= 0 ? table->item(row, 0) : nullptr;
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

bool selectId(QTableWidget *table, qint64 id)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0) && table->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
            table->setCurrentCell(row, 0);
            return true;
        }
    }
    return false;
}

} // namespace sd::ui::mtg
