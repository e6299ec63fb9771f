#include "reports/AnnualReportDocument.h"

#include "annual/AnnualFigures.h"
#include "branches/BranchStore.h"
#include "governance/Governance.h"
#include "meetings/Meeting.h"
#include "members/MemberStatistics.h"
#include "reports/Chart.h"
#include "reports/MeetingWording.h"
#include "settings/SocietySettings.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"
#include "util/Clock.h"

#include <QFileInfo>

namespace sd::reports {

/// The translation context of the report's words and of its messages.
class AnnualReportWords
{
    Q_DECLARE_TR_FUNCTIONS(sd::reports::AnnualReport)
};

namespace {

using annual::AnnualReportStore;
using annual::ReportStatus;

constexpr const char *kContext = "sd::reports::AnnualReport";

/// The report's vocabulary in the document language.
class Wording
{
public:
    explicit Wording(const i18n::DocumentTranslator &translator)
        : m_translator(translator)
        , m_common(translator)
    { }
    [[nodiscard]] QString t(const char *source) const { return m_translator.translate(kContext, source); }
    [[nodiscard]] bool isChinese() const { return m_translator.language() == i18n::Language::Chinese; }
    [[nodiscard]] QString section(const QString &code) const
    {
        return m_translator.translate("sd::annual::AnnualReportStore", sectionSource(code));
    }
    [[nodiscard]] QString status(ReportStatus s) const
    {
        static constexpr const char *names[] = { QT_TRANSLATE_NOOP("sd::annual::AnnualReportStore", "Draft"),
            QT_TRANSLATE_NOOP("sd::annual::AnnualReportStore", "In review"),
            QT_TRANSLATE_NOOP("sd::annual::AnnualReportStore", "Approved"),
            QT_TRANSLATE_NOOP("sd::annual::AnnualReportStore", "Published") };
        return m_translator.translate("sd::annual::AnnualReportStore", names[int(s)]);
    }
    [[nodiscard]] const MeetingWording &common() const { return m_common; }

private:
    static const char *sectionSource(const QString &code)
    {
        if (code == QLatin1StringView("development"))
            return QT_TRANSLATE_NOOP("sd::annual::AnnualReportStore", "Development overview");
        if (code == QLatin1StringView("governance"))
            return QT_TRANSLATE_NOOP("sd::annual::AnnualReportStore", "Internal governance");
        if (code == QLatin1StringView("activities"))
            return QT_TRANSLATE_NOOP("sd::annual::AnnualReportStore", "Main activities");
        if (code == QLatin1StringView("members"))
            return QT_TRANSLATE_NOOP("sd::annual::AnnualReportStore", "Member development and services");
        return QT_TRANSLATE_NOOP("sd::annual::AnnualReportStore", "Finances");
    }

    const i18n::DocumentTranslator &m_translator;
    MeetingWording m_common;
};


QString number(qint64 n)
{
    return QLocale::c().toString(n);
}

/// part / whole as a percentage with one decimal ("76.5%"); a dash when there is no whole.
QString percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return QStringLiteral("—");
    return QString::number(100.0 * double(part) / double(whole), 'f', 1) + u'%';
}

QString yuan(qint64 cents)
{
    return annual::Finance::groupedYuan(cents);
}

/// The generated parts as the report shows them, in the document language.
class Parts
{
public:
    Parts(Document &document, const annual::AnnualFigures &figures, const Wording &wording)
        : d(document)
        , f(figures)
        , w(wording)
    { }

