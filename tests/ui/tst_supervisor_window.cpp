#include "MainWindow.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "package/Signature.h"
#include "supervisor/OverviewModel.h"
#include "supervisor/SocietyDialog.h"
#include "supervisor/SupervisorDialogs.h"
#include "supervisor/SupervisorWindow.h"
#include "util/Clock.h"

#include "PackageFixture.h"
#include "UiTestSupport.h"

#include <QComboBox>
#include <QPointer>
#include <QPushButton>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QProgressDialog>
#include <QTimer>
#include <QSemaphore>
#include <QThreadPool>
#include <QtTest>

#include <memory>

using namespace sd;
using sd::supervisor::ImportOutcome;
using sd::test::PackageFixture;
using sd::ui::OverviewModel;
using sd::ui::SupervisorWindow;
using Result = ImportOutcome::Result;

namespace {

const QString kCodeA = QStringLiteral("51420000MJH123456X");
const QString kCodeB = QStringLiteral("51420000MJH654321Y");
const QString kCodeC = QStringLiteral("51420000MJH777777Z");

/// A package of a demo-like society: its name, credit code, year, Bagging-Date and findings
/// (check id → status code).
PackageFixture makePackage(const QString &code, const QString &name, int year, const QString &date,
    const QList<std::pair<QString, QString>> &findings, qint64 members)
{
    PackageFixture f = PackageFixture::sample();
    f.bag = code + u'-' + QString::number(year);
    QByteArray json = "{\"findings\":[";
    for (qsizetype i = 0; i < findings.size(); ++i) {
        json += (i ? "," : "") + QStringLiteral(R"({"check":"%1","requirement":"%2","status":"%3","measured":"measured %4"})")
                                     .arg(findings.at(i).first, findings.at(i).first.section(u'.', 0, 0),
                                         findings.at(i).second, QString::number(i))
                                     .toUtf8();
    }
    json += "]}";
    f.data.insert(QStringLiteral("compliance.json"), json);
    for (auto &[label, value] : f.info) {
        if (label == QLatin1StringView("External-Identifier"))
            value = code;
        else if (label == QLatin1StringView("Report-Year"))
            value = QString::number(year);
        else if (label == QLatin1StringView("Bagging-Date"))
            value = date;
        else if (label == QLatin1StringView("Source-Organization"))
            value = name;
        else if (label == QLatin1StringView("Individual-Members"))
            value = QString::number(members);
    }
    f.info.append({ QStringLiteral("Missing-Part"), QStringLiteral("data/annual-report.pdf: not approved yet") });
    return f;
}

} // namespace

class TestSupervisorWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    FixedClock m_clock { QDateTime(QDate(2026, 1, 10), QTime(9, 0), Qt::UTC) };
    QPointer<SupervisorWindow> m_window;
    int m_files = 0;

    QString save(const QByteArray &zip)
    {
        const QString path = m_dir->filePath(QStringLiteral("package-%1.zip").arg(++m_files));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(zip) != zip.size())
            return {};
        return path;
    }

    QString packageA(const QString &date = QStringLiteral("2025-12-20"))
    {
        return save(makePackage(kCodeA, QStringLiteral("湖北省示例学会"), 2025, date,
            { { QStringLiteral("CAST17-01.members"), QStringLiteral("pass") },
                { QStringLiteral("HB17-02.council"), QStringLiteral("fail") },
                { QStringLiteral("HB17-05.meetings"), QStringLiteral("warning") } },
            1234)
                        .build());
    }
    QString packageB()
    {
        return save(makePackage(kCodeB, QStringLiteral("武汉市测试学会"), 2025, QStringLiteral("2025-12-28"),
            { { QStringLiteral("CAST17-01.members"), QStringLiteral("fail") },
                { QStringLiteral("HB17-02.council"), QStringLiteral("pass") },
                { QStringLiteral("HB17-05.meetings"), QStringLiteral("fail") } },
            98765)
                        .build());
    }
    QString packageC()
    {
        return save(makePackage(kCodeC, QStringLiteral("宜昌市合规学会"), 2025, QStringLiteral("2025-11-02"),
            { { QStringLiteral("CAST17-01.members"), QStringLiteral("pass") },
                { QStringLiteral("HB17-02.council"), QStringLiteral("pass") },
                { QStringLiteral("HB17-05.meetings"), QStringLiteral("pending") } },
            560)
                        .build());
    }

    /// Imports through the window's action (Ctrl+I), the file dialog answered with `paths`.
    bool importByKeyboard(const QStringList &paths)
    {
        ui::FileDialog::setNextFileNames(paths);
        QSignalSpy finished(m_window.data(), &SupervisorWindow::importFinished);
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.data()))
            return false;
        QTest::keyClick(m_window.data(), Qt::Key_I, Qt::ControlModifier);
        return finished.count() > 0 || finished.wait(20000);
    }

    /// The visible rows' credit codes, top to bottom.
    QStringList codes() const
    {
        QStringList list;
        QAbstractItemModel *model = m_window->table()->model();
        for (int r = 0; r < model->rowCount(); ++r)
            list << model->index(r, OverviewModel::CreditCode).data().toString();
        return list;
    }

    int selectCheck(const QString &data)
    {
        QComboBox *box = m_window->checkBox();
        const int at = box->findData(data);
        if (at >= 0)
            box->setCurrentIndex(at);
        return at;
    }

    void closeResults()
    {
        if (auto *results = m_window->importResults())
            results->close();
        QTest::qWait(0);
    }

