// The annual report's store (issue 8): the working copy, versions, comparison and restore, the
// workflow draft → review → approved → published with its locks and corrections, the text diff,
// the rules' view of it, and the upgrade from schema 9.

#include "TestSupport.h"

#include "annual/AnnualReportStore.h"
#include "annual/TextDiff.h"
#include "rules/RecordSources.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using annual::AnnualReportStore;
using annual::DiffSpan;
using annual::ReportStatus;

namespace {

QString joined(const QList<DiffSpan> &spans, DiffSpan::Kind drop)
{
    QString text;
    for (const DiffSpan &s : spans) {
        if (s.kind != drop)
            text += s.text;
    }
    return text;
}

QMap<QString, QString> allWritten(const QString &prefix = QStringLiteral("本年"))
{
    QMap<QString, QString> n;
    for (const QString &code : AnnualReportStore::sectionCodes())
        n.insert(code, prefix + AnnualReportStore::sectionTitle(code));
    return n;
}

const QJsonObject kFigures { { QStringLiteral("year"), 2025 },
    { QStringLiteral("members"), QJsonObject { { QStringLiteral("individual"), 120 } } },
    { QStringLiteral("finances"), QJsonObject { { QStringLiteral("dues"), 5200000 } } } };

} // namespace

class TestAnnualReportStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock { QDateTime(QDate(2026, 3, 1), QTime(9, 0)) };
    std::unique_ptr<storage::Database> m_db;
    int m_files = 0;
    storage::StorageError m_error;

    AnnualReportStore store() { return AnnualReportStore(*m_db); }
    /// Asserts that `ok` is a refusal whose message contains `words`, and that nothing changed.
    void expectRefused(bool ok, const QString &words, qint64 auditBefore)
    {
        QVERIFY(!ok);
        QCOMPARE(m_error.kind, storage::StorageError::Kind::Invalid);
        QVERIFY2(m_error.message.contains(words), qPrintable(m_error.message));
        QCOMPARE(m_db->audit().count(), auditBefore);
    }
    void toPublished(int year, QDate on)
    {
        auto s = store();
        QVERIFY2(s.setNarratives(year, allWritten(), &m_error), qPrintable(m_error.message));
        QVERIFY2(s.setStatus(year, ReportStatus::Review, {}, &m_error), qPrintable(m_error.message));
        QVERIFY2(s.setStatus(year, ReportStatus::Approved, {}, &m_error), qPrintable(m_error.message));
        QVERIFY2(s.setStatus(year, ReportStatus::Published, on, &m_error), qPrintable(m_error.message));
    }

