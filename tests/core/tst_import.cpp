// The spreadsheet importer: the fixtures made by other programs, every kind of bad row of
// interchange.md alone and together, skip-invalid with a rejects file, duplicates, the report,
// the audit entry, cancel and threads.
#include "demo/DemoMembers.h"
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "exchange/TabularReader.h"
#include "members/MemberLayouts.h"
#include "members/MemberStore.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "TestSupport.h"
#include "util/Clock.h"
#include "validation/ResidentId.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

using namespace sd;
using namespace sd::exchange;

namespace {

const QDate kToday(2026, 6, 30);

const QStringList kMemberHeader { QStringLiteral("会员编号"), QStringLiteral("姓名"), QStringLiteral("性别"),
    QStringLiteral("出生日期"), QStringLiteral("证件类型"), QStringLiteral("证件号码"),
    QStringLiteral("政治面貌"), QStringLiteral("工作单位"), QStringLiteral("单位性质"),
    QStringLiteral("职务"), QStringLiteral("职称"), QStringLiteral("是否基层一线"), QStringLiteral("手机"),
    QStringLiteral("邮箱"), QStringLiteral("会员类别"), QStringLiteral("申请日期"),
    QStringLiteral("批准日期"), QStringLiteral("入会日期"), QStringLiteral("状态"),
    QStringLiteral("退会日期"), QStringLiteral("所属分支机构"), QStringLiteral("备注") };

/// A valid resident ID for a birth date; `sequence` 0–499 makes it unique.
QString residentId(QDate birth, int sequence, bool male = true)
{
    const QString first17 = QStringLiteral("420102") + birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(sequence * 2 + (male ? 1 : 0), 3, 10, QChar(u'0'));
    return first17 + validation::residentIdCheckCharacter(first17);
}

QString csvField(const QString &v)
{
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n'))
        return u'"' + QString(v).replace(u'"', QStringLiteral("\"\"")) + u'"';
    return v;
}

QString csvLine(const QStringList &cells)
{
    QStringList quoted;
    for (const QString &c : cells)
        quoted << csvField(c);
    return quoted.join(u',');
}

/// A valid member row (number n makes the ID, mobile and email unique), with `overrides` by header.
QStringList memberRow(int n, const QMap<QString, QString> &overrides = {})
{
    const QDate birth(1980, 5, 6);
    QMap<QString, QString> v {
        { QStringLiteral("姓名"), QStringLiteral("张三") + QString::number(n) },
        { QStringLiteral("性别"), QStringLiteral("男") },
        { QStringLiteral("出生日期"), birth.toString(Qt::ISODate) },
        { QStringLiteral("证件类型"), QStringLiteral("居民身份证") },
        { QStringLiteral("证件号码"), residentId(birth, n) },
        { QStringLiteral("政治面貌"), QStringLiteral("群众") },
        { QStringLiteral("工作单位"), QStringLiteral("武汉大学") },
        { QStringLiteral("单位性质"), QStringLiteral("高等院校") },
        { QStringLiteral("职务"), QStringLiteral("教授") },
        { QStringLiteral("职称"), QStringLiteral("正高级") },
        { QStringLiteral("是否基层一线"), QStringLiteral("是") },
        { QStringLiteral("手机"), QStringLiteral("138%1").arg(n, 8, 10, QChar(u'0')) },
        { QStringLiteral("邮箱"), QStringLiteral("m%1@example.org").arg(n) },
        { QStringLiteral("会员类别"), QStringLiteral("会员") },
        { QStringLiteral("申请日期"), QStringLiteral("2015-01-10") },
        { QStringLiteral("批准日期"), QStringLiteral("2015-02-20") },
        { QStringLiteral("入会日期"), QStringLiteral("2015-03-01") },
        { QStringLiteral("状态"), QStringLiteral("正常") },
    };
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        v[it.key()] = it.value();
    QStringList cells;
    for (const QString &h : kMemberHeader)
        cells << v.value(h);
    return cells;
}

QString writeFile(
    const QTemporaryDir &dir, const QString &name, const QStringList &lines, bool gb18030 = false)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    const QString text = lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
    if (gb18030) {
        QStringEncoder encoder("GB18030");
        f.write(encoder.encode(text));
    } else {
        f.write(text.toUtf8());
    }
    return path;
}

QString membersCsv(
    const QTemporaryDir &dir, const QList<QStringList> &rows, const QString &name = QStringLiteral("m.csv"))
{
    QStringList lines { csvLine(kMemberHeader) };
    for (const QStringList &r : rows)
        lines << csvLine(r);
    return writeFile(dir, name, lines);
}

qint64 countRows(const storage::Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toLongLong() : -1;
}

ImportReport importFile(
    storage::Database &db, const QString &kind, const QString &path, ImportOptions options = {})
{
    Importer importer(members::importLayout(kind), path, std::move(options));
    return importer.run(db);
}

std::optional<Member> memberByNo(storage::Database &db, const QString &memberNo)
{
    members::MemberStore store(db);
    const std::optional<qint64> id = store.idByMemberNo(memberNo);
    return id ? store.member(*id) : std::nullopt;
}

const ImportIssue *findIssue(const QList<ImportIssue> &issues, int line, const QString &column)
{
    for (const ImportIssue &i : issues) {
        if (i.line == line && i.column == column)
            return &i;
    }
    return nullptr;
}

QString describe(const QList<ImportIssue> &issues)
{
    QStringList lines;
    for (const ImportIssue &i : issues)
        lines << QStringLiteral("%1 %2 [%3] %4").arg(i.line).arg(i.column, i.value, i.reason);
    return lines.join(u'\n');
}

