#include "exchange/TabularReader.h"
#include "package/Signature.h"
#include "storage/Database.h"
#include "supervisor/OverviewXlsx.h"
#include "supervisor/SupervisorStore.h"
#include "util/Clock.h"

#include "PackageFixture.h"
#include "TestSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>

using namespace sd;
using namespace sd::supervisor;
using sd::test::PackageFixture;
using Result = ImportOutcome::Result;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

int count(const SupervisorStore &store, const QString &table)
{
    QSqlQuery q(store.database().connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toInt() : -1;
}

PackageFixture makePackage(const QString &code, int year, const QString &date, const QString &packs = QStringLiteral("cast-2017, hubei-2017"))
{
    PackageFixture f = PackageFixture::sample();
    f.bag = code + u'-' + QString::number(year);
    for (auto &[label, value] : f.info) {
        if (label == QLatin1StringView("External-Identifier"))
            value = code;
        else if (label == QLatin1StringView("Report-Year"))
            value = QString::number(year);
        else if (label == QLatin1StringView("Bagging-Date"))
            value = date;
        else if (label == QLatin1StringView("Rule-Packs"))
            value = packs;
        else if (label == QLatin1StringView("Source-Organization"))
            value = QStringLiteral("学会 ") + code.right(4);
    }
    return f;
}

} // namespace

class TestSupervisor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock { QDateTime(QDate(2026, 1, 10), QTime(9, 0), Qt::UTC) };
    int m_files = 0;

    QString save(const QByteArray &zip, const QString &name = {})
    {
        const QString path = m_dir.filePath(name.isEmpty() ? QStringLiteral("p%1.zip").arg(++m_files) : name);
        writeFile(path, zip);
        return path;
    }

    std::unique_ptr<SupervisorStore> newStore()
    {
        storage::StorageError error;
        auto store = SupervisorStore::open(m_dir.filePath(QStringLiteral("s%1.sdsupervisor").arg(++m_files)),
            storage::OpenMode::CreateNew, &error, &m_clock);
        if (!store)
            qWarning() << error.message;
        return store;
    }

