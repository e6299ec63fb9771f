// The reform plan's store (issue 9): the catalogue of a pack's tasks, creation with the
// mandatory tasks and the problems from the findings, the chooser and its minimum, task fields,
// monthly progress with evidence, the progress grid, every refusal writing nothing, and the
// upgrade from schema 10.
#include "TestSupport.h"

#include "plan/ReformPlanStore.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using plan::CellState;
using plan::ReformPlan;
using plan::ReformPlanStore;
using plan::TaskFields;
using plan::TaskKind;
using plan::TaskStatus;

namespace {

const QString kCast = QStringLiteral("cast-2017");

QStringList castOptional(std::initializer_list<int> numbers)
{
    QStringList ids;
    for (int n : numbers)
        ids << QStringLiteral("CAST17-%1").arg(n);
    return ids;
}

} // namespace

class TestReformPlan : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock { QDateTime(QDate(2025, 8, 10), QTime(9, 0)) };
    std::unique_ptr<storage::Database> m_db;
    int m_files = 0;
    storage::StorageError m_error;

    ReformPlanStore store() { return ReformPlanStore(*m_db); }

    /// Every row of the plan tables, the attachments and the audit log, as one string.
    QString snapshot()
    {
        QString all;
        for (const char *table : { "reform_plan", "reform_plan_task", "reform_plan_progress", "attachment", "audit_log" }) {
            QSqlQuery q(m_db->connection());
            q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1StringView(table)));
            while (q.next()) {
                for (int i = 0; i < 12; ++i)
                    all += q.value(i).toString() + u'|';
                all += u'\n';
            }
        }
        return all;
    }

    /// Asserts that `ok` is a refusal whose message contains `words` and that nothing changed.
    void refused(bool ok, const QString &before, const QString &words)
    {
        QVERIFY(!ok);
        QCOMPARE(m_error.kind, storage::StorageError::Kind::Invalid);
        QVERIFY2(m_error.message.contains(words), qPrintable(m_error.message));
        QCOMPARE(snapshot(), before);
    }

    qint64 castPlan(QDate startedOn = {})
    {
        qint64 id = 0;
        if (!store().create(2025, kCast, startedOn, &m_error, &id))
            qWarning("%s", qPrintable(m_error.message));
        return id;
    }

