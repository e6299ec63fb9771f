#include "TestSupport.h"

#include "storage/Database.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace sd;
using namespace sd::storage;

class TestCrash : public QObject
{
    Q_OBJECT

private slots:
    /// A process killed with SIGKILL in the middle of a large transaction, 20 times: every time
    /// the file passes integrity_check and holds all or none of each transaction's rows.
    void sigkillDuringLargeTransaction_leavesAllOrNone()
    {
        constexpr int kRows = 100000; // about 30 MB, 0.2 s: the WAL spills mid-transaction
        constexpr int kRounds = 20;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.societydesk"));
        {
            StorageError error;
            Database::Options options;
            options.mode = OpenMode::CreateNew;
            QVERIFY(Database::open(path, options, &error));
        }
        QRandomGenerator rng(20261122);
        int killedMidway = 0;
        for (int round = 0; round < kRounds; ++round) {
            auto writer = test::startWorker({ QStringLiteral("write"), path, QString::number(kRows) }, "writing");
            QVERIFY2(writer, "the writer did not start its transaction");
            QThread::msleep(rng.bounded(0, 150));
            const bool stillRunning = writer->state() == QProcess::Running;
            test::killHard(*writer);
            const bool midway = stillRunning && !writer->readAllStandardOutput().contains("done");
            killedMidway += midway ? 1 : 0;

            StorageError error;
            auto db = Database::open(path, {}, &error);
            QVERIFY2(db, qPrintable(error.message));
            if (midway) {
                QVERIFY(db->recoveredFromUncleanShutdown());
                QCOMPARE(db->openCheck().level, CheckLevel::Full);
            }
            QVERIFY2(db->openCheck().ok, qPrintable(db->openCheck().problems.join(u'\n')));
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT batch, count(*) FROM probe GROUP BY batch")));
            while (q.next())
                QCOMPARE(q.value(1).toInt(), kRows);
        }
        // The kills must really land inside transactions, or the test proves nothing.
        QVERIFY2(killedMidway >= kRounds / 2, qPrintable(QStringLiteral("only %1 kills mid-transaction").arg(killedMidway)));
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