private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void import_recordsThePackage()
    {
        auto store = newStore();
        QVERIFY(store);
        const PackageFixture f = makePackage(QStringLiteral("51420000MJH123456X"), 2025, QStringLiteral("2025-12-20"));
        const ImportOutcome o = store->importPackage(save(f.build()));
        QVERIFY2(o.result == Result::Imported, qPrintable(o.message));
        QVERIFY(o.submissionId > 0);

        const QList<Society> societies = store->societies();
        QCOMPARE(societies.size(), 1);
        QCOMPARE(societies.constFirst().creditCode, QStringLiteral("51420000MJH123456X"));
        QCOMPARE(societies.constFirst().name, QStringLiteral("学会 456X"));

        const auto s = store->submission(o.submissionId);
        QVERIFY(s);
        QCOMPARE(s->year, 2025);
        QCOMPARE(s->packs, (QStringList { QStringLiteral("cast-2017"), QStringLiteral("hubei-2017") }));
        QCOMPARE(s->baggingDate, QDate(2025, 12, 20));
        QCOMPARE(s->signature, QStringLiteral("absent"));
        QCOMPARE(s->importedAt, m_clock.now());
        QCOMPARE(s->sha256, test::sha256(m_dir.filePath(QStringLiteral("p%1.zip").arg(m_files))));

        const QList<SubmittedFinding> findings = store->findings(o.submissionId);
        QCOMPARE(findings.size(), 3);
        QCOMPARE(findings.at(0).check, QStringLiteral("CAST17-01.members"));
        QCOMPARE(findings.at(0).status, rules::Status::Pass);
        QCOMPARE(findings.at(1).check, QStringLiteral("HB17-01.submitted"));
        QCOMPARE(findings.at(1).requirement, QStringLiteral("HB17-01"));
        QCOMPARE(findings.at(1).status, rules::Status::Pass);
        QCOMPARE(findings.at(2).status, rules::Status::Fail);
        QCOMPARE(store->figures(o.submissionId).value(QStringLiteral("Individual-Members")), 1234);
        QCOMPARE(store->figures(o.submissionId).value(QStringLiteral("Branches")), 7);
    }

    void reimport_isIdempotent()
    {
        auto store = newStore();
        const QString path = save(makePackage(QStringLiteral("51420000MJH123456X"), 2025, QStringLiteral("2025-12-20")).build());
        QCOMPARE(store->importPackage(path).result, Result::Imported);
        const int findings = count(*store, QStringLiteral("finding"));
        const ImportOutcome again = store->importPackage(path);
        QCOMPARE(again.result, Result::AlreadyImported);
        QVERIFY(again.message.contains(QStringLiteral("nothing changed")));
        QCOMPARE(count(*store, QStringLiteral("submission")), 1);
        QCOMPARE(count(*store, QStringLiteral("finding")), findings);
    }

    void openShared_importsInAWorkerThread()
    {
        auto store = newStore();
        const QString path = save(makePackage(QStringLiteral("51420000MJH123456X"), 2025, QStringLiteral("2025-12-20")).build());
        storage::Database::WriterShare share = store->database().shareWriter();
        ImportOutcome outcome;
        QString openError;
        std::thread worker([&] {
            storage::StorageError error;
            auto shared = SupervisorStore::openShared(share, &error);
            if (!shared) {
                openError = error.message;
                return;
            }
            outcome = shared->importPackage(path);
        });
        worker.join();
        QVERIFY2(openError.isEmpty(), qPrintable(openError));
        QVERIFY2(outcome.result == Result::Imported, qPrintable(outcome.message));
        // While the writer is lent, the store's own changes are refused at once.
        storage::StorageError error;
        QVERIFY(!store->trust(QStringLiteral("51420000MJH123456X"), QByteArray(32, 'k'), &error));
        share.release();
        // The GUI thread's store sees the import.
        QCOMPARE(store->submissions().size(), 1);
        QCOMPARE(store->submission(outcome.submissionId)->importedAt, m_clock.now());
        QVERIFY2(store->trust(QStringLiteral("51420000MJH123456X"), QByteArray(32, 'k'), &error), qPrintable(error.message));
    }

    void newer_supersedes_olderIsRefused()
    {
        auto store = newStore();
        const QString code = QStringLiteral("51420000MJH123456X");
        const ImportOutcome first = store->importPackage(save(makePackage(code, 2025, QStringLiteral("2025-12-20")).build()));
        QCOMPARE(first.result, Result::Imported);
        PackageFixture later = makePackage(code, 2025, QStringLiteral("2025-12-28"));
        later.data.insert(QStringLiteral("compliance.json"),
            R"({"findings":[{"check":"CAST17-01.members","requirement":"CAST17-01","status":"fail","measured":"0 of 1"}]})");
        const ImportOutcome second = store->importPackage(save(later.build()));
        QVERIFY2(second.result == Result::Superseded, qPrintable(second.message));
        QCOMPARE(store->submission(first.submissionId)->supersededBy, second.submissionId);
        QCOMPARE(store->submissions(true).size(), 1);
        QCOMPARE(store->submissions().size(), 2);

        // Same date, other bytes: supersedes as well.
        PackageFixture sameDay = later;
        sameDay.data.insert(QStringLiteral("reform-plan.pdf"), "%PDF-1.4 revised");
        const ImportOutcome third = store->importPackage(save(sameDay.build()));
        QCOMPARE(third.result, Result::Superseded);

        // An older package: refused, nothing written.
        const int before = count(*store, QStringLiteral("submission"));
        const ImportOutcome older = store->importPackage(save(makePackage(code, 2025, QStringLiteral("2025-12-01")).build()));
        QCOMPARE(older.result, Result::Refused);
        QVERIFY2(older.message.contains(QStringLiteral("older")), qPrintable(older.message));
        QCOMPARE(count(*store, QStringLiteral("submission")), before);

        // Another year of the same society is its own submission.
        QCOMPARE(store->importPackage(save(makePackage(code, 2024, QStringLiteral("2024-12-01")).build())).result, Result::Imported);
        const Overview latest = store->overview();
        QCOMPARE(latest.rows.size(), 1);
        QCOMPARE(latest.rows.constFirst().submission.id, third.submissionId);
        QCOMPARE(latest.rows.constFirst().statuses.value(QStringLiteral("CAST17-01.members")), rules::Status::Fail);
        QCOMPARE(store->overview(2024).rows.constFirst().submission.year, 2024);
    }

    void invalidPackage_writesNothing_othersImported()
    {
        auto store = newStore();
        const PackageFixture good = makePackage(QStringLiteral("51420000MJH123456X"), 2025, QStringLiteral("2025-12-20"));
        QList<test::ZipEntry> entries = makePackage(QStringLiteral("51420000MJH000001Y"), 2025, QStringLiteral("2025-12-20")).entries();
        entries[2].data[3] = char(entries[2].data.at(3) ^ 1); // a payload byte changed
        const QString bad = save(test::PackageFixture::zip(entries));
        const QList<ImportOutcome> outcomes = store->import({ bad, save(good.build()) });
        QCOMPARE(outcomes.size(), 2);
        QCOMPARE(outcomes.at(0).result, Result::Refused);
        QVERIFY2(outcomes.at(0).message.contains(QStringLiteral("data/compliance.json")), qPrintable(outcomes.at(0).message));
        QCOMPARE(outcomes.at(0).entry, QStringLiteral("51420000MJH000001Y-2025/data/compliance.json"));
        QCOMPARE(outcomes.at(1).result, Result::Imported);
        QCOMPARE(count(*store, QStringLiteral("society")), 1);
        QCOMPARE(count(*store, QStringLiteral("submission")), 1);

        // A bag whose name is not its credit code and year.
        PackageFixture renamed = good;
        renamed.bag = QStringLiteral("51420000MJH123456X-2024");
        QCOMPARE(store->importPackage(save(renamed.build())).result, Result::Refused);
        QCOMPARE(count(*store, QStringLiteral("submission")), 1);
    }

    void pinnedKey_isEnforced()
    {
        auto store = newStore();
        const QString code = QStringLiteral("51420000MJH123456X");
        const package::Signature::KeyPair pair = package::Signature::generate();
        storage::StorageError error;
        QVERIFY(store->trust(code, pair.publicKey, &error));
        QCOMPARE(store->pinnedKey(code).value_or(QByteArray()), pair.publicKey);

        const PackageFixture f = makePackage(code, 2025, QStringLiteral("2025-12-20"));
        const QString unsigned_ = save(f.build(), QStringLiteral("unsigned.zip"));
        ImportOutcome o = store->importPackage(unsigned_);
        QCOMPARE(o.result, Result::Refused);
        QVERIFY2(o.message.contains(QStringLiteral("no signature")), qPrintable(o.message));

        // Signed with another key.
        const QString wrong = save(f.build(), QStringLiteral("wrong.zip"));
        writeFile(wrong + QStringLiteral(".sig"),
            package::Signature::signatureText(package::Signature::sign(f.tagManifest(), package::Signature::generate().secretKey)));
        o = store->importPackage(wrong);
        QCOMPARE(o.result, Result::Refused);
        QVERIFY2(o.message.contains(QStringLiteral("does not match")), qPrintable(o.message));
        QCOMPARE(count(*store, QStringLiteral("submission")), 0);

        const QString good = save(f.build(), QStringLiteral("good.zip"));
        writeFile(good + QStringLiteral(".sig"), package::Signature::signatureText(package::Signature::sign(f.tagManifest(), pair.secretKey)));
        o = store->importPackage(good);
        QVERIFY2(o.result == Result::Imported, qPrintable(o.message));
        QCOMPARE(store->submission(o.submissionId)->signature, QStringLiteral("valid"));
        QCOMPARE(store->societies().constFirst().keyFingerprint, package::Signature::fingerprint(pair.publicKey));

        // A society without a pinned key: a signature is kept as unchecked.
        const PackageFixture other = makePackage(QStringLiteral("51420000MJH000001Y"), 2025, QStringLiteral("2025-12-20"));
        const QString otherPath = save(other.build(), QStringLiteral("other.zip"));
        writeFile(otherPath + QStringLiteral(".sig"),
            package::Signature::signatureText(package::Signature::sign(other.tagManifest(), pair.secretKey)));
        o = store->importPackage(otherPath);
        QCOMPARE(o.result, Result::Imported);
        QCOMPARE(store->submission(o.submissionId)->signature, QStringLiteral("unchecked"));
    }

    void submittedCheck_followsTheDeadline()
    {
        auto store = newStore();
        ImportOutcome o = store->importPackage(
            save(makePackage(QStringLiteral("51420000MJH000001Y"), 2025, QStringLiteral("2026-01-05")).build()));
        QCOMPARE(o.result, Result::Imported);
        const auto late = store->findings(o.submissionId);
        const auto it = std::find_if(late.cbegin(), late.cend(), [](const SubmittedFinding &f) { return f.check == SupervisorStore::kSubmittedCheck; });
        QVERIFY(it != late.cend());
        QCOMPARE(it->status, rules::Status::Fail);
        QVERIFY(it->measured.contains(QStringLiteral("2025-12-31")));

        o = store->importPackage(save(makePackage(QStringLiteral("51420000MJH000002Y"), 2025, QStringLiteral("2025-12-31")).build()));
        const auto onTime = store->findings(o.submissionId);
        QVERIFY(std::any_of(onTime.cbegin(), onTime.cend(), [](const SubmittedFinding &f) {
            return f.check == SupervisorStore::kSubmittedCheck && f.status == rules::Status::Pass;
        }));

        // Not a Hubei package: no such finding.
        o = store->importPackage(save(makePackage(QStringLiteral("51420000MJH000003Y"), 2025, QStringLiteral("2026-02-01"),
            QStringLiteral("cast-2017")).build()));
        const auto cast = store->findings(o.submissionId);
        QVERIFY(std::none_of(cast.cbegin(), cast.cend(), [](const SubmittedFinding &f) { return f.check == SupervisorStore::kSubmittedCheck; }));
    }

    void overview_rowsAndXlsx()
    {
        auto store = newStore();
        QCOMPARE(store->importPackage(save(makePackage(QStringLiteral("51420000MJH000002Y"), 2025, QStringLiteral("2025-12-20")).build())).result,
            Result::Imported);
        PackageFixture second = makePackage(QStringLiteral("51420000MJH000001Y"), 2025, QStringLiteral("2026-01-02"));
        second.info.append({ QStringLiteral("Missing-Part"), QStringLiteral("data/reform-plan.pdf: no reform plan") });
        QCOMPARE(store->importPackage(save(second.build())).result, Result::Imported);

        const Overview overview = store->overview(2025);
        QCOMPARE(overview.rows.size(), 2);
        QCOMPARE(overview.rows.at(0).submission.creditCode, QStringLiteral("51420000MJH000001Y"));
        QCOMPARE(overview.rows.at(0).submission.missingParts, QStringList { QStringLiteral("data/reform-plan.pdf: no reform plan") });
        QCOMPARE(overview.checks, (QStringList { QStringLiteral("CAST17-01.members"), QStringLiteral("HB17-01.submitted"),
                                      QStringLiteral("HB17-02.council") }));
        QCOMPARE(overview.figures, (QStringList { QStringLiteral("Individual-Members"), QStringLiteral("Branches") }));
        QCOMPARE(overview.rows.at(0).statuses.value(QStringLiteral("HB17-01.submitted")), rules::Status::Fail);
        QCOMPARE(overview.rows.at(1).statuses.value(QStringLiteral("HB17-01.submitted")), rules::Status::Pass);
        QVERIFY(store->overview(2024).rows.isEmpty());

        const QString xlsx = m_dir.filePath(QStringLiteral("overview.xlsx"));
        QString error;
        QVERIFY2(OverviewXlsx::save(overview, xlsx, &error), qPrintable(error));
        exchange::ReadOptions options;
        exchange::ReadError readError;
        auto reader = exchange::TabularReader::open(xlsx, options, &readError);
        QVERIFY2(reader, qPrintable(readError.message));
        QList<QStringList> rows;
        exchange::Row row;
        while (reader->next(&row)) {
            QStringList cells;
            for (const exchange::Cell &c : row.cells)
                cells << c.text;
            rows << cells;
        }
        QCOMPARE(rows.size(), 3);
        const QStringList header = rows.at(0);
        QCOMPARE(header.mid(0, 2), (QStringList { QStringLiteral("Society"), QStringLiteral("Credit code") }));
        const int members = int(header.indexOf(QStringLiteral("Individual-Members")));
        const int submitted = int(header.indexOf(QStringLiteral("HB17-01.submitted")));
        QVERIFY(members > 0 && submitted > members);
        QCOMPARE(rows.at(1).value(1), QStringLiteral("51420000MJH000001Y"));
        QCOMPARE(rows.at(1).value(members), QStringLiteral("1234"));
        QCOMPARE(rows.at(1).value(submitted), QStringLiteral("fail"));
        QCOMPARE(rows.at(2).value(submitted), QStringLiteral("pass"));
        QCOMPARE(rows.at(1).value(2), QStringLiteral("2025"));
        // Frozen header and autofilter are in the sheet's XML.
        QFile file(xlsx);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray sheet = test::zipEntry(file.readAll(), QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(sheet.contains("state=\"frozen\""));
        QVERIFY(sheet.contains("<autoFilter"));
    }

    void fileKinds_areNotMixedUp()
    {
        // A society file refused as a supervisor database…
        auto society = test::createDatabase(m_dir, QStringLiteral("society.societydesk"));
        QVERIFY(society);
        const QString societyPath = society->path();
        society.reset();
        storage::StorageError error;
        QVERIFY(!SupervisorStore::open(societyPath, storage::OpenMode::OpenExisting, &error));
        QCOMPARE(error.kind, storage::StorageError::Kind::Foreign);
        QVERIFY2(error.message.contains(QStringLiteral("society file, not a supervisor database")), qPrintable(error.message));

        // …and a supervisor database as a society file.
        auto store = newStore();
        const QString supervisorPath = store->database().path();
        QCOMPARE(store->database().kind(), storage::FileKind::Supervisor);
        QCOMPARE(store->database().schemaVersion(), storage::Database::latestSchemaVersion(storage::FileKind::Supervisor));
        store.reset();
        storage::Database::Options options;
        QVERIFY(!storage::Database::open(supervisorPath, options, &error));
        QCOMPARE(error.kind, storage::StorageError::Kind::Foreign);
        QVERIFY2(error.message.contains(QStringLiteral("supervisor database")), qPrintable(error.message));
        QVERIFY(!storage::Database::identify(supervisorPath, &error));

        // Reopened as what it is, it keeps its data.
        QVERIFY2(SupervisorStore::open(supervisorPath, storage::OpenMode::OpenExisting, &error), qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestSupervisor)
#include "tst_supervisor.moc"
