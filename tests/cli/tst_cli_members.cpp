#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
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

QJsonObject json(const Run &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

} // namespace

class TestCliMembers : public QObject
{
    Q_OBJECT

private slots:
    void demo_thenCount_byTheCountingRule()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.societydesk"));
        Run r = cli({ QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--members"), QStringLiteral("1500"),
            QStringLiteral("--seed"), QStringLiteral("7") });
        QCOMPARE(r.code, 0);
        r = cli({ QStringLiteral("--db"), path, QStringLiteral("members"), QStringLiteral("count"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.code, 0);
        const QJsonObject today = json(r);
        for (const char *key : { "date", "members", "by_grade", "by_status" })
            QVERIFY2(today.contains(QLatin1StringView(key)), key);
        const qint64 members = today.value(QStringLiteral("members")).toInteger();
        QVERIFY(members > 1000 && members < 1500); // applicants and those who left do not count
        qint64 sum = 0;
        for (const QJsonValue v : today.value(QStringLiteral("by_grade")).toObject())
            sum += v.toInteger();
        QCOMPARE(sum, members);
        sum = 0;
        for (const QJsonValue v : today.value(QStringLiteral("by_status")).toObject())
            sum += v.toInteger();
        QCOMPARE(sum, members);
        QVERIFY(!today.value(QStringLiteral("by_status")).toObject().contains(QStringLiteral("applied")));

        // Ten years ago the demo register was smaller.
        r = cli({ QStringLiteral("--db"), path, QStringLiteral("members"), QStringLiteral("count"), QStringLiteral("--on"),
            QStringLiteral("2016年12月31日"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.code, 0);
        QCOMPARE(json(r).value(QStringLiteral("date")).toString(), QStringLiteral("2016-12-31"));
        QVERIFY(json(r).value(QStringLiteral("members")).toInteger() < members);

        // Same seed, same society.
        const QString other = dir.filePath(QStringLiteral("e.societydesk"));
        QCOMPARE(cli({ QStringLiteral("--db"), other, QStringLiteral("demo"), QStringLiteral("--members"), QStringLiteral("1500"),
                     QStringLiteral("--seed"), QStringLiteral("7") }).code, 0);
        r = cli({ QStringLiteral("--db"), other, QStringLiteral("members"), QStringLiteral("count"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(json(r), today);
    }

    void reviewDues_proposes_appliesOnlyLapseWhenAsked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.societydesk"));
        QCOMPARE(cli({ QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--members"),
                     QStringLiteral("1500"), QStringLiteral("--seed"), QStringLiteral("7") }).code, 0);
        const QStringList review { QStringLiteral("--db"), path, QStringLiteral("members"), QStringLiteral("review-dues"),
            QStringLiteral("--on"), QStringLiteral("2027-06-30"), QStringLiteral("--format"), QStringLiteral("json") };
        Run r = cli(review);
        QCOMPARE(r.code, 0);
        const QJsonObject before = json(r);
        for (const char *key : { "date", "lapse_years", "withdrawal_review_years", "to_lapse", "to_review_withdrawal", "lapsed" })
            QVERIFY2(before.contains(QLatin1StringView(key)), key);
        QCOMPARE(before.value(QStringLiteral("lapse_years")).toInt(), 1);
        QCOMPARE(before.value(QStringLiteral("lapsed")).toInt(), 0);
        const QJsonArray toLapse = before.value(QStringLiteral("to_lapse")).toArray();
        QVERIFY(!toLapse.isEmpty());
        for (const QJsonValue v : toLapse) {
            const QJsonObject row = v.toObject();
            for (const char *key : { "member_no", "name", "grade", "last_paid_year" })
                QVERIFY2(row.contains(QLatin1StringView(key)), key);
            // Nobody who has paid for 2026 or later is proposed.
            QVERIFY(row.value(QStringLiteral("last_paid_year")).isNull()
                || row.value(QStringLiteral("last_paid_year")).toInt() < 2026);
        }

        // Looking changes nothing; --apply-lapse marks exactly the proposed members, and only them.
        QCOMPARE(json(cli(review)), before);
        r = cli(review + QStringList { QStringLiteral("--apply-lapse"), QStringLiteral("--decided-by"), QStringLiteral("常务理事会") });
        QCOMPARE(r.code, 0);
        QCOMPARE(json(r).value(QStringLiteral("lapsed")).toInt(), toLapse.size());
        const QJsonObject after = json(cli(review));
        QVERIFY(after.value(QStringLiteral("to_lapse")).toArray().isEmpty());
        QCOMPARE(after.value(QStringLiteral("to_review_withdrawal")), before.value(QStringLiteral("to_review_withdrawal")));
        r = cli({ QStringLiteral("--db"), path, QStringLiteral("members"), QStringLiteral("count"), QStringLiteral("--on"),
            QStringLiteral("2027-06-30"), QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY(json(r).value(QStringLiteral("by_status")).toObject().value(QStringLiteral("lapsed")).toInt() >= toLapse.size());

        // Bad usage.
        QCOMPARE(cli({ QStringLiteral("--db"), path, QStringLiteral("members"), QStringLiteral("review-dues"),
                     QStringLiteral("--on"), QStringLiteral("2027-06") }).code, 2);
        QCOMPARE(cli({ QStringLiteral("--db"), path, QStringLiteral("members"), QStringLiteral("review-dues"),
                     QStringLiteral("--decided-by"), QStringLiteral(" ") }).code, 2);
        QCOMPARE(cli({ QStringLiteral("--db"), dir.filePath(QStringLiteral("none.societydesk")), QStringLiteral("members"),
                     QStringLiteral("review-dues") }).code, 4);
    }

    void importReport_masksPersonalData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.societydesk"));
        QCOMPARE(cli({ QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("测试学会") }).code, 0);
        const QString csv = dir.filePath(QStringLiteral("m.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("姓名,证件号码,手机,邮箱,入会日期\r\n"
                               "张三,11010519491231002X,13800138000,zhang@example.com,2015-03-08\r\n"
                               "李四,11010519491231002X,1380013800,li@,2016-03-08\r\n").toUtf8());
        f.close();
        const QString report = dir.filePath(QStringLiteral("report.json"));
        const Run r = cli({ QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("members"), csv,
            QStringLiteral("--report"), report });
        QCOMPARE(r.code, 3); // a duplicate ID and a bad mobile: nothing written
        QFile j(report);
        QVERIFY(j.open(QIODevice::ReadOnly));
        const QByteArray text = j.readAll();
        QVERIFY(text.contains("\"errors\""));
        QVERIFY2(!text.contains("11010519491231002X"), text.constData());
        QVERIFY(text.contains("1101**********002X"));
        QVERIFY(!text.contains("1380013800\""));
    }

    void usageAndStorageErrors()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("none.societydesk"));
        QCOMPARE(cli({ QStringLiteral("--db"), missing, QStringLiteral("members"), QStringLiteral("count") }).code, 4);
        QCOMPARE(cli({ QStringLiteral("--db"), missing, QStringLiteral("members") }).code, 2);
        QCOMPARE(cli({ QStringLiteral("--db"), missing, QStringLiteral("members"), QStringLiteral("count"), QStringLiteral("--on"),
                     QStringLiteral("2016.12") }).code, 2); // a month is not a date to count on
        QCOMPARE(cli({ QStringLiteral("--db"), missing, QStringLiteral("demo"), QStringLiteral("--members"), QStringLiteral("many") }).code, 2);
        QCOMPARE(cli({ QStringLiteral("members"), QStringLiteral("count"), QStringLiteral("--help") }).code, 0);
        QVERIFY(!QFileInfo::exists(missing));
    }
    void grades_listAddRenameDefaultRemove_withExitCodesAndJson()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("g.societydesk"));
        QCOMPARE(cli({ QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("测试学会") }).code, 0);
        const auto run = [&](QStringList args) {
            args.prepend(path);
            args.prepend(QStringLiteral("--db"));
            return cli(args);
        };
        Run r = run({ QStringLiteral("grades"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.code, 0);
        QJsonArray grades = json(r).value(QStringLiteral("grades")).toArray();
        QCOMPARE(grades.size(), 4);
        const QJsonObject member = grades.at(1).toObject();
        for (const char *key : { "id", "name", "rank", "default", "members" })
            QVERIFY2(member.contains(QLatin1StringView(key)), key);
        QCOMPARE(member.value(QStringLiteral("name")).toString(), QStringLiteral("会员"));
        QCOMPARE(member.value(QStringLiteral("default")).toBool(), true);
        QCOMPARE(member.value(QStringLiteral("members")).toInteger(), 0);

        QCOMPARE(run({ QStringLiteral("grades"), QStringLiteral("add"), QStringLiteral(" 名誉会员 ") }).code, 0);
        r = run({ QStringLiteral("grades"), QStringLiteral("add"), QStringLiteral("会员") });
        QCOMPARE(r.code, 3); // taken
        QVERIFY2(r.err.contains(QStringLiteral("会员")), qPrintable(r.err));
        QCOMPARE(run({ QStringLiteral("grades"), QStringLiteral("add"), QString(21, u'会') }).code, 3);
        QCOMPARE(run({ QStringLiteral("grades"), QStringLiteral("add") }).code, 2);
        QCOMPARE(run({ QStringLiteral("grades"), QStringLiteral("add"), QStringLiteral("甲"), QStringLiteral("乙") }).code, 2);
        QCOMPARE(run({ QStringLiteral("grades"), QStringLiteral("rename"), QStringLiteral("名誉会员"), QStringLiteral("荣誉会员") }).code, 0);
        QCOMPARE(run({ QStringLiteral("grades"), QStringLiteral("rename"), QStringLiteral("无此等级"), QStringLiteral("甲") }).code, 3);
        QCOMPARE(run({ QStringLiteral("grades"), QStringLiteral("default"), QStringLiteral("荣誉会员") }).code, 0);
        r = run({ QStringLiteral("grades"), QStringLiteral("remove"), QStringLiteral("荣誉会员") });
        QCOMPARE(r.code, 3); // the default
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(run({ QStringLiteral("grades"), QStringLiteral("default"), QStringLiteral("会员") }).code, 0);
        QCOMPARE(run({ QStringLiteral("grades"), QStringLiteral("remove"), QStringLiteral("荣誉会员") }).code, 0);
        QCOMPARE(run({ QStringLiteral("grades"), QStringLiteral("frobnicate") }).code, 2);
        QCOMPARE(run({ QStringLiteral("grades"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml") }).code, 2);
        QCOMPARE(run({ QStringLiteral("grades"), QStringLiteral("--help") }).code, 0);

        // A grade that members hold stays; the message says how many.
        QCOMPARE(run({ QStringLiteral("demo"), QStringLiteral("--members"), QStringLiteral("50"), QStringLiteral("--units"),
                     QStringLiteral("0") }).code, 0);
        r = run({ QStringLiteral("grades"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") });
        grades = json(r).value(QStringLiteral("grades")).toArray();
        QCOMPARE(grades.size(), 4);
        qint64 sum = 0;
        QString held;
        qint64 holding = 0;
        for (const QJsonValue v : grades) {
            sum += v.toObject().value(QStringLiteral("members")).toInteger();
            if (v.toObject().value(QStringLiteral("members")).toInteger() > 0 && !v.toObject().value(QStringLiteral("default")).toBool()) {
                held = v.toObject().value(QStringLiteral("name")).toString();
                holding = v.toObject().value(QStringLiteral("members")).toInteger();
            }
        }
        QCOMPARE(sum, 50);
        QVERIFY(!held.isEmpty());
        r = run({ QStringLiteral("grades"), QStringLiteral("remove"), held });
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QString::number(holding)), qPrintable(r.err));
    }

    void duesStandard_setAndList_withExitCodesAndJson()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.societydesk"));
        QCOMPARE(cli({ QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("测试学会") }).code, 0);
        const auto run = [&](QStringList args) {
            args.prepend(path);
            args.prepend(QStringLiteral("--db"));
            return cli(args);
        };
        const QString set = QStringLiteral("set");
        const QString ds = QStringLiteral("dues-standard");
        QCOMPARE(run({ ds, set, QStringLiteral("会员"), QStringLiteral("2024"), QStringLiteral("200") }).code, 0);
        QCOMPARE(run({ ds, set, QStringLiteral("会员"), QStringLiteral("2025"), QStringLiteral("200.50") }).code, 0);
        QCOMPARE(run({ ds, set, QStringLiteral("学生会员"), QStringLiteral("2025"), QStringLiteral("50") }).code, 0);
        QCOMPARE(run({ ds, set, QStringLiteral("会员"), QStringLiteral("2025"), QStringLiteral("-3") }).code, 3);
        QCOMPARE(run({ ds, set, QStringLiteral("会员"), QStringLiteral("2025"), QStringLiteral("abc") }).code, 3);
        QCOMPARE(run({ ds, set, QStringLiteral("会员"), QStringLiteral("2025"), QStringLiteral("1.234") }).code, 3);
        QCOMPARE(run({ ds, set, QStringLiteral("会员"), QStringLiteral("2101"), QStringLiteral("1") }).code, 3);
        QCOMPARE(run({ ds, set, QStringLiteral("会员"), QStringLiteral("二〇二五"), QStringLiteral("1") }).code, 2);
        QCOMPARE(run({ ds, set, QStringLiteral("无此等级"), QStringLiteral("2025"), QStringLiteral("1") }).code, 3);
        QCOMPARE(run({ ds, set, QStringLiteral("会员"), QStringLiteral("2025") }).code, 2);
        QCOMPARE(run({ ds, QStringLiteral("drop") }).code, 2);

        Run r = run({ ds, QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.code, 0);
        QJsonArray standards = json(r).value(QStringLiteral("standards")).toArray();
        QCOMPARE(standards.size(), 3);
        r = run({ ds, QStringLiteral("list"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--format"),
            QStringLiteral("json") });
        QCOMPARE(r.code, 0);
        standards = json(r).value(QStringLiteral("standards")).toArray();
        QCOMPARE(standards.size(), 2);
        const QJsonObject first = standards.at(0).toObject();
        QCOMPARE(first.keys(), (QStringList { QStringLiteral("amount"), QStringLiteral("grade"), QStringLiteral("year") }));
        QCOMPARE(first.value(QStringLiteral("grade")).toString(), QStringLiteral("学生会员"));
        QCOMPARE(first.value(QStringLiteral("year")).toInt(), 2025);
        QCOMPARE(first.value(QStringLiteral("amount")).toDouble(), 50.0);
        QCOMPARE(standards.at(1).toObject().value(QStringLiteral("amount")).toDouble(), 200.5);
        QCOMPARE(run({ ds, QStringLiteral("list"), QStringLiteral("--year"), QStringLiteral("later") }).code, 2);
        r = run({ ds, QStringLiteral("list") });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("200.50")));

        // Nothing of the refused calls was written; a missing file is a storage problem.
        const QString missing = dir.filePath(QStringLiteral("none.societydesk"));
        QCOMPARE(cli({ QStringLiteral("--db"), missing, ds, QStringLiteral("list") }).code, 4);
        QCOMPARE(cli({ QStringLiteral("--db"), missing, ds, set, QStringLiteral("会员"), QStringLiteral("2025"), QStringLiteral("1") }).code, 4);
        QCOMPARE(cli({ QStringLiteral("--db"), missing, QStringLiteral("grades"), QStringLiteral("list") }).code, 4);
        QVERIFY(!QFileInfo::exists(missing));
    }
};

QTEST_GUILESS_MAIN(TestCliMembers)
#include "tst_cli_members.moc"
