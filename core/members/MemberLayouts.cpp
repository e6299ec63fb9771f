#include "members/MemberLayouts.h"

#include "domain/Member.h"
#include "exchange/LayoutSupport.h"
#include "members/MemberStore.h"
#include "storage/Database.h"
#include "storage/DeferredIndexes.h"
#include "util/Collation.h"
#include "validation/Normalize.h"
#include "validation/ResidentId.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace sd::members {

/// The translation context of the member layouts' messages.
class MemberLayouts
{
    Q_DECLARE_TR_FUNCTIONS(sd::members::MemberLayouts)
};

using exchange::Cell;
using exchange::ColumnSpec;
using exchange::Field;
using exchange::FieldContext;
using exchange::FieldParser;
using exchange::ImportDecision;
using exchange::ImportPlan;
using exchange::ImportRow;
using storage::Database;
using storage::StorageError;
using validation::Choice;
namespace fields = exchange::fields;

namespace {

// Column positions in the tables below (interchange.md's order).
// clang-format off
enum MemberColumn : int {
    MNo, MName, MGender, MBirth, MIdType, MIdNumber, MPolitical, MAffiliation, MAffiliationType, MPosition,
    MTitle, MFrontLine, MMobile, MEmail, MGrade, MApplied, MApproved, MJoin, MStatus, MExit, MBranches, MNotes,
    MColumnCount
};
// clang-format on
enum UnitColumn : int { UName, UCode, UType, UContact, UPhone, UEmail, UJoin, UStatus, UExit, UNotes };
enum DuesColumn : int { DNo, DYear, DAmount, DPaidOn, DReceipt };

constexpr int kBatch = 16384; ///< records per insert call (progress and cancel between them)
constexpr int kLookupChunk = 500; ///< values per IN (…) lookup

QList<Choice> statusChoices()
{
    QList<Choice> list;
    for (const MemberStatus s : MemberText::allStatuses())
        list.append({ MemberText::sheetValue(s), { MemberText::code(s) } });
    return list;
}

constexpr IdType kIdTypes[] = { IdType::ResidentId, IdType::Passport, IdType::HongKongMacau, IdType::Taiwan,
    IdType::ForeignPermanent, IdType::Other };

QList<Choice> idTypeChoices()
{
    QList<Choice> list;
    for (const IdType t : kIdTypes) {
        QStringList aliases { MemberText::code(t) };
        if (t == IdType::ResidentId)
            aliases << QStringLiteral("身份证");
        list.append({ MemberText::sheetValue(t), aliases });
    }
    return list;
}

QList<Choice> choices(std::initializer_list<std::pair<const char16_t *, QStringList>> entries)
{
    QList<Choice> list;
    for (const auto &[canonical, aliases] : entries)
        list.append({ QString::fromUtf16(canonical), aliases });
    return list;
}

QList<Choice> affiliationTypeChoices()
{
    return choices({ { u"企业", {} }, { u"高等院校", { QStringLiteral("高校") } }, { u"科研院所", {} },
        { u"医疗卫生机构", {} }, { u"中小学", {} }, { u"党政机关", {} }, { u"事业单位", {} },
        { u"社会组织", {} }, { u"其他", {} } });
}

/// 证件号码: a numeric cell has lost digits (Excel keeps 15); text is folded to half-width
/// without spaces, a leading apostrophe and lower-case letters; Excel's scientific notation has
/// lost digits too. The number itself is checked with the row (it depends on 证件类型).
FieldParser idNumberParser()
{
    const FieldParser asCode = fields::code(50);
    return [asCode](const Cell &cell, FieldContext &context) {
        if (cell.kind == Cell::Kind::Number
            && (std::abs(cell.number) >= 1e15 || cell.number != std::trunc(cell.number))) {
            const validation::ResidentIdResult r = validation::checkResidentIdNumber(cell.number);
            context.errors.append(r.message);
            Field f;
            f.state = Field::State::Invalid;
            f.text = r.value;
            return f;
        }
        Field f = asCode(cell, context);
        if (f.text.startsWith(u'\''))
            f.text.remove(0, 1);
        f.text = f.text.toUpper();
        static const QRegularExpression scientific(QStringLiteral("^\\d+(\\.\\d+)?E\\+?\\d+$"));
        if (scientific.match(f.text).hasMatch()) {
            context.errors.append(validation::checkResidentId(f.text, {}).message);
            f.state = Field::State::Invalid;
        }
        return f;
    };
}

QString iso(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

/// The key names are compared by: half-width, no whitespace, case-folded.
QString nameKey(QStringView name)
{
    QString key = validation::toHalfWidth(name);
    key.removeIf([](QChar c) { return c.isSpace(); });
    return key.toCaseFolded();
}

int ageOn(QDate birth, QDate day)
{
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --age;
    return age;
}

Gender toGender(qint64 v)
{
    switch (static_cast<validation::Gender>(v)) {
    case validation::Gender::Male:
        return Gender::Male;
    case validation::Gender::Female:
        return Gender::Female;
    case validation::Gender::Unknown:
        break;
    }
    return Gender::Unknown;
}

validation::Gender toValidationGender(Gender g)
{
    return g == Gender::Male  ? validation::Gender::Male
        : g == Gender::Female ? validation::Gender::Female
                              : validation::Gender::Unknown;
}

QString placeholders(qsizetype n)
{
    QString s;
    s.reserve(n * 2);
    for (qsizetype i = 0; i < n; ++i)
        s += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    return s;
}

StorageError sqlError(const Database &db, const QSqlQuery &q)
{
    StorageError e;
    e.kind = StorageError::Kind::Sql;
    e.file = db.path();
    e.message = MemberLayouts::tr("The register in %1 could not be read or written (%2).")
                    .arg(db.path(), q.lastError().text());
    return e;
}

/// Runs `sql` (with one "%1" for the placeholders) for `values` in chunks, calling `row` for each
/// result row. Values are bound as text.
bool lookup(const Database &db, const QString &sql, const QStringList &values,
    const std::function<void(const QSqlQuery &)> &row, StorageError *error, ImportPlan *plan = nullptr)
{
    for (qsizetype start = 0; start < values.size(); start += kLookupChunk) {
        const QStringList chunk = values.mid(start, kLookupChunk);
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.prepare(sql.arg(placeholders(chunk.size())));
        for (const QString &v : chunk)
            q.addBindValue(v);
        if (!q.exec()) {
            if (error)
                *error = sqlError(db, q);
            return false;
        }
        while (q.next())
            row(q);
        if (plan && !plan->progress(start))
            return false;
    }
    return true;
}

/// Member numbers generated for rows without one: "M" and six digits, after the highest such
/// number in the register and in the file.
class MemberNumbers
{
public:
    MemberNumbers(const MemberStore &store, const QList<Member> &records)
    {
        m_next = store.nextMemberNo().mid(1).toLongLong();
        static const QRegularExpression generated(QStringLiteral("^M(\\d{1,15})$"));
        for (const Member &m : records) {
            const QRegularExpressionMatch match = generated.match(m.memberNo);
            if (match.hasMatch())
                m_next = qMax(m_next, match.captured(1).toLongLong() + 1);
        }
    }
    QString next() { return QStringLiteral("M%1").arg(m_next++, 6, 10, QChar(u'0')); }

private:
    qint64 m_next = 1;
};

// --- members -------------------------------------------------------------------------------

class MembersLayout final : public exchange::ImportLayout
{
public:
    QString kind() const override { return QStringLiteral("members"); }
    QString auditEntity() const override { return QStringLiteral("member"); }
    const QList<ColumnSpec> &columns() const override { return memberColumns(); }

    bool prepare(Database &db, StorageError *error) override
    {
        MemberStore store(db);
        for (const MemberGrade &g : store.grades()) {
            m_grades.insert(nameKey(g.name), g.id);
            m_gradeNames << g.name;
        }
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT name FROM branch"))) {
            if (error)
                *error = sqlError(db, q);
            return false;
        }
        while (q.next())
            m_branches.insert(nameKey(q.value(0).toString()), q.value(0).toString());
        return true;
    }

    bool addRow(ImportRow &row) override;
    bool matchRegister(Database &db, ImportPlan &plan, StorageError *error) override;
    bool write(
        Database &db, ImportPlan &plan, qint64 *inserted, qint64 *updated, StorageError *error) override;

private:
    /// Affiliations and positions repeat across thousands of rows: one copy of each.
    QString interned(const QString &s)
    {
        if (s.isEmpty())
            return s;
        const auto it = m_strings.constFind(s);
        if (it != m_strings.constEnd())
            return *it;
        m_strings.insert(s, s);
        return s;
    }
    void overlay(Member &target, const Member &source) const;

    QHash<QString, qint64> m_grades;
    QStringList m_gradeNames;
    QHash<QString, QString> m_branches;
    QHash<QString, QString> m_strings;
    struct Seen
    {
        int line;
        bool hasId;
    };
    QHash<std::pair<QString, qint64>, Seen> m_nameBirth; ///< (name, birth day) -> first line
    QList<Member> m_records;
};

bool MembersLayout::addRow(ImportRow &row)
{
    const QDate today = row.today();
    const auto text = [&](int c) { return row.field(c).isValid() ? row.field(c).text : QString(); };
    Member m;
    m.memberNo = text(MNo);
    m.name = text(MName);
    if (row.field(MGender).isValid())
        m.gender = toGender(row.field(MGender).number);
    if (row.field(MBirth).isValid())
        m.birthDate = row.field(MBirth).date;
    if (row.field(MIdType).isValid())
        m.idType = MemberText::idTypeFromSheet(row.field(MIdType).text).value_or(IdType::ResidentId);

    const Field &id = row.field(MIdNumber);
    if (id.isValid()) {
        if (m.idType == IdType::ResidentId) {
            const validation::ResidentIdResult r
                = validation::checkResidentId(id.text, today, m.birthDate, toValidationGender(m.gender));
            if (!r.isValid())
                row.error(MIdNumber, r.message);
            m.idNumber = r.value;
            // What the number says fills what the row leaves out.
            if (r.isValid() && !m.birthDate.isValid())
                m.birthDate = validation::birthDateOf(r.value);
            if (r.isValid() && m.gender == Gender::Unknown)
                m.gender = toGender(static_cast<qint64>(validation::genderOf(r.value)));
        } else {
            m.idNumber = id.text;
        }
    }
    if (m.birthDate.isValid() && today.isValid() && m.birthDate <= today) {
        const int age = ageOn(m.birthDate, today);
        if (age < 10 || age > 120) {
            row.error(row.hasColumn(MBirth) ? MBirth : MIdNumber,
                MemberLayouts::tr(
                    "The birth date %1 makes the member %2 years old on %3; members are between 10 "
                    "and 120.")
                    .arg(iso(m.birthDate))
                    .arg(age)
                    .arg(iso(today)));
        }
    }
    m.politicalStatus = text(MPolitical);
    m.affiliation = interned(text(MAffiliation));
    m.affiliationType = text(MAffiliationType);
    m.position = interned(text(MPosition));
    m.professionalTitle = text(MTitle);
    m.frontLine = row.field(MFrontLine).flag;
    m.mobile = text(MMobile);
    m.email = text(MEmail);
    if (const QString grade = text(MGrade); !grade.isEmpty()) {
        const auto it = m_grades.constFind(nameKey(grade));
        if (it == m_grades.constEnd()) {
            row.error(MGrade,
                MemberLayouts::tr("\"%1\" is not a member grade of this society; the grades are %2.")
                    .arg(grade, m_gradeNames.join(QStringLiteral("、"))));
        } else {
            m.gradeId = *it;
        }
    }
    m.appliedOn = row.field(MApplied).date;
    m.approvedOn = row.field(MApproved).date;
    m.joinDate = row.field(MJoin).date;
    exchange::checkDateOrder(row, MApplied, MApproved);
    exchange::checkDateOrder(row, MApproved, MJoin);
    if (row.field(MStatus).isValid())
        m.status = MemberText::statusFromSheet(row.field(MStatus).text).value_or(MemberStatus::Active);
    m.exitDate = row.field(MExit).date;
    if (isExit(m.status) && row.field(MExit).isEmpty()) {
        row.error(MExit,
            MemberLayouts::tr("The status %1 needs an exit date (%2).")
                .arg(MemberText::sheetValue(m.status), row.columnName(MExit)));
    } else if (m.exitDate.isValid() && !isExit(m.status)) {
        row.warning(MExit,
            MemberLayouts::tr(
                "The exit date %1 is given, but the status %2 is not an exit; membership ends on "
                "that date all the same.")
                .arg(iso(m.exitDate), MemberText::sheetValue(m.status)));
    }
    exchange::checkDateOrder(row, MJoin, MExit);

    if (const QString branches = text(MBranches); !branches.isEmpty()) {
        for (const QString &part : validation::toHalfWidth(branches).split(u';', Qt::SkipEmptyParts)) {
            const QString name = validation::normalizeName(part).value;
            if (name.isEmpty())
                continue;
            const auto it = m_branches.constFind(nameKey(name));
            if (it == m_branches.constEnd()) {
                row.warning(MBranches,
                    MemberLayouts::tr(
                        "The branch \"%1\" is not in the branch register, so no link to it was made.")
                        .arg(name));
            } else if (!m.branches.contains(*it)) {
                m.branches.append(*it);
            }
        }
    }
    m.notes = text(MNotes);

    // Namesakes born on the same day are real and different people: a warning, never an error,
    // and only when one of the two has no ID number to tell them apart.
    if (!m.name.isEmpty() && m.birthDate.isValid()) {
        const std::pair<QString, qint64> key { m.name, m.birthDate.toJulianDay() };
        const auto it = m_nameBirth.constFind(key);
        if (it == m_nameBirth.constEnd()) {
            m_nameBirth.insert(key, { row.line(), !m.idNumber.isEmpty() });
        } else if (!it->hasId || m.idNumber.isEmpty()) {
            row.warning(MName,
                MemberLayouts::tr(
                    "Possible duplicate: line %1 has the same name and birth date %2, and one of "
                    "the two has no ID number; please check.")
                    .arg(it->line)
                    .arg(iso(m.birthDate)));
        }
    }
    if (row.hasErrors())
        return false;
    m_records.append(std::move(m));
    return true;
}

bool MembersLayout::matchRegister(Database &db, ImportPlan &plan, StorageError *error)
{
    const MemberStore store(db);
    if (store.memberCount() == 0)
        return true; // nothing to compare with: no lookups at all

    struct Existing
    {
        qint64 id = 0;
        QString memberNo;
        QString idNumber;
        QString name;
        QDate birth;
        [[nodiscard]] QString label() const { return memberNo + u' ' + name; }
    };
    QSet<QString> ids;
    QSet<QString> numbers;
    QSet<QString> names;
    for (const Member &m : std::as_const(m_records)) {
        if (!m.idNumber.isEmpty())
            ids.insert(m.idNumber);
        if (!m.memberNo.isEmpty())
            numbers.insert(m.memberNo);
        if (m.birthDate.isValid())
            names.insert(m.name);
    }
    QHash<QString, Existing> byId;
    QHash<QString, Existing> byNo;
    QHash<QString, QList<Existing>> byNameBirth;
    const QString select
        = QStringLiteral("SELECT id, member_no, id_number, name, birth_date FROM member WHERE ");
    const auto existing = [](const QSqlQuery &q) {
        return Existing { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), dateOf(q.value(4)) };
    };
    if (!lookup(
            db, select + QStringLiteral("id_number IN (%1)"), ids.values(),
            [&](const QSqlQuery &q) { byId.insert(q.value(2).toString(), existing(q)); }, error, &plan)
        || !lookup(
            db, select + QStringLiteral("member_no IN (%1)"), numbers.values(),
            [&](const QSqlQuery &q) { byNo.insert(q.value(1).toString(), existing(q)); }, error, &plan)
        || !lookup(
            db, select + QStringLiteral("name IN (%1) AND birth_date IS NOT NULL"), names.values(),
            [&](const QSqlQuery &q) {
                const Existing e = existing(q);
                byNameBirth[e.name + u'\x1f' + iso(e.birth)].append(e);
            },
            error, &plan))
        return false;

