// A meeting's documents from the CLI — `minutes`, `signin-sheet`, `notice` — on the demo
// society: the Chinese text extracts exactly with poppler's pdftotext, figures and names are
// there, personal data is not, and the exit codes for a bad number or file name.

#include "TestSupport.h"

#include "exchange/ZipArchive.h"
#include "meetings/MeetingStore.h"
#include "storage/Database.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = sd::test::CliRun;

Run cli(const QStringList &args)
{
    return sd::test::runCli(args);
}

} // namespace

class TestCliMinutes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is missing: packaging/install-deps.sh installs it");
        m_db = m_dir.filePath(QStringLiteral("demo.societydesk"));
        QCOMPARE(cli({ QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--demo") }).code, 0);
        const Run r = cli({ QStringLiteral("--db"), m_db, QStringLiteral("demo"), QStringLiteral("--members"),
            QStringLiteral("800"), QStringLiteral("--seed"), QStringLiteral("3") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void minutes_pdfCarriesTheFiguresNamesAndChinese()
    {
        // The figures to expect, from the store.
        sd::storage::StorageError error;
        auto db = sd::storage::Database::open(m_db, {}, &error);
        QVERIFY2(db, qPrintable(error.message));
        sd::meetings::MeetingStore store(*db);
        const QList<sd::meetings::Meeting> council = store.meetings(0, sd::meetings::MeetingBody::Council);
        QVERIFY(!council.isEmpty());
        const sd::meetings::Meeting m = council.constLast();
        const sd::meetings::Quorum q = store.quorum(m.id);
        const QList<sd::meetings::Resolution> resolutions = store.resolutions(m.id);
        QVERIFY(!resolutions.isEmpty() && resolutions.first().votes);
        QString absent;
        for (const sd::meetings::AttendanceLine &l : store.roll(m.id)) {
            if (l.status == sd::meetings::AttendanceStatus::Absent)
                absent = l.name;
        }
        QVERIFY(!absent.isEmpty()); // the demo's truant
        db.reset();

        const QString pdf = m_dir.filePath(QStringLiteral("minutes.pdf"));
        const Run r = cli({ QStringLiteral("--db"), m_db, QStringLiteral("minutes"), QStringLiteral("--meeting"), m.number,
            QStringLiteral("--out"), pdf });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFile(pdf).size() > 1000);
        const QString text = sd::test::pdfText(pdf);
        QVERIFY2(text.contains(m.title + QStringLiteral("纪要")), qPrintable(text.left(400)));
        QVERIFY(text.contains(m.number));
        QVERIFY(text.contains(QStringLiteral("应到 %1 人，实到 %2 人，达到法定人数").arg(q.seats).arg(q.present)));
        QVERIFY(text.contains(QStringLiteral("缺席（1 人）：%1").arg(absent)));
        QVERIFY(text.contains(m.chair));
        QVERIFY(text.contains(resolutions.first().text.left(8)));
        QVERIFY(text.contains(QString::number(resolutions.first().votes->inFavour)));
        QVERIFY(text.contains(QStringLiteral("主持人签字")));
        QVERIFY(text.contains(QStringLiteral("第 1 页")));
        // Kangxi radicals (⼀ U+2F00…) are what a wrong ToUnicode map gives.
        QVERIFY(!text.contains(QRegularExpression(QStringLiteral("[\\x{2E80}-\\x{2FDF}]"))));
        // No ID number or mobile phone.
        QVERIFY(!text.contains(QRegularExpression(QStringLiteral("\\b\\d{17}[\\dXx]\\b"))));
        QVERIFY(!text.contains(QRegularExpression(QStringLiteral("\\b1[3-9]\\d{9}\\b"))));
    }

    void signInSheet_listsTheWholeRoll()
    {
        sd::storage::StorageError error;
        auto db = sd::storage::Database::open(m_db, {}, &error);
        QVERIFY2(db, qPrintable(error.message));
        sd::meetings::MeetingStore store(*db);
        const sd::meetings::Meeting m = store.meetings(0, sd::meetings::MeetingBody::Council).constLast();
        const QList<sd::meetings::AttendanceLine> roll = store.roll(m.id);
        db.reset();
        const QString pdf = m_dir.filePath(QStringLiteral("signin.pdf"));
        const Run r = cli({ QStringLiteral("--db"), m_db, QStringLiteral("signin-sheet"), QStringLiteral("--meeting"), m.number,
            QStringLiteral("--out"), pdf });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString text = sd::test::pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("签到表")));
        for (const sd::meetings::AttendanceLine &l : roll)
            QVERIFY2(text.contains(l.name), qPrintable(l.name));
    }

    void notice_odtIsAZipWithTheReplySlip()
    {
        const QString odt = m_dir.filePath(QStringLiteral("notice.odt"));
        sd::storage::StorageError error;
        auto db = sd::storage::Database::open(m_db, {}, &error);
        QVERIFY2(db, qPrintable(error.message));
        const sd::meetings::MeetingStore store(*db);
        const sd::meetings::Meeting m = *store.meeting(store.meetings(0, sd::meetings::MeetingBody::Council).constLast().id);
        QVERIFY(!m.agenda.isEmpty());
        db.reset();
        const Run r = cli({ QStringLiteral("--db"), m_db, QStringLiteral("notice"), QStringLiteral("--meeting"), m.number,
            QStringLiteral("--out"), odt });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile file(odt);
        QVERIFY(file.open(QIODevice::ReadOnly));
        sd::exchange::ZipArchive zip(&file);
        QVERIFY(zip.open());
        QVERIFY(!zip.locate(QStringLiteral("content.xml")).isEmpty());
        QVERIFY(zip.openCurrent());
        QByteArray content;
        char chunk[65536];
        for (qint64 n; (n = zip.read(chunk, sizeof chunk)) > 0;)
            content.append(chunk, n);
        QVERIFY(zip.closeCurrent());
        const QString xml = QString::fromUtf8(content);
        QVERIFY(xml.contains(QStringLiteral("回执")));
        QVERIFY(xml.contains(m.agenda.first().title));
    }

    void badInput_exitCodesAndNothingWritten()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("none.pdf"));
        Run r = cli({ QStringLiteral("--db"), m_db, QStringLiteral("minutes"), QStringLiteral("--meeting"),
            QStringLiteral("no-such"), QStringLiteral("--out"), pdf });
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(QStringLiteral("no-such")));
        QVERIFY(!QFile::exists(pdf));
        r = cli({ QStringLiteral("--db"), m_db, QStringLiteral("minutes"), QStringLiteral("--meeting"), QStringLiteral("x"),
            QStringLiteral("--out"), m_dir.filePath(QStringLiteral("m.docx")) });
        QCOMPARE(r.code, 2);
        r = cli({ QStringLiteral("--db"), m_db, QStringLiteral("signin-sheet"), QStringLiteral("--out"), pdf });
        QCOMPARE(r.code, 2);
        r = cli({ QStringLiteral("--db"), m_db, QStringLiteral("minutes"), QStringLiteral("--meeting"),
            QStringLiteral("2024-理-01"), QStringLiteral("--out"), QStringLiteral("/nonexistent-dir/m.pdf") });
        QCOMPARE(r.code, 4);
    }
};

QTEST_GUILESS_MAIN(TestCliMinutes)
#include "tst_cli_minutes.moc"
