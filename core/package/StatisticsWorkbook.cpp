#include "package/StatisticsWorkbook.h"

#include "branches/BranchStore.h"
#include "governance/Governance.h"
#include "meetings/Meeting.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include <xlsxwriter.h>

namespace sd::package {

namespace {

constexpr const char *kContext = "sd::package::StatisticsWorkbook";

/// One sheet being written: rows of text or integer cells, the first row of each table bold.
class Sheet
{
public:
    Sheet(lxw_workbook *workbook, const QString &name, lxw_format *bold)
        : m_sheet(workbook_add_worksheet(workbook, name.toUtf8().constData()))
        , m_bold(bold)
    { }
    [[nodiscard]] bool ok() const { return m_sheet != nullptr && m_error == LXW_NO_ERROR; }

    void header(const QStringList &cells)
    {
        for (int c = 0; c < cells.size(); ++c) {
            text(c, cells.at(c), m_bold);
            m_widths.resize(std::max<qsizetype>(m_widths.size(), c + 1), 10);
            m_widths[c] = std::max(m_widths[c], int(cells.at(c).size()) * 2 + 2);
        }
        ++m_row;
    }
    /// A row: QString cells as text, qint64 cells as numbers, std::nullopt as empty.
    template <typename... Cells>
    void row(const Cells &...cells)
    {
        int c = 0;
        (cell(c++, cells), ...);
        ++m_row;
    }
    void blank() { ++m_row; }
    void finish()
    {
        for (int c = 0; c < int(m_widths.size()); ++c)
            worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), std::min(m_widths[c], 60), nullptr);
    }

private:
    void text(int c, const QString &value, lxw_format *format = nullptr)
    {
        if (value.isEmpty() || !m_sheet)
            return;
        const lxw_error e = worksheet_write_string(m_sheet, lxw_row_t(m_row), lxw_col_t(c), value.toUtf8().constData(), format);
        if (e != LXW_NO_ERROR)
            m_error = e;
    }
    void cell(int c, const QString &value) { text(c, value); }
    void cell(int c, qint64 value)
    {
        if (!m_sheet)
            return;
        // Counts are far below 2^53: exact as the double a spreadsheet number is.
        const lxw_error e = worksheet_write_number(m_sheet, lxw_row_t(m_row), lxw_col_t(c), double(value), nullptr);
        if (e != LXW_NO_ERROR)
            m_error = e;
    }
    void cell(int c, const std::optional<qint64> &value)
    {
        if (value)
            cell(c, *value);
    }

    lxw_worksheet *m_sheet;
    lxw_format *m_bold;
    int m_row = 0;
    std::vector<int> m_widths;
    lxw_error m_error = LXW_NO_ERROR;
};

QString bodyName(const QString &code)
{
    if (const auto body = governance::GovernanceText::bodyFromCode(code))
        return governance::GovernanceText::sheetValue(*body);
    return code;
}

QString roleName(const QString &code)
{
    if (const auto role = governance::GovernanceText::roleFromCode(code))
        return governance::GovernanceText::sheetValue(*role);
    return code;
}

QString meetingBodyName(const QString &code)
{
    if (const auto body = meetings::MeetingText::bodyFromCode(code))
        return meetings::MeetingText::sheetValue(*body);
    return code;
}

QString branchStatusName(const QString &code)
{
    if (const auto status = branches::BranchText::statusFromCode(code))
        return branches::BranchText::sheetValue(*status);
    return code;
}

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

QStringList StatisticsWorkbook::sheetNames()
{
    return { QStringLiteral("members"), QStringLiteral("bodies"), QStringLiteral("branches"), QStringLiteral("meetings"),
        QStringLiteral("activities") };
}

