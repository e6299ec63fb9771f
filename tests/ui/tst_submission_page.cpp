// The Submission page in the main window over the demo society: the contents preview (made in a
// worker) naming the parts and those left out; the export through the page — built in a worker
// with the screens in the document language, on the GUI thread otherwise — written, accepted by
// the supervisor's verifier, its SHA-256 shown; a cancelled export leaving no file (both ways);
// a signed letter that is not a PDF refused, a PDF one sent instead of the generated letter; a
// key pair generated and the package signed with a signature Signature::verify accepts, the key's
// path (only) remembered; a society without a credit code refused with the store's message and
// nothing written; Ctrl+E and the tab order.

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "demo/DemoMembers.h"
#include "demo/DemoSociety.h"
#include "i18n/Language.h"
#include "MainWindow.h"
#include "package/PackageLayout.h"
#include "package/PackageVerifier.h"
#include "package/Signature.h"
#include "package/SubmissionPackage.h"
#include "pages/submission/SubmissionPage.h"
#include "session/Session.h"
#include "settings/Preferences.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"
#include "UiTestSupport.h"
#include "util/Clock.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QFutureWatcher>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTimer>
#include <QTreeWidget>

using namespace sd;
using ui::MainWindow;
using ui::SubmissionPage;

class TestSubmissionPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void form_defaultsAndContentsPreview();
    void export_inAWorker_verifiedAndShaShown();
    void export_onTheGuiThread_whenTheScreensSpeakAnotherLanguage();
    void export_cancelled_writesNothing();
    void letter_notAPdfRefused_aPdfSentInstead();
    void keys_generated_packageSigned_signatureVerifies();
    void noCreditCode_refusedWithTheStoresMessage_nothingWritten();
    void keyboard_ctrlEExports_tabOrder();

private:
    [[nodiscard]] SubmissionPage *page() const
    {
        return static_cast<SubmissionPage *>(m_window->page(MainWindow::Submission));
    }
    /// Shows the page and waits for its contents preview.
    bool showAndWait();
    bool waitForPreview();
    /// Exports to `path` through the Export button and waits for the end; true when written.
    bool exportTo(const QString &path);
    [[nodiscard]] static QByteArray fileBytes(const QString &path);

    QTemporaryDir m_demoDir;
    QString m_demo; // the demo society, written once and copied for each test
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
    int m_year = 0;
};

void TestSubmissionPage::initTestCase()
{
    m_demo = m_demoDir.filePath(QStringLiteral("demo.societydesk"));
    storage::Database::Options options;
    options.mode = storage::OpenMode::CreateNew;
    storage::StorageError error;
    auto db = storage::Database::open(m_demo, options, &error);
    QVERIFY2(db, qPrintable(error.message));
    demo::DemoMembersOptions members;
    members.members = 300;
    members.units = 10;
    QVERIFY2(demo::writeAll(*db, members, &error), qPrintable(error.message));
    // The demo's documents are in Chinese: the screens too, so that the export runs in a worker.
    QCOMPARE(storage::ProfileStore(*db).settings().text(SocietySetting::DocumentLanguage), QStringLiteral("zh_CN"));
}

void TestSubmissionPage::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints\\(\\)).*")));
    QVERIFY(i18n::install(i18n::Language::Chinese));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("demo.societydesk"));
    QVERIFY(QFile::copy(m_demo, m_path));
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    m_year = QDate::currentDate().year() - 1; // the demo's last year: its report published
    m_preferences = test::temporaryPreferences(*m_dir);
    m_window = std::make_unique<MainWindow>(*m_preferences, Clock::system());
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    storage::StorageError error;
    QVERIFY2(m_window->session().open(m_path, &error), qPrintable(error.message));
    QVERIFY(test::waitForCheck(m_window->session()));
}

void TestSubmissionPage::cleanup()
{
    if (m_window) {
        QVERIFY(QTest::qWaitFor([this] { return !page()->isExporting() && !page()->isPreviewing(); }, 60000));
        m_window->session().waitForWorkers();
    }
    m_window.reset();
    m_preferences.reset();
    m_dir.reset();
    i18n::install(i18n::Language::English);
}

bool TestSubmissionPage::waitForPreview()
{
    return QTest::qWaitFor([this] { return !page()->isPreviewing(); }, 30000);
}

bool TestSubmissionPage::showAndWait()
{
    m_window->showPage(MainWindow::Submission);
    return waitForPreview();
}

bool TestSubmissionPage::exportTo(const QString &path)
{
    page()->outputEdit()->setText(path);
    QSignalSpy ended(page(), &SubmissionPage::exportEnded);
    QSignalSpy written(page(), &SubmissionPage::packageExported);
    page()->exportButton()->click();
    if (ended.isEmpty() && !ended.wait(60000))
        return false;
    return written.size() == 1;
}

