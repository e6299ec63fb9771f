#include "demo/DemoBranches.h"

#include "branches/BranchStore.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace sd::demo {

namespace {

struct BranchRow
{
    const char16_t *name;
    const char16_t *kind;
    int foundedYearsAgo;
    int activitiesPerYear; ///< 0: none (the inactive one)
};

constexpr BranchRow kBranches[] {
    { u"青年工作委员会", u"工作委员会", 12, 8 },
    { u"科普专业委员会", u"科普专业委员会", 15, 10 },
    { u"学术工作委员会", u"工作委员会", 20, 6 },
    { u"材料与工艺专业委员会", u"专业委员会", 18, 5 },
    { u"过程装备专业委员会", u"专业委员会", 16, 4 },
    { u"安全工程专业委员会", u"专业委员会", 14, 4 },
    { u"精细化工专业委员会", u"专业委员会", 13, 5 },
    { u"化工信息专业委员会", u"专业委员会", 11, 3 },
    { u"环境保护专业委员会", u"专业委员会", 10, 4 },
    { u"女科技工作者工作委员会", u"工作委员会", 9, 3 },
    { u"标准化技术委员会", u"技术委员会", 7, 3 },
    { u"专家咨询委员会", u"专家委员会", 8, 2 },
    { u"厦门分会", u"分会", 17, 3 },
    { u"化工史专业委员会", u"专业委员会", 19, 0 },   // no activity for over a year
    { u"橡塑加工专业委员会", u"专业委员会", 15, 0 },  // dissolved
};

constexpr const char16_t *kTitles[][2] {
    { u"academic_conference", u"学术年会" },
    { u"academic_conference", u"青年学者论坛" },
    { u"science_popularization", u"科普进校园" },
    { u"science_popularization", u"全国科普日活动" },
    { u"training", u"继续教育培训班" },
    { u"consulting", u"产业发展咨询报告" },
    { u"evaluation", u"科技成果评价" },
    { u"group_standard", u"团体标准审定会" },
    { u"award_nomination", u"科学技术奖推荐" },
    { u"international", u"海峡两岸交流会" },
};

} // namespace