private slots:
    void init()
    {
        // The offscreen platform says these of the top-level windows it shows; anything else fails.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support (propagateSizeHints|raise)\\(\\)).*")));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QString error;
        m_window = SupervisorWindow::open(m_dir->filePath(QStringLiteral("hubei.sdsupervisor")),
            storage::OpenMode::CreateNew, m_clock, &error);
        QVERIFY2(m_window, qPrintable(error));
        m_window->resize(1200, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.data()));
    }

    void cleanup()
    {
        delete m_window.data();
        m_dir.reset();
    }

    void window_titleAndEmptyState()
    {
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Supervisor — hubei.sdsupervisor"));
        QCOMPARE(m_window->table()->model()->rowCount(), 0);
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("supervisor.count"))->text().contains(QStringLiteral("No packages")));
        QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("supervisor.export"))->isEnabled());
    }

    void import_twoSocieties_rowsColumnsAndSorting()
    {
        QVERIFY(importByKeyboard({ packageB(), packageA() }));
        QVERIFY(!m_window->isImporting());

        // The results list each package.
        ui::ImportResultsDialog *results = m_window->importResults();
        QVERIFY(results && results->isVisible());
        QCOMPARE(results->table()->rowCount(), 2);
        for (int r = 0; r < 2; ++r)
            QCOMPARE(results->table()->item(r, 1)->data(Qt::UserRole).toInt(), int(Result::Imported));
        QVERIFY(results->table()->item(0, 2)->text().contains(QStringLiteral("武汉市测试学会")));
        closeResults();

        // One row per society, sorted by credit code first; the columns the overview has.
        QCOMPARE(m_window->store().societies().size(), 2);
        QCOMPARE(codes(), (QStringList { kCodeA, kCodeB }));
        const OverviewModel *model = m_window->model();
        QCOMPARE(model->headerData(OverviewModel::Society, Qt::Horizontal).toString(), QStringLiteral("Society"));
        const int members = model->figureColumn(QStringLiteral("Individual-Members"));
        QVERIFY(members >= OverviewModel::kFixedColumns);
        QCOMPARE(model->headerData(members, Qt::Horizontal).toString(), QStringLiteral("Individual members"));
        const int council = model->columnOf(QStringLiteral("HB17-02.council"));
        QVERIFY(council > members);
        QCOMPARE(model->headerData(council, Qt::Horizontal).toString(), QStringLiteral("HB17-02\ncouncil"));
        QCOMPARE(model->checkOf(council), QStringLiteral("HB17-02.council"));
        QAbstractItemModel *view = m_window->table()->model();
        QCOMPARE(view->index(0, OverviewModel::Society).data().toString(), QStringLiteral("湖北省示例学会"));
        QCOMPARE(view->index(0, OverviewModel::Year).data().toInt(), 2025);
        QCOMPARE(view->index(0, council).data(OverviewModel::StatusRole).toInt(), int(rules::Status::Fail));
        QCOMPARE(view->index(0, council).data(Qt::BackgroundRole).value<QColor>(),
            OverviewModel::statusBackground(rules::Status::Fail));
        QCOMPARE(view->index(1, council).data(Qt::BackgroundRole).value<QColor>(),
            OverviewModel::statusBackground(rules::Status::Pass));
        QCOMPARE(view->index(0, OverviewModel::Failing).data().toInt(), 1);
        QCOMPARE(view->index(1, OverviewModel::Failing).data().toInt(), 2);

        // Sorting by a click on a header: by members (numbers, not text), by failing count, by a check.
        QHeaderView *header = m_window->table()->horizontalHeader();
        const auto clickHeader = [&](int column) {
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2));
        };
        m_window->table()->scrollTo(view->index(0, members));
        clickHeader(members);
        QCOMPARE(codes(), (QStringList { kCodeA, kCodeB })); // 1 234 < 98 765
        clickHeader(members);
        QCOMPARE(codes(), (QStringList { kCodeB, kCodeA }));
        m_window->table()->scrollTo(view->index(0, OverviewModel::Society));
        clickHeader(OverviewModel::Failing);
        QCOMPARE(header->sortIndicatorSection(), int(OverviewModel::Failing));
        QCOMPARE(codes(), header->sortIndicatorOrder() == Qt::AscendingOrder ? (QStringList { kCodeA, kCodeB })
                                                                             : (QStringList { kCodeB, kCodeA }));
        // A check column sorts by severity: fail above pass when descending.
        m_window->table()->sortByColumn(council, Qt::DescendingOrder);
        QCOMPARE(codes(), (QStringList { kCodeA, kCodeB }));
        m_window->table()->sortByColumn(council, Qt::AscendingOrder);
        QCOMPARE(codes(), (QStringList { kCodeB, kCodeA }));
    }

    void failingCheckFilter_leavesTheRightRows()
    {
        QVERIFY(importByKeyboard({ packageA(), packageB(), packageC() }));
        closeResults();
        QCOMPARE(codes(), (QStringList { kCodeA, kCodeB, kCodeC }));

        QVERIFY(selectCheck(QStringLiteral("HB17-02.council")) > 1);
        QCOMPARE(codes(), (QStringList { kCodeA }));
        QVERIFY(m_window->checkBox()->currentText().contains(QStringLiteral("(1)")));
        // Its column is shown next to the failing count.
        QHeaderView *header = m_window->table()->horizontalHeader();
        QCOMPARE(header->logicalIndex(OverviewModel::Failing + 1), m_window->model()->columnOf(QStringLiteral("HB17-02.council")));
        selectCheck(QStringLiteral("CAST17-01.members"));
        QCOMPARE(codes(), (QStringList { kCodeB }));
        selectCheck(QStringLiteral("HB17-05.meetings")); // a warning and a pending are not failures
        QCOMPARE(codes(), (QStringList { kCodeB }));
        selectCheck(ui::OverviewFilter::anyFailing());
        QCOMPARE(codes(), (QStringList { kCodeA, kCodeB }));
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("supervisor.count"))->text().contains(QStringLiteral("2 of 3")));

        // Ctrl+F goes to the search box; the text narrows by name or credit code.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.data()));
        m_window->table()->setFocus();
        QTest::keyClick(m_window.data(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(m_window->filterEdit()->hasFocus());
        test::typeText(m_window->filterEdit(), QStringLiteral("武汉"));
        QCOMPARE(codes(), (QStringList { kCodeB }));
        test::typeText(m_window->filterEdit(), QStringLiteral("654321"));
        QCOMPARE(codes(), (QStringList { kCodeB }));
        test::typeText(m_window->filterEdit(), QStringLiteral("777777"));
        QCOMPARE(codes(), QStringList {}); // C passes everything: "any failing" leaves it out
        selectCheck(QString());
        QCOMPARE(codes(), (QStringList { kCodeC }));
        QCOMPARE(header->logicalIndex(OverviewModel::Failing + 1), int(OverviewModel::Failing + 1));
        test::typeText(m_window->filterEdit(), QString());
        QCOMPARE(codes().size(), 3);
    }

    void enter_drillsDownToTheStoredFindings()
    {
        QVERIFY(importByKeyboard({ packageA(), packageB() }));
        closeResults();
        // A later package of A supersedes the first; the history keeps both.
        QVERIFY(importByKeyboard({ packageA(QStringLiteral("2025-12-30")) }));
        QCOMPARE(m_window->importResults()->table()->item(0, 1)->data(Qt::UserRole).toInt(), int(Result::Superseded));
        closeResults();

        QTableView *table = m_window->table();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QCOMPARE(table->currentIndex().data().toString(), QStringLiteral("湖北省示例学会"));
        QTest::keyClick(table, Qt::Key_Return);
        ui::SocietyDialog *dialog = m_window->societyDialog();
        QVERIFY(dialog && dialog->isVisible());

        const qint64 id = table->currentIndex().data(OverviewModel::SubmissionIdRole).toLongLong();
        QCOMPARE(dialog->submissionId(), id);
        const QList<supervisor::SubmittedFinding> findings = m_window->store().findings(id);
        QCOMPARE(findings.size(), 4); // three of compliance.json and HB17-01.submitted
        QTableWidget *shown = dialog->findingsTable();
        QCOMPARE(shown->rowCount(), findings.size());
        for (int r = 0; r < findings.size(); ++r) {
            QCOMPARE(shown->item(r, 0)->text(), findings.at(r).check);
            QCOMPARE(shown->item(r, 1)->text(), findings.at(r).requirement);
            QCOMPARE(shown->item(r, 2)->data(Qt::UserRole).toInt(), int(findings.at(r).status));
            QCOMPARE(shown->item(r, 2)->text(), rules::FindingText::label(findings.at(r).status));
            QCOMPARE(shown->item(r, 3)->text(), findings.at(r).measured);
        }
        QCOMPARE(dialog->missingList()->count(), 1);
        QVERIFY(dialog->missingList()->item(0)->text().contains(QStringLiteral("annual-report.pdf")));
        QCOMPARE(dialog->figuresTable()->rowCount(), 2);
        QCOMPARE(dialog->figuresTable()->item(0, 0)->text(), QStringLiteral("Individual members"));

        // The history: the current package and the superseded one, marked.
        QTableWidget *history = dialog->historyTable();
        QCOMPARE(history->rowCount(), 2);
        int superseded = 0;
        for (int r = 0; r < history->rowCount(); ++r)
            if (history->item(r, 5)->data(Qt::UserRole).toLongLong() == id) {
                ++superseded;
                QCOMPARE(history->item(r, 5)->text(), QStringLiteral("superseded"));
            }
        QCOMPARE(superseded, 1);

        // Another row, by double-click.
        dialog->close();
        const QRect second = table->visualRect(table->model()->index(1, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, second.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, second.center());
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->submissionId(), table->model()->index(1, 0).data(OverviewModel::SubmissionIdRole).toLongLong());
        QCOMPARE(dialog->historyTable()->rowCount(), 1);
    }

    void refusedPackage_listedWithItsReason_nothingAdded()
    {
        QVERIFY(importByKeyboard({ packageA() }));
        closeResults();
        const int before = int(m_window->store().submissions().size());

        PackageFixture broken = makePackage(kCodeB, QStringLiteral("武汉市测试学会"), 2025, QStringLiteral("2025-12-28"),
            { { QStringLiteral("CAST17-01.members"), QStringLiteral("fail") } }, 10);
        broken.data.insert(QStringLiteral("fetch.txt"), "http://example.org/x 10 data/x\n");
        QList<test::ZipEntry> entries = broken.entries();
        entries.append({ broken.entryName(QStringLiteral("extra.txt")), "not in any manifest" });
        const QString bad = save(PackageFixture::zip(entries));
        QVERIFY(importByKeyboard({ bad }));

        ui::ImportResultsDialog *results = m_window->importResults();
        QCOMPARE(results->table()->rowCount(), 1);
        QCOMPARE(results->table()->item(0, 1)->data(Qt::UserRole).toInt(), int(Result::Refused));
        QCOMPARE(results->table()->item(0, 1)->text(), QStringLiteral("Refused"));
        // The reason is the store's, with the entry.
        storage::StorageError error;
        auto check = supervisor::SupervisorStore::open(m_dir->filePath(QStringLiteral("other.sdsupervisor")),
            storage::OpenMode::CreateNew, &error, &m_clock);
        QVERIFY(check);
        const ImportOutcome expected = check->importPackage(bad);
        QCOMPARE(expected.result, Result::Refused);
        QVERIFY(!expected.message.isEmpty());
        QVERIFY(results->table()->item(0, 3)->text().contains(expected.message));
        QVERIFY(results->table()->item(0, 3)->text().contains(expected.entry));
        QCOMPARE(results->table()->item(0, 2)->text(), QString());

        QCOMPARE(int(m_window->store().submissions().size()), before);
        QCOMPARE(codes(), (QStringList { kCodeA }));
    }

    void cancel_stopsBetweenPackages()
    {
        // Cancel is seen by the worker before each package. The worker is held back (every thread
        // of the pool busy) until Cancel was pressed, so that it is seen before the first one.
        QStringList paths { packageA(), packageB(), packageC() };
        for (int i = 0; i < 4; ++i)
            paths << save(makePackage(QStringLiteral("5142000%1MJH000000").arg(i), QStringLiteral("学会%1").arg(i), 2025,
                QStringLiteral("2025-12-01"), { { QStringLiteral("CAST17-01.members"), QStringLiteral("pass") } }, 10)
                              .build());
        QThreadPool *pool = QThreadPool::globalInstance();
        const int threads = pool->maxThreadCount();
        QSemaphore started;
        QSemaphore gate;
        for (int i = 0; i < threads; ++i)
            pool->start([&] {
                started.release();
                gate.acquire();
            });
        started.acquire(threads);
        QSignalSpy finished(m_window.data(), &SupervisorWindow::importFinished);
        m_window->importPackages(paths);
        QVERIFY(m_window->isImporting());
        QVERIFY(m_window->importProgress());
        QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("supervisor.import"))->isEnabled());
        QTest::mouseClick(m_window->importProgress()->findChild<QPushButton *>(), Qt::LeftButton);
        gate.release(threads);
        QVERIFY(finished.wait(20000));
        ui::ImportResultsDialog *results = m_window->importResults();
        const int imported = int(m_window->store().submissions().size());
        QCOMPARE(imported, 0);
        QCOMPARE(results->table()->rowCount(), 7);
        QCOMPARE(results->table()->item(6, 1)->data(Qt::UserRole).toInt(), -1);
        QCOMPARE(results->table()->item(6, 1)->text(), QStringLiteral("Not imported"));
        QVERIFY(results->findChild<QLabel *>(QStringLiteral("importResults.summary"))->text().contains(QStringLiteral("cancelled")));
    }

    void societyFile_openedAsSupervisorDatabase_isRefused()
    {
        const QString society = test::makeSociety(*m_dir, QStringLiteral("society.societydesk"));
        QVERIFY(!society.isEmpty());
        auto preferences = test::temporaryPreferences(*m_dir);
        ui::MainWindow main(*preferences, m_clock);
        main.show();
        QVERIFY(QTest::qWaitForWindowExposed(&main));

        ui::FileDialog::setNextFileName(society);
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        const int boxes = ui::MessageBox::count();
        main.findChild<QAction *>(QStringLiteral("action.openSupervisor"))->trigger();
        QCOMPARE(ui::MessageBox::count(), boxes + 1);
        QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("society file, not a supervisor database")),
            qPrintable(ui::MessageBox::lastText()));
        QVERIFY(main.findChildren<SupervisorWindow *>().isEmpty());

        // A supervisor database opens in a window of its own, titled after its file; the
        // society window is left as it was.
        const QString path = m_window->store().database().path();
        delete m_window.data();
        ui::FileDialog::setNextFileName(path);
        main.findChild<QAction *>(QStringLiteral("action.openSupervisor"))->trigger();
        const QList<SupervisorWindow *> windows = main.findChildren<SupervisorWindow *>();
        QCOMPARE(windows.size(), 1);
        QVERIFY(windows.constFirst()->isWindow());
        QVERIFY(windows.constFirst()->isVisible());
        QCOMPARE(windows.constFirst()->windowTitle(), QStringLiteral("Supervisor — hubei.sdsupervisor"));
        QVERIFY(!main.session().database());

        // New Supervisor Database… creates one; an existing name is refused by the store.
        ui::FileDialog::setNextFileName(m_dir->filePath(QStringLiteral("fresh")));
        main.findChild<QAction *>(QStringLiteral("action.newSupervisor"))->trigger();
        QVERIFY(QFileInfo::exists(m_dir->filePath(QStringLiteral("fresh.sdsupervisor"))));
        QCOMPARE(main.findChildren<SupervisorWindow *>().size(), 2);
        qDeleteAll(main.findChildren<SupervisorWindow *>());
    }

    void trustKey_pinsTheKeyAfterConfirmation()
    {
        // The dialog shows the fingerprint of the chosen file; the confirmation pins it.
        const QByteArray key(32, '\x07');
        const QString pub = m_dir->filePath(QStringLiteral("society.pub"));
        {
            QFile f(pub);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("societydesk-ed25519-public " + key.toBase64() + '\n');
        }
        QTimer::singleShot(0, this, [&] {
            auto *dialog = m_window->findChild<ui::TrustKeyDialog *>();
            QVERIFY(dialog);
            QVERIFY(!dialog->okButton()->isEnabled());
            test::typeText(dialog->creditCodeEdit(), kCodeA);
            test::typeText(dialog->fileEdit(), pub);
            QCOMPARE(dialog->fingerprintLabel()->text(), package::Signature::fingerprint(key));
            QVERIFY(dialog->okButton()->isEnabled());
            ui::MessageBox::setNextAnswer(QMessageBox::Yes);
            dialog->okButton()->click();
        });
        m_window->findChild<QAction *>(QStringLiteral("supervisor.trust"))->trigger();
        QVERIFY(ui::MessageBox::lastText().contains(package::Signature::fingerprint(key)));
        QCOMPARE(m_window->store().pinnedKey(kCodeA), std::optional<QByteArray>(key));
    }
};

QTEST_MAIN(TestSupervisorWindow)
#include "tst_supervisor_window.moc"