QByteArray TestSubmissionPage::fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestSubmissionPage::form_defaultsAndContentsPreview()
{
    QVERIFY(showAndWait());
    QCOMPARE(page()->objectName(), QStringLiteral("page.submission"));
    QCOMPARE(page()->year(), m_year);
    const SocietyProfile profile = storage::ProfileStore(*m_window->session().database()).profile();
    QCOMPARE(page()->addresseeLabel()->text(), profile.supervisor);
    QVERIFY(!page()->findChild<QLabel *>(QStringLiteral("submission.addresseeHint"))->isVisible());
    // The default file: <credit code>-<year>.zip.
    QCOMPARE(QFileInfo(page()->outputPath()).fileName(), QStringLiteral("%1-%2.zip").arg(profile.creditCode).arg(m_year));
    // The society's packs checked.
    const QStringList packs = storage::ProfileStore(*m_window->session().database()).settings().list(SocietySetting::RulePacks);
    QVERIFY(!packs.isEmpty());
    QCOMPARE(page()->options().packs, packs);

    // The contents: what the package will hold, and what it leaves out (no reform plan for
    // last year in the demo? then named), as preview() says.
    QVERIFY2(page()->preview(), qPrintable(page()->previewProblem()));
    QTreeWidget *tree = page()->contentsTree();
    QVERIFY(tree->topLevelItemCount() >= 1);
    QCOMPARE(tree->topLevelItem(0)->childCount(), page()->preview()->parts.size());
    QStringList shown;
    for (int i = 0; i < tree->topLevelItem(0)->childCount(); ++i)
        shown << QStringLiteral("data/") + tree->topLevelItem(0)->child(i)->text(0);
    QCOMPARE(shown, page()->preview()->parts);
    QVERIFY(shown.contains(QStringLiteral("data/compliance.pdf")));
    QVERIFY(shown.contains(QStringLiteral("data/annual-report.pdf"))); // published

    // This year's report is a draft: left out, in amber, with the reason.
    page()->setYear(m_year + 1);
    QVERIFY(waitForPreview());
    QVERIFY(page()->preview());
    QCOMPARE(tree->topLevelItemCount(), 2);
    QTreeWidgetItem *left = tree->topLevelItem(1);
    bool annual = false;
    for (int i = 0; i < left->childCount(); ++i) {
        if (left->child(i)->text(0) == u"annual-report.pdf") {
            annual = true;
            QVERIFY(!left->child(i)->text(1).isEmpty());
            QCOMPARE(left->child(i)->foreground(1).color(), QColor(0x8a, 0x5a, 0x00));
        }
    }
    QVERIFY(annual);
    QCOMPARE(QFileInfo(page()->outputPath()).fileName(), QStringLiteral("%1-%2.zip").arg(profile.creditCode).arg(m_year + 1));
    // Unchecking every pack previews the society's own (as the CLI without --pack).
    for (int i = 0; i < page()->packList()->count(); ++i)
        page()->packList()->item(i)->setCheckState(Qt::Unchecked);
    QVERIFY(waitForPreview());
    QCOMPARE(page()->preview()->packs, packs);
}

void TestSubmissionPage::export_inAWorker_verifiedAndShaShown()
{
    QVERIFY(showAndWait());
    test::typeText(page()->referenceEdit(), QString::fromUtf16(u"鄂机学〔2026〕7号"));
    const QString path = m_dir->filePath(QStringLiteral("package.zip"));
    QSignalSpy ended(page(), &SubmissionPage::exportEnded);
    page()->outputEdit()->setText(path);
    page()->exportButton()->click();
    // Not blocked: the button returns with the build still running in its worker.
    QVERIFY(page()->isExporting());
    QVERIFY(page()->progressDialog() && page()->progressDialog()->isVisible());
    QVERIFY(ended.wait(60000));
    QVERIFY2(QFileInfo::exists(path), qPrintable(page()->message()));
    QVERIFY(!page()->progressDialog());

    package::PackageVerifier verifier;
    const package::VerifyReport &report = verifier.verify(path);
    QVERIFY2(report.ok, qPrintable(report.describe()));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256).toHex());
    QCOMPARE(page()->shaEdit()->text(), sha);
    QVERIFY(page()->shaEdit()->isReadOnly());
    QVERIFY(page()->resultLabel()->text().contains(QDir::toNativeSeparators(path)));
    QVERIFY(page()->lastResult());
    QCOMPARE(page()->lastResult()->parts, page()->preview()->parts);
    QCOMPARE(report.info(package::layout::kReportYear), QString::number(m_year));
    QVERIFY(page()->message().contains(QDir::toNativeSeparators(path)));
    // Copy puts it on the clipboard.
    page()->copyShaButton()->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), sha);
}

