// The scenario: a small society built only through the CLI's importers and commands
// (tests/data/scenario: 21 members, dues for two years, two terms with their congress, council,
// standing council and supervisory board, staff, regulations, four meetings with rolls,
// resolutions and follow-ups, two branches with a filing and activities, two attestations),
// then `check` with all six shipped packs for 2025. Every finding's status is compared with
// tests/data/scenario/expected-findings.json, a file reviewed line by line against the data (see
// tests/data/scenario/README.md), and the findings that carry the scenario's point are checked
// in detail: exact measured values, hints and evidence.

#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;

class TestCliScenario : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QHash<QString, QJsonObject> m_findings; ///< by check id
    QJsonObject m_doc;

    test::CliRun run(QStringList args)
    {
        args.prepend(m_db);
        args.prepend(QStringLiteral("--db"));
        args.prepend(QStringLiteral("en"));
        args.prepend(QStringLiteral("--lang"));
        return test::runCli(args);
    }

    QJsonObject finding(const QString &check) const { return m_findings.value(check); }

    static QStringList evidenceNames(const QJsonObject &f)
    {
        QStringList out;
        const QJsonArray evidence = f.value(QLatin1StringView("evidence")).toArray();
        for (const QJsonValue &e : evidence)
            out << e[QLatin1StringView("name")].toString();
        return out;
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("scenario.societydesk"));
        test::CliRun r = run({ QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("福建省化工学会") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // In dependency order: branches before the members that name them, terms before seats,
        // meetings before their rolls and resolutions.
        const QStringList registers { QStringLiteral("branches"), QStringLiteral("members"), QStringLiteral("dues"),
            QStringLiteral("terms"), QStringLiteral("seats"), QStringLiteral("staff"), QStringLiteral("regulations"),
            QStringLiteral("meetings"), QStringLiteral("attendance"), QStringLiteral("resolutions"), QStringLiteral("filings"),
            QStringLiteral("activities") };
        for (const QString &kind : registers) {
            r = run({ QStringLiteral("import"), kind, test::dataDir() + QStringLiteral("/scenario/%1.csv").arg(kind) });
            QVERIFY2(r.code == 0, qPrintable(kind + u": " + r.out + r.err));
        }
        r = run({ QStringLiteral("attest"), QStringLiteral("party_organisation"), QStringLiteral("--date"), QStringLiteral("2025-03-01"),
            QStringLiteral("--by"), QStringLiteral("中共福建省化工学会理事会党支部"), QStringLiteral("--detail"), QStringLiteral("A") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({ QStringLiteral("attest"), QStringLiteral("premises"), QStringLiteral("--date"), QStringLiteral("2025-01-10"),
            QStringLiteral("--by"), QStringLiteral("秘书处") });
        QVERIFY2(r.code == 0, qPrintable(r.err));

        QStringList packArgs { QStringLiteral("check"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--format"),
            QStringLiteral("json") };
        r = run({ QStringLiteral("packs"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.code, 0);
        const QJsonArray packs = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(packs.size(), 6);
        for (const QJsonValue &p : packs)
            packArgs << QStringLiteral("--pack") << p[QLatin1StringView("id")].toString();
        r = run(packArgs);
        QCOMPARE(r.code, 1); // some findings fail
        m_doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray findings = m_doc.value(QLatin1StringView("findings")).toArray();
        for (const QJsonValue &f : findings)
            m_findings.insert(f[QLatin1StringView("check")].toString(), f.toObject());
        QCOMPARE(m_findings.size(), findings.size()); // requirement ids carry their pack's prefix: check ids are unique
    }

    void everyFindingHasTheReviewedStatus()
    {
        QFile file(test::dataDir() + QStringLiteral("/scenario/expected-findings.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(!expected.isEmpty());
        QStringList differences;
        for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
            const QString got = finding(it.key()).value(QLatin1StringView("status")).toString();
            if (got != it.value().toString())
                differences << QStringLiteral("%1: expected %2, got %3").arg(it.key(), it.value().toString(), got.isEmpty() ? QStringLiteral("(none)") : got);
        }
        for (auto it = m_findings.constBegin(); it != m_findings.constEnd(); ++it) {
            if (!expected.contains(it.key()))
                differences << QStringLiteral("%1: not expected (%2)").arg(it.key(), it.value().value(QLatin1StringView("status")).toString());
        }
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    }

    void theRunItself()
    {
        QCOMPARE(m_doc.value(QLatin1StringView("society")).toString(), QStringLiteral("福建省化工学会"));
        QCOMPARE(m_doc.value(QLatin1StringView("reference_date")).toString(), QStringLiteral("2025-12-31"));
        QCOMPARE(m_doc.value(QLatin1StringView("year")).toInt(), 2025);
    }

    void councilFrontLineAtItsExactBoundary()
    {
        // 9 of 12 front-line: 4 × 9 = 36 = 3 × 12 — passes at the threshold.
        const QJsonObject f = finding(QStringLiteral("CAST17-10.council_front_line"));
        QCOMPARE(f.value(QLatin1StringView("status")).toString(), QStringLiteral("pass"));
        QVERIFY2(f.value(QLatin1StringView("measured")).toString().startsWith(u"9 of 12"),
            qPrintable(f.value(QLatin1StringView("measured")).toString()));
    }

    void standingFrontLineFailsWithTheExactRemedy()
    {
        // 2 of 4 front-line: 3 × 2 = 6 < 8. One more front-line (3 of 4) or one fewer who is not
        // (2 of 3) would pass.
        const QJsonObject f = finding(QStringLiteral("CAST17-10.standing_front_line"));
        QCOMPARE(f.value(QLatin1StringView("status")).toString(), QStringLiteral("fail"));
        QCOMPARE(f.value(QLatin1StringView("hint")).toString(),
            QStringLiteral("Needs 1 more front-line member(s) on the 常务理事会 in place of others, or 1 fewer who are not."));
        QCOMPARE(evidenceNames(f), (QStringList { QStringLiteral("S006 许晴"), QStringLiteral("S010 王建") }));
    }

    void meetingRecordsNameWhatIsMissing()
    {
        const QJsonObject rules = finding(QStringLiteral("CAST17-01.meeting_rules"));
        QCOMPARE(rules.value(QLatin1StringView("status")).toString(), QStringLiteral("fail"));
        QVERIFY(rules.value(QLatin1StringView("hint")).toString().contains(u"理事长办公会"));
        const QJsonObject minutes = finding(QStringLiteral("CAST17-01.minutes"));
        QCOMPARE(minutes.value(QLatin1StringView("measured")).toString(), QStringLiteral("3 of 4 meetings with minutes"));
        const QJsonObject followUp = finding(QStringLiteral("CAST17-01.follow_up"));
        QCOMPARE(followUp.value(QLatin1StringView("status")).toString(), QStringLiteral("warning")); // 设立青年工作委员会, due 2025-11-30
        QCOMPARE(followUp.value(QLatin1StringView("evidence")).toArray().size(), 1);
    }

    void standingCouncilOwesAMeetingInTheFirstHalf()
    {
        const QJsonObject f = finding(QStringLiteral("CA-02.standing_frequency"));
        QCOMPARE(f.value(QLatin1StringView("status")).toString(), QStringLiteral("fail"));
        QCOMPARE(f.value(QLatin1StringView("measured")).toString(), QStringLiteral("January–June: 0, July–December: 1"));
    }
};

QTEST_GUILESS_MAIN(TestCliScenario)
#include "tst_cli_scenario.moc"
