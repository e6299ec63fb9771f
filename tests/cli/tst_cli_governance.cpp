// The governance commands: import of terms and seats, `composition` (its JSON field names and
// exit codes), `attest`, and the registers' templates.

#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = sd::test::CliRun;

Run cli(const QStringList &args)
{
    return sd::test::runCli(args);
}

bool write(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) > 0;
}

} // namespace

class TestCliGovernance : public QObject
{
    Q_OBJECT

private slots:
    void importSeats_thenComposition_fieldsAndBoundaries()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("g.societydesk"));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo") }).code, 0);
        const QString terms = dir.filePath(QStringLiteral("terms.csv"));
        QVERIFY(write(terms, QStringLiteral("届次,开始日期\n第八届,2019-05-18\n第九届,2024-05-18\n")));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("terms"), terms }).code, 0);

        // 120 council seats, 89 front-line (fails 3/4 by one), 30 standing.
        QString seats = QStringLiteral("届次,机构,职务,姓名,出生日期,是否基层一线,任职开始\n");
        for (int i = 0; i < 120; ++i)
            seats += QStringLiteral("9,理事会,理事,理事%1,1970-01-01,%2,2024-05-18\n").arg(i).arg(i < 89 ? u"是" : u"否");
        for (int i = 0; i < 30; ++i)
            seats += QStringLiteral("9,常务理事会,常务理事,理事%1,1970-01-01,是,2024-05-18\n").arg(i);
        const QString path = dir.filePath(QStringLiteral("seats.csv"));
        QVERIFY(write(path, seats));
        Run r = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("seats"), path });
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));

        r = cli({ QStringLiteral("--db"), db, QStringLiteral("composition"), QStringLiteral("--body"), QStringLiteral("council"),
            QStringLiteral("--on"), QStringLiteral("2026-06-30"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.code, 0);
        const QJsonObject c = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (const char *key : { "body", "term", "date", "seats", "front_line", "party", "young", "women", "previous_term_seats" })
            QVERIFY2(c.contains(QLatin1StringView(key)), key);
        QCOMPARE(c.value(QStringLiteral("body")).toString(), QStringLiteral("council"));
        QCOMPARE(c.value(QStringLiteral("term")).toInt(), 9);
        QCOMPARE(c.value(QStringLiteral("seats")).toInt(), 120);
        const QJsonObject frontLine = c.value(QStringLiteral("front_line")).toObject();
        QCOMPARE(frontLine.value(QStringLiteral("yes")).toInt(), 89);
        QCOMPARE(frontLine.value(QStringLiteral("no")).toInt(), 31);
        QCOMPARE(frontLine.value(QStringLiteral("unknown")).toInt(), 0);
        QCOMPARE(c.value(QStringLiteral("party")).toObject().value(QStringLiteral("unknown")).toInt(), 120);
        QVERIFY(c.value(QStringLiteral("previous_term_seats")).isNull()); // the eighth term has no seats

        r = cli({ QStringLiteral("--db"), db, QStringLiteral("composition"), QStringLiteral("--body"), QStringLiteral("常务理事会"),
            QStringLiteral("--term"), QStringLiteral("第九届"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("seats")).toInt(), 30);

        // Usage errors, and a term that is not recorded.
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("composition"), QStringLiteral("--body"), QStringLiteral("board") }).code, 2);
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("composition"), QStringLiteral("--on"), QStringLiteral("2026-13-01") }).code, 2);
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("composition"), QStringLiteral("--term"), QStringLiteral("12") }).code, 3);
        QCOMPARE(cli({ QStringLiteral("--db"), dir.filePath(QStringLiteral("none.societydesk")), QStringLiteral("composition") }).code, 4);
    }

    void attest_recordsWithItsDocument_andRefusesBadInputWritingNothing()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("a.societydesk"));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo") }).code, 0);
        const QString doc = dir.filePath(QStringLiteral("党委批复.pdf"));
        QVERIFY(write(doc, QStringLiteral("%PDF-1.4 批复")));
        Run r = cli({ QStringLiteral("--db"), db, QStringLiteral("attest"), QStringLiteral("party_organisation"), QStringLiteral("--date"),
            QStringLiteral("2025-07-01"), QStringLiteral("--by"), QStringLiteral("机关党委"), QStringLiteral("--detail"), QStringLiteral("b"),
            QStringLiteral("--file"), doc });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("attest"), QStringLiteral("party_organisation"), QStringLiteral("--date"),
                     QStringLiteral("2025-07-01"), QStringLiteral("--by"), QStringLiteral("机关党委"), QStringLiteral("--detail"), QStringLiteral("Z"),
                     QStringLiteral("--file"), doc }).code,
            3);
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("attest"), QStringLiteral("nonsense"), QStringLiteral("--date"),
                     QStringLiteral("2025-07-01"), QStringLiteral("--by"), QStringLiteral("x") }).code,
            2);
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("attest"), QStringLiteral("premises") }).code, 2);
        // --year: the year an attestation covers (the work report on 2024); not a year is a usage error.
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("attest"), QStringLiteral("work_report_supervisor"), QStringLiteral("--date"),
                     QStringLiteral("2025-03-20"), QStringLiteral("--by"), QStringLiteral("秘书处"), QStringLiteral("--year"), QStringLiteral("2024") })
                     .code,
            0);
        for (const char *bad : { "24", "2024a", "20241" })
            QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("attest"), QStringLiteral("annual_plan"), QStringLiteral("--date"),
                         QStringLiteral("2025-03-20"), QStringLiteral("--by"), QStringLiteral("秘书处"), QStringLiteral("--year"),
                         QLatin1StringView(bad) })
                         .code,
                2);
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("attest"), QStringLiteral("premises"), QStringLiteral("--date"),
                     QStringLiteral("2025-07-01"), QStringLiteral("--by"), QStringLiteral("x"), QStringLiteral("--file"),
                     dir.filePath(QStringLiteral("missing.pdf")) }).code,
            3);
        r = cli({ QStringLiteral("--db"), db, QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.code, 0);
    }

    void attest_person_byMemberNumberOrName_ambiguousNamesRefused()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("p.societydesk"));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("测试学会") }).code, 0);
        const QString members = dir.filePath(QStringLiteral("members.csv"));
        QVERIFY(write(members, QStringLiteral("会员编号,姓名,入会日期\nM0001,赵六,2015-01-01\n")));
        Run r = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("members"), members });
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QString terms = dir.filePath(QStringLiteral("terms.csv"));
        QVERIFY(write(terms, QStringLiteral("届次,开始日期\n第一届,2024-05-18\n")));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("terms"), terms }).code, 0);
        // The first term (no earlier terms to count). Two people named 李四 (different birth dates), one 王五, and the member 赵六.
        const QString seats = dir.filePath(QStringLiteral("seats.csv"));
        QVERIFY(write(seats, QStringLiteral("届次,机构,职务,姓名,会员编号,出生日期,退（离）休领导干部\n"
                                            "1,理事会,理事,李四,,1955-01-01,是\n1,理事会,理事,李四,,1960-02-02,否\n"
                                            "1,理事会,副理事长,王五,,1956-03-03,是\n1,理事会,理事,赵六,M0001,1958-04-04,是\n")));
        r = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("seats"), seats });
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const auto attest = [&](const QStringList &more) {
            return cli(QStringList { QStringLiteral("--db"), db, QStringLiteral("attest"), QStringLiteral("retired_official_post"),
                           QStringLiteral("--date"), QStringLiteral("2025-01-10"), QStringLiteral("--by"), QStringLiteral("组织部") }
                + more);
        };
        r = attest({});
        QCOMPARE(r.code, 2); // retired_official_post is about one person
        QVERIFY2(r.err.contains(u"--person"), qPrintable(r.err));
        r = attest({ QStringLiteral("--person"), QStringLiteral("李四") });
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(u"1955-01-01") && r.err.contains(u"1960-02-02"), qPrintable(r.err));
        QCOMPARE(attest({ QStringLiteral("--person"), QStringLiteral("钱七") }).code, 3);
        r = attest({ QStringLiteral("--person"), QStringLiteral("王五") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"王五"), qPrintable(r.out));
        r = attest({ QStringLiteral("--person"), QStringLiteral("M0001") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"赵六"), qPrintable(r.out));

        // HB17-15 sees the two attested and asks for the first 李四's.
        r = cli({ QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("--pack"), QStringLiteral("hubei-2017"),
            QStringLiteral("--on"), QStringLiteral("2025-06-30"), QStringLiteral("--format"), QStringLiteral("json") });
        QJsonObject retired;
        for (const QJsonValue f : QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("findings")).toArray()) {
            if (f.toObject().value(QStringLiteral("check")).toString() == u"HB17-15.retired_officials")
                retired = f.toObject();
        }
        QCOMPARE(retired.value(QStringLiteral("status")).toString(), QStringLiteral("missing-data"));
        const QJsonArray evidence = retired.value(QStringLiteral("evidence")).toArray();
        QCOMPARE(evidence.size(), 1);
        QCOMPARE(evidence.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("李四"));
    }

    void branchesList_jsonFields_andInactiveFilter()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("b.societydesk"));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo") }).code, 0);
        const QString branches = dir.filePath(QStringLiteral("branches.csv"));
        QVERIFY(write(branches, QStringLiteral("名称,类型,成立日期\n青年工作委员会,工作委员会,2018-03-01\n化工史专业委员会,专业委员会,2010-01-01\n")));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("branches"), branches }).code, 0);
        const QString activities = dir.filePath(QStringLiteral("activities.csv"));
        QVERIFY(write(activities, QStringLiteral("名称,类型,开始日期,主办分支机构\n论坛,学术会议,2025-07-01,青年工作委员会\n"
                                                 "旧会,学术会议,2025-06-29,化工史专业委员会\n")));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("activities"), activities }).code, 0);
        Run r = cli({ QStringLiteral("--db"), db, QStringLiteral("branches"), QStringLiteral("list"), QStringLiteral("--format"),
            QStringLiteral("json") });
        QCOMPARE(r.code, 0);
        const QJsonArray all = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(all.size(), 2);
        for (const QJsonValue v : all) {
            for (const char *key : { "name", "kind", "status", "last_activity", "inactive", "filings" })
                QVERIFY2(v.toObject().contains(QLatin1StringView(key)), key);
        }
        // On 2026-06-30 the 化工史 committee's last activity (2025-06-29) is a year and a day old.
        r = cli({ QStringLiteral("--db"), db, QStringLiteral("branches"), QStringLiteral("list"), QStringLiteral("--inactive-on"),
            QStringLiteral("2026-06-30"), QStringLiteral("--format"), QStringLiteral("json") });
        const QJsonArray inactive = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(inactive.size(), 1);
        QCOMPARE(inactive.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("化工史专业委员会"));
        QCOMPARE(inactive.first().toObject().value(QStringLiteral("last_activity")).toString(), QStringLiteral("2025-06-29"));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("branches"), QStringLiteral("list"), QStringLiteral("--inactive-on"),
                     QStringLiteral("2026-06") }).code,
            2);
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("branches"), QStringLiteral("purge") }).code, 2);
    }

    void templates_ofTheGovernanceRegisters()
    {
        QTemporaryDir dir;
        for (const QString &kind : { QStringLiteral("terms"), QStringLiteral("seats"), QStringLiteral("staff"), QStringLiteral("regulations"),
                 QStringLiteral("branches"), QStringLiteral("filings"), QStringLiteral("activities") }) {
            const QString out = dir.filePath(kind + QStringLiteral(".xlsx"));
            const Run r = cli({ QStringLiteral("template"), kind, QStringLiteral("--out"), out });
            QVERIFY2(r.code == 0, qPrintable(kind + r.err));
            QVERIFY(QFile::exists(out));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliGovernance)
#include "tst_cli_governance.moc"