private slots:
    void init()
    {
        m_clock.set(QDateTime(QDate(2025, 8, 10), QTime(9, 0)));
        m_db = test::createDatabase(m_dir, QStringLiteral("p%1.societydesk").arg(++m_files), &m_clock);
        QVERIFY(m_db);
        m_error = {};
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    }
    void cleanup() { m_db.reset(); }

    void catalogue()
    {
        const std::optional<plan::TaskCatalogue> c = store().taskCatalogue(kCast, 2025);
        QVERIFY(c);
        // No term starts in 2025: CAST17-01…07 are mandatory, 08…11 (election year) are not.
        QStringList mandatory;
        for (const plan::CatalogueTask &t : c->mandatory)
            mandatory << t.task;
        QCOMPARE(mandatory.join(u','), QStringLiteral("CAST17-01,CAST17-02,CAST17-03,CAST17-04,CAST17-05,CAST17-06,CAST17-07"));
        QCOMPARE(c->optional.size(), 13);
        QCOMPARE(c->optional.first().task, QStringLiteral("CAST17-12"));
        QCOMPARE(c->optional.first().title, QStringLiteral("搭建高水平学术交流平台")); // the demo language is Chinese
        QCOMPARE(c->optional.last().task, QStringLiteral("CAST17-24"));
        QCOMPARE(c->minimum, 5);
        QCOMPARE(c->optionalRange(), QStringLiteral("CAST17-12–CAST17-24"));
        // Hubei: HB17-02…18 (HB17-10 only for pilots), HB17-01 is the plan itself.
        const std::optional<plan::TaskCatalogue> h = store().taskCatalogue(QStringLiteral("hubei-2017"), 2025);
        QVERIFY(h);
        QVERIFY(h->optional.isEmpty());
        QCOMPARE(h->minimum, 0);
        QCOMPARE(h->mandatory.first().task, QStringLiteral("HB17-02"));
        QCOMPARE(h->mandatory.last().task, QStringLiteral("HB17-18"));
        QString error;
        QVERIFY(!store().taskCatalogue(QStringLiteral("nope"), 2025, &error));
        QVERIFY(error.contains(u"nope"));
    }

    void create_addsMandatoryTasksAndProblems()
    {
        const qint64 id = castPlan(QDate(2025, 3, 1));
        QVERIFY(id > 0);
        const std::optional<ReformPlan> p = store().plan(2025, kCast);
        QVERIFY(p);
        QCOMPARE(p->id, id);
        QCOMPARE(p->tasks.size(), 7);
        QCOMPARE(p->tasks.first().task, QStringLiteral("CAST17-01"));
        QCOMPARE(p->tasks.first().kind, TaskKind::Mandatory);
        QCOMPARE(p->tasks.first().title, QStringLiteral("会议制度"));
        QCOMPARE(p->firstMonth(), 3);
        // An empty society fails or lacks data for much: one line per finding, none of the plan's own.
        QVERIFY(p->problems.contains(u"CAST17-01"));
        QVERIFY(!p->problems.contains(u"CAST17-OPT"));
        QCOMPARE(p->problems, store().problemsFromFindings(2025, kCast));
        QCOMPARE(store().plans().size(), 1);

        const QString before = snapshot();
        refused(store().create(2025, kCast, {}, &m_error), before, QStringLiteral("already exists"));
        refused(store().create(2025, QStringLiteral("nope"), {}, &m_error), before, QStringLiteral("nope"));
        refused(store().create(2025, QStringLiteral("hubei-2017"), QDate(2024, 12, 1), &m_error), before, QStringLiteral("2024-12-01"));
        refused(store().create(1800, kCast, {}, &m_error), before, QStringLiteral("1800"));
    }

    void choose_enforcesTheMinimum()
    {
        const qint64 id = castPlan();
        const QString empty = snapshot();
        refused(store().chooseOptional(id, castOptional({ 12, 13, 14 }), &m_error), empty,
            QStringLiteral("cast-2017 requires at least 5 of tasks CAST17-12–CAST17-24; 3 chosen"));
        // Repeats count once.
        refused(store().chooseOptional(id, castOptional({ 12, 13, 14, 15, 15 }), &m_error), empty, QStringLiteral("4 chosen"));
        refused(store().chooseOptional(id, castOptional({ 12, 13, 14, 15, 16, 1 }), &m_error), empty,
            QStringLiteral("CAST17-1 is not an optional task"));
        refused(store().chooseOptional(id, castOptional({ 12, 13, 14, 15 }) << QStringLiteral("CAST17-01"), &m_error), empty,
            QStringLiteral("CAST17-01"));
        refused(store().chooseOptional(999, castOptional({ 12, 13, 14, 15, 16 }), &m_error), empty, QStringLiteral("no such"));

        // Chosen out of order: stored in pack order after the mandatory ones.
        QVERIFY2(store().chooseOptional(id, castOptional({ 20, 12, 16, 14, 23 }), &m_error), qPrintable(m_error.message));
        std::optional<ReformPlan> p = store().plan(id);
        QCOMPARE(p->optionalCount(), 5);
        QCOMPARE(p->tasks.at(7).task, QStringLiteral("CAST17-12"));
        QCOMPARE(p->tasks.at(7).title, QStringLiteral("搭建高水平学术交流平台"));
        QCOMPARE(p->tasks.last().task, QStringLiteral("CAST17-23"));
        QCOMPARE(p->tasks.last().kind, TaskKind::Optional);

        // A task that stays keeps its fields and progress; one dropped loses them.
        const qint64 kept = p->task(QStringLiteral("CAST17-14"))->id;
        TaskFields f;
        f.target = QStringLiteral("3");
        QVERIFY(store().setTask(kept, f, &m_error));
        QVERIFY(store().setProgress(kept, QStringLiteral("2025-02"), QStringLiteral("1"), {}, {}, &m_error));
        QVERIFY(store().setProgress(p->task(QStringLiteral("CAST17-12"))->id, QStringLiteral("2025-02"), QStringLiteral("1"), {}, {}, &m_error));
        QVERIFY2(store().chooseOptional(id, castOptional({ 13, 14, 16, 20, 23, 24 }), &m_error), qPrintable(m_error.message));
        p = store().plan(id);
        QCOMPARE(p->optionalCount(), 6);
        QVERIFY(!p->task(QStringLiteral("CAST17-12")));
        QCOMPARE(p->task(QStringLiteral("CAST17-14"))->id, kept);
        QCOMPARE(p->task(QStringLiteral("CAST17-14"))->target, QStringLiteral("3"));
        QCOMPARE(p->task(QStringLiteral("CAST17-14"))->progress.size(), 1);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM reform_plan_progress")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1); // the dropped task's entry went with it
        // Hubei offers none.
        qint64 hubei = 0;
        QVERIFY(store().create(2025, QStringLiteral("hubei-2017"), {}, &m_error, &hubei));
        const QString before = snapshot();
        refused(store().chooseOptional(hubei, castOptional({ 12 }), &m_error), before, QStringLiteral("offers no optional tasks"));
    }

    void setTask_fieldsAndRefusals()
    {
        const qint64 id = castPlan();
        const qint64 task = store().plan(id)->tasks.first().id;
        TaskFields f;
        f.indicator = QStringLiteral(" 议事规则 ");
        f.baseline = QStringLiteral("0");
        f.target = QStringLiteral("4");
        f.steps = QStringLiteral("起草、审议、发布");
        f.deadline = QDate(2025, 12, 31);
        f.owner = QStringLiteral("王秘书长");
        QVERIFY2(store().setTask(task, f, &m_error), qPrintable(m_error.message));
        QVERIFY(store().setStatus(task, TaskStatus::InProgress, &m_error));
        const plan::PlanTask t = store().plan(id)->tasks.first();
        QCOMPARE(t.indicator, QStringLiteral("议事规则"));
        QCOMPARE(t.deadline, QDate(2025, 12, 31));
        QCOMPARE(t.owner, QStringLiteral("王秘书长"));
        QCOMPARE(t.status, TaskStatus::InProgress);
        // Only the fields given change.
        TaskFields g;
        g.target = QStringLiteral("5");
        QVERIFY(store().setTask(task, g, &m_error));
        QCOMPARE(store().plan(id)->tasks.first().steps, QStringLiteral("起草、审议、发布"));

        const QString before = snapshot();
        TaskFields early;
        early.deadline = QDate(2024, 12, 31);
        refused(store().setTask(task, early, &m_error), before, QStringLiteral("2024-12-31"));
        TaskFields late;
        late.deadline = QDate(2030, 1, 1);
        refused(store().setTask(task, late, &m_error), before, QStringLiteral("2029-12-31"));
        refused(store().setTask(12345, g, &m_error), before, QStringLiteral("no such task"));
        // Clearing the deadline is allowed.
        TaskFields clear;
        clear.deadline = QDate();
        QVERIFY(store().setTask(task, clear, &m_error));
        QVERIFY(!store().plan(id)->tasks.first().deadline.isValid());
        QVERIFY(store().setProblems(id, QStringLiteral("会员服务不足\n年报未公开"), &m_error));
        QCOMPARE(store().plan(id)->problems, QStringLiteral("会员服务不足\n年报未公开"));
    }

    void progress_validationAndEvidence()
    {
        const qint64 id = castPlan(QDate(2025, 3, 15));
        const qint64 task = store().plan(id)->tasks.first().id;
        const QString before = snapshot();
        const QString none;
        refused(store().setProgress(task, QStringLiteral("2025-13"), QStringLiteral("1"), none, none, &m_error), before, QStringLiteral("2025-13"));
        refused(store().setProgress(task, QStringLiteral("March"), QStringLiteral("1"), none, none, &m_error), before, QStringLiteral("March"));
        refused(store().setProgress(task, QStringLiteral("2024-12"), QStringLiteral("1"), none, none, &m_error), before, QStringLiteral("2025 plan"));
        refused(store().setProgress(task, QStringLiteral("2026-01"), QStringLiteral("1"), none, none, &m_error), before, QStringLiteral("2025 plan"));
        refused(store().setProgress(task, QStringLiteral("2025-02"), QStringLiteral("1"), none, none, &m_error), before, QStringLiteral("before the plan starts (2025-03)"));
        refused(store().setProgress(task, QStringLiteral("2025-09"), QStringLiteral("1"), none, none, &m_error), before, QStringLiteral("not begun"));
        refused(store().setProgress(task, QStringLiteral("2025-04"), QStringLiteral("  "), none, none, &m_error), before, QStringLiteral("value reached"));
        refused(store().setProgress(task, QStringLiteral("2025-04"), QStringLiteral("1"), none, m_dir.filePath(QStringLiteral("missing.pdf")), &m_error),
            before, QStringLiteral("missing.pdf"));
        refused(store().removeProgress(task, QStringLiteral("2025-04"), &m_error), before, QStringLiteral("no progress"));

        // The month under way may be recorded; evidence is stored as an attachment.
        const QString evidence = m_dir.filePath(QStringLiteral("签到表.pdf"));
        QFile file(evidence);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4 evidence");
        file.close();
        QVERIFY2(store().setProgress(task, QStringLiteral("2025-08"), QStringLiteral("2 场"), QStringLiteral("按计划"), evidence, &m_error),
            qPrintable(m_error.message));
        plan::PlanTask t = store().plan(id)->tasks.first();
        QCOMPARE(t.progress.size(), 1);
        QCOMPARE(t.progress.first().value, QStringLiteral("2 场"));
        QCOMPARE(t.progress.first().evidenceName, QStringLiteral("签到表.pdf"));
        // Replaced without a new file: the evidence stays.
        QVERIFY(store().setProgress(task, QStringLiteral("2025-08"), QStringLiteral("3 场"), {}, {}, &m_error));
        t = store().plan(id)->tasks.first();
        QCOMPARE(t.progress.size(), 1);
        QCOMPARE(t.progress.first().value, QStringLiteral("3 场"));
        QCOMPARE(t.progress.first().evidenceName, QStringLiteral("签到表.pdf"));
        // A start after recorded progress is refused rather than hiding it.
        const QString withEntry = snapshot();
        refused(store().setStartedOn(id, QDate(2025, 9, 1), &m_error), withEntry, QStringLiteral("2025-08"));
        refused(store().setStartedOn(id, QDate(2026, 1, 1), &m_error), withEntry, QStringLiteral("2026-01-01"));
        QVERIFY(store().removeProgress(task, QStringLiteral("2025-08"), &m_error));
        QVERIFY(store().plan(id)->tasks.first().progress.isEmpty());
        QVERIFY(store().setStartedOn(id, QDate(2025, 9, 1), &m_error));
        QCOMPARE(store().plan(id)->firstMonth(), 9);
    }

    void grid_data()
    {
        QTest::addColumn<QDate>("startedOn");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<QString>("expected"); // per row: E entered, M missing, F future
        // Started 15 March; on 10 August: March…July ended, August under way.
        QTest::newRow("from March, in August") << QDate(2025, 3, 15) << QDate(2025, 8, 10)
                                               << QStringLiteral("EMEMMFFFFF|MMMMMFFFFF");
        // The last day of a month ends it.
        QTest::newRow("on 31 August") << QDate(2025, 3, 15) << QDate(2025, 8, 31)
                                      << QStringLiteral("EMEMMMFFFF|MMMMMMFFFF");
        // No start: January to December; after the year every month has ended.
        QTest::newRow("from January, next year") << QDate() << QDate(2026, 2, 1)
                                                 << QStringLiteral("MMEMEMMMMMMM|MMMMMMMMMMMM");
        // Before the year: all future (the March entry still shows as entered).
        QTest::newRow("before the year") << QDate() << QDate(2024, 12, 31)
                                         << QStringLiteral("FFEFEFFFFFFF|FFFFFFFFFFFF");
    }
    void grid()
    {
        QFETCH(QDate, startedOn);
        QFETCH(QDate, on);
        QFETCH(QString, expected);
        const qint64 id = castPlan(startedOn);
        const std::optional<ReformPlan> p0 = store().plan(id);
        const qint64 first = p0->tasks.at(0).id;
        QVERIFY(store().setProgress(first, QStringLiteral("2025-03"), QStringLiteral("1"), {}, {}, &m_error));
        QVERIFY(store().setProgress(first, QStringLiteral("2025-05"), QStringLiteral("2"), QStringLiteral("n"), {}, &m_error));
        ReformPlan p = *store().plan(id);
        p.tasks = p.tasks.mid(0, 2);
        const plan::ProgressGrid g = ReformPlanStore::progressGrid(p, on);
        QCOMPARE(g.months.first(), QStringLiteral("2025-%1").arg(startedOn.isValid() ? startedOn.month() : 1, 2, 10, QLatin1Char('0')));
        QCOMPARE(g.months.last(), QStringLiteral("2025-12"));
        QCOMPARE(g.tasks, (QStringList { QStringLiteral("CAST17-01"), QStringLiteral("CAST17-02") }));
        QStringList rows;
        int missing = 0;
        for (const QList<plan::GridCell> &row : g.cells) {
            QString r;
            for (const plan::GridCell &c : row) {
                r += c.state == CellState::Entered ? u'E' : c.state == CellState::Missing ? u'M' : u'F';
                missing += c.state == CellState::Missing;
            }
            rows << r;
        }
        QCOMPARE(rows.join(u'|'), expected);
        QCOMPARE(g.missing, missing);
        const int may = int(g.months.indexOf(QStringLiteral("2025-05")));
        QCOMPARE(g.cell(0, may).value, QStringLiteral("2"));
        QCOMPARE(g.cell(0, may).note, QStringLiteral("n"));
    }

    void changes_areAudited()
    {
        const qint64 id = castPlan();
        QVERIFY(store().chooseOptional(id, castOptional({ 12, 13, 14, 15, 16 }), &m_error));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'reform_plan'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QVERIFY(store().remove(id, &m_error));
        QVERIFY(!store().plan(id));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM reform_plan_task")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void migrationFromSchema10()
    {
        const QString path = test::copyTestData(m_dir, QStringLiteral("schema-v10.societydesk"));
        auto db = storage::Database::open(path, {}, &m_error);
        QVERIFY2(db, qPrintable(m_error.message));
        QVERIFY(db->schemaVersion() >= 11);
        ReformPlanStore s(*db);
        QVERIFY(s.plans().isEmpty());
        qint64 id = 0;
        QVERIFY2(s.create(2025, kCast, {}, &m_error, &id), qPrintable(m_error.message));
        QVERIFY(!s.plan(id)->problems.isEmpty());
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM member")) && q.next());
        QCOMPARE(q.value(0).toInt(), 700); // the frozen records are all there
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM annual_report")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        db.reset();
        QVERIFY(storage::Database::check(path, storage::CheckLevel::Full).ok);
    }
};

QTEST_GUILESS_MAIN(TestReformPlan)
#include "tst_reformplan.moc"
