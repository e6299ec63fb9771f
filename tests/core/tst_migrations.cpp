#include "TestSupport.h"

#include "storage/AuditLog.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using namespace sd::storage;

namespace {

/// The schema as SQLite stores it: every CREATE statement, sorted.
QStringList schemaOf(const QString &path)
{
    StorageError e;
    QSqlDatabase db = Database::openWorkerConnection(path, true, &e);
    QStringList sql;
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT type || ' ' || name || ': ' || sql FROM sqlite_schema WHERE sql IS NOT NULL"));
        while (q.next())
            sql << q.value(0).toString().simplified();
    }
    Database::closeConnection(db);
    sql.sort();
    return sql;
}

int userVersion(const QString &path)
{
    StorageError e;
    QSqlDatabase db = Database::openWorkerConnection(path, true, &e);
    int v = -1;
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
            v = q.value(0).toInt();
    }
    Database::closeConnection(db);
    return v;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void frozenV1_matchesMigrationOne()
    {
        // The frozen file must be what migration 1 makes, or the upgrade test proves nothing.
        QTemporaryDir dir;
        const QString frozen = test::copyTestData(dir, QStringLiteral("schema-v1.societydesk"));
        QVERIFY(!frozen.isEmpty());
        QCOMPARE(userVersion(frozen), 1);
        Database::Options options;
        options.mode = OpenMode::CreateNew;
        options.migrateUpTo = 1;
        StorageError error;
        const QString fresh = dir.filePath(QStringLiteral("fresh-v1.societydesk"));
        {
            auto db = Database::open(fresh, options, &error);
            QVERIFY2(db, qPrintable(error.message));
            QCOMPARE(db->schemaVersion(), 1);
        }
        QCOMPARE(schemaOf(fresh), schemaOf(frozen));
    }

    void frozenV1_upgradesToLatest_keepingDataWithAVerifiedBackupFirst()
    {
        QTemporaryDir dir;
        const QString frozen = test::copyTestData(dir, QStringLiteral("schema-v1.societydesk"));
        const QString path = dir.filePath(QStringLiteral("society.societydesk"));
        QVERIFY(QFile::copy(frozen, path));
        const QByteArray original = test::sha256(frozen);
        StorageError error;
        Database::Options options;
        options.check = CheckLevel::Quick;
        auto db = Database::open(path, options, &error);
        QVERIFY2(db, qPrintable(error.message));
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 2);

        // The data of version 1 is all there.
        const SocietyProfile p = ProfileStore(*db).profile();
        QCOMPARE(p.name, QStringLiteral("湖北省机械工程学会"));
        QCOMPARE(p.creditCode, QStringLiteral("51420000MJ0000001H"));
        QCOMPARE(p.founded, QDate(1979, 5, 12));
        const auto entries = db->audit().entries();
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.constFirst().actor, QStringLiteral("frozen-v1"));

        // Version 2's table works, defaults apply.
        SocietySettings s = ProfileStore(*db).settings();
        QCOMPARE(s.integer(SocietySetting::YoungAgeThreshold), 45);
        s.setInteger(SocietySetting::YoungAgeThreshold, 40);
        QVERIFY2(ProfileStore(*db).saveSettings(s, &error), qPrintable(error.message));
        QCOMPARE(ProfileStore(*db).settings().integer(SocietySetting::YoungAgeThreshold), 40);

        // The backup taken before migrating holds the version-1 schema and data, verified.
        const QString backup = db->migrationBackup();
        QVERIFY(!backup.isEmpty());
        QVERIFY(listBackups(path).contains(backup));
        QCOMPARE(userVersion(backup), 1);
        QVERIFY(Database::check(backup, CheckLevel::Full).ok);
        QCOMPARE(schemaOf(backup), schemaOf(frozen));
        QCOMPARE(test::sha256(frozen), original);
    }

    void upgradedFile_reopensWithoutMigratingAgain()
    {
        QTemporaryDir dir;
        const QString path = test::copyTestData(dir, QStringLiteral("schema-v1.societydesk"));
        StorageError error;
        { auto db = Database::open(path, {}, &error); QVERIFY(db); }
        const int backups = int(listBackups(path).size());
        auto db = Database::open(path, {}, &error);
        QVERIFY(db);
        QVERIFY(db->migrationBackup().isEmpty());
        QCOMPARE(int(listBackups(path).size()), backups);
    }

    void failedMigration_leavesTheFileAtItsVersion()
    {
        // A file that already has a table migration 2 wants to create cannot be upgraded;
        // the transaction rolls back and the version stays 1.
        QTemporaryDir dir;
        const QString path = test::copyTestData(dir, QStringLiteral("schema-v1.societydesk"));
        {
            StorageError e;
            QSqlDatabase c = Database::openWorkerConnection(path, false, &e);
            QSqlQuery(c).exec(QStringLiteral("CREATE TABLE society_setting (k)"));
            Database::closeConnection(c);
        }
        StorageError error;
        QVERIFY(!Database::open(path, {}, &error));
        QCOMPARE(error.kind, StorageError::Kind::Sql);
        QVERIFY(error.message.contains(QStringLiteral("schema 1")));
        QCOMPARE(userVersion(path), 1);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