bool writeBranches(storage::Database &db, quint32 seed, QDate today, storage::StorageError *error)
{
    {
        QSqlQuery q(db.connection());
        if (q.exec(QStringLiteral("SELECT (SELECT count(*) FROM filing) + (SELECT count(*) FROM activity)")) && q.next()
            && q.value(0).toLongLong() > 0)
            return true;
    }
    QRandomGenerator rng(seed ^ 0xB4A7u);
    // Leaders and secretaries from the register's active members.
    QList<std::pair<QString, QString>> people; // (member no., name)
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT member_no, name FROM member WHERE status = 'active' ORDER BY id LIMIT 200"));
        while (q.next())
            people.append({ q.value(0).toString(), q.value(1).toString() });
    }
    return db.transaction(
        [&] {
            branches::BranchStore store(db);
            int activities = 0;
            for (int i = 0; i < int(std::size(kBranches)); ++i) {
                const BranchRow &row = kBranches[i];
                const QString name = QString::fromUtf16(row.name);
                const QDate founded(today.year() - row.foundedYearsAgo, 3 + i % 8, 1 + i);
                // A branch named by the register (a member's 所属分支机构) keeps its row.
                qint64 id = 0;
                {
                    QSqlQuery existing(db.connection());
                    existing.prepare(QStringLiteral("SELECT id FROM branch WHERE name = ?"));
                    existing.addBindValue(name);
                    if (existing.exec() && existing.next())
                        id = existing.value(0).toLongLong();
                }
                QSqlQuery q(db.connection());
                if (id == 0) {
                    q.prepare(QStringLiteral("INSERT INTO branch (name, kind, established_on, status) VALUES (?, ?, ?, 'active')"));
                    q.addBindValue(name);
                    q.addBindValue(QString::fromUtf16(row.kind));
                    q.addBindValue(founded.toString(Qt::ISODate));
                    if (!q.exec())
                        return false;
                    id = q.lastInsertId().toLongLong();
                } else {
                    q.prepare(QStringLiteral("UPDATE branch SET kind = ?, established_on = ? WHERE id = ?"));
                    q.addBindValue(QString::fromUtf16(row.kind));
                    q.addBindValue(founded.toString(Qt::ISODate));
                    q.addBindValue(id);
                    if (!q.exec())
                        return false;
                }
                QSqlQuery h(db.connection());
                h.prepare(QStringLiteral("INSERT INTO branch_status_history (branch_id, status, on_date, resolution) VALUES (?, 'active', ?, ?)"));
                h.addBindValue(id);
                h.addBindValue(founded.toString(Qt::ISODate));
                h.addBindValue(QStringLiteral("常务理事会决议"));
                if (!h.exec())
                    return false;
                // Establishment filings for all but the 专家咨询委员会 (listed as missing).
                if (i != 11) {
                    QSqlQuery f(db.connection());
                    f.prepare(QStringLiteral("INSERT INTO filing (branch_id, kind, on_date, reference) VALUES (?, 'establish', ?, ?)"));
                    f.addBindValue(id);
                    f.addBindValue(founded.addDays(30).toString(Qt::ISODate));
                    f.addBindValue(QStringLiteral("闽科协学〔%1〕%2号").arg(founded.year()).arg(10 + i));
                    if (!f.exec())
                        return false;
                }
                // Leader and secretary.
                if (people.size() >= 2 * int(std::size(kBranches))) {
                    for (const auto &[role, index] : { std::pair { QStringLiteral("leader"), 2 * i },
                             std::pair { QStringLiteral("secretary"), 2 * i + 1 } }) {
                        governance::PersonRef who;
                        who.memberNo = people.at(index).first;
                        who.name = people.at(index).second;
                        governance::GovernanceStore persons(db);
                        const qint64 person = persons.personFor(who, error);
                        if (person == 0)
                            return false;
                        QSqlQuery o(db.connection());
                        o.prepare(QStringLiteral("INSERT INTO branch_officer (branch_id, role, person_id, start_date) VALUES (?, ?, ?, ?)"));
                        o.addBindValue(id);
                        o.addBindValue(role);
                        o.addBindValue(person);
                        o.addBindValue(QDate(today.year() - 3, 5, 1).toString(Qt::ISODate));
                        if (!o.exec())
                            return false;
                    }
                }
                // Members on the roster: a few dozen of the register.
                QSqlQuery roster(db.connection());
                roster.prepare(QStringLiteral("INSERT OR IGNORE INTO member_branch (member_id, branch_id) "
                                              "SELECT id, ? FROM member WHERE status = 'active' AND id % 15 = ? LIMIT 40"));
                roster.addBindValue(id);
                roster.addBindValue(i);
                if (!roster.exec())
                    return false;
                // Five years of activities; the 化工史 committee's last was 14 months ago.
                const int perYear = row.activitiesPerYear;
                const QDate since = today.addYears(-5);
                QSqlQuery a(db.connection());
                a.prepare(QStringLiteral("INSERT INTO activity (name, kind, start_date, end_date, branch_id, participants, brand, task) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
                const auto addActivity = [&](QDate start, int title) {
                    const QString kind = QString::fromUtf16(kTitles[title][0]);
                    const bool brand = title == 0 && i < 3;
                    a.addBindValue(QStringLiteral("%1 %2").arg(start.year()).arg(QString::fromUtf16(kTitles[title][1])));
                    a.addBindValue(kind);
                    a.addBindValue(start.toString(Qt::ISODate));
                    a.addBindValue(kind == u"academic_conference" || kind == u"training"
                            ? QVariant(start.addDays(1).toString(Qt::ISODate))
                            : QVariant(QMetaType::fromType<QString>()));
                    a.addBindValue(id);
                    a.addBindValue(30 + static_cast<int>(rng.bounded(400)));
                    a.addBindValue(brand ? 1 : 0);
                    a.addBindValue(brand ? QVariant(QStringLiteral("CAST17-20")) : title == 2 ? QVariant(QStringLiteral("CAST17-16"))
                                                                                            : QVariant(QMetaType::fromType<QString>()));
                    ++activities;
                    return a.exec();
                };
                for (int y = 0; y < 5 && perYear > 0; ++y) {
                    for (int k = 0; k < perYear; ++k) {
                        const QDate start = since.addDays(y * 365 + static_cast<int>(rng.bounded(360)));
                        if (start > today)
                            continue;
                        if (!addActivity(start, static_cast<int>(rng.bounded(static_cast<quint32>(std::size(kTitles))))))
                            return false;
                    }
                }
                if (i == 13 && !addActivity(today.addMonths(-14), 0))
                    return false;
                if (i == 14) {
                    // Dissolved two years ago, with its filings.
                    if (!addActivity(today.addYears(-4), 4))
                        return false;
                    const QDate dissolved = today.addYears(-2);
                    QSqlQuery d(db.connection());
                    d.prepare(QStringLiteral("UPDATE branch SET status = 'dissolved', dissolved_on = ? WHERE id = ?"));
                    d.addBindValue(dissolved.toString(Qt::ISODate));
                    d.addBindValue(id);
                    QSqlQuery dh(db.connection());
                    dh.prepare(QStringLiteral("INSERT INTO branch_status_history (branch_id, status, on_date, resolution) "
                                              "VALUES (?, 'dissolved', ?, '理事会决议')"));
                    dh.addBindValue(id);
                    dh.addBindValue(dissolved.toString(Qt::ISODate));
                    QSqlQuery df(db.connection());
                    df.prepare(QStringLiteral("INSERT INTO filing (branch_id, kind, on_date, reference) VALUES (?, 'dissolve', ?, ?)"));
                    df.addBindValue(id);
                    df.addBindValue(dissolved.addDays(20).toString(Qt::ISODate));
                    df.addBindValue(QStringLiteral("闽科协学〔%1〕31号").arg(dissolved.year()));
                    if (!d.exec() || !dh.exec() || !df.exec())
                        return false;
                }
            }
            return db.audit().record(QStringLiteral("branch"), 0, QStringLiteral("demo"), {},
                QJsonObject { { QStringLiteral("branches"), static_cast<int>(std::size(kBranches)) },
                    { QStringLiteral("activities"), activities } },
                error);
        },
        error);
}

} // namespace sd::demo
