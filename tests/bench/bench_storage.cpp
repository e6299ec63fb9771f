// Storage benchmark (not part of ctest): the cost of the open-time checks on a society the
// size of a large one — 1,000,000 member-like rows of ~300 bytes with two indexes.
//   build/tests/bin/bench_storage [rows] [file]
#include "storage/Backup.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

#include <unistd.h>

using namespace sd::storage;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rows = args.size() > 1 ? args.at(1).toInt() : 1000000;
    QTemporaryDir dir;
    const QString path = args.size() > 2 ? args.at(2) : dir.filePath(QStringLiteral("bench.societydesk"));
    QFile::remove(path);

    StorageError error;
    Database::Options options;
    options.mode = OpenMode::CreateNew;
    QElapsedTimer t;
    {
        auto db = Database::open(path, options, &error);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message));
            return 4;
        }
        t.start();
        QString err;
        // Shaped like the member register of issue 3: names, IDs, phones, dates, affiliation.
        Database::execScript(db->connection(), QStringLiteral(
            "CREATE TABLE bench_member (id INTEGER PRIMARY KEY, number TEXT NOT NULL UNIQUE, name TEXT NOT NULL, "
            "id_number TEXT, mobile TEXT, birth TEXT, joined TEXT, grade TEXT, affiliation TEXT, note TEXT);"
            "CREATE INDEX bench_member_name ON bench_member(name);"), &err);
        db->transaction([&] {
            QSqlQuery q(db->connection());
            q.prepare(QStringLiteral("INSERT INTO bench_member (number, name, id_number, mobile, birth, joined, grade, "
                                     "affiliation, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            for (int i = 0; i < rows; ++i) {
                q.addBindValue(QStringLiteral("M%1").arg(i, 8, 10, QChar(u'0')));
                q.addBindValue(QStringLiteral("会员%1").arg(i));
                q.addBindValue(QStringLiteral("4201061980%1").arg(i % 100000000, 8, 10, QChar(u'0')));
                q.addBindValue(QStringLiteral("138%1").arg(i, 8, 10, QChar(u'0')));
                q.addBindValue(QStringLiteral("1980-01-01"));
                q.addBindValue(QStringLiteral("2015-03-08"));
                q.addBindValue(QStringLiteral("会员"));
                q.addBindValue(QStringLiteral("华中科技大学机械科学与工程学院"));
                q.addBindValue(QStringLiteral("备注：长期从事机械设计与制造方面的研究与教学工作，参加学会活动积极。"));
                if (!q.exec())
                    return false;
            }
            return true;
        });
        std::printf("insert %d rows: %lld ms\n", rows, t.elapsed());
    }
    std::printf("file size: %.1f MB\n", QFileInfo(path).size() / 1048576.0);

    for (const auto &[level, name] : { std::pair { CheckLevel::Quick, "quick_check" },
             std::pair { CheckLevel::Full, "integrity_check + foreign_key_check" } }) {
        for (int run = 0; run < 3; ++run) {
            // Cold runs (first) need root: the page cache is dropped so the file is read from disk.
            const bool cold = run == 0 && qEnvironmentVariableIsSet("BENCH_DROP_CACHES");
            if (cold) {
                ::sync();
                QFile drop(QStringLiteral("/proc/sys/vm/drop_caches"));
                if (drop.open(QIODevice::WriteOnly))
                    drop.write("3\n");
            }
            const CheckResult r = Database::check(path, level);
            std::printf("%s run %d%s: %lld ms (%s)\n", name, run + 1, cold ? " (cold cache)" : "", r.elapsedMs,
                r.ok ? "ok" : "FAILED");
        }
    }
    t.restart();
    auto db = Database::open(path, {}, &error);
    std::printf("open without check: %lld ms\n", t.elapsed());
    t.restart();
    db->backupTo(path + QStringLiteral(".bak"), &error);
    std::printf("verified backup: %lld ms\n", t.elapsed());
    return 0;
}