    void development();
    void governance();
    void activities();
    void members();
    void finances();

private:
    [[nodiscard]] QString t(const char *source) const { return w.t(source); }
    [[nodiscard]] QString people(qint64 n) const { return t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "%1 people")).arg(number(n)); }
    [[nodiscard]] QString units(qint64 n) const { return t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "%1 units")).arg(number(n)); }
    [[nodiscard]] QString yuanText(qint64 cents) const { return t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "%1 yuan")).arg(yuan(cents)); }
    /// The change from `before` to `now`: "up 45 (8.2%)", "down 3 (1.5%)", "no change".
    [[nodiscard]] QString change(qint64 now, qint64 before) const
    {
        const qint64 delta = now - before;
        if (delta == 0)
            return t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "no change"));
        const QString n = number(delta > 0 ? delta : -delta);
        if (before <= 0)
            return t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "up %1")).arg(n);
        const QString p = percent(delta > 0 ? delta : -delta, before);
        return delta > 0 ? t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "up %1 (%2)")).arg(n, p)
                         : t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "down %1 (%2)")).arg(n, p);
    }
    /// The change in a table cell, signed and short: "+45 / +8.2%", "−3 / −1.5%", "0".
    [[nodiscard]] static QString signedChange(qint64 now, qint64 before)
    {
        const qint64 delta = now - before;
        if (delta == 0)
            return QStringLiteral("0");
        const QString sign = delta > 0 ? QStringLiteral("+") : QStringLiteral("−");
        const qint64 size = delta > 0 ? delta : -delta;
        QString text = sign + number(size);
        if (before > 0)
            text += QStringLiteral(" / ") + sign + percent(size, before);
        return text;
    }
    /// A value with its change on the year before: "595 people (up 45 (8.2%))".
    [[nodiscard]] QString withChange(const QString &value, qint64 now, qint64 before) const
    {
        return t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "%1 (%2 on the year before)")).arg(value, change(now, before));
    }
    [[nodiscard]] QString yesNo(const governance::YesNoUnknown &v) const
    {
        QString text = QStringLiteral("%1 (%2)").arg(number(v.yes), percent(v.yes, v.total()));
        if (v.unknown > 0)
            text += t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", ", %1 not recorded")).arg(number(v.unknown));
        return text;
    }
    [[nodiscard]] QString body(const QString &code) const
    {
        const std::optional<meetings::MeetingBody> b = meetings::MeetingText::bodyFromCode(code);
        return b ? w.common().body(*b) : code;
    }
    [[nodiscard]] QString role(const QString &code) const
    {
        if (code == QLatin1StringView("chair"))
            return t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Chair"));
        if (code == QLatin1StringView("vice_chair"))
            return t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Vice-Chair"));
        if (code == QLatin1StringView("secretary_general"))
            return t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Secretary-General"));
        return code;
    }
    [[nodiscard]] QString activityKind(const QString &code) const;
    [[nodiscard]] QString ageBand(const QString &band) const;
    [[nodiscard]] QString branchStatus(const QString &code) const;
    [[nodiscard]] QString regulationKind(const QString &code) const
    {
        return w.isChinese() ? governance::Regulation::sheetValue(code) : QString(code).replace(u'_', u' ');
    }
    [[nodiscard]] QString date(QDate date) const { return date.isValid() ? w.common().date(date) : QStringLiteral("—"); }
    [[nodiscard]] QString threshold(const annual::ThresholdFigure &th) const;
    [[nodiscard]] QString verdict(std::optional<bool> meets) const
    {
        if (!meets)
            return t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Undecided"));
        return *meets ? t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Met"))
                      : t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Not met"));
    }
    void table(const QList<Document::Column> &columns, const QList<QStringList> &rows, const QString &empty)
    {
        if (rows.isEmpty()) {
            d.paragraph(empty);
            return;
        }
        d.table({ columns, rows });
    }
    [[nodiscard]] Chart membersChart() const;

    Document &d;
    const annual::AnnualFigures &f;
    const Wording &w;
};