QByteArray StatisticsWorkbook::write(
    const annual::AnnualFigures &figures, QDate created, i18n::Language language, QString *error)
{
    const i18n::DocumentTranslator translator(language);
    const auto t = [&](const char *source) { return translator.translate(kContext, source); };
    const auto fail = [&](const QString &why) {
        if (error)
            *error = tr("The statistics workbook cannot be written (%1).").arg(why);
        return QByteArray();
    };

    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(dir.errorString());
    const QString path = dir.filePath(QStringLiteral("statistics.xlsx"));
    const QByteArray tmp = QDir::toNativeSeparators(dir.path()).toLocal8Bit();
    lxw_workbook_options options {};
    options.tmpdir = const_cast<char *>(tmp.constData());
    lxw_workbook *workbook = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (!workbook)
        return fail(tr("libxlsxwriter could not start"));

    lxw_doc_properties properties {};
    properties.created = time_t(QDateTime(created, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());
    workbook_set_properties(workbook, &properties);
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);

    const QStringList names = sheetNames();
    const annual::MemberFigures &m = figures.members;
    Sheet members(workbook, names.at(0), bold);
    members.header({ t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Figure")), t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Item")), t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Value")) });
    members.row(t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Individual members on 31 December")), QString(), m.individual);
    members.row(t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Individual members on 31 December of the year before")), QString(), m.individualBefore);
    members.row(t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Unit members on 31 December")), QString(), m.units);
    members.row(t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Unit members on 31 December of the year before")), QString(), m.unitsBefore);
    members.row(t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Individual members joined in the year")), QString(), m.joined);
    members.row(t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Individual members left in the year")), QString(), m.exited);
    members.row(t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Unit members joined in the year")), QString(), m.unitsJoined);
    members.row(t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Unit members left in the year")), QString(), m.unitsExited);
    members.row(t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Front-line members")), t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "yes")), m.frontLine.yes);
    members.row(t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Front-line members")), t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "no")), m.frontLine.no);
    members.row(t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Front-line members")), t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "unknown")), m.frontLine.unknown);
    members.row(t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Members due to pay dues for the year")), QString(), m.dues.members);
    members.row(t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Members who paid dues for the year")), QString(), m.dues.paid);
    for (const annual::GradeCount &g : m.byGrade)
        members.row(t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Members by grade")), g.grade, g.members);
    for (auto it = m.byAgeBand.cbegin(); it != m.byAgeBand.cend(); ++it)
        members.row(t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Members by age band")), it.key(), it.value());
    for (auto it = m.byAffiliationType.cbegin(); it != m.byAffiliationType.cend(); ++it)
        members.row(t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Members by type of employer")), it.key() == QLatin1StringView("unknown") ? t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "unknown")) : it.key(),
            it.value());
    members.finish();

    Sheet bodies(workbook, names.at(1), bold);
    bodies.header({ t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Body")), t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Seats")), t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Front line: yes")), t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Front line: no")), t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Front line: unknown")),
        t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Women")), t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Men")), t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Sex unknown")), t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Party members")), t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Not party members")), t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Party membership unknown")),
        t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Young")), t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Not young")), t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Age unknown")), t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Young: at most this age")), t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Seats in the previous term")) });
    for (const annual::BodyFigure &b : figures.governance.bodies)
        bodies.row(bodyName(b.body), b.seats, b.frontLine.yes, b.frontLine.no, b.frontLine.unknown, b.women.yes,
            b.women.no, b.women.unknown, b.party.yes, b.party.no, b.party.unknown, b.young.yes, b.young.no,
            b.young.unknown, qint64(b.youngAge), b.previousTermSeats);
    bodies.blank();
    bodies.header({ t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Leader")), t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Name")) });
    for (const annual::LeaderFigure &l : figures.governance.leaders)
        bodies.row(roleName(l.role), l.name);
    bodies.finish();

    Sheet branches(workbook, names.at(2), bold);
    branches.header({ t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Branch")), t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Kind")), t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Status on 31 December")), t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Established on")), t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Dissolved on")),
        t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Activities")), t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Participants")), t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Activities without a participant count")) });
    for (const annual::BranchFigure &b : figures.branches.branches)
        branches.row(b.name, b.kind, branchStatusName(b.status), isoDate(b.establishedOn), isoDate(b.dissolvedOn),
            b.activities, b.participants, b.withoutParticipants);
    branches.finish();

    Sheet meetingSheet(workbook, names.at(3), bold);
    meetingSheet.header({ t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Body")), t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Meetings held")), t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Quorate")), t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Not quorate")), t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Quorum undecided")) });
    for (const annual::MeetingCount &c : figures.governance.meetings)
        meetingSheet.row(meetingBodyName(c.body), c.held, c.quorate, c.notQuorate, c.undecided);
    meetingSheet.finish();

    Sheet activities(workbook, names.at(4), bold);
    activities.header({ t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Kind")), t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Activities")), t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Participants")), t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Activities without a participant count")),
        t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Brand activities")) });
    for (const annual::ActivityKindFigure &k : figures.activities.byKind)
        activities.row(branches::BranchText::activityKindSheetValue(k.kind), k.activities, k.participants,
            k.withoutParticipants, k.brand);
    activities.row(t(QT_TRANSLATE_NOOP("sd::package::StatisticsWorkbook", "Total")), figures.activities.activities(), figures.activities.participants(),
        figures.activities.withoutParticipants(), qint64(figures.activities.brand.size()));
    activities.finish();

    const bool sheetsOk = members.ok() && bodies.ok() && branches.ok() && meetingSheet.ok() && activities.ok();
    const lxw_error closed = workbook_close(workbook);
    if (!sheetsOk || closed != LXW_NO_ERROR)
        return fail(QString::fromUtf8(lxw_strerror(closed)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    return file.readAll();
}

} // namespace sd::package