    const QString idColumn = columnName(MIdNumber);
    const QString noColumn = columnName(MNo);
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        const Member &m = m_records[i];
        const auto foundId = m.idNumber.isEmpty() ? byId.constEnd() : byId.constFind(m.idNumber);
        const auto foundNo = m.memberNo.isEmpty() ? byNo.constEnd() : byNo.constFind(m.memberNo);
        const bool hasId = foundId != byId.constEnd();
        const bool hasNo = foundNo != byNo.constEnd();
        if (hasNo
            && ((hasId && foundNo->id != foundId->id)
                || (!hasId && !m.idNumber.isEmpty() && !foundNo->idNumber.isEmpty()))) {
            plan.reject(i, noColumn, m.memberNo,
                MemberLayouts::tr("The member number %1 already belongs to another member (%2).")
                    .arg(m.memberNo, foundNo->label()));
            continue;
        }
        if (hasId) {
            plan.duplicate(i, foundId->id, idColumn, m.idNumber, foundId->label());
            continue;
        }
        if (hasNo) {
            plan.duplicate(i, foundNo->id, noColumn, m.memberNo, foundNo->label());
            continue;
        }
        if (m.birthDate.isValid()) {
            for (const Existing &e : byNameBirth.value(m.name + u'\x1f' + iso(m.birthDate))) {
                if (e.idNumber.isEmpty() || m.idNumber.isEmpty()) {
                    plan.warning(i, columnName(MName), m.name,
                        MemberLayouts::tr(
                            "Possible duplicate: %1 in the register has the same name and birth date "
                            "%2, and one of the two has no ID number; please check.")
                            .arg(e.label(), iso(m.birthDate)));
                    break;
                }
            }
        }
    }
    return true;
}

