#include "demo/DemoGovernance.h"

#include "governance/GovernanceStore.h"
#include "members/MemberStore.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>

namespace sd::demo {

using namespace governance;

namespace {

struct Candidate
{
    qint64 memberId = 0;
    QString memberNo;
    QString name;
    QDate birthDate;
    Gender gender = Gender::Unknown;
    QString politicalStatus;
    QString affiliation;
    QString affiliationType;
};

/// Active members born on or before `latestBirth`, in a seeded order.
QList<Candidate> candidates(const storage::Database &db, QRandomGenerator &rng)
{
    QList<Candidate> list;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT m.id, m.member_no, m.name, m.birth_date, m.gender, m.political_status, a.name, "
                          "m.affiliation_type FROM member m LEFT JOIN affiliation a ON a.id = m.affiliation_id "
                          "WHERE m.status = 'active' AND m.birth_date IS NOT NULL ORDER BY m.id"));
    while (q.next()) {
        const QString gender = q.value(4).toString();
        list.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            QDate::fromString(q.value(3).toString(), Qt::ISODate),
            gender == u"M" ? Gender::Male : gender == u"F" ? Gender::Female : Gender::Unknown, q.value(5).toString(),
            q.value(6).toString(), q.value(7).toString() });
    }
    std::shuffle(list.begin(), list.end(), rng);
    return list;
}

int age(QDate birth, QDate on)
{
    int a = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --a;
    return a;
}

} // namespace