void TestSubmissionPage::export_onTheGuiThread_whenTheScreensSpeakAnotherLanguage()
{
    QVERIFY(i18n::install(i18n::Language::English));
    QVERIFY(showAndWait());
    const QString path = m_dir->filePath(QStringLiteral("english-screens.zip"));
    QVERIFY2(exportTo(path), qPrintable(page()->message()));
    package::PackageVerifier verifier;
    QVERIFY2(verifier.verify(path).ok, qPrintable(verifier.report().describe()));
    // The translators were put back: the screens still speak English.
    QCOMPARE(i18n::current(), i18n::Language::English);
    QCOMPARE(page()->exportButton()->text(), QStringLiteral("&Export Package"));
}

void TestSubmissionPage::export_cancelled_writesNothing()
{
    QVERIFY(showAndWait());
    const QString path = m_dir->filePath(QStringLiteral("cancelled.zip"));
    page()->outputEdit()->setText(path);
    QSignalSpy ended(page(), &SubmissionPage::exportEnded);
    QSignalSpy written(page(), &SubmissionPage::packageExported);
    page()->exportButton()->click();
    QVERIFY(page()->progressDialog());
    page()->progressDialog()->findChild<QPushButton *>()->click(); // its Cancel button
    QCOMPARE(ended.size(), 1);
    QVERIFY(!page()->isExporting());
    // The worker stops at its next step; its result is dropped.
    m_window->session().waitForWorkers();
    QTest::qWait(300);
    QVERIFY(QTest::qWaitFor([&] { return page()->findChildren<QFutureWatcherBase *>().isEmpty(); }, 60000));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(written.size(), 0);
    QVERIFY(!page()->message().isEmpty());

    // On the GUI thread (English screens), cancelled from the dialog between two steps.
    QVERIFY(i18n::install(i18n::Language::English));
    ended.clear();
    QTimer::singleShot(0, page(), [this] {
        if (QProgressDialog *progress = page()->progressDialog())
            progress->findChild<QPushButton *>()->click();
    });
    QVERIFY2(page()->exportButton()->isEnabled(), qPrintable(page()->outputPath()));
    page()->exportButton()->click();
    QVERIFY2(ended.size() == 1, qPrintable(page()->message()));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(written.size(), 0);
    QCOMPARE(page()->message(), QStringLiteral("The export was cancelled; nothing was written."));
}

void TestSubmissionPage::letter_notAPdfRefused_aPdfSentInstead()
{
    QVERIFY(showAndWait());
    const QString text = m_dir->filePath(QStringLiteral("letter.pdf"));
    QFile t(text);
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write("PK\x03\x04 a zip named .pdf");
    t.close();
    const QString before = page()->letterLabel()->text();
    ui::FileDialog::setNextFileName(text);
    page()->attachButton()->click();
    QVERIFY(page()->message().contains(QDir::toNativeSeparators(text)));
    QCOMPARE(page()->letterLabel()->text(), before);
    QVERIFY(page()->options().scannedCoverLetter.isEmpty());
    QVERIFY(!page()->removeLetterButton()->isEnabled());

    const QString scan = m_dir->filePath(QStringLiteral("scan.pdf"));
    const QByteArray bytes = "%PDF-1.4\n% signed and stamped\n%%EOF\n";
    QFile s(scan);
    QVERIFY(s.open(QIODevice::WriteOnly));
    s.write(bytes);
    s.close();
    ui::FileDialog::setNextFileName(scan);
    page()->attachButton()->click();
    QVERIFY(page()->letterLabel()->text().contains(QDir::toNativeSeparators(scan)));
    QCOMPARE(page()->options().scannedCoverLetter, scan);
    QVERIFY(page()->removeLetterButton()->isEnabled());
    QVERIFY(!page()->referenceEdit()->isEnabled()); // the scan carries its own 文号
    const QString path = m_dir->filePath(QStringLiteral("scan.zip"));
    QVERIFY2(exportTo(path), qPrintable(page()->message()));
    package::PackageVerifier verifier;
    QVERIFY(verifier.verify(path).ok);
    QCOMPARE(verifier.readEntry(QString(package::layout::kCoverLetterPdf)).value_or(QByteArray()), bytes);

    page()->removeLetterButton()->click();
    QVERIFY(page()->options().scannedCoverLetter.isEmpty());
    QVERIFY(page()->referenceEdit()->isEnabled());
}

