// A second process for storage tests:
//   societydesk_test_worker hold PATH      open PATH (taking its lock), print "ready", wait to be killed
//   societydesk_test_worker write PATH N   open PATH, insert N rows into `probe` in one transaction,
//                                          printing "writing" once the transaction has started
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>

using namespace sd::storage;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    StorageError error;
    Database::Options options;
    options.mode = OpenMode::OpenOrCreate;
    auto db = Database::open(args.at(2), options, &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 4;
    }
    if (args.at(1) == QLatin1StringView("hold")) {
        std::printf("ready\n");
        std::fflush(stdout);
        for (;;)
            QThread::sleep(60);
    }
    if (args.at(1) == QLatin1StringView("write") && args.size() > 3) {
        const int n = args.at(3).toInt();
        QString err;
        Database::execScript(db->connection(),
            QStringLiteral("CREATE TABLE IF NOT EXISTS probe (id INTEGER PRIMARY KEY, batch INTEGER, payload BLOB)"), &err);
        const bool ok = db->transaction([&] {
            QSqlQuery q(db->connection());
            q.prepare(QStringLiteral("INSERT INTO probe (batch, payload) VALUES (?, randomblob(300))"));
            for (int i = 0; i < n; ++i) {
                q.addBindValue(QCoreApplication::applicationPid());
                if (!q.exec())
                    return false;
                if (i == 100) {
                    std::printf("writing\n");
                    std::fflush(stdout);
                }
            }
            return true;
        });
        std::printf(ok ? "done\n" : "failed\n");
        return ok ? 0 : 1;
    }
    return 2;
}
