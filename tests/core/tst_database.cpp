#include "TestSupport.h"

#include "storage/AuditLog.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/DeferredIndexes.h"
#include "storage/ProfileStore.h"
#include "util/Clock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace sd;
using namespace sd::storage;

namespace {

std::unique_ptr<Database> openDb(const QString &path, OpenMode mode, StorageError *error,
    CheckLevel check = CheckLevel::None)
{
    Database::Options options;
    options.mode = mode;
    options.check = check;
    options.operatorName = QStringLiteral("tester");
    return Database::open(path, options, error);
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

/// A society file with `rows` audit entries, so it spans many pages.
QString makeSociety(const QTemporaryDir &dir, const QString &name, int rows = 0)
{
    const QString path = dir.filePath(name);
    StorageError error;
    auto db = openDb(path, OpenMode::CreateNew, &error);
    if (!db)
        return {};
    SocietyProfile profile;
    profile.name = QStringLiteral("湖北省测试学会");
    ProfileStore(*db).saveProfile(profile, &error);
    db->transaction([&] {
        for (int i = 0; i < rows; ++i)
            db->audit().record(QStringLiteral("probe"), i, QStringLiteral("create"), {},
                QJsonObject { { QStringLiteral("text"), QString(200, u'学') } });
        return true;
    });
    return path;
}

void setUserVersion(const QString &path, int version)
{
    StorageError error;
    QSqlDatabase db = Database::openWorkerConnection(path, false, &error);
    QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=%1").arg(version));
    Database::closeConnection(db);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void create_newFile_hasApplicationIdSchemaAndPragmas()
    {
        QTemporaryDir dir;
        StorageError error;
        auto db = openDb(dir.filePath(QStringLiteral("a.societydesk")), OpenMode::CreateNew, &error);
        QVERIFY2(db, qPrintable(error.message));
        const QSqlDatabase c = db->connection();
        QCOMPARE(scalar(c, QStringLiteral("PRAGMA application_id")).toUInt(), Database::kApplicationId);
        QCOMPARE(scalar(c, QStringLiteral("PRAGMA user_version")).toInt(), Database::latestSchemaVersion());
        QCOMPARE(scalar(c, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(c, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(c, QStringLiteral("PRAGMA synchronous")).toInt(), 2);
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(!db->isReadOnly());
        QVERIFY(!db->recoveredFromUncleanShutdown());
    }

    void reopen_afterCleanClose_keepsDataAndLeavesNoWalOrLock()
    {
        QTemporaryDir dir;
        const QString path = makeSociety(dir, QStringLiteral("a.societydesk"));
        QVERIFY(!path.isEmpty());
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
        StorageError error;
        auto db = openDb(path, OpenMode::OpenExisting, &error, CheckLevel::Quick);
        QVERIFY2(db, qPrintable(error.message));
        QCOMPARE(ProfileStore(*db).profile().name, QStringLiteral("湖北省测试学会"));
        QVERIFY(db->openCheck().ok);
        QCOMPARE(db->openCheck().level, CheckLevel::Quick);
        QVERIFY(!db->recoveredFromUncleanShutdown());
    }

    void open_modes_refuseMissingAndExisting()
    {
        QTemporaryDir dir;
        StorageError error;
        QVERIFY(!openDb(dir.filePath(QStringLiteral("missing.societydesk")), OpenMode::OpenExisting, &error));
        QCOMPARE(error.kind, StorageError::Kind::NotFound);
        QVERIFY(error.message.contains(QStringLiteral("missing.societydesk")));
        const QString path = makeSociety(dir, QStringLiteral("a.societydesk"));
        QVERIFY(!openDb(path, OpenMode::CreateNew, &error));
        QCOMPARE(error.kind, StorageError::Kind::AlreadyExists);
        QVERIFY(!openDb(dir.path(), OpenMode::OpenExisting, &error));
        QCOMPARE(error.kind, StorageError::Kind::Io);
    }

    void foreignFiles_areRefusedAndLeftUnchanged_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("sqlite");
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("text") << QByteArray("name,phone\n张三,13800138000\n") << false;
        QTest::newRow("short header") << QByteArray("SQLite format 3") << false;
        QTest::newRow("other sqlite") << QByteArray() << true;
    }

    void foreignFiles_areRefusedAndLeftUnchanged()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, sqlite);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("foreign.societydesk"));
        if (sqlite) {
            StorageError e;
            QSqlDatabase db = Database::openWorkerConnection(path, false, &e);
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x)"));
            QSqlQuery(db).exec(QStringLiteral("PRAGMA application_id=42"));
            Database::closeConnection(db);
        } else {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const QByteArray before = test::sha256(path);
        StorageError error;
        QVERIFY(!openDb(path, OpenMode::OpenExisting, &error));
        QCOMPARE(error.kind, StorageError::Kind::Foreign);
        QVERIFY(error.message.contains(QStringLiteral("not a SocietyDesk file")));
        QCOMPARE(test::sha256(path), before);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
        QVERIFY(!openDb(path, OpenMode::OpenOrCreate, &error));
        QCOMPARE(error.kind, StorageError::Kind::Foreign);
    }