QString Parts::activityKind(const QString &code) const
{
    static const QHash<QString, const char *> names {
        { QStringLiteral("academic_conference"), QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Academic conferences") },
        { QStringLiteral("science_popularization"), QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Science popularisation") },
        { QStringLiteral("training"), QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Training") },
        { QStringLiteral("consulting"), QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Policy consulting") },
        { QStringLiteral("evaluation"), QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "S&T evaluation") },
        { QStringLiteral("group_standard"), QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Group standards") },
        { QStringLiteral("award_nomination"), QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Award nominations") },
        { QStringLiteral("international"), QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "International exchange") },
        { QStringLiteral("other"), QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Other activities") },
    };
    const char *name = names.value(code);
    return name ? t(name) : code;
}

QString Parts::ageBand(const QString &band) const
{
    if (band == QLatin1StringView("<=35"))
        return t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "35 and under"));
    if (band == QLatin1StringView(">65"))
        return t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Over 65"));
    if (band == QLatin1StringView("unknown"))
        return t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Not recorded"));
    return t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "%1 years")).arg(QString(band).replace(u'-', u'–'));
}

QString Parts::branchStatus(const QString &code) const
{
    const std::optional<branches::BranchStatus> s = branches::BranchText::statusFromCode(code);
    if (!s)
        return QStringLiteral("—");
    switch (*s) {
    case branches::BranchStatus::Proposed:
        return t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Being set up"));
    case branches::BranchStatus::Active:
        return t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Active"));
    case branches::BranchStatus::Suspended:
        return t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Suspended"));
    case branches::BranchStatus::Dissolved:
        return t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Dissolved"));
    }
    return code;
}

QString Parts::threshold(const annual::ThresholdFigure &th) const
{
    const QString share = w.common().fraction(th.threshold);
    if (th.id == QLatin1StringView("council_front_line"))
        return t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Front-line councillors at least %1")).arg(share);
    if (th.id == QLatin1StringView("standing_front_line"))
        return t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Front-line standing councillors at least %1")).arg(share);
    if (th.id == QLatin1StringView("standing_ratio"))
        return t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Standing council at most %1 of the council")).arg(share);
    return th.id;
}

Chart Parts::membersChart() const
{
    Chart c;
    c.kind = Chart::Kind::Line;
    c.title = t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Members at the end of each year"));
    ChartSeries individual { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Individual members")), {}, {} };
    ChartSeries unit { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Unit members")), {}, {} };
    for (const annual::YearMembers &y : f.members.series) {
        c.categories << QString::number(y.year);
        individual.values << double(y.individual);
        unit.values << double(y.units);
    }
    c.series = { individual, unit };
    return c;
}

void Parts::development()
{
    QList<QPair<QString, QString>> fields;
    if (f.governance.term) {
        const annual::TermFigure &term = *f.governance.term;
        fields << qMakePair(t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Term in office")),
            t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Term %1, %2 to %3"))
                .arg(w.isChinese() ? governance::GovernanceText::termLabel(term.number) : QString::number(term.number),
                    date(term.start), date(term.end)));
    }
    qint64 branches = 0;
    for (qint64 n : f.branches.byKind)
        branches += n;
    fields << qMakePair(t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Individual members at year end")),
        withChange(people(f.members.individual), f.members.individual, f.members.individualBefore))
           << qMakePair(t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Unit members at year end")),
                  withChange(units(f.members.units), f.members.units, f.members.unitsBefore))
           << qMakePair(t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Branches in being")), number(branches))
           << qMakePair(t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Activities in the year")),
                  t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "%1, with %2 participants"))
                      .arg(number(f.activities.activities()), number(f.activities.participants())));
    qint64 meetings = 0;
    for (const annual::MeetingCount &m : f.governance.meetings)
        meetings += m.held;
    fields << qMakePair(t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Meetings held")), number(meetings));
    const annual::FinanceSummary &money = f.finances.summary;
    if (!money.cents.isEmpty()) {
        fields << qMakePair(t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Income")), yuanText(money.incomeTotal()))
               << qMakePair(t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Expenses")), yuanText(money.expenseTotal()));
    }
    d.leadIn(t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "The year at a glance")));
    d.fields(fields, 1);
}

void Parts::governance()
{
    const annual::GovernanceFigures &g = f.governance;
    using Align = Document::Align;
    d.subheading(t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Governing bodies")));
    if (!g.term) {
        d.paragraph(t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "No term is recorded by the end of the year.")));
    } else {
        QList<QStringList> rows;
        for (const annual::BodyFigure &b : g.bodies) {
            rows << QStringList { body(b.body), number(b.seats), yesNo(b.frontLine), yesNo(b.women), yesNo(b.party),
                yesNo(b.young) };
        }
        const int youngAge = g.bodies.isEmpty() ? 45 : g.bodies.constFirst().youngAge;
        table({ { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Body")), 18, Align::Left },
                  { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Seats")), 10, Align::Right },
                  { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Front line")), 0, Align::Right },
                  { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Women")), 0, Align::Right },
                  { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Party members")), 0, Align::Right },
                  { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Aged %1 or under")).arg(youngAge), 0, Align::Right } },
            rows, t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "No seats are recorded.")));
        rows.clear();
        for (const annual::ThresholdFigure &th : g.thresholds) {
            QString actual = QStringLiteral("%1/%2 (%3)").arg(number(th.part), number(th.whole), percent(th.part, th.whole));
            if (th.unknown > 0)
                actual += t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", ", %1 not recorded")).arg(number(th.unknown));
            rows << QStringList { threshold(th), actual, verdict(th.meets) };
        }
        if (g.councilSize) {
            rows << QStringList { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Council at most %1 seats for %2 members"))
                                      .arg(number(g.councilSize->cap), number(g.councilSize->members)),
                number(g.councilSize->seats), verdict(!g.councilSize->over()) };
        }
        if (g.supervisorySize) {
            rows << QStringList { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Supervisory board of an odd number, %1 to %2"))
                                      .arg(g.supervisorySize->minimum)
                                      .arg(g.supervisorySize->maximum),
                number(g.supervisorySize->seats), verdict(g.supervisorySize->ok()) };
        }
        if (!rows.isEmpty()) {
            d.leadIn(t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Against the reform requirements:")));
            d.table({ { { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Requirement")), 50, Align::Left },
                          { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "At year end")), 0, Align::Right },
                          { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Result")), 14, Align::Center } },
                rows });
        }
    }

    d.subheading(t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Leadership")));
    QList<QStringList> rows;
    for (const annual::LeaderFigure &l : g.leaders)
        rows << QStringList { role(l.role), l.name };
    table({ { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Post")), 40, Align::Left },
              { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Name")), 0, Align::Left } },
        rows, t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "No leaders are recorded.")));
    if (!g.leaderChanges.isEmpty()) {
        rows.clear();
        for (const annual::LeaderChange &c : g.leaderChanges) {
            rows << QStringList { date(c.date), role(c.role), c.name,
                c.change == QLatin1StringView("took_office") ? t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Took office"))
                                                             : t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Left office")) };
        }
        d.leadIn(t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Changes in the year:")));
        d.table({ { { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Date")), 26, Align::Left },
                      { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Post")), 24, Align::Left },
                      { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Name")), 0, Align::Left },
                      { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Change")), 18, Align::Left } },
            rows });
    }

    d.subheading(t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Meetings and resolutions")));
    rows.clear();
    for (const annual::MeetingCount &m : g.meetings) {
        if (m.held == 0)
            continue;
        // The office meetings have no quorum to count.
        const std::optional<meetings::MeetingBody> b = meetings::MeetingText::bodyFromCode(m.body);
        const bool quorum = b && meetings::MeetingText::seatBody(*b).has_value();
        const QString dash = QStringLiteral("—");
        rows << QStringList { body(m.body), number(m.held), quorum ? number(m.quorate) : dash,
            quorum ? number(m.notQuorate) : dash, quorum ? number(m.undecided) : dash };
    }
    table({ { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Body")), 32, Align::Left },
              { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Held")), 0, Align::Right },
              { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Quorate")), 0, Align::Right },
              { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Not quorate")), 0, Align::Right },
              { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Undecided")), 0, Align::Right } },
        rows, t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "No meetings were held in the year.")));
    QString summary = t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "%1 resolutions adopted")).arg(number(g.resolutions.size()));
    if (g.resolutionsRejected > 0)
        summary += t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", ", %1 rejected")).arg(number(g.resolutionsRejected));
    if (g.resolutionsNotQuorate > 0)
        summary += t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", ", %1 not valid for want of a quorum")).arg(number(g.resolutionsNotQuorate));
    if (g.resolutionsUndecided > 0)
        summary += t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", ", %1 without a recorded outcome")).arg(number(g.resolutionsUndecided));
    d.leadIn(summary + (w.isChinese() ? QStringLiteral("。") : QStringLiteral(".")));
    rows.clear();
    for (const annual::ResolutionFigure &r : g.resolutions) {
        const std::optional<meetings::ResolutionKind> kind = meetings::MeetingText::kindFromCode(r.kind);
        rows << QStringList { date(r.date), body(r.body), kind ? w.common().kind(*kind) : r.kind, r.text };
    }
    if (!rows.isEmpty()) {
        d.table({ { { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Date")), 22, Align::Left },
                      { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Meeting")), 18, Align::Left },
                      { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Kind")), 16, Align::Left },
                      { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Resolution")), 0, Align::Left } },
            rows });
    }

    d.subheading(t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Regulations adopted")));
    rows.clear();
    for (const annual::RegulationFigure &r : g.regulations)
        rows << QStringList { r.title, regulationKind(r.kind), date(r.adoptedOn) };
    table({ { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Title")), 0, Align::Left },
              { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Kind")), 22, Align::Left },
              { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Adopted on")), 24, Align::Left } },
        rows, t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "No regulations were adopted in the year.")));
}

void Parts::activities()
{
    using Align = Document::Align;
    const annual::ActivityFigures &a = f.activities;
    d.subheading(t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Activities by kind")));
    QList<QStringList> rows;
    Chart chart;
    chart.kind = Chart::Kind::HorizontalBar;
    chart.title = t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Activities by kind"));
    ChartSeries held { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Activities")), {}, {} };
    for (const annual::ActivityKindFigure &k : a.byKind) {
        rows << QStringList { activityKind(k.kind), number(k.activities), number(k.participants), number(k.withoutParticipants),
            number(k.brand) };
        chart.categories << activityKind(k.kind);
        held.values << double(k.activities);
    }
    chart.series = { held };
    if (!rows.isEmpty()) {
        rows << QStringList { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Total")), number(a.activities()),
            number(a.participants()), number(a.withoutParticipants()), number(a.brand.size()) };
    }
    table({ { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Kind")), 30, Align::Left },
              { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Activities")), 0, Align::Right },
              { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Participants")), 0, Align::Right },
              { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Participants not recorded")), 0, Align::Right },
              { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Brand activities")), 0, Align::Right } },
        rows, t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "No activities are recorded for the year.")));
    if (!rows.isEmpty()) {
        d.paragraph(t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport",
            "Participants are the sum of those recorded; an activity without a count is shown apart, not counted as none.")));
        d.chart(chart, 190);
    }
    if (!a.brand.isEmpty()) {
        d.leadIn(t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Brand activities:")));
        rows.clear();
        for (const annual::BrandActivity &b : a.brand) {
            rows << QStringList { b.name, activityKind(b.kind), date(b.start),
                b.branch.isEmpty() ? t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "The society")) : b.branch,
                b.participants ? number(*b.participants) : QStringLiteral("—") };
        }
        d.table({ { { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Activity")), 0, Align::Left },
                      { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Kind")), 16, Align::Left },
                      { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Date")), 20, Align::Left },
                      { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Held by")), 20, Align::Left },
                      { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Participants")), 12, Align::Right } },
            rows });
    }

    const annual::BranchFigures &b = f.branches;
    d.subheading(t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Branches")));
    QStringList kinds;
    for (auto it = b.byKind.cbegin(); it != b.byKind.cend(); ++it)
        kinds << QStringLiteral("%1 %2").arg(it.key(), number(it.value()));
    d.fields({ { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "In being at year end")),
                   kinds.isEmpty() ? QStringLiteral("0") : kinds.join(w.isChinese() ? QStringLiteral("，") : QStringLiteral(", ")) },
                 { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Set up in the year")), number(b.setUp) },
                 { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Dissolved in the year")), number(b.dissolved) } },
        1);
    rows.clear();
    for (const annual::BranchFigure &br : b.branches) {
        QString participants = number(br.participants);
        if (br.withoutParticipants > 0)
            participants += t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", " (+%1 not recorded)")).arg(number(br.withoutParticipants));
        rows << QStringList { br.name, br.kind, branchStatus(br.status), number(br.activities), participants };
    }
    table({ { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Branch")), 0, Align::Left },
              { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Kind")), 16, Align::Left },
              { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Status at year end")), 14, Align::Left },
              { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Activities")), 12, Align::Right },
              { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Participants")), 18, Align::Right } },
        rows, t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "No branches are recorded.")));
}

void Parts::members()
{
    using Align = Document::Align;
    const annual::MemberFigures &m = f.members;
    d.subheading(t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Members")));
    d.table({ { { QString(), 30, Align::Left },
                  { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "At year end")), 0, Align::Right },
                  { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "A year before")), 0, Align::Right },
                  { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Change")), 0, Align::Right },
                  { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Joined")), 0, Align::Right },
                  { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Left")), 0, Align::Right } },
        { { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Individual members")), number(m.individual), number(m.individualBefore),
              signedChange(m.individual, m.individualBefore), number(m.joined), number(m.exited) },
            { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Unit members")), number(m.units), number(m.unitsBefore),
                signedChange(m.units, m.unitsBefore), number(m.unitsJoined), number(m.unitsExited) } } });
    if (!m.series.isEmpty())
        d.chart(membersChart(), 200);

    d.subheading(t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Make-up of the individual members")));
    QList<QStringList> rows;
    Chart grades;
    grades.kind = Chart::Kind::HorizontalBar;
    grades.title = t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Members by grade"));
    ChartSeries count { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Members")), {}, {} };
    for (const annual::GradeCount &g : m.byGrade) {
        rows << QStringList { g.grade, number(g.members), percent(g.members, m.individual) };
        grades.categories << g.grade;
        count.values << double(g.members);
    }
    grades.series = { count };
    table({ { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Grade")), 0, Align::Left },
              { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Members")), 20, Align::Right },
              { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Share")), 20, Align::Right } },
        rows, t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "No members at the end of the year.")));
    if (!rows.isEmpty())
        d.chart(grades, 40 + 22 * qreal(qMax<qsizetype>(2, m.byGrade.size())));

    rows.clear();
    for (const QString &band : sd::members::ageBands()) {
        if (m.byAgeBand.contains(band))
            rows << QStringList { ageBand(band), number(m.byAgeBand.value(band)), percent(m.byAgeBand.value(band), m.individual) };
    }
    if (!rows.isEmpty()) {
        d.leadIn(t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "By age at year end:")));
        d.table({ { { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Age")), 0, Align::Left },
                      { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Members")), 20, Align::Right },
                      { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Share")), 20, Align::Right } },
            rows });
    }
    rows.clear();
    for (auto it = m.byAffiliationType.cbegin(); it != m.byAffiliationType.cend(); ++it) {
        rows << QStringList { it.key() == QLatin1StringView("unknown") ? ageBand(it.key()) : it.key(), number(it.value()),
            percent(it.value(), m.individual) };
    }
    if (!rows.isEmpty()) {
        d.leadIn(t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "By the kind of employer:")));
        d.table({ { { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Employer")), 0, Align::Left },
                      { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Members")), 20, Align::Right },
                      { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Share")), 20, Align::Right } },
            rows });
    }

    d.subheading(t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Front line and dues")));
    d.fields({ { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Front-line members")), yesNo(m.frontLine) },
                 { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Dues paid for the year")),
                     t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "%1 of %2 members (%3)"))
                         .arg(number(m.dues.paid), number(m.dues.members), percent(m.dues.paid, m.dues.members)) },
                 { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "The year before")),
                     t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "%1 of %2 members (%3)"))
                         .arg(number(m.duesBefore.paid), number(m.duesBefore.members), percent(m.duesBefore.paid, m.duesBefore.members)) } },
        1);
}

void Parts::finances()
{
    using Align = Document::Align;
    const annual::FinanceSummary &s = f.finances.summary;
    if (s.cents.isEmpty()) {
        d.paragraph(t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "The finance summary for the year is not entered.")));
    } else {
        QList<QStringList> rows;
        Chart chart;
        chart.kind = Chart::Kind::HorizontalBar;
        chart.format = Chart::Format::Yuan;
        chart.title = t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Income and expenses (yuan)"));
        ChartSeries income { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Income")), {}, {} };
        ChartSeries expenses { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Expenses")), {}, {} };
        const auto name = [&](const annual::FinanceCategory &c) {
            return w.isChinese() ? QString::fromUtf16(c.zh) : QString::fromLatin1(annual::Finance::labelSource(c));
        };
        const auto add = [&](annual::FinanceCategory::Side side) {
            for (const annual::FinanceCategory &c : annual::Finance::categories()) {
                if (c.side != side)
                    continue;
                const std::optional<qint64> amount = s.amount(QLatin1StringView(c.code));
                rows << QStringList { name(c), amount ? yuan(*amount) : t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Not entered")) };
                if (amount && side != annual::FinanceCategory::Side::NetAssets) {
                    chart.categories << name(c);
                    const bool in = side == annual::FinanceCategory::Side::Income;
                    income.values << (in ? double(*amount) / 100 : qQNaN());
                    expenses.values << (in ? qQNaN() : double(*amount) / 100);
                }
            }
        };
        add(annual::FinanceCategory::Side::Income);
        rows << QStringList { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Total income")), yuan(s.incomeTotal()) };
        add(annual::FinanceCategory::Side::Expense);
        rows << QStringList { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Total expenses")), yuan(s.expenseTotal()) };
        rows << QStringList { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Surplus")), yuan(s.incomeTotal() - s.expenseTotal()) };
        add(annual::FinanceCategory::Side::NetAssets);
        d.table({ { { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Item of the activity statement")), 0, Align::Left },
                      { t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Amount (yuan)")), 30, Align::Right } },
            rows });
        chart.series = { income, expenses };
        d.chart(chart, 40 + 20 * qreal(qMax<qsizetype>(2, chart.categories.size())));
    }
    const annual::DuesCrossCheck &dues = f.finances.duesCheck;
    QString check = t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "The dues register shows %1 received in %2 payments."))
                        .arg(yuanText(dues.received), number(dues.payments));
    if (dues.differs()) {
        const qint64 difference = *dues.entered - dues.received;
        check += u' '
            + (difference > 0 ? t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "The dues income entered (%1) is %2 more: check the accounts."))
                              : t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "The dues income entered (%1) is %2 less: check the accounts.")))
                  .arg(yuanText(*dues.entered), yuanText(difference > 0 ? difference : -difference));
    }
    d.paragraph(check);
}

/// The snapshot read once for a document; nullopt with `error` when it cannot be read.
struct Snapshot
{
    explicit Snapshot(const AnnualReportSource &source)
        : figures(annual::AnnualFigures::fromJson(source.content.figures, &error))
    { }
    QString error;
    std::optional<annual::AnnualFigures> figures;
};

/// The section's generated part from the snapshot (a snapshot that cannot be read says so).
void generatedPart(Document &d, const QString &section, const Snapshot &snapshot, const Wording &w)
{
    const std::optional<annual::AnnualFigures> &figures = snapshot.figures;
    if (!figures) {
        d.paragraph(w.t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "[The generated part cannot be shown: %1]")).arg(snapshot.error));
        return;
    }
    Parts parts(d, *figures, w);
    if (section == QLatin1StringView("development"))
        parts.development();
    else if (section == QLatin1StringView("governance"))
        parts.governance();
    else if (section == QLatin1StringView("activities"))
        parts.activities();
    else if (section == QLatin1StringView("members"))
        parts.members();
    else if (section == QLatin1StringView("finances"))
        parts.finances();
}

void narrative(Document &d, const QString &section, const AnnualReportSource &source, const Wording &w)
{
    const QString text = source.content.narrative(section);
    if (AnnualReportStore::isBlank(text))
        d.paragraph(w.t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "[The narrative of this section is not yet written.]")));
    else
        d.richText(text);
}

} // namespace

AnnualReportOptions annualReportOptions(storage::Database &db)
{
    AnnualReportOptions options;
    storage::ProfileStore profiles(db);
    options.language = i18n::fromCode(profiles.settings().text(SocietySetting::DocumentLanguage));
    options.society = profiles.profile().name;
    options.generatedOn = db.clock().today();
    return options;
}

QJsonObject annualFiguresSnapshot(const storage::Database &db, int year)
{
    return annual::computeAnnualFigures(db, year).toJson();
}

std::optional<AnnualReportSource> annualReportSource(storage::Database &db, int year, int version, QString *error)
{
    AnnualReportSource source;
    source.year = year;
    const annual::AnnualReportStore store(db);
    const std::optional<annual::AnnualReport> report = store.report(year);
    if (!report) {
        if (version > 0) {
            if (error)
                *error = AnnualReportWords::tr("There is no %1 report, so it has no version %2.").arg(year).arg(version);
            return std::nullopt;
        }
        source.content.figures = annualFiguresSnapshot(db, year);
        return source;
    }
    source.status = report->status;
    source.publishedOn = report->publishedOn;
    if (version == 0) {
        source.content = report->content;
    } else {
        const std::optional<annual::ReportVersion> v = store.version(year, version);
        if (!v) {
            if (error)
                *error = AnnualReportWords::tr("The %1 report has no version %2.").arg(year).arg(version);
            return std::nullopt;
        }
        source.version = version;
        source.versionNote = v->note;
        source.status = v->status;
        source.content = v->content;
    }
    if (source.content.figures.isEmpty())
        source.content.figures = annualFiguresSnapshot(db, year);
    return source;
}

Document annualReport(const AnnualReportSource &source, const AnnualReportOptions &options)
{
    const i18n::DocumentTranslator translator(options.language);
    const Wording w(translator);
    const QString title = w.t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Annual Report %1")).arg(source.year);
    Document d(title);
    d.setLanguage(w.isChinese() ? QStringLiteral("zh-CN") : QStringLiteral("en"));
    d.setRunningHeader(options.society);
    d.setPageNumberFormat(w.common().pageFormat());
    if (source.isDraft())
        d.setMark(w.t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "DRAFT")));

    d.spacing(120).titleLine(options.society).spacing(24).titleLine(title).spacing(36);
    QString state = source.status ? w.status(*source.status) : w.t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Not yet saved"));
    if (source.status == ReportStatus::Published && source.publishedOn.isValid())
        state = w.t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Published on %1")).arg(w.common().date(source.publishedOn));
    d.subtitle(state);
    if (source.version > 0)
        d.subtitle(w.t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Version %1")).arg(source.version));
    if (options.generatedOn.isValid())
        d.spacing(120).paragraph(w.t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Generated on %1")).arg(w.common().date(options.generatedOn)), Document::Align::Center);
    d.pageBreak();
    d.tableOfContents(w.t(QT_TRANSLATE_NOOP("sd::reports::AnnualReport", "Contents")));
    d.pageBreak();

    const Snapshot snapshot(source);
    int index = 0;
    for (const QString &code : AnnualReportStore::sectionCodes()) {
        d.heading(w.common().section(++index, w.section(code)));
        generatedPart(d, code, snapshot, w);
        narrative(d, code, source, w);
    }
    return d;
}

Document annualReportSection(const QString &section, const AnnualReportSource &source, const AnnualReportOptions &options)
{
    const i18n::DocumentTranslator translator(options.language);
    const Wording w(translator);
    Document d(w.section(section));
    generatedPart(d, section, Snapshot(source), w);
    return d;
}

bool isAnnualReportPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1StringView("pdf") || suffix == QLatin1StringView("odt") || suffix == QLatin1StringView("html")
        || suffix == QLatin1StringView("htm");
}

bool saveAnnualReport(const AnnualReportSource &source, const QString &path, const AnnualReportOptions &options, QString *error)
{
    if (!isAnnualReportPath(path)) {
        if (error)
            *error = AnnualReportWords::tr("%1: an annual report is written as a .pdf, .html or .odt file.").arg(path);
        return false;
    }
    const Document document = annualReport(source, options);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1StringView("pdf"))
        return document.writePdf(path, error);
    if (suffix == QLatin1StringView("odt"))
        return document.writeOdt(path, error);
    return document.writeHtml(path, error);
}

} // namespace sd::reports