void MembersLayout::overlay(Member &t, const Member &s) const
{
    // Only the columns the file has: an update never clears what the file does not mention.
    for (int c = 0; c < MColumnCount; ++c) {
        if (!hasColumn(c))
            continue;
        // clang-format off
        switch (static_cast<MemberColumn>(c)) {
        case MNo:
            if (!s.memberNo.isEmpty())
                t.memberNo = s.memberNo;
            break;
        case MName: t.name = s.name; break;
        case MGender: t.gender = s.gender; break;
        case MBirth: t.birthDate = s.birthDate; break;
        case MIdType: t.idType = s.idType; break;
        case MIdNumber: t.idNumber = s.idNumber; break;
        case MPolitical: t.politicalStatus = s.politicalStatus; break;
        case MAffiliation: t.affiliation = s.affiliation; break;
        case MAffiliationType: t.affiliationType = s.affiliationType; break;
        case MPosition: t.position = s.position; break;
        case MTitle: t.professionalTitle = s.professionalTitle; break;
        case MFrontLine: t.frontLine = s.frontLine; break;
        case MMobile: t.mobile = s.mobile; break;
        case MEmail: t.email = s.email; break;
        case MGrade: t.gradeId = s.gradeId; break;
        case MApplied: t.appliedOn = s.appliedOn; break;
        case MApproved: t.approvedOn = s.approvedOn; break;
        case MJoin: t.joinDate = s.joinDate; break;
        case MStatus: t.status = s.status; break;
        case MExit: t.exitDate = s.exitDate; break;
        case MBranches: t.branches = s.branches; break;
        case MNotes: t.notes = s.notes; break;
        case MColumnCount: break;
        }
        // clang-format on
    }
    // What the ID number gave the row (birth date, gender) stays with the member.
    if (!hasColumn(MBirth) && s.birthDate.isValid() && !t.birthDate.isValid())
        t.birthDate = s.birthDate;
    if (!hasColumn(MGender) && s.gender != Gender::Unknown && t.gender == Gender::Unknown)
        t.gender = s.gender;
}

