// Exports and templates: the same layouts as the import, masked by default, an unmasked export
// audited and re-importing losslessly (XLSX and CSV), formulas neutralised.
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

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sd;
using namespace sd::exchange;

namespace {

const QDate kToday(2026, 6, 30);

/// Every cell of a spreadsheet, row by row.
QList<QStringList> readAll(const QString &path)
{
    QList<QStringList> rows;
    ReadError error;
    auto reader = TabularReader::open(path, {}, &error);
    if (!reader) {
        qWarning() << error.message;
        return rows;
    }
    Row row;
    while (reader->next(&row)) {
        QStringList cells;
        for (const Cell &c : std::as_const(row.cells))
            cells << c.text;
        rows << cells;
    }
    return rows;
}

QStringList column(const QList<QStringList> &rows, const QString &header)
{
    QStringList values;
    const qsizetype at = rows.value(0).indexOf(header);
    for (qsizetype i = 1; i < rows.size(); ++i)
        values << rows[i].value(at);
    return values;
}

/// Every row of a table as text, columns in `sql` order, sorted.
QStringList tableRows(const storage::Database &db, const QString &sql)
{
    QStringList rows;
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return { q.lastQuery() };
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << (q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
        rows << cells.join(u'|');
    }
    rows.sort();
    return rows;
}

const QString kMembersSql = QStringLiteral(
    "SELECT m.member_no, m.name, m.gender, m.birth_date, m.id_type, m.id_number, m.political_status, a.name, "
    "m.affiliation_type, m.position, m.professional_title, m.front_line, m.mobile, m.email, g.name, "
    "m.applied_on, "
    "m.approved_on, m.join_date, m.status, m.exit_date, m.notes, "
    "(SELECT group_concat(b.name, ';') FROM (SELECT b.name FROM member_branch mb JOIN branch b ON b.id = "
    "mb.branch_id "
    " WHERE mb.member_id = m.id ORDER BY b.name) b) "
    "FROM member m LEFT JOIN affiliation a ON a.id = m.affiliation_id JOIN member_grade g ON g.id = "
    "m.grade_id");
const QString kUnitsSql = QStringLiteral("SELECT name, credit_code, unit_type, contact, phone, email, "
                                         "join_date, status, exit_date, notes FROM unit_member");
const QString kDuesSql = QStringLiteral("SELECT m.member_no, d.year, d.amount_cents, d.paid_on, d.receipt_no "
                                        "FROM dues_payment d JOIN member m ON m.id = d.member_id");

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

    FixedClock m_clock { QDateTime(kToday, QTime(12, 0), QTimeZone::utc()) };

    std::unique_ptr<storage::Database> open(const QTemporaryDir &dir, const QString &name)
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

    /// A register like a real one: demo members, units and dues, two branches with members,
    /// notes that look like formulas.
    std::unique_ptr<storage::Database> society(
        const QTemporaryDir &dir, const QString &name, int members = 300)
    {
        auto db = open(dir, name);
        if (!db)
            return db;
        demo::DemoMembersOptions options;
        options.members = members;
        options.units = 12;
        options.today = kToday;
        storage::StorageError error;
        if (!demo::writeMembers(*db, options, &error)) {
            qWarning() << error.message;
            return nullptr;
        }
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("INSERT INTO branch (name) VALUES ('青年工作委员会'), ('科普专业委员会')"));
        q.exec(QStringLiteral("INSERT INTO member_branch SELECT id, 1 FROM member WHERE id % 3 = 0"));
        q.exec(QStringLiteral("INSERT INTO member_branch SELECT id, 2 FROM member WHERE id % 5 = 0"));
        q.exec(QStringLiteral("UPDATE member SET notes = '=1+1' WHERE id = 1"));
        q.exec(QStringLiteral("UPDATE member SET notes = '+86 的号码' WHERE id = 2"));
        q.exec(QStringLiteral("UPDATE member SET notes = '@提及, 和 \"引号\"' WHERE id = 3"));
        q.exec(QStringLiteral("UPDATE member SET notes = '-负数' || char(10) || '第二行' WHERE id = 4"));
        q.exec(QStringLiteral("UPDATE unit_member SET notes = '=HYPERLINK(\"http://x\")', email = "
                              "'unit@example.com' WHERE id = 1"));
        return db;
    }

    ExportResult exportTo(
        storage::Database &db, const QString &kind, const QString &path, ExportOptions options = {})
    {
        return Exporter::run(db, *members::exportSource(kind), path, options);
    }

    ImportReport importFile(storage::Database &db, const QString &kind, const QString &path)
    {
        Importer importer(members::importLayout(kind), path, {});
        return importer.run(db);
    }

