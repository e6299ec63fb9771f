#pragma once

#include "meetings/Meeting.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

class QTableWidget;
class QWidget;

namespace sd::storage {
class Database;
}

/// What the Meetings page's parts share: each body's colour, the quorum line, short labels for
/// narrow columns, and the small tables the panels use.
namespace sd::ui::mtg {

/// Translated words for the Meetings page's parts (one tr context for the shared labels).
class MeetingLabels
{
    Q_DECLARE_TR_FUNCTIONS(sd::ui::MeetingLabels)

public:
    /// "two thirds" for 2/3, "one half" for 1/2, else "3/5".
    static QString fraction(const Fraction &share);
    /// The live line: "Present 80 of 120, 80 needed — quorate (two thirds)", or that no quorum
    /// applies, with the unrecorded lines counted.
    static QString quorum(const meetings::Quorum &quorum);
    /// "—", "✓" or "✗" with a word, for the list.
    static QString quorumMark(const meetings::Quorum &quorum);
    /// 过半数 / 半数以上 / 三分之二以上 for narrow columns.
    static QString ruleShort(meetings::VoteRule rule);
    /// A roll line's status; "Not recorded" when it has none.
    static QString status(const std::optional<meetings::AttendanceStatus> &status);
    static QString reply(const std::optional<meetings::Reply> &reply);
    /// Yes for a flag shown in a narrow column (secret ballot).
    static QString yes();
};

/// MeetingStore::check of a resolution being edited against the roll as marked, with the
/// warning when its rule is weaker than the charter's.
[[nodiscard]] meetings::ResolutionCheck checkResolution(storage::Database &db, meetings::MeetingBody body,
    const meetings::Resolution &resolution, const meetings::Quorum &quorum);

/// The colour that marks a body in the year view and the list.
[[nodiscard]] QColor bodyColour(meetings::MeetingBody body);
/// Green, red and amber used for quorum and outcome.
[[nodiscard]] QColor goodColour();
[[nodiscard]] QColor badColour();
[[nodiscard]] QColor warnColour();
/// The colour of a roll status (none: grey).
[[nodiscard]] QColor statusColour(const std::optional<meetings::AttendanceStatus> &status);

[[nodiscard]] QString isoDate(QDate date);

/// A read-only table of whole rows, one selected at a time (the Branches page's habit).
QTableWidget *makeTable(QWidget *parent, const QString &objectName);
/// Appends a row; `id` is kept in Qt::UserRole of every cell.
int addRow(QTableWidget *table, const QStringList &cells, qint64 id = 0);
/// Columns fitted to their contents, none wider than `maximum`, the last one stretched.
void fitColumns(QTableWidget *table, int maximum = 320);
/// The id kept in the current row, or 0.
[[nodiscard]] qint64 currentId(const QTableWidget *table);
/// Makes the row holding `id` current; false when there is none.
bool selectId(QTableWidget *table, qint64 id);

} // namespace sd::ui::mtg