bool MembersLayout::write(
    Database &db, ImportPlan &plan, qint64 *inserted, qint64 *updated, StorageError *error)
{
    MemberStore store(db);
    MemberNumbers numbers(store, m_records);
    qint64 toInsert = 0;
    for (qsizetype i = 0; i < m_records.size(); ++i)
        toInsert += plan.decision(i).action == ImportDecision::Action::Insert ? 1 : 0;
    // A first import into an empty (or small) register builds the member indexes once at the
    // end, in this same transaction (see DeferredIndexes).
    storage::DeferredIndexes deferred;
    if (storage::DeferredIndexes::worthIt(store.memberCount(), toInsert)
        && !deferred.drop(db.connection(), QStringLiteral("member"), error))
        return false;
    QList<Member> batch;
    batch.reserve(qMin<qsizetype>(kBatch, m_records.size()));
    const auto flush = [&] {
        if (batch.isEmpty())
            return true;
        if (!store.insertMembers(batch, error))
            return false;
        *inserted += batch.size();
        batch.clear();
        return true;
    };
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        const ImportDecision &d = plan.decision(i);
        if (d.action == ImportDecision::Action::Insert) {
            Member m = std::move(m_records[i]);
            if (m.memberNo.isEmpty())
                m.memberNo = numbers.next();
            batch.append(std::move(m));
            if (batch.size() == kBatch && (!flush() || !plan.progress(i)))
                return false;
        } else if (d.action == ImportDecision::Action::Update) {
            std::optional<Member> current = store.member(d.existingId);
            if (!current)
                continue;
            overlay(*current, m_records[i]);
            if (!store.replaceMember(*current, error))
                return false;
            ++*updated;
            if ((*updated & 0xFF) == 0 && !plan.progress(i))
                return false;
        }
    }
    return flush() && deferred.rebuild(db.connection(), error) && plan.progress(m_records.size());
}