    void newerSchema_opensReadOnlyWithReason()
    {
        QTemporaryDir dir;
        const QString path = makeSociety(dir, QStringLiteral("new.societydesk"));
        setUserVersion(path, Database::latestSchemaVersion() + 5);
        StorageError error;
        auto db = openDb(path, OpenMode::OpenExisting, &error);
        QVERIFY(db);
        QCOMPARE(error.kind, StorageError::Kind::TooNew);
        QVERIFY(!error.isError());
        QVERIFY(db->isReadOnly());
        QVERIFY(db->readOnlyReason().contains(QStringLiteral("newer SocietyDesk")));
        QCOMPARE(ProfileStore(*db).profile().name, QStringLiteral("湖北省测试学会"));
        SocietyProfile p;
        p.name = QStringLiteral("改名");
        QVERIFY(!ProfileStore(*db).saveProfile(p, &error));
        QSqlQuery q(db->connection());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO society_setting VALUES ('x', 'y')")));
    }

    void secondOpener_sameProcess_isRefused()
    {
        QTemporaryDir dir;
        const QString path = makeSociety(dir, QStringLiteral("a.societydesk"));
        StorageError error;
        auto first = openDb(path, OpenMode::OpenExisting, &error);
        QVERIFY(first);
        QVERIFY(!openDb(path, OpenMode::OpenExisting, &error));
        QCOMPARE(error.kind, StorageError::Kind::Locked);
    }

    void secondOpener_otherProcess_isRefusedWithHolder_thenStaleLockTakenOver()
    {
        QTemporaryDir dir;
        const QString path = makeSociety(dir, QStringLiteral("a.societydesk"));
        auto holder = test::startWorker({ QStringLiteral("hold"), path }, "ready");
        QVERIFY(holder);
        StorageError error;
        QVERIFY(!openDb(path, OpenMode::OpenExisting, &error));
        QCOMPARE(error.kind, StorageError::Kind::Locked);
        QVERIFY2(error.message.contains(QStringLiteral("pid %1").arg(holder->processId())), qPrintable(error.message));
        QVERIFY2(error.message.contains(u'@'), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("since")), qPrintable(error.message));