QByteArray tinyPdf(const QString &title)
{
    QByteArray text = title.toLatin1();
    text.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
    const QByteArray content = "BT /F1 18 Tf 72 760 Td (" + text + ") Tj 0 -28 Td /F1 11 Tf (SocietyDesk demo document) Tj ET";
    QList<QByteArray> objects {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : std::as_const(offsets))
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

bool writeGovernance(storage::Database &db, quint32 seed, QDate today, storage::StorageError *error)
{
    GovernanceStore store(db);
    if (!store.terms().isEmpty())
        return true;
    QRandomGenerator rng(seed ^ 0x60BE4u);
    QList<Candidate> pool = candidates(db, rng);
    const QDate currentStart(today.year() - 2, 5, 18);
    // Young (at most 45 on the reference date) and older members, to compose the council.
    QList<Candidate> young;
    QList<Candidate> older;
    for (const Candidate &c : std::as_const(pool)) {
        const int a = age(c.birthDate, today);
        if (a >= 30 && a <= 45)
            young.append(c);
        else if (a > 45 && a <= 68)
            older.append(c);
    }
    if (young.size() < 62 || older.size() < 200) {
        // A register too small for a council: the demo governs without one.
        return true;
    }

    return db.transaction(
        [&] {
            // Nine terms of five years; the ninth is current.
            QList<Term> terms;
            for (int n = 1; n <= 9; ++n) {
                Term t;
                t.number = n;
                t.startDate = currentStart.addYears(-5 * (9 - n));
                t.endDate = t.startDate.addYears(5).addDays(-1);
                t.electedBy = QStringLiteral("第%1次会员代表大会").arg(n);
                t.status = n == 9 ? TermStatus::Current : TermStatus::Past;
                QSqlQuery q(db.connection());
                q.prepare(QStringLiteral("INSERT INTO term (number, start_date, end_date, elected_by, status) VALUES (?, ?, ?, ?, ?)"));
                q.addBindValue(t.number);
                q.addBindValue(t.startDate.toString(Qt::ISODate));
                q.addBindValue(t.endDate.toString(Qt::ISODate));
                q.addBindValue(t.electedBy);
                q.addBindValue(GovernanceText::code(t.status));
                if (!q.exec())
                    return false;
                t.id = q.lastInsertId().toLongLong();
                terms.append(t);
            }
            const auto seatFor = [&](const Term &term, Body body, Role role, const Candidate &c, bool frontLine) {
                PersonRef who;
                who.name = c.name;
                who.memberNo = c.memberNo;
                Seat s;
                s.termId = term.id;
                s.body = body;
                s.role = role;
                s.name = c.name;
                s.birthDate = c.birthDate;
                s.gender = c.gender;
                s.frontLine = frontLine;
                s.politicalStatus = c.politicalStatus;
                s.affiliation = c.affiliation;
                s.affiliationType = c.affiliationType;
                s.fullTime = role == Role::SecretaryGeneral;
                s.retiredOfficial = false;
                s.startDate = term.startDate;
                s.personId = store.personFor(who, error);
                return s.personId > 0 && store.insertSeat(s, error);
            };

            // The eighth term's council: 110 seats, all seated from its start to its end.
            const Term &eighth = terms.at(7);
            for (int i = 0; i < 110; ++i) {
                const Candidate &c = older.at(200 - 1 - (i % 200));
                if (!seatFor(eighth, Body::Council, i == 0 ? Role::Chair : Role::Councillor, c, i < 85))
                    return false;
            }
            QSqlQuery endEighth(db.connection());
            endEighth.prepare(QStringLiteral("UPDATE seat SET end_date = ? WHERE term_id = ?"));
            endEighth.addBindValue(terms.at(8).startDate.toString(Qt::ISODate));
            endEighth.addBindValue(eighth.id);
            if (!endEighth.exec())
                return false;

            // The ninth: 120 councillors, 42 of them young, 88 front-line (3/4 needs 90).
            const Term &ninth = terms.at(8);
            QList<Candidate> council = young.mid(0, 42) + older.mid(0, 78);
            std::shuffle(council.begin(), council.end(), rng);
            QList<Role> roles(120, Role::Councillor);
            roles[0] = Role::Chair;
            for (int i = 1; i <= 6; ++i)
                roles[i] = Role::ViceChair;
            roles[7] = Role::SecretaryGeneral;
            for (int i = 0; i < 120; ++i) {
                // Leaders and the first of the rest are front-line; 32 councillors are not.
                if (!seatFor(ninth, Body::Council, roles.at(i), council.at(i), i < 88))
                    return false;
            }
            // The standing council: the eight leaders and 30 more councillors, 28 of the 38
            // front-line (councillors 0…27), ten not (councillors 88…97).
            for (int i = 0; i < 38; ++i) {
                const int from = i < 28 ? i : 60 + i;
                const Role role = i < 8 ? roles.at(i) : Role::StandingCouncillor;
                if (!seatFor(ninth, Body::StandingCouncil, role, council.at(from), from < 88))
                    return false;
            }
            // Five supervisors, none of them on the council.
            for (int i = 0; i < 5; ++i) {
                if (!seatFor(ninth, Body::SupervisoryBoard, i == 0 ? Role::ChiefSupervisor : Role::Supervisor,
                        older.at(120 + i), true))
                    return false;
            }
            // 150 congress representatives: 60 councillors, 70 older and 20 young members.
            for (int i = 0; i < 150; ++i) {
                const Candidate &c = i < 60 ? council.at(i) : i < 130 ? older.at(130 + i - 60) : young.at(42 + i - 130);
                if (!seatFor(ninth, Body::Congress, Role::Representative, c, i % 5 != 0))
                    return false;
            }

            // The secretariat.
            struct StaffRow
            {
                const char16_t *name;
                const char16_t *role;
                Employment employment;
                int startYearsAgo;
                int birthYear;
            };
            const StaffRow staffRows[] {
                { u"何志华", u"秘书长", Employment::FullTime, 6, 1978 },
                { u"林晓燕", u"副秘书长", Employment::FullTime, 4, 1984 },
                { u"郭建平", u"副秘书长", Employment::PartTime, 3, 1969 },
                { u"罗丹", u"综合办公室主任", Employment::FullTime, 5, 1988 },
                { u"高翔", u"会员部干事", Employment::Contracted, 2, 1995 },
                { u"宋雨桐", u"学术部干事", Employment::Contracted, 1, 1998 },
            };
            QSqlQuery staff(db.connection());
            staff.prepare(QStringLiteral("INSERT INTO staff (name, role, employment, start_date, birth_date) VALUES (?, ?, ?, ?, ?)"));
            for (const StaffRow &row : staffRows) {
                staff.addBindValue(QString::fromUtf16(row.name));
                staff.addBindValue(QString::fromUtf16(row.role));
                staff.addBindValue(GovernanceText::code(row.employment));
                staff.addBindValue(QDate(today.year() - row.startYearsAgo, 3, 1).toString(Qt::ISODate));
                staff.addBindValue(QDate(row.birthYear, 6, 15).toString(Qt::ISODate));
                if (!staff.exec())
                    return false;
            }

            // A dozen regulations, each with its document.
            struct RegulationRow
            {
                const char16_t *title;
                const char *kind;
                const char *body;
                const char *file;
            };
            const RegulationRow regulations[] {
                { u"理事会议事规则", "meeting_rules", "council", "council-rules" },
                { u"常务理事会议事规则", "meeting_rules", "standing_council", "standing-council-rules" },
                { u"理事长办公会议事规则", "meeting_rules", "chair_office", "chair-office-rules" },
                { u"秘书长办公会议事规则", "meeting_rules", "secretary_general_office", "secretary-general-office-rules" },
                { u"会员管理办法", "member_rules", nullptr, "member-rules" },
                { u"分支机构管理办法", "branch_rules", nullptr, "branch-rules" },
                { u"兼职负责人行为规范", "part_time_conduct", nullptr, "part-time-conduct" },
                { u"秘书处人事管理制度", "hr_rules", nullptr, "hr-rules" },
                { u"财务管理制度", "finance_rules", nullptr, "finance-rules" },
                { u"档案管理办法", "archive_rules", nullptr, "archive-rules" },
                { u"监事会工作规则", "supervisory_rules", nullptr, "supervisory-board-rules" },
                { u"信息公开办法", "disclosure_rules", nullptr, "disclosure-rules" },
            };
            for (const RegulationRow &row : regulations) {
                const QString file = QLatin1StringView(row.file) + QStringLiteral(".pdf");
                const QByteArray pdf = tinyPdf(QLatin1StringView(row.file));
                QSqlQuery a(db.connection());
                a.prepare(QStringLiteral("INSERT INTO attachment (file_name, media_type, size, sha256, content, added_at) "
                                         "VALUES (?, 'application/pdf', ?, ?, ?, ?)"));
                a.addBindValue(file);
                a.addBindValue(pdf.size());
                a.addBindValue(QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
                a.addBindValue(pdf);
                a.addBindValue(db.clock().now().toString(Qt::ISODate));
                if (!a.exec())
                    return false;
                QSqlQuery r(db.connection());
                r.prepare(QStringLiteral("INSERT INTO regulation (title, kind, body, adopted_on, meeting, attachment_id) "
                                         "VALUES (?, ?, ?, ?, ?, ?)"));
                r.addBindValue(QString::fromUtf16(row.title));
                r.addBindValue(QLatin1StringView(row.kind));
                r.addBindValue(row.body ? QVariant(QString(QLatin1StringView(row.body))) : QVariant(QMetaType::fromType<QString>()));
                r.addBindValue(ninth.startDate.addDays(1).toString(Qt::ISODate));
                r.addBindValue(QStringLiteral("第九届一次理事会"));
                r.addBindValue(a.lastInsertId());
                if (!r.exec())
                    return false;
            }
            QSqlQuery attest(db.connection());
            attest.prepare(QStringLiteral("INSERT INTO attestation (kind, on_date, attested_by, detail) VALUES (?, ?, ?, ?)"));
            attest.addBindValue(QStringLiteral("party_organisation"));
            attest.addBindValue(ninth.startDate.addMonths(1).toString(Qt::ISODate));
            attest.addBindValue(QStringLiteral("机关党委"));
            attest.addBindValue(QStringLiteral("A"));
            if (!attest.exec())
                return false;
            attest.addBindValue(QStringLiteral("premises"));
            attest.addBindValue(QDate(today.year(), 1, 10).toString(Qt::ISODate));
            attest.addBindValue(QStringLiteral("秘书处"));
            attest.addBindValue(QString());
            if (!attest.exec())
                return false;
            // CA-09's annual work reports: sent on time for the two years before last; on last
            // year, to the supervising unit once 20 March has come, to the registration
            // authority not yet (the Home page's due list shows it).
            QSqlQuery report(db.connection());
            report.prepare(QStringLiteral("INSERT INTO attestation (kind, on_date, attested_by, year) VALUES (?, ?, ?, ?)"));
            const auto sent = [&](const char *kind, QDate on, int year) {
                report.addBindValue(QLatin1StringView(kind));
                report.addBindValue(on.toString(Qt::ISODate));
                report.addBindValue(QStringLiteral("秘书处"));
                report.addBindValue(year);
                return report.exec();
            };
            for (int year = today.year() - 3; year < today.year() - 1; ++year) {
                if (!sent("work_report_supervisor", QDate(year + 1, 3, 20), year)
                    || !sent("work_report_registration", QDate(year + 1, 5, 20), year))
                    return false;
            }
            if (QDate(today.year(), 3, 20) <= today && !sent("work_report_supervisor", QDate(today.year(), 3, 20), today.year() - 1))
                return false;
            return db.audit().record(QStringLiteral("term"), 0, QStringLiteral("demo"), {},
                QJsonObject { { QStringLiteral("terms"), 9 }, { QStringLiteral("council_seats"), 120 },
                    { QStringLiteral("regulations"), 12 } },
                error);
        },
        error);
}

} // namespace sd::demo