// --- units ---------------------------------------------------------------------------------

class UnitsLayout final : public exchange::ImportLayout
{
public:
    QString kind() const override { return QStringLiteral("units"); }
    QString auditEntity() const override { return QStringLiteral("unit_member"); }
    const QList<ColumnSpec> &columns() const override { return unitColumns(); }
    bool addRow(ImportRow &row) override;
    bool matchRegister(Database &db, ImportPlan &plan, StorageError *error) override;
    bool write(
        Database &db, ImportPlan &plan, qint64 *inserted, qint64 *updated, StorageError *error) override;

private:
    QList<UnitMember> m_records;
};

bool UnitsLayout::addRow(ImportRow &row)
{
    const auto text = [&](int c) { return row.field(c).isValid() ? row.field(c).text : QString(); };
    UnitMember u;
    u.name = text(UName);
    u.creditCode = text(UCode);
    u.unitType = text(UType);
    u.contact = text(UContact);
    u.phone = text(UPhone);
    u.email = text(UEmail);
    u.joinDate = row.field(UJoin).date;
    if (row.field(UStatus).isValid())
        u.status = MemberText::statusFromSheet(row.field(UStatus).text).value_or(MemberStatus::Active);
    u.exitDate = row.field(UExit).date;
    exchange::checkDateOrder(row, UJoin, UExit);
    u.notes = text(UNotes);
    if (row.hasErrors())
        return false;
    m_records.append(std::move(u));
    return true;
}