        test::killHard(*holder);
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".lock"))); // left behind by the dead process
        auto db = openDb(path, OpenMode::OpenExisting, &error);
        QVERIFY2(db, qPrintable(error.message));
        QVERIFY(db->recoveredFromUncleanShutdown());
        QCOMPARE(db->openCheck().level, CheckLevel::Full);
        QVERIFY(db->openCheck().ok);
    }

    void workerThreads_openTheirOwnConnections()
    {
        QTemporaryDir dir;
        const QString path = makeSociety(dir, QStringLiteral("a.societydesk"));
        StorageError error;
        auto db = openDb(path, OpenMode::OpenExisting, &error);
        QVERIFY(db);
        QString seen;
        QThread *t = QThread::create([&] {
            StorageError e;
            QSqlDatabase c = Database::openWorkerConnection(path, true, &e);
            seen = scalar(c, QStringLiteral("SELECT name FROM society_profile")).toString();
            Database::closeConnection(c);
        });
        t->start();
        QVERIFY(t->wait(20000));
        delete t;
        QCOMPARE(seen, QStringLiteral("湖北省测试学会"));
    }

    void openReader_inAWorker_readsThroughStoresAndRefusesChanges()
    {
        QTemporaryDir dir;
        const QString path = makeSociety(dir, QStringLiteral("a.societydesk"));
        StorageError error;
        auto db = openDb(path, OpenMode::OpenExisting, &error); // the GUI's, holding the lock
        QVERIFY(db);
        QString seen;
        int schema = 0;
        bool readOnly = false;
        bool saved = true;
        QString refusal;
        QThread *t = QThread::create([&] {
            StorageError e;
            auto reader = Database::openReader(path, nullptr, &e);
            if (!reader)
                return;
            seen = ProfileStore(*reader).profile().name;
            schema = reader->schemaVersion();
            readOnly = reader->isReadOnly();
            SocietyProfile p;
            p.name = QStringLiteral("改名");
            saved = ProfileStore(*reader).saveProfile(p, &e);
            refusal = e.message;
        });
        t->start();
        QVERIFY(t->wait(20000));
        delete t;
        QCOMPARE(seen, QStringLiteral("湖北省测试学会"));
        QCOMPARE(schema, Database::latestSchemaVersion());
        QVERIFY(readOnly);
        QVERIFY(!saved);
        QVERIFY(!refusal.isEmpty());
        QCOMPARE(ProfileStore(*db).profile().name, QStringLiteral("湖北省测试学会"));
        QVERIFY(db->transaction([] { return true; }, &error)); // the owner still writes
    }

    void openReader_missingFile_isRefused()
    {
        QTemporaryDir dir;
        StorageError error;
        QVERIFY(!Database::openReader(dir.filePath(QStringLiteral("none.societydesk")), nullptr, &error));
        QVERIFY(!error.message.isEmpty());
    }

    void backup_whileAnotherConnectionWrites_isConsistentAndVerified()
    {
        QTemporaryDir dir;
        const QString path = makeSociety(dir, QStringLiteral("a.societydesk"), 200);
        StorageError error;
        auto db = openDb(path, OpenMode::OpenExisting, &error);
        QVERIFY(db);
        QString err;
        QVERIFY(Database::execScript(db->connection(),
            QStringLiteral("CREATE TABLE probe (id INTEGER PRIMARY KEY, n INTEGER NOT NULL);"), &err));

        std::atomic<bool> stop = false;
        std::atomic<int> written = 0;
        QThread *writer = QThread::create([&] {
            StorageError e;
            QSqlDatabase c = Database::openWorkerConnection(path, false, &e);
            while (!stop) {
                // Pairs of rows in one transaction: a consistent copy always holds an even count.
                QSqlQuery(c).exec(QStringLiteral("BEGIN IMMEDIATE"));
                QSqlQuery(c).exec(QStringLiteral("INSERT INTO probe (n) VALUES (1), (2)"));
                if (QSqlQuery(c).exec(QStringLiteral("COMMIT")))
                    written += 2;
            }
            Database::closeConnection(c);
        });
        writer->start();
        QTRY_VERIFY_WITH_TIMEOUT(written > 50, 20000);
        int last = -1;
        for (int i = 0; i < 5; ++i) {
            const QString target = dir.filePath(QStringLiteral("copy-%1.societydesk").arg(i));
            QVERIFY2(db->backupTo(target, &error), qPrintable(error.message));
            QVERIFY(!QFileInfo::exists(target + QStringLiteral("-wal")));
            QVERIFY(Database::check(target, CheckLevel::Full).ok);
            auto copy = openDb(target, OpenMode::OpenExisting, &error);
            QVERIFY2(copy, qPrintable(error.message));
            const int n = scalar(copy->connection(), QStringLiteral("SELECT count(*) FROM probe")).toInt();
            QCOMPARE(n % 2, 0);
            QVERIFY(n >= last);
            last = n;
            QCOMPARE(ProfileStore(*copy).profile().name, QStringLiteral("湖北省测试学会"));
        }
        stop = true;
        QVERIFY(writer->wait(20000));
        delete writer;
        QVERIFY(last > 0);
    }

    void backup_ontoItself_isRefused()
    {
        QTemporaryDir dir;
        const QString path = makeSociety(dir, QStringLiteral("a.societydesk"));
        StorageError error;
        auto db = openDb(path, OpenMode::OpenExisting, &error);
        QVERIFY(!db->backupTo(path, &error));
        QVERIFY(Database::check(path, CheckLevel::Full).ok);
    }

    void rotatingBackups_keepTheNewestN()
    {
        QTemporaryDir dir;
        const QString path = makeSociety(dir, QStringLiteral("a.societydesk"));
        FixedClock clock(QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC));
        Database::Options options;
        options.clock = &clock;
        StorageError error;
        auto db = Database::open(path, options, &error);
        QVERIFY(db);
        QStringList made;
        for (int i = 0; i < 5; ++i) {
            clock.advanceSeconds(3600);
            made << rotateAutomaticBackup(*db, 3, &error);
            QVERIFY2(!made.constLast().isEmpty(), qPrintable(error.message));
        }
        const QStringList kept = listBackups(path);
        QCOMPARE(kept, (QStringList { made[4], made[3], made[2] }));
        QCOMPARE(newestVerifiedBackup(path), made[4]);
        QCOMPARE(newestAutomaticBackup(path).path, made[4]);
        QCOMPARE(newestAutomaticBackup(path).madeAt, clock.now());
        // One a day: not due again the same day, due the next.
        QVERIFY(!automaticBackupDue(path, clock.now().addSecs(60)));
        QVERIFY(automaticBackupDue(path, clock.now().addDays(1)));
        QVERIFY(automaticBackupDue(dir.filePath(QStringLiteral("other.societydesk")), clock.now()));
    }

    void corruptedCopies_areRefusedWithoutWritingAndOfferTheBackup_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<int>("expectedKind");
        QTest::newRow("flipped bytes in a page") << QStringLiteral("flip-page") << int(StorageError::Kind::Corrupt);
        QTest::newRow("flipped bytes in the header") << QStringLiteral("flip-header") << int(StorageError::Kind::Foreign);
        QTest::newRow("truncated to half") << QStringLiteral("truncate") << int(StorageError::Kind::Corrupt);
        QTest::newRow("truncated to 100 bytes") << QStringLiteral("truncate-100") << int(StorageError::Kind::Corrupt);
        QTest::newRow("zeroed page") << QStringLiteral("zero-page") << int(StorageError::Kind::Corrupt);
        QTest::newRow("damaged schema page") << QStringLiteral("schema-page") << int(StorageError::Kind::Corrupt);
    }

    void corruptedCopies_areRefusedWithoutWritingAndOfferTheBackup()
    {
        QFETCH(QString, damage);
        QFETCH(int, expectedKind);
        QTemporaryDir dir;
        const QString path = makeSociety(dir, QStringLiteral("a.societydesk"), 3000);
        {
            StorageError error;
            auto db = openDb(path, OpenMode::OpenExisting, &error);
            QVERIFY(!rotateAutomaticBackup(*db, 3, &error).isEmpty());
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 100 * 4096);
        if (damage == QLatin1StringView("flip-page") || damage == QLatin1StringView("zero-page")) {
            // Damage pages in the middle of the b-tree (not page 1).
            for (qint64 page : { size / 4096 / 3, size / 4096 / 2, size / 4096 - 2 }) {
                f.seek(page * 4096 + 16);
                QByteArray bytes = f.read(2000);
                for (char &c : bytes)
                    c = damage == QLatin1StringView("zero-page") ? char(0) : char(~c);
                f.seek(page * 4096 + 16);
                f.write(bytes);
            }
        } else if (damage == QLatin1StringView("schema-page")) {
            // Page 1 after the 100-byte header: the schema's b-tree page header and cells.
            f.seek(100);
            QByteArray bytes = f.read(4096 - 100);
            for (char &c : bytes)
                c = char(~c);
            f.seek(100);
            f.write(bytes);
        } else if (damage == QLatin1StringView("flip-header")) {
            f.seek(0);
            f.write("XQLite");
        } else {
            f.resize(damage == QLatin1StringView("truncate") ? size / 2 : 100);
        }
        f.close();
        const QByteArray before = test::sha256(path);

        StorageError error;
        auto db = openDb(path, OpenMode::OpenExisting, &error, CheckLevel::Quick);
        QVERIFY(!db);
        QCOMPARE(int(error.kind), expectedKind);
        QCOMPARE(test::sha256(path), before);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
        if (error.kind == StorageError::Kind::Corrupt) {
            QVERIFY2(!error.newestBackup.isEmpty(), qPrintable(error.message));
            QVERIFY(error.message.contains(QStringLiteral("backup")));
            QVERIFY(Database::check(error.newestBackup, CheckLevel::Full).ok);
        }
        QVERIFY(!Database::check(path, CheckLevel::Full).ok);
        if (damage == QLatin1StringView("schema-page")) {
            // Even without a check (the CLI's way), a damaged schema is found before any write.
            QVERIFY(!openDb(path, OpenMode::OpenExisting, &error, CheckLevel::None));
            QCOMPARE(error.kind, StorageError::Kind::Corrupt);
            QCOMPARE(test::sha256(path), before);
        }
    }

    void auditLog_refusesUpdateAndDelete()
    {
        QTemporaryDir dir;
        const QString path = makeSociety(dir, QStringLiteral("a.societydesk"));
        StorageError error;
        auto db = openDb(path, OpenMode::OpenExisting, &error);
        const qint64 before = db->audit().count();
        QVERIFY(before >= 1);
        QSqlQuery q(db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone else'")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
        QCOMPARE(db->audit().count(), before);
        QCOMPARE(db->audit().entries().constFirst().actor, QStringLiteral("tester"));
    }

    void auditLog_storesPersonalFieldsMasked()
    {
        QTemporaryDir dir;
        const QString path = makeSociety(dir, QStringLiteral("a.societydesk"));
        FixedClock clock(QDateTime(QDate(2026, 11, 22), QTime(10, 30), Qt::UTC));
        Database::Options options;
        options.clock = &clock;
        options.operatorName = QStringLiteral("秘书处小王");
        StorageError error;
        auto db = Database::open(path, options, &error);
        const QJsonObject person { { QStringLiteral("name"), QStringLiteral("张三") },
            { QStringLiteral("id_number"), QStringLiteral("11010519491231002X") },
            { QStringLiteral("mobile"), QStringLiteral("13800138000") },
            { QStringLiteral("email"), QStringLiteral("zhangsan@example.com") } };
        QVERIFY(db->audit().record(QStringLiteral("member"), 7, QStringLiteral("delete"), person, {}, &error));
        const AuditEntry e = db->audit().entries(0, 1000).constLast();
        QCOMPARE(e.actor, QStringLiteral("秘书处小王"));
        QCOMPARE(e.at, clock.now());
        QCOMPARE(e.entityId, 7);
        QCOMPARE(e.before.value(QStringLiteral("id_number")).toString(), QStringLiteral("1101**********002X"));
        QCOMPARE(e.before.value(QStringLiteral("mobile")).toString(), QStringLiteral("138****8000"));
        QCOMPARE(e.before.value(QStringLiteral("email")).toString(), QStringLiteral("z***@example.com"));
        db.reset();
        // Nothing unmasked anywhere in the file.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains("11010519491231002X"));
        QVERIFY(!bytes.contains("13800138000"));
        QVERIFY(!bytes.contains("zhangsan@"));
    }

    void deferredIndexes_areBuiltAgain_andAUniqueOneThatNoLongerHoldsRollsBack()
    {
        QTemporaryDir dir;
        const QString path = makeSociety(dir, QStringLiteral("a.societydesk"));
        StorageError error;
        auto db = openDb(path, OpenMode::OpenExisting, &error);
        QVERIFY(db);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE probe (id INTEGER PRIMARY KEY, code TEXT, n INTEGER)")));
        QVERIFY(q.exec(QStringLiteral("CREATE UNIQUE INDEX probe_code ON probe (code)")));
        QVERIFY(q.exec(QStringLiteral("CREATE INDEX probe_n ON probe (n DESC) WHERE n > 0")));
        const auto schema = [&] {
            QStringList list;
            QSqlQuery s(db->connection());
            s.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE tbl_name = 'probe' AND type = 'index' ORDER BY name"));
            while (s.next())
                list << s.value(0).toString();
            return list;
        };
        const QStringList before = schema();
        QCOMPARE(before.size(), 2);

        // Inserted without the indexes, built again in the same transaction.
        QVERIFY(db->transaction([&] {
            storage::DeferredIndexes deferred;
            if (!deferred.drop(db->connection(), QStringLiteral("probe"), &error))
                return false;
            if (deferred.dropped() != QStringList { QStringLiteral("probe_code"), QStringLiteral("probe_n") })
                return false;
            if (!schema().isEmpty())
                return false;
            QSqlQuery insert(db->connection());
            for (int i = 0; i < 100; ++i)
                insert.exec(QStringLiteral("INSERT INTO probe (code, n) VALUES ('c%1', %1)").arg(i));
            return deferred.rebuild(db->connection(), &error);
        }, &error));
        QCOMPARE(schema(), before);

        // A duplicate slipped in while the unique index was away: the rebuild fails, and the
        // rollback restores the indexes and drops the rows.
        QVERIFY(!db->transaction([&] {
            storage::DeferredIndexes deferred;
            if (!deferred.drop(db->connection(), QStringLiteral("probe"), &error))
                return false;
            QSqlQuery(db->connection()).exec(QStringLiteral("INSERT INTO probe (code, n) VALUES ('c1', 1)"));
            return deferred.rebuild(db->connection(), &error);
        }, &error));
        QVERIFY2(error.message.contains(QStringLiteral("probe_code")), qPrintable(error.message));
        QCOMPARE(schema(), before);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM probe")) && q.next());
        QCOMPARE(q.value(0).toInt(), 100);
    }

    void lentWriter_writesFromAWorker_whileTheOwnerRefusesAtOnce()
    {
        QTemporaryDir dir;
        const QString path = makeSociety(dir, QStringLiteral("a.societydesk"));
        StorageError error;
        auto db = openDb(path, OpenMode::OpenExisting, &error);
        QVERIFY(db);
        const qint64 before = db->audit().count();
        Database::WriterShare share = db->shareWriter();
        QVERIFY(db->isLent()); // from the moment it is shared, before the worker opens it
        std::atomic<bool> opened { false };
        std::atomic<bool> release { false };
        bool wrote = false;
        QThread *worker = QThread::create([&] {
            StorageError workerError;
            auto writer = Database::openShared(share, &workerError);
            if (!writer)
                return;
            wrote = writer->transaction([&] {
                opened.store(true);
                while (!release.load())
                    QThread::msleep(1);
                return writer->audit().record(QStringLiteral("probe"), 1, QStringLiteral("create"), {}, {});
            });
        });
        worker->start();
        QVERIFY(QTest::qWaitFor([&] { return opened.load(); }, 5000));
        QVERIFY(db->isLent());
        QElapsedTimer t;
        t.start();
        QVERIFY(!db->transaction([] { return true; }, &error));
        QCOMPARE(error.kind, StorageError::Kind::Busy);
        QVERIFY(t.elapsed() < 500); // refused at once, not after SQLite's busy timeout
        release.store(true);
        QVERIFY(worker->wait(5000));
        delete worker;
        QVERIFY(wrote);
        QVERIFY(db->isLent()); // the share is still held here
        share.release();
        QVERIFY(!db->isLent());
        QCOMPARE(db->audit().count(), before + 1);
        QCOMPARE(db->audit().latest(1).value(0).actor, db->operatorName());
        QVERIFY(db->transaction([] { return true; }, &error));
    }

    void transaction_rollsBackWhenWorkFails()
    {
        QTemporaryDir dir;
        const QString path = makeSociety(dir, QStringLiteral("a.societydesk"));
        StorageError error;
        auto db = openDb(path, OpenMode::OpenExisting, &error);
        const qint64 before = db->audit().count();
        QVERIFY(!db->transaction([&] {
            db->audit().record(QStringLiteral("x"), 1, QStringLiteral("create"), {}, {});
            return false;
        }));
        QCOMPARE(db->audit().count(), before);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