private slots:
    void unmaskedExport_reimportsLosslessly_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<bool>("gb18030");
        QTest::newRow("xlsx") << QStringLiteral(".xlsx") << false;
        QTest::newRow("csv") << QStringLiteral(".csv") << false;
        QTest::newRow("csv gb18030") << QStringLiteral(".csv") << true;
    }

    void unmaskedExport_reimportsLosslessly()
    {
        QFETCH(QString, suffix);
        QFETCH(bool, gb18030);
        QTemporaryDir dir;
        auto source = society(dir, QStringLiteral("a.societydesk"));
        auto target = open(dir, QStringLiteral("b.societydesk"));
        QVERIFY(source && target);
        QSqlQuery(target->connection())
            .exec(QStringLiteral("INSERT INTO branch (name) VALUES ('青年工作委员会'), ('科普专业委员会')"));
        ExportOptions options;
        options.unmasked = true;
        if (gb18030)
            options.encoding = WriteOptions::Encoding::Gb18030;
        for (const QString &kind : members::registerKinds()) {
            const QString file = dir.filePath(kind + suffix);
            const ExportResult exported = exportTo(*source, kind, file, options);
            QCOMPARE(exported.outcome, ExportResult::Outcome::Written);
            const ImportReport imported = importFile(*target, kind, file);
            QVERIFY2(imported.outcome == ImportOutcome::Written,
                qPrintable(kind + QStringLiteral(": ")
                    + (imported.errors.isEmpty() ? imported.failure : imported.errors[0].reason)));
            QCOMPARE(imported.rowsWritten, exported.rows);
            if (gb18030)
                QCOMPARE(imported.encoding, QStringLiteral("GB18030"));
        }
        QCOMPARE(tableRows(*target, kMembersSql), tableRows(*source, kMembersSql));
        QCOMPARE(tableRows(*target, kUnitsSql), tableRows(*source, kUnitsSql));
        QCOMPARE(tableRows(*target, kDuesSql), tableRows(*source, kDuesSql));
        QVERIFY(tableRows(*target, kMembersSql).size() == 300);
    }

    void maskedExport_holdsNoFullIdPhoneOrEmail_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("xlsx") << QStringLiteral(".xlsx");
        QTest::newRow("csv") << QStringLiteral(".csv");
    }

    void maskedExport_holdsNoFullIdPhoneOrEmail()
    {
        QFETCH(QString, suffix);
        QTemporaryDir dir;
        auto db = society(dir, QStringLiteral("a.societydesk"));
        QVERIFY(db);
        const qint64 audits = db->audit().count();
        for (const QString &kind : { QStringLiteral("members"), QStringLiteral("units") }) {
            const QString file = dir.filePath(kind + suffix);
            QCOMPARE(exportTo(*db, kind, file).outcome, ExportResult::Outcome::Written);
            const QList<QStringList> rows = readAll(file);
            QVERIFY(rows.size() > 1);
            static const QRegularExpression fullId(QStringLiteral("\\d{17}[\\dX]"));
            static const QRegularExpression fullMobile(QStringLiteral("(?<!\\d)1[3-9]\\d{9}(?!\\d)"));
            static const QRegularExpression fullLandline(QStringLiteral("\\d{3,4}-\\d{7,8}"));
            static const QRegularExpression fullEmail(QStringLiteral("[A-Za-z0-9._%+-]{2,}@"));
            for (const QStringList &r : rows) {
                const QString line = r.join(u'|');
                QVERIFY2(!fullId.match(line).hasMatch(), qPrintable(line));
                QVERIFY2(!fullMobile.match(line).hasMatch(), qPrintable(line));
                QVERIFY2(!fullLandline.match(line).hasMatch(), qPrintable(line));
                QVERIFY2(!fullEmail.match(line).hasMatch(), qPrintable(line));
            }
            if (kind == u"members") {
                static const QRegularExpression maskedId(QStringLiteral("^\\d{4}\\*{10}[\\dX]{4}$"));
                static const QRegularExpression maskedMobile(QStringLiteral("^1\\d{2}\\*{4}\\d{4}$"));
                const QStringList ids = column(rows, QStringLiteral("证件号码"));
                QVERIFY(std::all_of(
                    ids.begin(), ids.end(), [](const QString &s) { return maskedId.match(s).hasMatch(); }));
                const QStringList mobiles = column(rows, QStringLiteral("手机"));
                QVERIFY(std::all_of(mobiles.begin(), mobiles.end(),
                    [](const QString &s) { return maskedMobile.match(s).hasMatch(); }));
                QVERIFY(column(rows, QStringLiteral("邮箱")).contains(QStringLiteral("m***@example.org")));
            }
        }
        QCOMPARE(db->audit().count(), audits); // masked exports are not personal data leaving
    }

    void unmaskedExport_isAuditedWithTheFilesSha256()
    {
        QTemporaryDir dir;
        auto db = society(dir, QStringLiteral("a.societydesk"), 20);
        QVERIFY(db);
        const qint64 before = db->audit().count();
        ExportOptions options;
        options.unmasked = true;
        const QString file = dir.filePath(QStringLiteral("m.xlsx"));
        const ExportResult r = exportTo(*db, QStringLiteral("members"), file, options);
        QCOMPARE(r.outcome, ExportResult::Outcome::Written);
        QCOMPARE(db->audit().count(), before + 1);
        const storage::AuditEntry e = db->audit().latest(1).constFirst();
        QCOMPARE(e.action, QStringLiteral("export"));
        QCOMPARE(e.after.value(QStringLiteral("sha256")).toString(), QString::fromLatin1(test::sha256(file)));
        QCOMPARE(e.after.value(QStringLiteral("file")).toString(), file);
        QCOMPARE(e.after.value(QStringLiteral("rows")).toInt(), 20);
        QCOMPARE(r.sha256, QString::fromLatin1(test::sha256(file)));
    }

    void statusFilter_onlyThoseStatuses()
    {
        QTemporaryDir dir;
        auto db = society(dir, QStringLiteral("a.societydesk"));
        QVERIFY(db);
        ExportOptions options;
        options.statuses = { QStringLiteral("正常"), QStringLiteral("lapsed") };
        const QString file = dir.filePath(QStringLiteral("m.csv"));
        const ExportResult r = exportTo(*db, QStringLiteral("members"), file, options);
        QCOMPARE(r.outcome, ExportResult::Outcome::Written);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM member WHERE status IN ('active', 'lapsed')"))
            && q.next());
        QCOMPARE(r.rows, q.value(0).toLongLong());
        QVERIFY(r.rows < 300);
        QStringList statuses = column(readAll(file), QStringLiteral("状态"));
        statuses.removeDuplicates();
        statuses.sort();
        QCOMPARE(statuses, (QStringList { QStringLiteral("欠费"), QStringLiteral("正常") }));
        // Dues follow their member's status.
        const ExportResult dues
            = exportTo(*db, QStringLiteral("dues"), dir.filePath(QStringLiteral("d.csv")), options);
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(*) FROM dues_payment d JOIN member m ON m.id = d.member_id "
                                  "WHERE m.status IN ('active', 'lapsed')"))
            && q.next());
        QCOMPARE(dues.rows, q.value(0).toLongLong());
        // An unknown status is refused before anything is written.
        options.statuses = { QStringLiteral("冻结") };
        const ExportResult refused
            = exportTo(*db, QStringLiteral("members"), dir.filePath(QStringLiteral("x.csv")), options);
        QCOMPARE(refused.outcome, ExportResult::Outcome::Rejected);
        QVERIFY(refused.failure.contains(QStringLiteral("冻结")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.csv"))));
    }

    // The Members page exports what it shows: its search and filters select the members, and
    // the dues of those members; the status choice narrows further.
    void registerQuery_exportsWhatThePageShows()
    {
        QTemporaryDir dir;
        auto db = society(dir, QStringLiteral("a.societydesk"));
        QVERIFY(db);
        members::MemberStore store(*db);
        members::MemberQuery query;
        query.search = store.firstRows({}, 1).constFirst().name.left(1); // a surname
        query.gradeId = store.defaultGradeId();
        query.sort = members::MemberQuery::Sort::JoinDate; // the sort changes nothing
        const qint64 expected = store.count(query);
        QVERIFY(expected > 0 && expected < 300);

        const QString file = dir.filePath(QStringLiteral("m.csv"));
        ExportResult r = Exporter::run(*db, *members::exportSource(u"members", query), file, {});
        QCOMPARE(r.outcome, ExportResult::Outcome::Written);
        QCOMPARE(r.rows, expected);
        for (const QString &name : column(readAll(file), QStringLiteral("姓名")))
            QVERIFY2(name.contains(query.search), qPrintable(name));
        QStringList grades = column(readAll(file), QStringLiteral("会员类别"));
        grades.removeDuplicates();
        QCOMPARE(grades, QStringList { QStringLiteral("会员") });

        // Dues of exactly those members.
        QSqlQuery q(db->connection());
        const members::MemberFilterSql filter = members::memberFilterSql(query);
        q.prepare(QStringLiteral("SELECT count(*) FROM dues_payment d WHERE d.member_id IN (SELECT m.id FROM member m")
            + filter.where + u')');
        for (const QVariant &v : filter.values)
            q.addBindValue(v);
        QVERIFY(q.exec() && q.next());
        r = Exporter::run(*db, *members::exportSource(u"dues", query), dir.filePath(QStringLiteral("d.csv")), {});
        QCOMPARE(r.rows, q.value(0).toLongLong());

        // With a status choice too: both apply.
        ExportOptions active;
        active.statuses = { QStringLiteral("正常") };
        query.status = MemberStatus::Active;
        const qint64 both = store.count(query);
        query.status.reset();
        r = Exporter::run(*db, *members::exportSource(u"members", query), dir.filePath(QStringLiteral("a.csv")), active);
        QCOMPARE(r.rows, both);

        // A query that narrows nothing exports everyone.
        r = Exporter::run(*db, *members::exportSource(u"members", members::MemberQuery {}),
            dir.filePath(QStringLiteral("all.csv")), {});
        QCOMPARE(r.rows, 300);
    }

    void csvFormulas_neutralised_andReimportedUnchanged()
    {
        QTemporaryDir dir;
        auto db = society(dir, QStringLiteral("a.societydesk"), 10);
        QVERIFY(db);
        ExportOptions options;
        options.unmasked = true;
        const QString file = dir.filePath(QStringLiteral("m.csv"));
        QCOMPARE(
            exportTo(*db, QStringLiteral("members"), file, options).outcome, ExportResult::Outcome::Written);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with a BOM by default
        const QString text = QString::fromUtf8(bytes);
        QVERIFY(text.contains(QStringLiteral(",'=1+1")));
        QVERIFY(text.contains(QStringLiteral(",'+86 的号码")));
        QVERIFY(!text.contains(QStringLiteral(",=1+1")));
        auto target = open(dir, QStringLiteral("b.societydesk"));
        QCOMPARE(importFile(*target, QStringLiteral("members"), file).outcome, ImportOutcome::Written);
        QCOMPARE(tableRows(*target, QStringLiteral("SELECT notes FROM member WHERE notes IS NOT NULL")),
            tableRows(*db, QStringLiteral("SELECT notes FROM member WHERE notes IS NOT NULL")));
        members::MemberStore store(*target);
        QCOMPARE(store.member(1)->notes, QStringLiteral("=1+1"));
    }

    void cancelledExport_leavesNoFile()
    {
        QTemporaryDir dir;
        auto db = society(dir, QStringLiteral("a.societydesk"), 3000);
        QVERIFY(db);
        std::atomic<bool> cancel = false;
        ExportOptions options;
        options.cancel = &cancel;
        options.progress = [&](qint64, qint64) { cancel = true; };
        const QString file = dir.filePath(QStringLiteral("m.xlsx"));
        const ExportResult r = exportTo(*db, QStringLiteral("members"), file, options);
        QCOMPARE(r.outcome, ExportResult::Outcome::Cancelled);
        QVERIFY(!QFile::exists(file));
    }

    void template_headersAndAnExampleRowThatImports_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("xlsx") << QStringLiteral(".xlsx");
        QTest::newRow("csv") << QStringLiteral(".csv");
    }

    void template_headersAndAnExampleRowThatImports()
    {
        QFETCH(QString, suffix);
        QTemporaryDir dir;
        auto db = open(dir, QStringLiteral("a.societydesk"));
        QVERIFY(db);
        for (const QString &kind : members::registerKinds()) {
            const QString file = dir.filePath(kind + suffix);
            WriteError error;
            QVERIFY2(Exporter::writeTemplate(*members::exportSource(kind), file, {}, &error),
                qPrintable(error.message));
            const QList<QStringList> rows = readAll(file);
            QCOMPARE(rows.size(), 2);
            QCOMPARE(rows[0], members::exportSource(kind)->headers());
            // Imported in the order members, units, dues: the example payment is the example member's.
            const ImportReport r = importFile(*db, kind, file);
            QVERIFY2(r.outcome == ImportOutcome::Written && r.warnings.isEmpty(),
                qPrintable(kind + u' ' + (r.errors.isEmpty() ? QString() : r.errors[0].reason)));
            QCOMPARE(r.rowsWritten, 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