bool UnitsLayout::matchRegister(Database &db, ImportPlan &plan, StorageError *error)
{
    const MemberStore store(db);
    if (store.unitCount() == 0)
        return true;
    struct Existing
    {
        qint64 id = 0;
        QString name;
        QString code;
    };
    QSet<QString> names;
    QSet<QString> codes;
    for (const UnitMember &u : std::as_const(m_records)) {
        names.insert(u.name);
        if (!u.creditCode.isEmpty())
            codes.insert(u.creditCode);
    }
    QHash<QString, Existing> byName;
    QHash<QString, Existing> byCode;
    const QString select = QStringLiteral("SELECT id, name, credit_code FROM unit_member WHERE ");
    const auto existing = [](const QSqlQuery &q) {
        return Existing { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString() };
    };
    if (!lookup(
            db, select + QStringLiteral("name IN (%1)"), names.values(),
            [&](const QSqlQuery &q) { byName.insert(q.value(1).toString(), existing(q)); }, error, &plan)
        || !lookup(
            db, select + QStringLiteral("credit_code IN (%1)"), codes.values(),
            [&](const QSqlQuery &q) { byCode.insert(q.value(2).toString(), existing(q)); }, error, &plan))
        return false;
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        const UnitMember &u = m_records[i];
        const auto foundCode = u.creditCode.isEmpty() ? byCode.constEnd() : byCode.constFind(u.creditCode);
        const auto foundName = byName.constFind(u.name);
        const bool hasCode = foundCode != byCode.constEnd();
        const bool hasName = foundName != byName.constEnd();
        if (hasName
            && ((hasCode && foundName->id != foundCode->id)
                || (!hasCode && !u.creditCode.isEmpty() && !foundName->code.isEmpty()))) {
            plan.reject(i, columnName(UName), u.name,
                MemberLayouts::tr("The unit name %1 already belongs to another unit member (credit code %2).")
                    .arg(u.name, foundName->code));
        } else if (hasCode) {
            plan.duplicate(i, foundCode->id, columnName(UCode), u.creditCode, foundCode->name);
        } else if (hasName) {
            plan.duplicate(i, foundName->id, columnName(UName), u.name, foundName->name);
        }
    }
    return true;
}

bool UnitsLayout::write(
    Database &db, ImportPlan &plan, qint64 *inserted, qint64 *updated, StorageError *error)
{
    MemberStore store(db);
    QList<UnitMember> batch;
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        if (plan.decision(i).action == ImportDecision::Action::Insert)
            batch.append(m_records[i]);
    }
    if (!store.insertUnits(batch, error))
        return false;
    *inserted += batch.size();

    QSqlQuery read(db.connection());
    read.prepare(
        QStringLiteral("SELECT name, credit_code, unit_type, contact, phone, email, join_date, status, "
                       "exit_date, notes FROM unit_member WHERE id = ?"));
    QSqlQuery update(db.connection());
    update.prepare(
        QStringLiteral("UPDATE unit_member SET name = ?, name_key = ?, credit_code = ?, unit_type = ?, "
                       "contact = ?, phone = ?, email = ?, join_date = ?, status = ?, exit_date = ?, "
                       "notes = ? WHERE id = ?"));
    const auto orNull = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        const ImportDecision &d = plan.decision(i);
        if (d.action != ImportDecision::Action::Update)
            continue;
        read.addBindValue(d.existingId);
        if (!read.exec() || !read.next()) {
            if (error)
                *error = sqlError(db, read);
            return false;
        }
        QStringList values;
        for (int c = 0; c < 10; ++c)
            values << read.value(c).toString();
        read.finish();
        const UnitMember &u = m_records[i];
        const QStringList fromFile { u.name, u.creditCode, u.unitType, u.contact, u.phone, u.email,
            iso(u.joinDate), MemberText::code(u.status), iso(u.exitDate), u.notes };
        const int columnsInOrder[]
            = { UName, UCode, UType, UContact, UPhone, UEmail, UJoin, UStatus, UExit, UNotes };
        for (int c = 0; c < 10; ++c) {
            if (hasColumn(columnsInOrder[c]))
                values[c] = fromFile[c];
        }
        update.addBindValue(values[0]);
        update.addBindValue(pinyinSortKey(values[0]));
        for (int c = 1; c < 10; ++c)
            update.addBindValue(orNull(values[c]));
        update.addBindValue(d.existingId);
        if (!update.exec()) {
            if (error)
                *error = sqlError(db, update);
            return false;
        }
        ++*updated;
    }
    return plan.progress(m_records.size());
}

// --- dues ----------------------------------------------------------------------------------

