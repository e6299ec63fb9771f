// Screenshots of the Submission page for review (not a test; built on demand):
//   cmake --build build --target screenshots_submission
//   xvfb-run -a -s "-screen 0 1366x768x24" build/tests/bin/screenshots_submission OUTDIR [zh_CN|en]
// The demo society in the main window at 1366×768 on the Submission page: the form with last
// year's contents (everything included), this year's (the draft report and missing plan left
// out, in amber), the export's progress dialog, and the result after the export (file,
// SHA-256, warnings) with the package signed by a key pair generated on the page.
// SD_EXTRA_QM=file.qm installs translations not yet in the catalogue, for review.
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "MainWindow.h"
#include "ScreenshotSupport.h"
#include "package/Signature.h"
#include "pages/submission/SubmissionPage.h"

#include <QInputMethodEvent>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>

using namespace sd;

namespace {

bool waitFor(ui::SubmissionPage *page)
{
    return QTest::qWaitFor([page] { return !page->isPreviewing() && !page->isExporting(); }, 120000);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    test::DemoScreen screen(app);
    demo::DemoMembersOptions members;
    members.members = 800;
    members.units = 20;
    if (!screen.open(members))
        return 4;
    ui::MainWindow &window = screen.window();
    window.showPage(ui::MainWindow::Submission);
    auto *page = static_cast<ui::SubmissionPage *>(window.page(ui::MainWindow::Submission));
    if (!waitFor(page))
        return 5;
    const QString out = screen.outDir();
    page->outputEdit()->setText(QDir::toNativeSeparators(out + QStringLiteral("/") + QFileInfo(page->outputPath()).fileName()));

    // This year's: the draft report left out.
    page->setYear(QDate::currentDate().year());
    waitFor(page);
    screen.shoot(QStringLiteral("form-this-year"));

    // Last year's: the form filled in.
    page->setYear(QDate::currentDate().year() - 1);
    waitFor(page);
    page->referenceEdit()->setFocus();
    QInputMethodEvent event;
    event.setCommitString(QStringLiteral("鄂机学〔2026〕3号"));
    QCoreApplication::sendEvent(page->referenceEdit(), &event);
    screen.shoot(QStringLiteral("form"));

    // The export, its progress dialog, then the result.
    const QString zip = page->outputPath();
    QFile::remove(zip);
    QFile::remove(zip + QStringLiteral(".sig"));
    QSignalSpy ended(page, &ui::SubmissionPage::exportEnded);
    page->exportButton()->click();
    QTest::qWait(150);
    screen.shoot(QStringLiteral("exporting"), 100);
    if (ended.isEmpty())
        ended.wait(120000);
    waitFor(page);
    std::printf("%s %s\n", qPrintable(zip), QFileInfo::exists(zip) ? "written" : "NOT WRITTEN");
    const QString keys = screen.scratch(QStringLiteral("keys"));
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    page->generateKeysInto(keys);
    page->signWith(keys + QStringLiteral("/") + package::Signature::secretKeyFileName());
    screen.shoot(QStringLiteral("result"));
    return 0;
}