void TestSubmissionPage::keys_generated_packageSigned_signatureVerifies()
{
    QVERIFY(showAndWait());
    QVERIFY(!page()->signButton()->isEnabled()); // nothing written yet
    const QString keys = m_dir->filePath(QStringLiteral("keys"));
    ui::FileDialog::setNextFileName(keys);
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    page()->generateKeysButton()->click();
    const QString secretPath = QDir(keys).filePath(package::Signature::secretKeyFileName());
    const QString publicPath = QDir(keys).filePath(package::Signature::publicKeyFileName());
    QVERIFY(QFileInfo::exists(secretPath) && QFileInfo::exists(publicPath));
    QString problem;
    const std::optional<QByteArray> publicKey = package::Signature::readPublicKey(publicPath, &problem);
    QVERIFY2(publicKey, qPrintable(problem));
    const QString fingerprint = package::Signature::fingerprint(*publicKey);
    QVERIFY(ui::MessageBox::lastText().contains(fingerprint));
    QVERIFY(page()->message().contains(fingerprint));
    QCOMPARE(m_preferences->value(Preferences::SigningKeyFile).toString(), QFileInfo(secretPath).absoluteFilePath());
    // A second time into the same folder: refused, the keys kept.
    const QByteArray secretBytes = fileBytes(secretPath);
    QVERIFY(!page()->generateKeysInto(keys));
    QCOMPARE(fileBytes(secretPath), secretBytes);

    const QString path = m_dir->filePath(QStringLiteral("signed.zip"));
    QVERIFY2(exportTo(path), qPrintable(page()->message()));
    QVERIFY(page()->signButton()->isEnabled());
    // The public key given as the secret one: refused, nothing written.
    QVERIFY(!page()->signWith(publicPath));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".sig")));
    ui::FileDialog::setNextFileName(secretPath);
    QSignalSpy signedSpy(page(), &SubmissionPage::packageSigned);
    page()->signButton()->click();
    QCOMPARE(signedSpy.size(), 1);
    const QString sigPath = path + QStringLiteral(".sig");
    QVERIFY(QFileInfo::exists(sigPath));
    const std::optional<QByteArray> signature = package::Signature::parseSignature(fileBytes(sigPath), &problem);
    QVERIFY2(signature, qPrintable(problem));
    package::PackageVerifier verifier;
    QVERIFY(verifier.verify(path).ok);
    QVERIFY(package::Signature::verify(verifier.tagManifest(), *signature, *publicKey));
    // And the supervisor's verification with the pinned key.
    package::VerifyOptions pinned;
    pinned.publicKey = *publicKey;
    pinned.signature = *signature;
    package::PackageVerifier supervisor(pinned);
    QVERIFY(supervisor.verify(path).ok);
    QCOMPARE(supervisor.report().signature, package::SignatureState::Valid);
    // The key's path is remembered, never its content.
    QCOMPARE(m_preferences->value(Preferences::SigningKeyFile).toString(), QFileInfo(secretPath).absoluteFilePath());
    const QByteArray prefs = fileBytes(m_dir->filePath(QStringLiteral("preferences.ini")));
    QVERIFY(!prefs.contains(fileBytes(secretPath).split(' ').value(1).trimmed()));
}

void TestSubmissionPage::noCreditCode_refusedWithTheStoresMessage_nothingWritten()
{
    SocietyProfile profile = storage::ProfileStore(*m_window->session().database()).profile();
    profile.creditCode.clear();
    profile.supervisor.clear();
    storage::StorageError error;
    QVERIFY2(m_window->session().saveProfile(profile, &error), qPrintable(error.message));
    QVERIFY(showAndWait());
    QVERIFY(!page()->preview());
    QVERIFY(!page()->previewProblem().isEmpty());
    // The addressee's hint says where to enter it.
    QVERIFY(page()->findChild<QLabel *>(QStringLiteral("submission.addresseeHint"))->isVisible());
    const QString path = m_dir->filePath(QStringLiteral("nocode.zip"));
    QVERIFY(!exportTo(path));
    package::PackageError expected;
    QVERIFY(!package::SubmissionPackage::build(*m_window->session().database(), page()->options(), {}, &expected));
    QCOMPARE(expected.kind, package::PackageError::Kind::NoCreditCode);
    QVERIFY2(page()->message().contains(expected.message), qPrintable(page()->message()));
    QCOMPARE(page()->previewProblem(), expected.message);
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!page()->lastResult());
}

void TestSubmissionPage::keyboard_ctrlEExports_tabOrder()
{
    QVERIFY(showAndWait());
    const QString path = m_dir->filePath(QStringLiteral("keyboard.zip"));
    page()->outputEdit()->setText(path);
    page()->yearSpin()->setFocus();
    // Tab walks the form in order.
    QTest::keyClick(page()->yearSpin(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), page()->packList());
    QTest::keyClick(page()->packList(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), page()->referenceEdit());
    QSignalSpy ended(page(), &SubmissionPage::exportEnded);
    QTest::keyClick(page()->referenceEdit(), Qt::Key_E, Qt::ControlModifier);
    QVERIFY(ended.wait(60000));
    QVERIFY2(QFileInfo::exists(path), qPrintable(page()->message()));
}

QTEST_MAIN(TestSubmissionPage)
#include "tst_submission_page.moc"