QString fixture(const QString &name)
{
    return test::dataDir() + QStringLiteral("/fixtures/") + name;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

    FixedClock m_clock { QDateTime(kToday, QTime(12, 0), QTimeZone::utc()) };

    std::unique_ptr<storage::Database> open(
        const QTemporaryDir &dir, const QString &name = QStringLiteral("s.societydesk"))
    {
        storage::Database::Options options;
        options.mode = storage::OpenMode::CreateNew;
        options.clock = &m_clock;
        storage::StorageError error;
        auto db = storage::Database::open(dir.filePath(name), options, &error);
        if (!db)
            qWarning() << error.message;
        return db;
    }

private slots:
    // --- the fixtures made by other programs ---------------------------------------------------

    void fixtureGb18030_importsEveryRowNormalised()
    {
        QTemporaryDir dir;
        auto db = open(dir);
        QVERIFY(db);
        const ImportReport r
            = importFile(*db, QStringLiteral("members"), fixture(QStringLiteral("members-gb18030.csv")));
        QCOMPARE(r.outcome, ImportOutcome::Written);
        QVERIFY2(r.errors.isEmpty(), qPrintable(describe(r.errors)));
        QCOMPARE(r.encoding, QStringLiteral("GB18030"));
        QCOMPARE(r.rowsRead, 50);
        QCOMPARE(r.rowsValid, 50);
        QCOMPARE(r.rowsWritten, 50);
        QCOMPARE(countRows(*db, QStringLiteral("member")), 50);

        // Row 5: 王　伟 stored as 王伟, and the report says it was normalised.
        QCOMPARE(memberByNo(*db, QStringLiteral("D0003"))->name, QStringLiteral("王伟"));
        const ImportIssue *name = findIssue(r.warnings, 5, QStringLiteral("姓名"));
        QVERIFY2(name, qPrintable(describe(r.warnings)));
        QCOMPARE(name->value, QStringLiteral("王　伟"));
        QVERIFY(name->reason.contains(QStringLiteral("normalised")));
        // Row 6: full-width digits.
        QCOMPARE(memberByNo(*db, QStringLiteral("D0004"))->mobile, QStringLiteral("13800138000"));
        // Row 7: a month alone is its first day, with a warning.
        QCOMPARE(memberByNo(*db, QStringLiteral("D0005"))->joinDate, QDate(2017, 6, 1));
        QVERIFY(findIssue(r.warnings, 7, QStringLiteral("入会日期")));
        // Row 8: the note with a quoted line break and doubled quotes is whole.
        QCOMPARE(
            memberByNo(*db, QStringLiteral("D0006"))->notes, QStringLiteral("备注里有\n换行，和\"引号\""));
        // Row 10 and 11: the other date spellings.
        const Member exited = *memberByNo(*db, QStringLiteral("D0008"));
        QCOMPARE(exited.status, MemberStatus::Withdrawn);
        QCOMPARE(exited.exitDate, QDate(2019, 3, 1));
        QCOMPARE(memberByNo(*db, QStringLiteral("D0009"))->joinDate, QDate(2015, 3, 8));
        // Row 12: a formula-like note is text.
        QCOMPARE(memberByNo(*db, QStringLiteral("D0010"))->notes, QStringLiteral("=1+1"));
        // Empty 是否基层一线 is unknown, never "no"; 否 is no.
        QCOMPARE(memberByNo(*db, QStringLiteral("D0004"))->frontLine, std::nullopt);
        QCOMPARE(memberByNo(*db, QStringLiteral("D0011"))->frontLine, std::nullopt);
        QCOMPARE(memberByNo(*db, QStringLiteral("D0007"))->frontLine, std::optional<bool>(false));
        QCOMPARE(memberByNo(*db, QStringLiteral("D0000"))->frontLine, std::optional<bool>(true));
        // Exactly what was normalised, nothing else.
        QCOMPARE(r.warnings.size(), 3);
        QVERIFY(findIssue(r.warnings, 6, QStringLiteral("手机")));

        // Rows after the quoted line break keep their numbers: a second import reports each
        // duplicate on the line a spreadsheet shows.
        const ImportReport again
            = importFile(*db, QStringLiteral("members"), fixture(QStringLiteral("members-gb18030.csv")));
        QCOMPARE(again.outcome, ImportOutcome::Rejected);
        QCOMPARE(again.errors.size(), 50);
        const ImportIssue *d8 = findIssue(again.errors, 10, QStringLiteral("证件号码"));
        QVERIFY2(d8, qPrintable(describe(again.errors)));
        QCOMPARE(d8->value, QStringLiteral("110105197407190171"));
        QCOMPARE(findIssue(again.errors, 51, QStringLiteral("证件号码"))->value,
            QStringLiteral("110105198510270991"));
        QCOMPARE(countRows(*db, QStringLiteral("member")), 50);
    }

    void fixtureLibreOffice_sameRowsAsTheCsv_monthNumberAndFormulaWarned()
    {
        QTemporaryDir dir;
        auto csvDb = open(dir, QStringLiteral("csv.societydesk"));
        auto xlsxDb = open(dir, QStringLiteral("xlsx.societydesk"));
        QVERIFY(csvDb && xlsxDb);
        QCOMPARE(importFile(*csvDb, QStringLiteral("members"), fixture(QStringLiteral("members-gb18030.csv")))
                     .outcome,
            ImportOutcome::Written);
        const ImportReport r = importFile(
            *xlsxDb, QStringLiteral("members"), fixture(QStringLiteral("members-libreoffice.xlsx")));
        QCOMPARE(r.outcome, ImportOutcome::Written);
        QCOMPARE(r.encoding, QStringLiteral("xlsx"));
        QCOMPARE(r.rowsWritten, 50);
        // P7: the number 2017.6 is a year and month, not the serial 2017.6 (1905-07-09).
        QCOMPARE(memberByNo(*xlsxDb, QStringLiteral("D0005"))->joinDate, QDate(2017, 6, 1));
        const ImportIssue *month = findIssue(r.warnings, 7, QStringLiteral("入会日期"));
        QVERIFY2(month, qPrintable(describe(r.warnings)));
        // S12: the formula's cached value, with a warning; nothing evaluated.
        QCOMPARE(memberByNo(*xlsxDb, QStringLiteral("D0010"))->notes, QStringLiteral("2"));
        const ImportIssue *formula = findIssue(r.warnings, 12, QStringLiteral("备注"));
        QVERIFY2(formula, qPrintable(describe(r.warnings)));
        QCOMPARE(formula->value, QStringLiteral("2"));
        QVERIFY(formula->reason.contains(QStringLiteral("formula")));
        // Otherwise the same as the CSV.
        members::MemberStore fromCsv(*csvDb);
        members::MemberStore fromXlsx(*xlsxDb);
        for (int i = 0; i < 50; ++i) {
            const QString no = QStringLiteral("D%1").arg(i, 4, 10, QChar(u'0'));
            Member a = *fromCsv.member(*fromCsv.idByMemberNo(no));
            Member b = *fromXlsx.member(*fromXlsx.idByMemberNo(no));
            a.id = b.id = 0;
            if (no == u"D0010")
                a.notes = b.notes;
            QCOMPARE(b, a);
        }
    }

    void fixtureIdsAsNumbers_lostDigitsRejected_nothingWritten()
    {
        QTemporaryDir dir;
        auto db = open(dir);
        QVERIFY(db);
        const ImportReport r = importFile(
            *db, QStringLiteral("members"), fixture(QStringLiteral("members-ids-as-numbers.xlsx")));
        QCOMPARE(r.outcome, ImportOutcome::Rejected);
        QCOMPARE(r.rowsRead, 3);
        QCOMPARE(r.rowsValid, 1);
        QCOMPARE(r.errors.size(), 2);
        for (int line : { 2, 4 }) {
            const ImportIssue *e = findIssue(r.errors, line, QStringLiteral("证件号码"));
            QVERIFY2(e, qPrintable(describe(r.errors)));
            QVERIFY2(e->reason.contains(QStringLiteral("format the column as text")), qPrintable(e->reason));
            QVERIFY(e->reason.contains(QStringLiteral("lost digits")));
        }
        QCOMPARE(countRows(*db, QStringLiteral("member")), 0);
        QCOMPARE(r.rowsWritten, 0);
    }

    // --- every bad row of interchange.md ------------------------------------------------------

    void badRow_aloneIsReported_nothingWritten_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("column"); // where the error is reported

        const auto row
            = [](const char *name, const QString &header, const QString &value, const QString &column = {}) {
                  QTest::newRow(name) << header << value << (column.isEmpty() ? header : column);
              };
        row("name empty", QStringLiteral("姓名"), QString());
        row("name too long", QStringLiteral("姓名"), QString(51, QChar(u'张')));
        row("gender unknown", QStringLiteral("性别"), QStringLiteral("X"));
        row("birth date not a date", QStringLiteral("出生日期"), QStringLiteral("1980-13-01"));
        row("birth date in the future", QStringLiteral("出生日期"), QStringLiteral("2027-01-01"));
        row("younger than 10", QStringLiteral("出生日期"), QStringLiteral("2020-01-01"));
        row("id type unknown", QStringLiteral("证件类型"), QStringLiteral("军官证"));
        row("id check digit", QStringLiteral("证件号码"), QStringLiteral("420102198005060013"));
        row("id length", QStringLiteral("证件号码"), QStringLiteral("42010219800506001"));
        row("id as scientific number", QStringLiteral("证件号码"), QStringLiteral("4.20102E+17"));
        row("id lost digits 000", QStringLiteral("证件号码"), QStringLiteral("420102198005060000"));
        row("id birth date differs", QStringLiteral("出生日期"), QStringLiteral("1981-05-06"),
            QStringLiteral("证件号码"));
        row("id sex differs", QStringLiteral("性别"), QStringLiteral("女"), QStringLiteral("证件号码"));
        row("political status", QStringLiteral("政治面貌"), QStringLiteral("党员甲"));
        row("affiliation type", QStringLiteral("单位性质"), QStringLiteral("外企"));
        row("professional title", QStringLiteral("职称"), QStringLiteral("教授级"));
        row("front line", QStringLiteral("是否基层一线"), QStringLiteral("也许"));
        row("mobile", QStringLiteral("手机"), QStringLiteral("12345"));
        row("email", QStringLiteral("邮箱"), QStringLiteral("someone@"));
        row("grade unknown", QStringLiteral("会员类别"), QStringLiteral("荣誉会员"));
        row("applied date bad", QStringLiteral("申请日期"), QStringLiteral("去年"));
        row("approved before applied", QStringLiteral("批准日期"), QStringLiteral("2014-12-31"));
        row("join before approved", QStringLiteral("入会日期"), QStringLiteral("2015-02-19"));
        row("join date missing", QStringLiteral("入会日期"), QString());
        row("join date unreadable", QStringLiteral("入会日期"), QStringLiteral("2015年13月1日"));
        row("status unknown", QStringLiteral("状态"), QStringLiteral("冻结"));
        row("exit date missing for 退会", QStringLiteral("状态"), QStringLiteral("退会"),
            QStringLiteral("退会日期"));
        row("exit date bad", QStringLiteral("退会日期"), QStringLiteral("2019/2/30"));
        row("member number too long", QStringLiteral("会员编号"), QString(31, QChar(u'M')));
    }

    void badRow_aloneIsReported_nothingWritten()
    {
        QFETCH(QString, header);
        QFETCH(QString, value);
        QFETCH(QString, column);
        QTemporaryDir dir;
        auto db = open(dir);
        QVERIFY(db);
        const qint64 audits = db->audit().count();
        const QString path = membersCsv(dir, { memberRow(1, { { header, value } }) });
        const ImportReport r = importFile(*db, QStringLiteral("members"), path);
        QCOMPARE(r.outcome, ImportOutcome::Rejected);
        QCOMPARE(r.rowsRead, 1);
        QCOMPARE(r.rowsValid, 0);
        const ImportIssue *e = findIssue(r.errors, 2, column);
        QVERIFY2(e, qPrintable(describe(r.errors)));
        QVERIFY(!e->reason.isEmpty());
        for (const ImportIssue &i : r.errors)
            QCOMPARE(i.line, 2);
        QCOMPARE(countRows(*db, QStringLiteral("member")), 0);
        QCOMPARE(db->audit().count(), audits);
    }

    void badRows_allTogether_everyOneReported_nothingWritten()
    {
        // Every bad kind of the table above, each between two good rows.
        struct Bad
        {
            QString header, value, column;
        };
        const QList<Bad> bads {
            { QStringLiteral("姓名"), QString(), QStringLiteral("姓名") },
            { QStringLiteral("性别"), QStringLiteral("X"), QStringLiteral("性别") },
            { QStringLiteral("出生日期"), QStringLiteral("2027-01-01"), QStringLiteral("出生日期") },
            { QStringLiteral("出生日期"), QStringLiteral("1890-01-01"), QStringLiteral("出生日期") },
            { QStringLiteral("证件号码"), QStringLiteral("420102198005060013"), QStringLiteral("证件号码") },
            { QStringLiteral("证件号码"), QStringLiteral("4.20102E+17"), QStringLiteral("证件号码") },
            { QStringLiteral("手机"), QStringLiteral("12345"), QStringLiteral("手机") },
            { QStringLiteral("邮箱"), QStringLiteral("someone@"), QStringLiteral("邮箱") },
            { QStringLiteral("会员类别"), QStringLiteral("荣誉会员"), QStringLiteral("会员类别") },
            { QStringLiteral("批准日期"), QStringLiteral("2014-12-31"), QStringLiteral("批准日期") },
            { QStringLiteral("入会日期"), QStringLiteral("2015-02-19"), QStringLiteral("入会日期") },
            { QStringLiteral("入会日期"), QString(), QStringLiteral("入会日期") },
            { QStringLiteral("状态"), QStringLiteral("退会"), QStringLiteral("退会日期") },
            { QStringLiteral("状态"), QStringLiteral("冻结"), QStringLiteral("状态") },
            { QStringLiteral("是否基层一线"), QStringLiteral("也许"), QStringLiteral("是否基层一线") },
        };
        QTemporaryDir dir;
        auto db = open(dir);
        QVERIFY(db);
        QList<QStringList> rows;
        QMap<int, QString> expected; // line -> column
        int n = 0;
        for (const Bad &b : bads) {
            rows << memberRow(++n);
            rows << memberRow(++n, { { b.header, b.value } });
            expected.insert(static_cast<int>(rows.size()) + 1, b.column);
        }
        rows << memberRow(++n);
        const ImportReport r = importFile(*db, QStringLiteral("members"), membersCsv(dir, rows));
        QCOMPARE(r.outcome, ImportOutcome::Rejected);
        QCOMPARE(r.rowsRead, rows.size());
        QCOMPARE(r.rowsValid, rows.size() - bads.size());
        QSet<int> linesWithErrors;
        for (const ImportIssue &e : r.errors)
            linesWithErrors.insert(e.line);
        QCOMPARE(linesWithErrors, QSet<int>(expected.keyBegin(), expected.keyEnd()));
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QVERIFY2(findIssue(r.errors, it.key(), it.value()),
                qPrintable(QString::number(it.key()) + describe(r.errors)));
        QCOMPARE(countRows(*db, QStringLiteral("member")), 0);
    }

    void skipInvalid_writesValidRows_rejectsFileReimportsWhenFixed_data()
    {
        QTest::addColumn<QString>("rejectsName");
        QTest::newRow("csv") << QStringLiteral("rejects.csv");
        QTest::newRow("xlsx") << QStringLiteral("rejects.xlsx");
    }

    void skipInvalid_writesValidRows_rejectsFileReimportsWhenFixed()
    {
        QFETCH(QString, rejectsName);
        QTemporaryDir dir;
        auto db = open(dir);
        QVERIFY(db);
        const QString path = membersCsv(dir,
            { memberRow(1), memberRow(2, { { QStringLiteral("手机"), QStringLiteral("12345") } }),
                memberRow(3), memberRow(4, { { QStringLiteral("入会日期"), QStringLiteral("去年") } }),
                memberRow(5) });
        ImportOptions options;
        options.skipInvalid = true;
        options.rejectsPath = dir.filePath(rejectsName);
        const ImportReport r = importFile(*db, QStringLiteral("members"), path, options);
        QCOMPARE(r.outcome, ImportOutcome::Written);
        QCOMPARE(r.rowsWritten, 3);
        QCOMPARE(r.errors.size(), 2);
        QCOMPARE(countRows(*db, QStringLiteral("member")), 3);
        QCOMPARE(r.rejectsFile, options.rejectsPath);

        // The rejects file: the input's columns plus 错误原因, the two bad rows.
        ReadError error;
        auto reader = TabularReader::open(options.rejectsPath, {}, &error);
        QVERIFY2(reader, qPrintable(error.message));
        QList<QStringList> rows;
        Row row;
        while (reader->next(&row)) {
            QStringList cells;
            for (const Cell &c : std::as_const(row.cells))
                cells << c.text;
            rows << cells;
        }
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0], kMemberHeader + QStringList { QStringLiteral("错误原因") });
        QCOMPARE(rows[1].value(12), QStringLiteral("12345"));
        QVERIFY(rows[1].value(22).contains(QStringLiteral("手机")));
        QCOMPARE(rows[2].value(17), QStringLiteral("去年"));
        QVERIFY(!rows[2].value(22).isEmpty());

        // Fixed, the rejects file imports (its 错误原因 column is not even a warning).
        rows[1][12] = QStringLiteral("13900000002");
        rows[2][17] = QStringLiteral("2016-01-01");
        QStringList lines;
        for (const QStringList &cells : std::as_const(rows))
            lines << csvLine(cells);
        const QString fixed = writeFile(dir, QStringLiteral("fixed.csv"), lines);
        const ImportReport again = importFile(*db, QStringLiteral("members"), fixed);
        QCOMPARE(again.outcome, ImportOutcome::Written);
        QVERIFY2(again.warnings.isEmpty(), qPrintable(describe(again.warnings)));
        QCOMPARE(again.rowsWritten, 2);
        QCOMPARE(countRows(*db, QStringLiteral("member")), 5);
    }

    // --- duplicates ---------------------------------------------------------------------------

    void duplicateInFile_laterRowReported()
    {
        QTemporaryDir dir;
        auto db = open(dir);
        QVERIFY(db);
        const QString sameId = memberRow(1).at(5);
        const QString path = membersCsv(dir,
            { memberRow(1), memberRow(2), memberRow(3, { { QStringLiteral("证件号码"), sameId } }),
                memberRow(4, { { QStringLiteral("会员编号"), QStringLiteral("A1") } }),
                memberRow(5, { { QStringLiteral("会员编号"), QStringLiteral("A1") } }) });
        const ImportReport r = importFile(*db, QStringLiteral("members"), path);
        QCOMPARE(r.outcome, ImportOutcome::Rejected);
        QCOMPARE(r.errors.size(), 2);
        const ImportIssue *id = findIssue(r.errors, 4, QStringLiteral("证件号码"));
        QVERIFY2(id, qPrintable(describe(r.errors)));
        QVERIFY(id->reason.contains(QStringLiteral("line 2")));
        QVERIFY(findIssue(r.errors, 6, QStringLiteral("会员编号")));
        QVERIFY(!findIssue(r.errors, 2, QStringLiteral("证件号码")));
    }

    void duplicateInRegister_followsOnDuplicate_data()
    {
        QTest::addColumn<int>("policy");
        QTest::newRow("error") << static_cast<int>(OnDuplicate::Error);
        QTest::newRow("skip") << static_cast<int>(OnDuplicate::Skip);
        QTest::newRow("update") << static_cast<int>(OnDuplicate::Update);
    }

    void duplicateInRegister_followsOnDuplicate()
    {
        QFETCH(int, policy);
        QTemporaryDir dir;
        auto db = open(dir);
        QVERIFY(db);
        QCOMPARE(
            importFile(*db, QStringLiteral("members"),
                membersCsv(dir,
                    { memberRow(1, { { QStringLiteral("会员编号"), QStringLiteral("A1") } }), memberRow(2) },
                    QStringLiteral("first.csv")))
                .outcome,
            ImportOutcome::Written);
        const Member before = *memberByNo(*db, QStringLiteral("A1"));
        // The second file: member 1 again with a new mobile, without the 备注 and 邮箱 columns, and a new
        // one.
        QStringList header = kMemberHeader;
        QStringList changed = memberRow(1, { { QStringLiteral("手机"), QStringLiteral("13911112222") } });
        QStringList fresh = memberRow(3);
        for (const QString &drop :
            { QStringLiteral("邮箱"), QStringLiteral("备注"), QStringLiteral("会员编号") }) {
            const auto at = header.indexOf(drop);
            header.removeAt(at);
            changed.removeAt(at);
            fresh.removeAt(at);
        }
        const QString second = writeFile(
            dir, QStringLiteral("second.csv"), { csvLine(header), csvLine(changed), csvLine(fresh) });
        ImportOptions options;
        options.onDuplicate = static_cast<OnDuplicate>(policy);
        const ImportReport r = importFile(*db, QStringLiteral("members"), second, options);
        const Member after = *memberByNo(*db, QStringLiteral("A1"));
        switch (options.onDuplicate) {
        case OnDuplicate::Error:
            QCOMPARE(r.outcome, ImportOutcome::Rejected);
            QVERIFY2(findIssue(r.errors, 2, QStringLiteral("证件号码")), qPrintable(describe(r.errors)));
            QCOMPARE(countRows(*db, QStringLiteral("member")), 2);
            QCOMPARE(after, before);
            break;
        case OnDuplicate::Skip:
            QCOMPARE(r.outcome, ImportOutcome::Written);
            QCOMPARE(r.rowsWritten, 1);
            QCOMPARE(r.rowsSkipped, 1);
            QVERIFY(findIssue(r.warnings, 2, QStringLiteral("证件号码")));
            QCOMPARE(countRows(*db, QStringLiteral("member")), 3);
            QCOMPARE(after, before);
            break;
        case OnDuplicate::Update:
            QCOMPARE(r.outcome, ImportOutcome::Written);
            QCOMPARE(r.rowsInserted, 1);
            QCOMPARE(r.rowsUpdated, 1);
            QCOMPARE(countRows(*db, QStringLiteral("member")), 3);
            QCOMPARE(after.mobile, QStringLiteral("13911112222"));
            QCOMPARE(after.email, before.email); // a column the file lacks is kept
            QCOMPARE(after.memberNo, before.memberNo);
            QCOMPARE(after.id, before.id);
            break;
        }
    }

    void sameNameAndBirth_withoutId_isOnlyAWarning()
    {
        QTemporaryDir dir;
        auto db = open(dir);
        QVERIFY(db);
        const QMap<QString, QString> noId { { QStringLiteral("姓名"), QStringLiteral("李娜") },
            { QStringLiteral("证件号码"), QString() } };
        QMap<QString, QString> withId = noId;
        withId.remove(QStringLiteral("证件号码"));
        const ImportReport r = importFile(*db, QStringLiteral("members"),
            membersCsv(
                dir, { memberRow(1, withId), memberRow(2, noId), memberRow(3, withId), memberRow(4) }));
        QCOMPARE(r.outcome, ImportOutcome::Written);
        QCOMPARE(r.rowsWritten, 4);
        QVERIFY2(findIssue(r.warnings, 3, QStringLiteral("姓名")), qPrintable(describe(r.warnings)));
        // Two namesakes with different ID numbers are two people: no warning for line 4.
        QVERIFY(!findIssue(r.warnings, 4, QStringLiteral("姓名")));
        // And against the register.
        const ImportReport later = importFile(*db, QStringLiteral("members"),
            membersCsv(dir, { memberRow(9, noId) }, QStringLiteral("later.csv")));
        QCOMPARE(later.outcome, ImportOutcome::Written);
        const ImportIssue *w = findIssue(later.warnings, 2, QStringLiteral("姓名"));
        QVERIFY2(w, qPrintable(describe(later.warnings)));
        QVERIFY(w->reason.contains(QStringLiteral("Possible duplicate")));
    }

    // --- columns ------------------------------------------------------------------------------

    void missingRequiredColumn_errorBeforeAnyRow()
    {
        QTemporaryDir dir;
        auto db = open(dir);
        QVERIFY(db);
        const QString path = writeFile(dir, QStringLiteral("m.csv"),
            { QStringLiteral("会员编号,性别,入会日期"), QStringLiteral("A1,男,2015-01-01") });
        const ImportReport r = importFile(*db, QStringLiteral("members"), path);
        QCOMPARE(r.outcome, ImportOutcome::Rejected);
        QCOMPARE(r.rowsRead, 0);
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors[0].line, 1);
        QCOMPARE(r.errors[0].column, QStringLiteral("姓名"));
        QCOMPARE(countRows(*db, QStringLiteral("member")), 0);
    }

    void headers_anyOrderAliasesWidthAndCase_unknownColumnWarned()
    {
        QTemporaryDir dir;
        auto db = open(dir);
        QVERIFY(db);
        // English aliases in capitals, a full-width header, padding, another order, one unknown.
        const QString path = writeFile(dir, QStringLiteral("m.csv"),
            { QStringLiteral(" JOIN_DATE ,Ｎａｍｅ,身份证号,籍贯,Mobile"),
                QStringLiteral("2015-03-01,李四,%1,湖北,138 0013 8000")
                    .arg(residentId(QDate(1975, 1, 2), 7)) });
        const ImportReport r = importFile(*db, QStringLiteral("members"), path);
        QCOMPARE(r.outcome, ImportOutcome::Written);
        QCOMPARE(r.warnings.size(), 1);
        QCOMPARE(r.warnings[0].line, 1);
        QCOMPARE(r.warnings[0].column, QStringLiteral("籍贯"));
        members::MemberStore store(*db);
        const Member m = *store.member(*store.idByIdNumber(residentId(QDate(1975, 1, 2), 7)));
        QCOMPARE(m.name, QStringLiteral("李四"));
        QCOMPARE(m.mobile, QStringLiteral("13800138000"));
        QCOMPARE(m.joinDate, QDate(2015, 3, 1));
        // What the ID number says fills what the file leaves out.
        QCOMPARE(m.birthDate, QDate(1975, 1, 2));
        QCOMPARE(m.gender, Gender::Male);
        QCOMPARE(m.memberNo, QStringLiteral("M000001"));
    }

    void idNumber_lowercaseXAndFullWidthDigits_normalised()
    {
        QTemporaryDir dir;
        auto db = open(dir);
        QVERIFY(db);
        // 11010519491231002X: its check character is X.
        const QString wide = QStringLiteral("１１０１０５１９４９１２３１００２ｘ");
        const QString path = membersCsv(dir,
            { memberRow(1,
                  { { QStringLiteral("证件号码"), QStringLiteral("11010519491231002x") },
                      { QStringLiteral("出生日期"), QStringLiteral("1949-12-31") },
                      { QStringLiteral("性别"), QStringLiteral("女") } }),
                memberRow(2,
                    { { QStringLiteral("证件号码"), wide },
                        { QStringLiteral("出生日期"), QStringLiteral("1949-12-31") },
                        { QStringLiteral("性别"), QStringLiteral("女") } }) });
        const ImportReport r = importFile(*db, QStringLiteral("members"), path);
        // The same number twice, once typed in full-width: the later row is the duplicate.
        QCOMPARE(r.outcome, ImportOutcome::Rejected);
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors[0].line, 3);
        QVERIFY(findIssue(r.warnings, 3, QStringLiteral("证件号码"))); // full-width, said so
        ImportOptions skip;
        skip.skipInvalid = true;
        QCOMPARE(importFile(*db, QStringLiteral("members"), path, skip).rowsWritten, 1);
        members::MemberStore store(*db);
        QVERIFY(store.idByIdNumber(QStringLiteral("11010519491231002X")));
    }

    void duplicateColumn_isAnError()
    {
        QTemporaryDir dir;
        auto db = open(dir);
        QVERIFY(db);
        const QString path = writeFile(dir, QStringLiteral("m.csv"),
            { QStringLiteral("姓名,入会日期,name"), QStringLiteral("李四,2015-03-01,李四") });
        const ImportReport r = importFile(*db, QStringLiteral("members"), path);
        QCOMPARE(r.outcome, ImportOutcome::Rejected);
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors[0].column, QStringLiteral("name"));
        QVERIFY(r.errors[0].reason.contains(QStringLiteral("columns A and C")));
    }

    void branches_unknownNamesWarned_knownLinked()
    {
        QTemporaryDir dir;
        auto db = open(dir);
        QVERIFY(db);
        QSqlQuery(db->connection())
            .exec(QStringLiteral("INSERT INTO branch (name) VALUES ('青年工作委员会'), ('科普专业委员会')"));
        const ImportReport r = importFile(*db, QStringLiteral("members"),
            membersCsv(dir,
                { memberRow(1,
                    { { QStringLiteral("所属分支机构"),
                          QStringLiteral("青年工作委员会；不存在的委员会;科普专业委员会") },
                        { QStringLiteral("会员编号"), QStringLiteral("A1") } }) }));
        QCOMPARE(r.outcome, ImportOutcome::Written);
        const ImportIssue *w = findIssue(r.warnings, 2, QStringLiteral("所属分支机构"));
        QVERIFY2(w, qPrintable(describe(r.warnings)));
        QVERIFY(w->reason.contains(QStringLiteral("不存在的委员会")));
        QCOMPARE(memberByNo(*db, QStringLiteral("A1"))->branches,
            (QStringList { QStringLiteral("科普专业委员会"), QStringLiteral("青年工作委员会") }));
    }

    // --- files that cannot be read ------------------------------------------------------------

    void unreadableFile_oneErrorNamingIt_nothingWritten_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("missing") << QStringLiteral("missing.csv") << QByteArray();
        QTest::newRow("corrupt xlsx")
            << QStringLiteral("broken.xlsx") << QByteArray("PK\x03\x04 not really a zip");
        QTest::newRow("binary") << QStringLiteral("binary.csv") << QByteArray("\x00\x01\x02\xff\xfe", 5);
        QTest::newRow("empty") << QStringLiteral("empty.csv") << QByteArray("");
        QTest::newRow("folder") << QStringLiteral("folder") << QByteArray();
    }

    void unreadableFile_oneErrorNamingIt_nothingWritten()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        auto db = open(dir);
        QVERIFY(db);
        const QString path = dir.filePath(name);
        if (name == u"folder") {
            QVERIFY(QDir(dir.path()).mkdir(name));
        } else if (name != u"missing.csv") {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const qint64 audits = db->audit().count();
        const ImportReport r = importFile(*db, QStringLiteral("members"), path);
        QCOMPARE(r.outcome, ImportOutcome::Unreadable);
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors[0].line, 0);
        QVERIFY2(r.errors[0].reason.contains(QDir::toNativeSeparators(path)), qPrintable(r.errors[0].reason));
        QCOMPARE(r.failure, r.errors[0].reason);
        QCOMPARE(countRows(*db, QStringLiteral("member")), 0);
        QCOMPARE(db->audit().count(), audits);
    }

    // --- the report, the audit log, dry runs, cancel, threads ---------------------------------

    void report_hasExactlyTheDocumentedFields()
    {
        QTemporaryDir dir;
        auto db = open(dir);
        QVERIFY(db);
        const QString path = membersCsv(
            dir, { memberRow(1), memberRow(2, { { QStringLiteral("手机"), QStringLiteral("1") } }) });
        const ImportReport r = importFile(*db, QStringLiteral("members"), path);
        QVERIFY(r.writeJson(dir.filePath(QStringLiteral("r.json")), nullptr));
        QFile f(dir.filePath(QStringLiteral("r.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
        QStringList keys = json.keys();
        keys.sort();
        QCOMPARE(keys,
            (QStringList { QStringLiteral("encoding"), QStringLiteral("errors"), QStringLiteral("file"),
                QStringLiteral("kind"), QStringLiteral("rows_read"), QStringLiteral("rows_valid"),
                QStringLiteral("rows_written"), QStringLiteral("warnings") }));
        QCOMPARE(json.value(QStringLiteral("file")).toString(), path);
        QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("members"));
        QCOMPARE(json.value(QStringLiteral("rows_read")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("rows_valid")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("rows_written")).toInt(), 0);
        const QJsonObject error = json.value(QStringLiteral("errors")).toArray().at(0).toObject();
        QStringList issueKeys = error.keys();
        issueKeys.sort();
        QCOMPARE(issueKeys,
            (QStringList { QStringLiteral("column"), QStringLiteral("line"), QStringLiteral("reason"),
                QStringLiteral("value") }));
        QCOMPARE(error.value(QStringLiteral("line")).toInt(), 3);
        QCOMPARE(error.value(QStringLiteral("column")).toString(), QStringLiteral("手机"));
        QCOMPARE(error.value(QStringLiteral("value")).toString(), QStringLiteral("1"));
    }

    void audit_oneEntryForTheWholeImport_withTheFilesSha256()
    {
        QTemporaryDir dir;
        auto db = open(dir);
        QVERIFY(db);
        const qint64 before = db->audit().count();
        const QString path = membersCsv(dir, { memberRow(1), memberRow(2), memberRow(3) });
        const ImportReport r = importFile(*db, QStringLiteral("members"), path);
        QCOMPARE(r.outcome, ImportOutcome::Written);
        QCOMPARE(db->audit().count(), before + 1);
        const storage::AuditEntry e = db->audit().latest(1).constFirst();
        QCOMPARE(e.action, QStringLiteral("import"));
        QCOMPARE(e.entity, QStringLiteral("member"));
        QCOMPARE(e.after.value(QStringLiteral("sha256")).toString(), QString::fromLatin1(test::sha256(path)));
        QCOMPARE(e.after.value(QStringLiteral("file")).toString(), path);
        QCOMPARE(e.after.value(QStringLiteral("kind")).toString(), QStringLiteral("members"));
        QCOMPARE(e.after.value(QStringLiteral("rows_written")).toInt(), 3);
        QCOMPARE(r.sha256, QString::fromLatin1(test::sha256(path)));
    }

    void dryRun_reportsAndWritesNothing()
    {
        QTemporaryDir dir;
        auto db = open(dir);
        QVERIFY(db);
        const qint64 audits = db->audit().count();
        ImportOptions options;
        options.dryRun = true;
        const ImportReport ok
            = importFile(*db, QStringLiteral("members"), membersCsv(dir, { memberRow(1) }), options);
        QCOMPARE(ok.outcome, ImportOutcome::Validated);
        QCOMPARE(ok.rowsValid, 1);
        QCOMPARE(ok.rowsWritten, 0);
        const ImportReport bad = importFile(*db, QStringLiteral("members"),
            membersCsv(dir, { memberRow(1, { { QStringLiteral("性别"), QStringLiteral("?") } }) },
                QStringLiteral("b.csv")),
            options);
        QCOMPARE(bad.outcome, ImportOutcome::Validated);
        QCOMPARE(bad.errors.size(), 1);
        QCOMPARE(countRows(*db, QStringLiteral("member")), 0);
        QCOMPARE(db->audit().count(), audits);
    }

    void cancel_whileReadingOrWriting_leavesNothingWritten_data()
    {
        QTest::addColumn<int>("stage");
        QTest::newRow("reading") << static_cast<int>(ImportProgress::Stage::Reading);
        QTest::newRow("writing") << static_cast<int>(ImportProgress::Stage::Writing);
    }

    void cancel_whileReadingOrWriting_leavesNothingWritten()
    {
        QFETCH(int, stage);
        QTemporaryDir dir;
        auto db = open(dir);
        QVERIFY(db);
        QList<QStringList> rows;
        for (int i = 0; i < 20000; ++i)
            rows << memberRow(i % 500,
                { { QStringLiteral("证件号码"), QString() }, { QStringLiteral("出生日期"), QString() },
                    { QStringLiteral("姓名"), QStringLiteral("会员%1").arg(i) } });
        const QString path = membersCsv(dir, rows);
        std::atomic<bool> cancel = false;
        ImportOptions options;
        options.cancel = &cancel;
        options.progress = [&](const ImportProgress &p) {
            if (static_cast<int>(p.stage) == stage)
                cancel = true;
        };
        const qint64 audits = db->audit().count();
        const ImportReport r = importFile(*db, QStringLiteral("members"), path, options);
        QCOMPARE(r.outcome, ImportOutcome::Cancelled);
        QCOMPARE(r.rowsWritten, 0);
        QCOMPARE(countRows(*db, QStringLiteral("member")), 0);
        QCOMPARE(countRows(*db, QStringLiteral("member_name_gram")), 0);
        QCOMPARE(db->audit().count(), audits);
    }

    void validate_runsOnAWorkerThread()
    {
        QTemporaryDir dir;
        auto db = open(dir);
        QVERIFY(db);
        const QString path = membersCsv(dir, { memberRow(1), memberRow(2) });
        Importer importer(members::importLayout(u"members"), path, {});
        QVERIFY(importer.prepare(*db)); // the database's thread
        std::unique_ptr<QThread> worker(QThread::create([&] { importer.validate(); }));
        worker->start();
        QVERIFY(worker->wait(30000));
        importer.commit(*db); // the database's thread again
        QCOMPARE(importer.report().outcome, ImportOutcome::Written);
        QCOMPARE(countRows(*db, QStringLiteral("member")), 2);
    }

    void readOnlyFile_importRefused()
    {
        QTemporaryDir dir;
        const QString path = membersCsv(dir, { memberRow(1) });
        {
            auto db = open(dir);
            QSqlQuery(db->connection()).exec(QStringLiteral("PRAGMA user_version=99"));
        }
        storage::Database::Options options;
        options.clock = &m_clock;
        storage::StorageError error;
        auto db = storage::Database::open(dir.filePath(QStringLiteral("s.societydesk")), options, &error);
        QVERIFY(db && db->isReadOnly());
        Importer importer(members::importLayout(u"members"), path, {});
        const ImportReport &r = importer.run(*db);
        QCOMPARE(r.outcome, ImportOutcome::Failed);
        QCOMPARE(importer.storageError().kind, storage::StorageError::Kind::TooNew);
    }

    // --- units and dues -----------------------------------------------------------------------

    void units_checkedDeduplicatedAndWritten()
    {
        QTemporaryDir dir;
        auto db = open(dir);
        QVERIFY(db);
        const QString header
            = QStringLiteral("单位名称,统一社会信用代码,单位性质,联系人,联系电话,邮箱,入会日期,状态");
        const QString path = writeFile(dir, QStringLiteral("u.csv"),
            { header,
                QStringLiteral("楚天检测科技有限公司,91350100M000100Y43,企业,张敏,027-87654321,a@example.com,"
                               "2016-05-01,正常"),
                QStringLiteral("长江研究院,,科研院所,李华,13800138000,,2017-01-01,正常"),
                QStringLiteral("江汉设计院,91350100M000100Y44,企业,,,,2017-01-01,正常"), // check character
                QStringLiteral("东湖检测中心,91350100M000100Y43,企业,,,,2017-01-01,正常"), // code again
                QStringLiteral("长江研究院,,科研院所,,,,2018-01-01,正常"), // name again
                QStringLiteral("光谷研究院,,科研院所,,12,,2018-01-01,正常") }); // phone
        const ImportReport r = importFile(*db, QStringLiteral("units"), path);
        QCOMPARE(r.outcome, ImportOutcome::Rejected);
        QVERIFY(findIssue(r.errors, 4, QStringLiteral("统一社会信用代码")));
        QVERIFY(findIssue(r.errors, 5, QStringLiteral("统一社会信用代码")));
        QVERIFY(findIssue(r.errors, 6, QStringLiteral("单位名称")));
        QVERIFY(findIssue(r.errors, 7, QStringLiteral("联系电话")));
        QCOMPARE(r.errors.size(), 4);
        QCOMPARE(countRows(*db, QStringLiteral("unit_member")), 0);

        ImportOptions skip;
        skip.skipInvalid = true;
        const ImportReport written = importFile(*db, QStringLiteral("units"), path, skip);
        QCOMPARE(written.rowsWritten, 2);
        members::MemberStore store(*db);
        QVERIFY(store.unitIdByCreditCode(QStringLiteral("91350100M000100Y43")));
        // The register now has them: the same file again is all duplicates.
        const ImportReport again = importFile(*db, QStringLiteral("units"),
            writeFile(dir, QStringLiteral("u2.csv"),
                { header,
                    QStringLiteral("楚天检测科技有限公司,91350100M000100Y43,企业,王五,027-87654321,a@example."
                                   "com,2016-05-01,欠费") }));
        QCOMPARE(again.outcome, ImportOutcome::Rejected);
        QVERIFY(findIssue(again.errors, 2, QStringLiteral("统一社会信用代码")));
        ImportOptions update;
        update.onDuplicate = OnDuplicate::Update;
        const ImportReport updated = importFile(*db, QStringLiteral("units"),
            writeFile(dir, QStringLiteral("u3.csv"),
                { header,
                    QStringLiteral("楚天检测科技有限公司,91350100M000100Y43,企业,王五,027-87654321,a@example."
                                   "com,2016-05-01,欠费") }),
            update);
        QCOMPARE(updated.rowsUpdated, 1);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT contact, status FROM unit_member WHERE credit_code = '91350100M000100Y43'"))
            && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("王五"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("lapsed"));
    }

    void dues_memberMustExist_amountsAndReceiptsChecked()
    {
        QTemporaryDir dir;
        auto db = open(dir);
        QVERIFY(db);
        QCOMPARE(
            importFile(*db, QStringLiteral("members"),
                membersCsv(dir, { memberRow(1, { { QStringLiteral("会员编号"), QStringLiteral("A1") } }) }))
                .outcome,
            ImportOutcome::Written);
        const QString header = QStringLiteral("会员编号,年度,金额,缴费日期,票据号");
        const QString path = writeFile(dir, QStringLiteral("d.csv"),
            { header, QStringLiteral("A1,2024,200.00,2024-03-15,R1"),
                QStringLiteral("A1,2025,\"1,200.5\",2025-03-15,R2"),
                QStringLiteral("A9,2024,200,2024-03-15,R3"), // no such member
                QStringLiteral("A1,2024,-5,2024-03-15,R4"), // negative
                QStringLiteral("A1,2024,1.005,2024-03-15,R5"), // three decimals
                QStringLiteral("A1,24年,200,2024-03-15,R6"), // year
                QStringLiteral("A1,2024,200,2024-03-15,R1") }); // receipt again
        const ImportReport r = importFile(*db, QStringLiteral("dues"), path);
        QCOMPARE(r.outcome, ImportOutcome::Rejected);
        QVERIFY2(findIssue(r.errors, 4, QStringLiteral("会员编号")), qPrintable(describe(r.errors)));
        QVERIFY(findIssue(r.errors, 5, QStringLiteral("金额")));
        QVERIFY(findIssue(r.errors, 6, QStringLiteral("金额")));
        QVERIFY(findIssue(r.errors, 7, QStringLiteral("年度")));
        QVERIFY(findIssue(r.errors, 8, QStringLiteral("票据号")));
        QCOMPARE(r.errors.size(), 5);
        QCOMPARE(countRows(*db, QStringLiteral("dues_payment")), 0);

        ImportOptions skip;
        skip.skipInvalid = true;
        QCOMPARE(importFile(*db, QStringLiteral("dues"), path, skip).rowsWritten, 2);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT amount_cents FROM dues_payment WHERE receipt_no = 'R2'"))
            && q.next());
        QCOMPARE(q.value(0).toLongLong(), 120050);
        // A receipt already in the register follows --on-duplicate.
        const QString again = writeFile(
            dir, QStringLiteral("d2.csv"), { header, QStringLiteral("A1,2024,300,2024-03-15,R1") });
        QCOMPARE(importFile(*db, QStringLiteral("dues"), again).outcome, ImportOutcome::Rejected);
        ImportOptions update;
        update.onDuplicate = OnDuplicate::Update;
        QCOMPARE(importFile(*db, QStringLiteral("dues"), again, update).rowsUpdated, 1);
        QVERIFY(q.exec(QStringLiteral("SELECT amount_cents FROM dues_payment WHERE receipt_no = 'R1'"))
            && q.next());
        QCOMPARE(q.value(0).toLongLong(), 30000);
    }

    // A first import of many rows builds the member indexes at the end (DeferredIndexes): they
    // must all be there again, the same as before, and the file must be sound.
    void bulkImport_intoEmptyRegister_leavesEveryIndexAndASoundFile()
    {
        QTemporaryDir dir;
        auto source = open(dir, QStringLiteral("source.societydesk"));
        QVERIFY(source);
        demo::DemoMembersOptions demo;
        demo.members = 12000;
        demo.units = 0;
        demo.today = kToday;
        storage::StorageError error;
        QVERIFY2(demo::writeMembers(*source, demo, &error), qPrintable(error.message));
        const QString csv = dir.filePath(QStringLiteral("members.csv"));
        ExportOptions exportOptions;
        exportOptions.unmasked = true;
        QCOMPARE(Exporter::run(*source, *members::exportSource(u"members"), csv, exportOptions).rows, 12000);

        const auto indexes = [](storage::Database &db) {
            QStringList list;
            QSqlQuery q(db.connection());
            q.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'member' "
                                  "ORDER BY name"));
            while (q.next())
                list << q.value(0).toString() + u'|' + q.value(1).toString();
            return list;
        };
        auto target = open(dir);
        QVERIFY(target);
        const QStringList before = indexes(*target);
        QVERIFY(before.size() >= 8);
        Importer importer(members::importLayout(u"members"), csv, {});
        const ImportReport &report = importer.run(*target);
        QCOMPARE(report.outcome, ImportOutcome::Written);
        QCOMPARE(report.rowsWritten, 12000);
        QCOMPARE(indexes(*target), before);
        QSqlQuery q(target->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        // The indexes serve searches again: one ID number is found through its index.
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM member WHERE id_number = '1'")) && q.next());
        QVERIFY2(q.value(3).toString().contains(QStringLiteral("member_id_number")), qPrintable(q.value(3).toString()));
    }

    void gb18030File_withEncodingForcedToUtf8_isUnreadable()
    {
        QTemporaryDir dir;
        auto db = open(dir);
        QVERIFY(db);
        QStringList lines { csvLine(kMemberHeader), csvLine(memberRow(1)) };
        const QString path = writeFile(dir, QStringLiteral("gb.csv"), lines, true);
        QCOMPARE(importFile(*db, QStringLiteral("members"), path).outcome, ImportOutcome::Written);
        ImportOptions utf8;
        utf8.read.encoding = QStringLiteral("utf-8");
        const ImportReport r = importFile(*db, QStringLiteral("members"), path, utf8);
        QCOMPARE(r.outcome, ImportOutcome::Unreadable);
        QCOMPARE(r.errors.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