class DuesLayout final : public exchange::ImportLayout
{
public:
    QString kind() const override { return QStringLiteral("dues"); }
    QString auditEntity() const override { return QStringLiteral("dues_payment"); }
    const QList<ColumnSpec> &columns() const override { return duesColumns(); }
    bool addRow(ImportRow &row) override;
    bool matchRegister(Database &db, ImportPlan &plan, StorageError *error) override;
    bool write(
        Database &db, ImportPlan &plan, qint64 *inserted, qint64 *updated, StorageError *error) override;

private:
    QList<DuesPayment> m_records;
};

bool DuesLayout::addRow(ImportRow &row)
{
    if (row.hasErrors())
        return false;
    DuesPayment p;
    p.memberNo = row.field(DNo).text;
    p.year = static_cast<int>(row.field(DYear).number);
    p.amountCents = row.field(DAmount).number;
    p.paidOn = row.field(DPaidOn).date;
    p.receiptNo = row.field(DReceipt).isValid() ? row.field(DReceipt).text : QString();
    m_records.append(std::move(p));
    return true;
}

bool DuesLayout::matchRegister(Database &db, ImportPlan &plan, StorageError *error)
{
    // Payments belong to members already in the register: their numbers are always looked up.
    QSet<QString> numbers;
    QSet<QString> receipts;
    for (const DuesPayment &p : std::as_const(m_records)) {
        numbers.insert(p.memberNo);
        if (!p.receiptNo.isEmpty())
            receipts.insert(p.receiptNo);
    }
    QHash<QString, qint64> members;
    QHash<QString, std::pair<qint64, QString>> paid; // receipt -> (payment, member number)
    if (!lookup(
            db, QStringLiteral("SELECT member_no, id FROM member WHERE member_no IN (%1)"), numbers.values(),
            [&](const QSqlQuery &q) { members.insert(q.value(0).toString(), q.value(1).toLongLong()); },
            error, &plan)
        || !lookup(
            db,
            QStringLiteral(
                "SELECT d.receipt_no, d.id, m.member_no FROM dues_payment d JOIN member m ON m.id = "
                "d.member_id WHERE d.receipt_no IN (%1)"),
            receipts.values(),
            [&](const QSqlQuery &q) {
                paid.insert(q.value(0).toString(), { q.value(1).toLongLong(), q.value(2).toString() });
            },
            error, &plan))
        return false;
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        DuesPayment &p = m_records[i];
        const auto member = members.constFind(p.memberNo);
        if (member == members.constEnd()) {
            plan.reject(i, columnName(DNo), p.memberNo,
                MemberLayouts::tr("The member number %1 is not in the member register.").arg(p.memberNo));
            continue;
        }
        p.memberId = *member;
        if (const auto it = paid.constFind(p.receiptNo); !p.receiptNo.isEmpty() && it != paid.constEnd()) {
            plan.duplicate(i, it->first, columnName(DReceipt), p.receiptNo,
                MemberLayouts::tr("a payment of %1").arg(it->second));
        }
    }
    return true;
}

bool DuesLayout::write(Database &db, ImportPlan &plan, qint64 *inserted, qint64 *updated, StorageError *error)
{
    MemberStore store(db);
    QList<DuesPayment> batch;
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        if (plan.decision(i).action == ImportDecision::Action::Insert)
            batch.append(m_records[i]);
        if (batch.size() == kBatch) {
            if (!store.insertDues(batch, error) || !plan.progress(i))
                return false;
            *inserted += batch.size();
            batch.clear();
        }
    }
    if (!store.insertDues(batch, error))
        return false;
    *inserted += batch.size();
    QSqlQuery update(db.connection());
    update.prepare(hasColumn(DPaidOn)
            ? QStringLiteral(
                "UPDATE dues_payment SET member_id = ?, year = ?, amount_cents = ?, paid_on = ? WHERE id = ?")
            : QStringLiteral(
                "UPDATE dues_payment SET member_id = ?, year = ?, amount_cents = ? WHERE id = ?"));
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        const ImportDecision &d = plan.decision(i);
        if (d.action != ImportDecision::Action::Update)
            continue;
        const DuesPayment &p = m_records[i];
        update.addBindValue(p.memberId);
        update.addBindValue(p.year);
        update.addBindValue(p.amountCents);
        if (hasColumn(DPaidOn))
            update.addBindValue(p.paidOn.isValid() ? QVariant(iso(p.paidOn)) : QVariant());
        update.addBindValue(d.existingId);
        if (!update.exec()) {
            if (error)
                *error = sqlError(db, update);
            return false;
        }
        ++*updated;
    }
    return plan.progress(m_records.size());
}

} // namespace

QStringList registerKinds()
{
    return { QStringLiteral("members"), QStringLiteral("units"), QStringLiteral("dues") };
}

