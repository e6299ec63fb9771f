// The annual figures' JSON snapshot (the keys are listed in AnnualFigures.h): written and read
// back exactly, so a saved draft's figures compare equal to the figures they were taken from.

#include "annual/AnnualFigures.h"

#include <QJsonArray>
#include <QJsonValue>

#include <limits>

namespace sd::annual {

namespace {

using governance::YesNoUnknown;

// --- writing

QJsonValue dateValue(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalValue(const std::optional<qint64> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalValue(const std::optional<bool> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject yesNoJson(const YesNoUnknown &c)
{
    return { { QStringLiteral("yes"), c.yes }, { QStringLiteral("no"), c.no }, { QStringLiteral("unknown"), c.unknown } };
}

QJsonObject countsJson(const QMap<QString, qint64> &counts)
{
    QJsonObject o;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

template<typename T, typename F>
QJsonArray arrayJson(const QList<T> &list, F toJson)
{
    QJsonArray a;
    for (const T &item : list)
        a.append(toJson(item));
    return a;
}

QJsonObject duesJson(const DuesCount &d)
{
    return { { QStringLiteral("members"), d.members }, { QStringLiteral("paid"), d.paid } };
}

QJsonObject membersJson(const MemberFigures &m)
{
    return {
        { QStringLiteral("individual"), m.individual },
        { QStringLiteral("individual_before"), m.individualBefore },
        { QStringLiteral("units"), m.units },
        { QStringLiteral("units_before"), m.unitsBefore },
        { QStringLiteral("joined"), m.joined },
        { QStringLiteral("exited"), m.exited },
        { QStringLiteral("units_joined"), m.unitsJoined },
        { QStringLiteral("units_exited"), m.unitsExited },
        { QStringLiteral("by_grade"), arrayJson(m.byGrade, [](const GradeCount &g) {
             return QJsonObject { { QStringLiteral("grade"), g.grade }, { QStringLiteral("members"), g.members } };
         }) },
        { QStringLiteral("by_age_band"), countsJson(m.byAgeBand) },
        { QStringLiteral("by_affiliation_type"), countsJson(m.byAffiliationType) },
        { QStringLiteral("front_line"), yesNoJson(m.frontLine) },
        { QStringLiteral("dues"), duesJson(m.dues) },
        { QStringLiteral("dues_before"), duesJson(m.duesBefore) },
        { QStringLiteral("series"), arrayJson(m.series, [](const YearMembers &y) {
             return QJsonObject { { QStringLiteral("year"), y.year }, { QStringLiteral("individual"), y.individual },
                 { QStringLiteral("units"), y.units } };
         }) },
    };
}

QJsonObject governanceJson(const GovernanceFigures &g)
{
    QJsonObject o;
    o.insert(QStringLiteral("term"),
        g.term ? QJsonValue(QJsonObject { { QStringLiteral("number"), g.term->number },
                     { QStringLiteral("start"), dateValue(g.term->start) }, { QStringLiteral("end"), dateValue(g.term->end) } })
               : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("bodies"), arrayJson(g.bodies, [](const BodyFigure &b) {
        return QJsonObject { { QStringLiteral("body"), b.body }, { QStringLiteral("seats"), b.seats },
            { QStringLiteral("front_line"), yesNoJson(b.frontLine) }, { QStringLiteral("women"), yesNoJson(b.women) },
            { QStringLiteral("party"), yesNoJson(b.party) }, { QStringLiteral("young"), yesNoJson(b.young) },
            { QStringLiteral("young_age"), b.youngAge }, { QStringLiteral("previous_term_seats"), optionalValue(b.previousTermSeats) } };
    }));
    o.insert(QStringLiteral("thresholds"), arrayJson(g.thresholds, [](const ThresholdFigure &t) {
        return QJsonObject { { QStringLiteral("id"), t.id }, { QStringLiteral("part"), t.part }, { QStringLiteral("whole"), t.whole },
            { QStringLiteral("unknown"), t.unknown }, { QStringLiteral("threshold"), t.threshold.toString() },
            { QStringLiteral("at_most"), t.atMost }, { QStringLiteral("meets"), optionalValue(t.meets) } };
    }));
    o.insert(QStringLiteral("council_size"),
        g.councilSize ? QJsonValue(QJsonObject { { QStringLiteral("seats"), g.councilSize->seats },
                            { QStringLiteral("cap"), g.councilSize->cap }, { QStringLiteral("members"), g.councilSize->members } })
                      : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("supervisory_size"),
        g.supervisorySize ? QJsonValue(QJsonObject { { QStringLiteral("seats"), g.supervisorySize->seats },
                                { QStringLiteral("minimum"), g.supervisorySize->minimum },
                                { QStringLiteral("maximum"), g.supervisorySize->maximum } })
                          : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("checks"), arrayJson(g.checks, [](const CheckFigure &c) {
        return QJsonObject { { QStringLiteral("id"), c.id }, { QStringLiteral("status"), c.status } };
    }));
    o.insert(QStringLiteral("leaders"), arrayJson(g.leaders, [](const LeaderFigure &l) {
        return QJsonObject { { QStringLiteral("role"), l.role }, { QStringLiteral("name"), l.name } };
    }));
    o.insert(QStringLiteral("leader_changes"), arrayJson(g.leaderChanges, [](const LeaderChange &c) {
        return QJsonObject { { QStringLiteral("date"), dateValue(c.date) }, { QStringLiteral("change"), c.change },
            { QStringLiteral("role"), c.role }, { QStringLiteral("name"), c.name }, { QStringLiteral("term"), c.term } };
    }));
    o.insert(QStringLiteral("meetings"), arrayJson(g.meetings, [](const MeetingCount &m) {
        return QJsonObject { { QStringLiteral("body"), m.body }, { QStringLiteral("held"), m.held },
            { QStringLiteral("quorate"), m.quorate }, { QStringLiteral("not_quorate"), m.notQuorate },
            { QStringLiteral("undecided"), m.undecided } };
    }));
    o.insert(QStringLiteral("resolutions"), arrayJson(g.resolutions, [](const ResolutionFigure &r) {
        return QJsonObject { { QStringLiteral("meeting"), r.meeting }, { QStringLiteral("date"), dateValue(r.date) },
            { QStringLiteral("body"), r.body }, { QStringLiteral("kind"), r.kind }, { QStringLiteral("text"), r.text } };
    }));
    o.insert(QStringLiteral("resolutions_rejected"), g.resolutionsRejected);
    o.insert(QStringLiteral("resolutions_undecided"), g.resolutionsUndecided);
    o.insert(QStringLiteral("resolutions_not_quorate"), g.resolutionsNotQuorate);
    o.insert(QStringLiteral("regulations"), arrayJson(g.regulations, [](const RegulationFigure &r) {
        return QJsonObject { { QStringLiteral("title"), r.title }, { QStringLiteral("kind"), r.kind },
            { QStringLiteral("adopted_on"), dateValue(r.adoptedOn) } };
    }));
    return o;
}

QJsonObject branchesJson(const BranchFigures &b)
{
    return {
        { QStringLiteral("list"), arrayJson(b.branches, [](const BranchFigure &f) {
             return QJsonObject { { QStringLiteral("name"), f.name }, { QStringLiteral("kind"), f.kind },
                 { QStringLiteral("status"), f.status }, { QStringLiteral("established_on"), dateValue(f.establishedOn) },
                 { QStringLiteral("dissolved_on"), dateValue(f.dissolvedOn) }, { QStringLiteral("activities"), f.activities },
                 { QStringLiteral("participants"), f.participants },
                 { QStringLiteral("without_participants"), f.withoutParticipants } };
         }) },
        { QStringLiteral("by_kind"), countsJson(b.byKind) },
        { QStringLiteral("set_up"), b.setUp },
        { QStringLiteral("dissolved"), b.dissolved },
    };
}

QJsonObject activitiesJson(const ActivityFigures &a)
{
    return {
        { QStringLiteral("by_kind"), arrayJson(a.byKind, [](const ActivityKindFigure &k) {
             return QJsonObject { { QStringLiteral("kind"), k.kind }, { QStringLiteral("activities"), k.activities },
                 { QStringLiteral("participants"), k.participants },
                 { QStringLiteral("without_participants"), k.withoutParticipants }, { QStringLiteral("brand"), k.brand } };
         }) },
        { QStringLiteral("own"), a.own },
        { QStringLiteral("brand_list"), arrayJson(a.brand, [](const BrandActivity &b) {
             return QJsonObject { { QStringLiteral("name"), b.name }, { QStringLiteral("kind"), b.kind },
                 { QStringLiteral("start"), dateValue(b.start) }, { QStringLiteral("branch"), b.branch },
                 { QStringLiteral("participants"), optionalValue(b.participants) } };
         }) },
    };
}

QJsonObject financesJson(const FinanceFigures &f)
{
    return {
        { QStringLiteral("amounts"), countsJson(f.summary.cents) },
        { QStringLiteral("dues_entered"), optionalValue(f.duesCheck.entered) },
        { QStringLiteral("dues_received"), f.duesCheck.received },
        { QStringLiteral("dues_payments"), f.duesCheck.payments },
    };
}

// --- reading

/// Reads values by key, remembering the first one that is missing or of the wrong type (by its
/// path, members.by_grade[1].members); after that every read returns a default.
class Reader
{
public:
    [[nodiscard]] bool failed() const { return !m_problem.isEmpty(); }
    [[nodiscard]] const QString &problem() const { return m_problem; }

    qint64 integer(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = o.value(key);
        // An integer, exactly: toInteger falls back to its default for 1.5, so two defaults differ.
        if (!v.isDouble() || v.toInteger(0) != v.toInteger(1))
            {
            fail(path, key);
            return 0;
        }
        return v.toInteger();
    }
    int smallInteger(const QJsonObject &o, const QString &path, const QString &key)
    {
        const qint64 n = integer(o, path, key);
        if (n < std::numeric_limits<int>::min() || n > std::numeric_limits<int>::max())
            {
            fail(path, key);
            return 0;
        }
        return int(n);
    }
    std::optional<qint64> optionalInteger(const QJsonObject &o, const QString &path, const QString &key)
    {
        if (isNull(o, key))
            return std::nullopt;
        return integer(o, path, key);
    }
    QString text(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isString())
            {
            fail(path, key);
            return QString();
        }
        return v.toString();
    }
    bool boolean(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isBool())
            {
            fail(path, key);
            return false;
        }
        return v.toBool();
    }
    std::optional<bool> optionalBoolean(const QJsonObject &o, const QString &path, const QString &key)
    {
        if (isNull(o, key))
            return std::nullopt;
        return boolean(o, path, key);
    }
    /// A date, or invalid when null (or absent).
    QDate date(const QJsonObject &o, const QString &path, const QString &key)
    {
        if (isNull(o, key))
            return {};
        const QDate d = QDate::fromString(text(o, path, key), Qt::ISODate);
        if (!d.isValid())
            fail(path, key);
        return d;
    }
    Fraction fraction(const QJsonObject &o, const QString &path, const QString &key)
    {
        const Fraction f = Fraction::parse(text(o, path, key));
        if (!f.isValid())
            fail(path, key);
        return f;
    }
    QJsonObject object(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isObject())
            {
            fail(path, key);
            return QJsonObject();
        }
        return v.toObject();
    }
    /// A nested object, or nullopt when null (or absent).
    std::optional<QJsonObject> optionalObject(const QJsonObject &o, const QString &path, const QString &key)
    {
        if (isNull(o, key))
            return std::nullopt;
        return object(o, path, key);
    }
    YesNoUnknown yesNo(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonObject c = object(o, path, key);
        const QString at = join(path, key);
        return { integer(c, at, QStringLiteral("yes")), integer(c, at, QStringLiteral("no")),
            integer(c, at, QStringLiteral("unknown")) };
    }
    /// An object of integer counts by name.
    QMap<QString, qint64> counts(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonObject c = object(o, path, key);
        const QString at = join(path, key);
        QMap<QString, qint64> map;
        for (auto it = c.begin(); it != c.end(); ++it)
            map.insert(it.key(), integer(c, at, it.key()));
        return map;
    }
    /// `read(object, path)` for each element of the array `key`, each an object.
    template<typename T, typename F>
    QList<T> list(const QJsonObject &o, const QString &path, const QString &key, F read)
    {
        QList<T> items;
        const QJsonValue v = o.value(key);
        if (!v.isArray()) {
            fail(path, key);
            return items;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size() && !failed(); ++i) {
            const QString at = join(path, key) + u'[' + QString::number(i) + u']';
            if (!a.at(i).isObject()) {
                m_problem = at;
                break;
            }
            items.append(read(a.at(i).toObject(), at));
        }
        return items;
    }

    static QString join(const QString &path, const QString &key) { return path.isEmpty() ? key : path + u'.' + key; }

    /// Records `key` as the problem (the first one is kept).
    void fail(const QString &path, const QString &key)
    {
        if (m_problem.isEmpty())
            m_problem = join(path, key);
    }

private:
    static bool isNull(const QJsonObject &o, const QString &key)
    {
        const QJsonValue v = o.value(key);
        return v.isNull() || v.isUndefined();
    }

    QString m_problem;
};

DuesCount readDues(Reader &r, const QJsonObject &o, const QString &path, const QString &key)
{
    const QJsonObject d = r.object(o, path, key);
    const QString at = Reader::join(path, key);
    return { r.integer(d, at, QStringLiteral("members")), r.integer(d, at, QStringLiteral("paid")) };
}

MemberFigures readMembers(Reader &r, const QJsonObject &o)
{
    const QString p = QStringLiteral("members");
    MemberFigures m;
    m.individual = r.integer(o, p, QStringLiteral("individual"));
    m.individualBefore = r.integer(o, p, QStringLiteral("individual_before"));
    m.units = r.integer(o, p, QStringLiteral("units"));
    m.unitsBefore = r.integer(o, p, QStringLiteral("units_before"));
    m.joined = r.integer(o, p, QStringLiteral("joined"));
    m.exited = r.integer(o, p, QStringLiteral("exited"));
    m.unitsJoined = r.integer(o, p, QStringLiteral("units_joined"));
    m.unitsExited = r.integer(o, p, QStringLiteral("units_exited"));
    m.byGrade = r.list<GradeCount>(o, p, QStringLiteral("by_grade"), [&](const QJsonObject &g, const QString &at) {
        return GradeCount { r.text(g, at, QStringLiteral("grade")), r.integer(g, at, QStringLiteral("members")) };
    });
    m.byAgeBand = r.counts(o, p, QStringLiteral("by_age_band"));
    m.byAffiliationType = r.counts(o, p, QStringLiteral("by_affiliation_type"));
    m.frontLine = r.yesNo(o, p, QStringLiteral("front_line"));
    m.dues = readDues(r, o, p, QStringLiteral("dues"));
    m.duesBefore = readDues(r, o, p, QStringLiteral("dues_before"));
    m.series = r.list<YearMembers>(o, p, QStringLiteral("series"), [&](const QJsonObject &y, const QString &at) {
        return YearMembers { r.smallInteger(y, at, QStringLiteral("year")), r.integer(y, at, QStringLiteral("individual")),
            r.integer(y, at, QStringLiteral("units")) };
    });
    return m;
}

GovernanceFigures readGovernance(Reader &r, const QJsonObject &o)
{
    const QString p = QStringLiteral("governance");
    GovernanceFigures g;
    if (const std::optional<QJsonObject> t = r.optionalObject(o, p, QStringLiteral("term"))) {
        const QString at = Reader::join(p, QStringLiteral("term"));
        g.term = TermFigure { r.smallInteger(*t, at, QStringLiteral("number")), r.date(*t, at, QStringLiteral("start")),
            r.date(*t, at, QStringLiteral("end")) };
    }
    g.bodies = r.list<BodyFigure>(o, p, QStringLiteral("bodies"), [&](const QJsonObject &b, const QString &at) {
        return BodyFigure { r.text(b, at, QStringLiteral("body")), r.integer(b, at, QStringLiteral("seats")),
            r.yesNo(b, at, QStringLiteral("front_line")), r.yesNo(b, at, QStringLiteral("women")),
            r.yesNo(b, at, QStringLiteral("party")), r.yesNo(b, at, QStringLiteral("young")),
            r.smallInteger(b, at, QStringLiteral("young_age")), r.optionalInteger(b, at, QStringLiteral("previous_term_seats")) };
    });
    g.thresholds = r.list<ThresholdFigure>(o, p, QStringLiteral("thresholds"), [&](const QJsonObject &t, const QString &at) {
        return ThresholdFigure { r.text(t, at, QStringLiteral("id")), r.integer(t, at, QStringLiteral("part")),
            r.integer(t, at, QStringLiteral("whole")), r.integer(t, at, QStringLiteral("unknown")),
            r.fraction(t, at, QStringLiteral("threshold")), r.boolean(t, at, QStringLiteral("at_most")),
            r.optionalBoolean(t, at, QStringLiteral("meets")) };
    });
    if (const std::optional<QJsonObject> c = r.optionalObject(o, p, QStringLiteral("council_size"))) {
        const QString at = Reader::join(p, QStringLiteral("council_size"));
        g.councilSize = CouncilSizeFigure { r.integer(*c, at, QStringLiteral("seats")), r.integer(*c, at, QStringLiteral("cap")),
            r.integer(*c, at, QStringLiteral("members")) };
    }
    if (const std::optional<QJsonObject> s = r.optionalObject(o, p, QStringLiteral("supervisory_size"))) {
        const QString at = Reader::join(p, QStringLiteral("supervisory_size"));
        g.supervisorySize = SupervisorySizeFigure { r.integer(*s, at, QStringLiteral("seats")),
            r.smallInteger(*s, at, QStringLiteral("minimum")), r.smallInteger(*s, at, QStringLiteral("maximum")) };
    }
    g.checks = r.list<CheckFigure>(o, p, QStringLiteral("checks"), [&](const QJsonObject &c, const QString &at) {
        return CheckFigure { r.text(c, at, QStringLiteral("id")), r.text(c, at, QStringLiteral("status")) };
    });
    g.leaders = r.list<LeaderFigure>(o, p, QStringLiteral("leaders"), [&](const QJsonObject &l, const QString &at) {
        return LeaderFigure { r.text(l, at, QStringLiteral("role")), r.text(l, at, QStringLiteral("name")) };
    });
    g.leaderChanges = r.list<LeaderChange>(o, p, QStringLiteral("leader_changes"), [&](const QJsonObject &c, const QString &at) {
        return LeaderChange { r.date(c, at, QStringLiteral("date")), r.text(c, at, QStringLiteral("change")),
            r.text(c, at, QStringLiteral("role")), r.text(c, at, QStringLiteral("name")), r.smallInteger(c, at, QStringLiteral("term")) };
    });
    g.meetings = r.list<MeetingCount>(o, p, QStringLiteral("meetings"), [&](const QJsonObject &m, const QString &at) {
        return MeetingCount { r.text(m, at, QStringLiteral("body")), r.integer(m, at, QStringLiteral("held")),
            r.integer(m, at, QStringLiteral("quorate")), r.integer(m, at, QStringLiteral("not_quorate")),
            r.integer(m, at, QStringLiteral("undecided")) };
    });
    g.resolutions = r.list<ResolutionFigure>(o, p, QStringLiteral("resolutions"), [&](const QJsonObject &x, const QString &at) {
        return ResolutionFigure { r.text(x, at, QStringLiteral("meeting")), r.date(x, at, QStringLiteral("date")),
            r.text(x, at, QStringLiteral("body")), r.text(x, at, QStringLiteral("kind")), r.text(x, at, QStringLiteral("text")) };
    });
    g.resolutionsRejected = r.integer(o, p, QStringLiteral("resolutions_rejected"));
    g.resolutionsUndecided = r.integer(o, p, QStringLiteral("resolutions_undecided"));
    g.resolutionsNotQuorate = r.integer(o, p, QStringLiteral("resolutions_not_quorate"));
    g.regulations = r.list<RegulationFigure>(o, p, QStringLiteral("regulations"), [&](const QJsonObject &x, const QString &at) {
        return RegulationFigure { r.text(x, at, QStringLiteral("title")), r.text(x, at, QStringLiteral("kind")),
            r.date(x, at, QStringLiteral("adopted_on")) };
    });
    return g;
}

BranchFigures readBranches(Reader &r, const QJsonObject &o)
{
    const QString p = QStringLiteral("branches");
    BranchFigures b;
    b.branches = r.list<BranchFigure>(o, p, QStringLiteral("list"), [&](const QJsonObject &f, const QString &at) {
        return BranchFigure { r.text(f, at, QStringLiteral("name")), r.text(f, at, QStringLiteral("kind")),
            r.text(f, at, QStringLiteral("status")), r.date(f, at, QStringLiteral("established_on")),
            r.date(f, at, QStringLiteral("dissolved_on")), r.integer(f, at, QStringLiteral("activities")),
            r.integer(f, at, QStringLiteral("participants")), r.integer(f, at, QStringLiteral("without_participants")) };
    });
    b.byKind = r.counts(o, p, QStringLiteral("by_kind"));
    b.setUp = r.integer(o, p, QStringLiteral("set_up"));
    b.dissolved = r.integer(o, p, QStringLiteral("dissolved"));
    return b;
}

ActivityFigures readActivities(Reader &r, const QJsonObject &o)
{
    const QString p = QStringLiteral("activities");
    ActivityFigures a;
    a.byKind = r.list<ActivityKindFigure>(o, p, QStringLiteral("by_kind"), [&](const QJsonObject &k, const QString &at) {
        return ActivityKindFigure { r.text(k, at, QStringLiteral("kind")), r.integer(k, at, QStringLiteral("activities")),
            r.integer(k, at, QStringLiteral("participants")), r.integer(k, at, QStringLiteral("without_participants")),
            r.integer(k, at, QStringLiteral("brand")) };
    });
    a.own = r.integer(o, p, QStringLiteral("own"));
    a.brand = r.list<BrandActivity>(o, p, QStringLiteral("brand_list"), [&](const QJsonObject &b, const QString &at) {
        return BrandActivity { r.text(b, at, QStringLiteral("name")), r.text(b, at, QStringLiteral("kind")),
            r.date(b, at, QStringLiteral("start")), r.text(b, at, QStringLiteral("branch")),
            r.optionalInteger(b, at, QStringLiteral("participants")) };
    });
    return a;
}

FinanceFigures readFinances(Reader &r, const QJsonObject &o, int year)
{
    const QString p = QStringLiteral("finances");
    FinanceFigures f;
    f.summary.year = year;
    f.summary.cents = r.counts(o, p, QStringLiteral("amounts"));
    for (auto it = f.summary.cents.cbegin(); it != f.summary.cents.cend() && !r.failed(); ++it) {
        if (!Finance::category(it.key()) || QLatin1StringView(Finance::category(it.key())->code) != it.key())
            r.fail(Reader::join(p, QStringLiteral("amounts")), it.key()); // not a category code
    }
    f.duesCheck.entered = r.optionalInteger(o, p, QStringLiteral("dues_entered"));
    f.duesCheck.received = r.integer(o, p, QStringLiteral("dues_received"));
    f.duesCheck.payments = r.integer(o, p, QStringLiteral("dues_payments"));
    return f;
}

} // namespace

QJsonObject AnnualFigures::toJson() const
{
    return {
        { QStringLiteral("format"), kFormat },
        { QStringLiteral("year"), year },
        { QStringLiteral("year_end"), dateValue(yearEnd) },
        { QStringLiteral("members"), membersJson(members) },
        { QStringLiteral("governance"), governanceJson(governance) },
        { QStringLiteral("branches"), branchesJson(branches) },
        { QStringLiteral("activities"), activitiesJson(activities) },
        { QStringLiteral("finances"), financesJson(finances) },
    };
}

std::optional<AnnualFigures> AnnualFigures::fromJson(const QJsonObject &json, QString *error)
{
    Reader r;
    const int format = r.smallInteger(json, {}, QStringLiteral("format"));
    if (!r.failed() && (format < 1 || format > kFormat)) {
        if (error)
            *error = tr("The generated figures were saved in format %1, which this version of the program cannot read.").arg(format);
        return std::nullopt;
    }
    AnnualFigures f;
    f.year = r.smallInteger(json, {}, QStringLiteral("year"));
    f.yearEnd = r.date(json, {}, QStringLiteral("year_end"));
    if (!r.failed() && f.yearEnd != QDate(f.year, 12, 31))
        r.fail({}, QStringLiteral("year_end")); // not the year's 31 December
    f.members = readMembers(r, r.object(json, {}, QStringLiteral("members")));
    f.governance = readGovernance(r, r.object(json, {}, QStringLiteral("governance")));
    f.branches = readBranches(r, r.object(json, {}, QStringLiteral("branches")));
    f.activities = readActivities(r, r.object(json, {}, QStringLiteral("activities")));
    f.finances = readFinances(r, r.object(json, {}, QStringLiteral("finances")), f.year);
    if (r.failed()) {
        if (error)
            *error = tr("The generated figures cannot be read: %1 is missing or not of its kind.").arg(r.problem());
        return std::nullopt;
    }
    return f;
}

} // namespace sd::annual