private slots:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 3, 1), QTime(9, 0)));
        m_db = test::createDatabase(m_dir, QStringLiteral("a%1.societydesk").arg(++m_files), &m_clock);
        QVERIFY(m_db);
        m_error = {};
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    }
    void cleanup() { m_db.reset(); }

    void diff_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("removed"); // the removed spans, joined with "|"
        QTest::addColumn<QString>("added");
        QTest::newRow("same") << QStringLiteral("学会年报") << QStringLiteral("学会年报") << QString() << QString();
        QTest::newRow("one character") << QStringLiteral("会员增长百分之十五。") << QStringLiteral("会员增长百分之十六。")
                                       << QStringLiteral("五") << QStringLiteral("六");
        QTest::newRow("a word") << QStringLiteral("dues rose by 5 percent") << QStringLiteral("dues fell by 5 percent")
                                << QStringLiteral("rose") << QStringLiteral("fell");
        QTest::newRow("a number") << QStringLiteral("会员 1200 人") << QStringLiteral("会员 1250 人")
                                  << QStringLiteral("1200") << QStringLiteral("1250");
        QTest::newRow("a line added") << QStringLiteral("第一段\n第三段\n") << QStringLiteral("第一段\n第二段\n第三段\n")
                                      << QString() << QStringLiteral("第二段\n");
        QTest::newRow("a line removed") << QStringLiteral("甲\n乙\n丙") << QStringLiteral("甲\n丙") << QStringLiteral("乙\n")
                                        << QString();
        QTest::newRow("from nothing") << QString() << QStringLiteral("新写") << QString() << QStringLiteral("新写");
        QTest::newRow("two places") << QStringLiteral("召开理事会两次，常务理事会三次。") << QStringLiteral("召开理事会三次，常务理事会四次。")
                                    << QStringLiteral("两|三") << QStringLiteral("三|四");
    }
    void diff()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, removed);
        QFETCH(QString, added);
        const QList<DiffSpan> spans = annual::diffText(before, after);
        QCOMPARE(joined(spans, DiffSpan::Kind::Added), before);
        QCOMPARE(joined(spans, DiffSpan::Kind::Removed), after);
        QStringList r;
        QStringList a;
        for (qsizetype i = 0; i < spans.size(); ++i) {
            QVERIFY2(i == 0 || spans.at(i).kind != spans.at(i - 1).kind || spans.at(i).kind != DiffSpan::Kind::Same,
                "adjacent spans of one kind are merged");
            if (spans.at(i).kind == DiffSpan::Kind::Removed)
                r << spans.at(i).text;
            if (spans.at(i).kind == DiffSpan::Kind::Added)
                a << spans.at(i).text;
        }
        QCOMPARE(r.join(u'|'), removed);
        QCOMPARE(a.join(u'|'), added);
    }

    void diff_tooLargeIsWhole()
    {
        // 3000 × 3000 tokens on one line each side: over the exact limit, reported whole.
        QString before;
        QString after;
        for (int i = 0; i < 3000; ++i) {
            before += QChar(0x4E00 + i % 500);
            after += QChar(0x4E00 + (i * 7) % 500);
        }
        const QList<DiffSpan> spans = annual::diffText(before, after);
        QCOMPARE(joined(spans, DiffSpan::Kind::Added), before);
        QCOMPARE(joined(spans, DiffSpan::Kind::Removed), after);
    }

    void create_and_write()
    {
        auto s = store();
        QVERIFY(!s.report(2025));
        QVERIFY2(s.create(2025, kFigures, &m_error), qPrintable(m_error.message));
        const qint64 audit = m_db->audit().count();
        expectRefused(s.create(2025, {}, &m_error), QStringLiteral("already exists"), audit);
        expectRefused(s.create(1800, {}, &m_error), QStringLiteral("1800"), audit);
        std::optional<annual::AnnualReport> r = s.report(2025);
        QVERIFY(r);
        QCOMPARE(r->status, ReportStatus::Draft);
        QCOMPARE(r->content.figures, kFigures);
        QCOMPARE(r->figuresTakenAt, m_clock.now());
        QCOMPARE(r->latestVersion, 0);
        QVERIFY(!r->isLocked());

        QVERIFY2(s.setNarratives(2025, { { QStringLiteral("members"), QStringLiteral("<p>会员<b>增长</b></p>") } }, &m_error),
            qPrintable(m_error.message));
        expectRefused(s.setNarratives(2025, { { QStringLiteral("members; DROP TABLE member"), QStringLiteral("x") } }, &m_error),
            QStringLiteral("not a section"), m_db->audit().count());
        expectRefused(s.setNarratives(2024, allWritten(), &m_error), QStringLiteral("no 2024 report"), m_db->audit().count());
        r = s.report(2025);
        QCOMPARE(r->content.narrative(QStringLiteral("members")), QStringLiteral("<p>会员<b>增长</b></p>"));
        QCOMPARE(AnnualReportStore::plainText(r->content.narrative(QStringLiteral("members"))), QStringLiteral("会员增长"));
        QVERIFY(r->content.narrative(QStringLiteral("finances")).isEmpty());
        // Writing the same text again records nothing.
        const qint64 before = m_db->audit().count();
        QVERIFY(s.setNarratives(2025, { { QStringLiteral("members"), QStringLiteral("<p>会员<b>增长</b></p>") } }, &m_error));
        QCOMPARE(m_db->audit().count(), before);

        m_clock.advanceSeconds(60);
        QJsonObject refreshed = kFigures;
        refreshed.insert(QStringLiteral("members"), QJsonObject { { QStringLiteral("individual"), 121 } });
        QVERIFY2(s.setFigures(2025, refreshed, &m_error), qPrintable(m_error.message));
        r = s.report(2025);
        QCOMPARE(r->content.figures, refreshed);
        QCOMPARE(r->figuresTakenAt, m_clock.now());
        QCOMPARE(s.years(), QList<int> { 2025 });
    }

    void blank()
    {
        QVERIFY(AnnualReportStore::isBlank(QString()));
        QVERIFY(AnnualReportStore::isBlank(QStringLiteral("  \n ")));
        QVERIFY(AnnualReportStore::isBlank(QStringLiteral("<html><body><p><br /></p></body></html>")));
        QVERIFY(!AnnualReportStore::isBlank(QStringLiteral("<p>一</p>")));
        QVERIFY(!AnnualReportStore::isBlank(QStringLiteral("plain")));
    }

    void versions_compare_restore()
    {
        auto s = store();
        QVERIFY(s.create(2025, kFigures, &m_error));
        QVERIFY(s.setNarratives(2025, allWritten(QStringLiteral("初稿")), &m_error));
        int v1 = 0;
        QVERIFY2(s.saveVersion(2025, QStringLiteral("初稿"), &m_error, &v1), qPrintable(m_error.message));
        QCOMPARE(v1, 1);
        m_clock.advanceSeconds(3600);
        QVERIFY(s.setNarratives(2025, { { QStringLiteral("finances"), QStringLiteral("二稿财务状况") } }, &m_error));
        QJsonObject changed = kFigures;
        changed.insert(QStringLiteral("members"), QJsonObject { { QStringLiteral("individual"), 130 } });
        QVERIFY(s.setFigures(2025, changed, &m_error));
        int v2 = 0;
        QVERIFY2(s.saveVersion(2025, QString(), &m_error, &v2), qPrintable(m_error.message));
        QCOMPARE(v2, 2);

        const QList<annual::ReportVersion> list = s.versions(2025);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).note, QStringLiteral("初稿"));
        QCOMPARE(list.at(0).savedAt, QDateTime(QDate(2026, 3, 1), QTime(9, 0)));
        QCOMPARE(list.at(1).savedAt, QDateTime(QDate(2026, 3, 1), QTime(10, 0)));
        QCOMPARE(list.at(1).content.narrative(QStringLiteral("finances")), QStringLiteral("二稿财务状况"));
        QVERIFY(!s.version(2025, 3));

        const QList<annual::SectionComparison> c = AnnualReportStore::compare(list.at(0).content, list.at(1).content);
        QCOMPARE(c.size(), 5);
        QStringList narrative;
        QStringList figures;
        for (const annual::SectionComparison &sc : c) {
            if (sc.narrativeChanged)
                narrative << sc.section;
            if (sc.figuresChanged)
                figures << sc.section;
        }
        QCOMPARE(narrative, QStringList { QStringLiteral("finances") });
        QCOMPARE(figures, (QStringList { QStringLiteral("development"), QStringLiteral("members") })); // the overview draws on the members
        const QList<DiffSpan> &d = c.at(4).diff;
        QCOMPARE(joined(d, DiffSpan::Kind::Added), allWritten(QStringLiteral("初稿")).value(QStringLiteral("finances")));
        QCOMPARE(joined(d, DiffSpan::Kind::Removed), QStringLiteral("二稿财务状况"));

        QVERIFY2(s.restore(2025, 1, &m_error), qPrintable(m_error.message));
        const std::optional<annual::AnnualReport> r = s.report(2025);
        QCOMPARE(r->content.narratives, list.at(0).content.narratives);
        QCOMPARE(r->content.figures, kFigures);
        QCOMPARE(r->latestVersion, 3); // the restore is itself a version
        QVERIFY(s.version(2025, 3)->note.contains(u'1'));
        expectRefused(s.restore(2025, 9, &m_error), QStringLiteral("no version 9"), m_db->audit().count());
    }

    void workflow()
    {
        auto s = store();
        QVERIFY(s.create(2025, {}, &m_error));
        qint64 audit = m_db->audit().count();
        // One step at a time.
        expectRefused(s.setStatus(2025, ReportStatus::Approved, {}, &m_error), QStringLiteral("one step at a time"), audit);
        expectRefused(s.setStatus(2025, ReportStatus::Published, QDate(2026, 2, 1), &m_error), QStringLiteral("one step"), audit);
        // Review needs every section written and the generated parts.
        QVERIFY(s.setNarratives(2025, { { QStringLiteral("development"), QStringLiteral("发展") } }, &m_error));
        audit = m_db->audit().count();
        expectRefused(s.setStatus(2025, ReportStatus::Review, {}, &m_error), AnnualReportStore::sectionTitle(QStringLiteral("finances")), audit);
        QVERIFY(s.setNarratives(2025, allWritten(), &m_error));
        audit = m_db->audit().count();
        expectRefused(s.setStatus(2025, ReportStatus::Review, {}, &m_error), QStringLiteral("generated parts"), audit);
        QVERIFY(s.setFigures(2025, kFigures, &m_error));
        QVERIFY2(s.setStatus(2025, ReportStatus::Review, {}, &m_error), qPrintable(m_error.message));
        // In review, the text is not edited; back to draft, it is.
        audit = m_db->audit().count();
        expectRefused(s.setNarratives(2025, allWritten(QStringLiteral("改")), &m_error), QStringLiteral("draft"), audit);
        expectRefused(s.setFigures(2025, {}, &m_error), QStringLiteral("draft"), audit);
        QVERIFY(s.setStatus(2025, ReportStatus::Draft, {}, &m_error));
        QVERIFY(s.setNarratives(2025, allWritten(QStringLiteral("改")), &m_error));
        QVERIFY(s.setStatus(2025, ReportStatus::Review, {}, &m_error));
        QVERIFY(s.setStatus(2025, ReportStatus::Approved, {}, &m_error));
        QCOMPARE(s.report(2025)->latestVersion, 1); // approval keeps what was approved
        QCOMPARE(s.version(2025, 1)->status, ReportStatus::Approved);
        // Publication: a date from the report's year to today.
        audit = m_db->audit().count();
        expectRefused(s.setStatus(2025, ReportStatus::Published, QDate(), &m_error), QStringLiteral("publication date"), audit);
        expectRefused(s.setStatus(2025, ReportStatus::Published, QDate(2024, 12, 31), &m_error), QStringLiteral("2025-01-01"), audit);
        expectRefused(s.setStatus(2025, ReportStatus::Published, QDate(2026, 3, 2), &m_error), QStringLiteral("2026-03-01"), audit);
        QVERIFY2(s.setStatus(2025, ReportStatus::Published, QDate(2026, 3, 1), &m_error), qPrintable(m_error.message));
        std::optional<annual::AnnualReport> r = s.report(2025);
        QCOMPARE(r->status, ReportStatus::Published);
        QCOMPARE(r->publishedOn, QDate(2026, 3, 1));
        QVERIFY(r->isLocked());
        QCOMPARE(r->latestVersion, 2);
        QCOMPARE(s.version(2025, 2)->status, ReportStatus::Published);

        // Locked: no edit, no status change, no plain version, no restore.
        audit = m_db->audit().count();
        expectRefused(s.setNarratives(2025, allWritten(QStringLiteral("再改")), &m_error), QStringLiteral("locked"), audit);
        expectRefused(s.setFigures(2025, {}, &m_error), QStringLiteral("locked"), audit);
        expectRefused(s.setStatus(2025, ReportStatus::Draft, {}, &m_error), QStringLiteral("locked"), audit);
        expectRefused(s.saveVersion(2025, QStringLiteral("x"), &m_error), QStringLiteral("locked"), audit);
        expectRefused(s.restore(2025, 1, &m_error), QStringLiteral("locked"), audit);

        // A correction: a note is required; it is a new version and stays published.
        const QMap<QString, QString> fix { { QStringLiteral("finances"), QStringLiteral("更正后的财务状况") } };
        expectRefused(s.correct(2025, fix, QStringLiteral("  "), &m_error), QStringLiteral("note"), audit);
        QVERIFY2(s.correct(2025, fix, QStringLiteral("更正会费收入"), &m_error), qPrintable(m_error.message));
        r = s.report(2025);
        QCOMPARE(r->status, ReportStatus::Published);
        QCOMPARE(r->publishedOn, QDate(2026, 3, 1));
        QCOMPARE(r->content.narrative(QStringLiteral("finances")), QStringLiteral("更正后的财务状况"));
        QCOMPARE(r->content.narrative(QStringLiteral("members")), allWritten(QStringLiteral("改")).value(QStringLiteral("members")));
        QCOMPARE(r->latestVersion, 3);
        QCOMPARE(s.version(2025, 3)->note, QStringLiteral("更正会费收入"));
        QCOMPARE(s.version(2025, 2)->content.narrative(QStringLiteral("finances")),
            allWritten(QStringLiteral("改")).value(QStringLiteral("finances"))); // the published text is kept
        // A draft is not corrected, it is edited.
        QVERIFY(s.create(2026, {}, &m_error));
        expectRefused(s.correct(2026, fix, QStringLiteral("n"), &m_error), QStringLiteral("edit the draft"), m_db->audit().count());
    }

    void audited()
    {
        auto s = store();
        QVERIFY(s.create(2025, kFigures, &m_error));
        toPublished(2025, QDate(2026, 2, 28));
        QStringList actions;
        for (const storage::AuditEntry &e : m_db->audit().entries()) {
            if (e.entity == QLatin1StringView("annual_report"))
                actions << e.action;
        }
        QCOMPARE(actions,
            (QStringList { QStringLiteral("create"), QStringLiteral("write"), QStringLiteral("status"), QStringLiteral("status"),
                QStringLiteral("version"), QStringLiteral("status"), QStringLiteral("version") }));
    }

    void rulesSeeTheWorkingCopy()
    {
        auto s = store();
        QVERIFY(s.create(2025, kFigures, &m_error));
        QVERIFY(s.setNarratives(2025, { { QStringLiteral("members"), QStringLiteral("会员") } }, &m_error));
        std::optional<rules::AnnualReportState> state = rules::annualReportState(*m_db, 2025);
        QVERIFY(state);
        QCOMPARE(state->status, QStringLiteral("draft"));
        QCOMPARE(state->emptySections.size(), 4);
        toPublished(2025, QDate(2026, 2, 28));
        state = rules::annualReportState(*m_db, 2025);
        QVERIFY(state->isPublished());
        QCOMPARE(state->publishedOn, QDate(2026, 2, 28));
        QVERIFY(state->emptySections.isEmpty());
        QVERIFY(!rules::annualReportState(*m_db, 2024));
    }

    void migrationFromSchema9()
    {
        const QString path = test::copyTestData(m_dir, QStringLiteral("schema-v9.societydesk"));
        auto db = storage::Database::open(path, {}, &m_error);
        QVERIFY2(db, qPrintable(m_error.message));
        QVERIFY(db->schemaVersion() >= 10);
        AnnualReportStore s(*db);
        QVERIFY(s.years().isEmpty());
        QVERIFY2(s.create(2025, kFigures, &m_error), qPrintable(m_error.message));
        QVERIFY(s.saveVersion(2025, QStringLiteral("v1"), &m_error));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM member")) && q.next());
        QCOMPARE(q.value(0).toInt(), 700); // the frozen records are all there
        db.reset();
        QVERIFY(storage::Database::check(path, storage::CheckLevel::Full).ok);
    }
};

QTEST_GUILESS_MAIN(TestAnnualReportStore)
#include "tst_annualreport_store.moc"