std::unique_ptr<exchange::ImportLayout> importLayout(QStringView kind)
{
    if (kind == u"members")
        return std::make_unique<MembersLayout>();
    if (kind == u"units")
        return std::make_unique<UnitsLayout>();
    if (kind == u"dues")
        return std::make_unique<DuesLayout>();
    return nullptr;
}

const QList<ColumnSpec> &memberColumns()
{
    static const QList<ColumnSpec> columns {
        exchange::column(u"会员编号", "member_no", false, fields::code(30), {}, true),
        exchange::column(u"姓名", "name", true, fields::name(50)),
        exchange::column(u"性别", "gender", false, fields::gender()),
        exchange::column(u"出生日期", "birth_date", false, fields::date(false)),
        exchange::column(u"证件类型", "id_type", false, fields::choice(idTypeChoices(), QStringLiteral("居民身份证"))),
        exchange::column(u"证件号码", "id_number", false, idNumberParser(),
            { QStringLiteral("身份证号"), QStringLiteral("身份证号码") }, true),
        exchange::column(u"政治面貌", "political_status", false,
            fields::choice(choices({ { u"中共党员", {} }, { u"中共预备党员", {} }, { u"共青团员", {} },
                { u"群众", {} }, { u"无党派人士", {} }, { u"民主党派成员", {} }, { u"民革党员", {} },
                { u"民盟盟员", {} }, { u"民建会员", {} }, { u"民进会员", {} }, { u"农工党党员", {} },
                { u"致公党党员", {} }, { u"九三学社社员", {} }, { u"台盟盟员", {} } }))),
        exchange::column(u"工作单位", "affiliation", false, fields::text(200)),
        exchange::column(u"单位性质", "affiliation_type", false, fields::choice(affiliationTypeChoices())),
        exchange::column(u"职务", "position", false, fields::text(100)),
        exchange::column(u"职称", "professional_title", false,
            fields::choice(choices(
                { { u"正高级", { QStringLiteral("正高") } }, { u"副高级", { QStringLiteral("副高") } },
                    { u"中级", {} }, { u"初级", {} }, { u"无", {} } }))),
        exchange::column(u"是否基层一线", "front_line", false, fields::yesNo()),
        exchange::column(u"手机", "mobile", false, fields::mobile(), { QStringLiteral("手机号码") }),
        exchange::column(u"邮箱", "email", false, fields::email(), { QStringLiteral("电子邮箱") }),
        exchange::column(u"会员类别", "grade", false, fields::text(50)),
        exchange::column(u"申请日期", "applied_on", false, fields::date(false)),
        exchange::column(u"批准日期", "approved_on", false, fields::date(false)),
        exchange::column(u"入会日期", "join_date", true, fields::date()),
        exchange::column(u"状态", "status", false, fields::choice(statusChoices(), QStringLiteral("正常"))),
        exchange::column(u"退会日期", "exit_date", false, fields::date()),
        exchange::column(u"所属分支机构", "branches", false, fields::text()),
        exchange::column(u"备注", "notes", false, fields::text()),
    };
    return columns;
}

const QList<ColumnSpec> &unitColumns()
{
    static const QList<ColumnSpec> columns {
        exchange::column(u"单位名称", "name", true, fields::name(100), {}, true),
        exchange::column(u"统一社会信用代码", "uscc", false, fields::creditCode(), { QStringLiteral("credit_code") },
            true),
        exchange::column(u"单位性质", "unit_type", false, fields::choice(affiliationTypeChoices())),
        exchange::column(u"联系人", "contact", false, fields::name(50)),
        exchange::column(u"联系电话", "phone", false, fields::phone()),
        exchange::column(u"邮箱", "email", false, fields::email(), { QStringLiteral("电子邮箱") }),
        exchange::column(u"入会日期", "join_date", true, fields::date()),
        exchange::column(u"状态", "status", false, fields::choice(statusChoices(), QStringLiteral("正常"))),
        exchange::column(u"退会日期", "exit_date", false, fields::date()),
        exchange::column(u"备注", "notes", false, fields::text()),
    };
    return columns;
}

const QList<ColumnSpec> &duesColumns()
{
    static const QList<ColumnSpec> columns {
        exchange::column(u"会员编号", "member_no", true, fields::code(30)),
        exchange::column(u"年度", "year", true, fields::wholeNumber(1900, 2100)),
        exchange::column(u"金额", "amount", true, fields::money()),
        exchange::column(u"缴费日期", "paid_on", false, fields::date(false)),
        exchange::column(u"票据号", "receipt", false, fields::code(50),
            { QStringLiteral("收据号"), QStringLiteral("receipt_no") }, true),
    };
    return columns;
}

} // namespace sd::members
