// Screenshots of the Annual report page for review (not a test; built on demand):
//   cmake --build build --target screenshots_annualreport
//   xvfb-run -a -s "-screen 0 1366x768x24" build/tests/bin/screenshots_annualreport OUTDIR [zh_CN|en]
// The demo society (as File ▸ Open Demo makes it: last year's report published, this year's a
// draft with three sections written) in the main window at 1366×768 on the Annual report page:
// the editor on a written section, the versions tab, the comparison of the first version with
// the working copy after an edit, last year's published report, a correction under way, the
// finance summary dialog (its dues short of the register) and the banner once it is saved; then
// the report exported to OUTDIR/annual-report.pdf and its first pages rendered with pdftoppm
// (OUTDIR/pdf-page-1.png …).
// SD_EXTRA_QM=file.qm installs translations not yet in the catalogue, for review.
#include "common/FileDialog.h"
#include "common/RichTextEditor.h"
#include "demo/DemoMembers.h"
#include "demo/DemoSociety.h"
#include "i18n/Language.h"
#include "MainWindow.h"
#include "ScreenshotSupport.h"
#include "annual/Finance.h"
#include "pages/annualreport/AnnualReportPage.h"
#include "pages/annualreport/ReportDialogs.h"
#include "pages/annualreport/SectionPanel.h"
#include "pages/annualreport/VersionsPanel.h"
#include "session/Session.h"
#include "settings/Preferences.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTranslator>

#include <cstdio>

using namespace sd;

namespace {

bool waitFor(ui::AnnualReportPage *page)
{
    return QTest::qWaitFor([page] { return !page->isComputing(); }, 60000);
}

void type(QTextEdit *editor, const QString &text)
{
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(editor, &event);
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
    const QString out = screen.outDir();
    window.showPage(ui::MainWindow::AnnualReport);
    auto *page = static_cast<ui::AnnualReportPage *>(window.page(ui::MainWindow::AnnualReport));
    if (!waitFor(page))
        return 5;
    QTextEdit *editor = page->sectionPanel()->narrativeEditor()->editor();

    // This year's draft, on a written section with a list.
    page->selectSection(QStringLiteral("governance"));
    editor->setFocus();
    screen.shoot(QStringLiteral("editor"));

    // A section not written yet.
    page->selectSection(QStringLiteral("members"));
    screen.shoot(QStringLiteral("editor-blank"));

    // The versions, then the first one compared with the working copy after an edit.
    page->selectSection(QStringLiteral("activities"));
    type(editor, QStringLiteral("下半年新增“智能制造青年论坛”品牌活动，参会人数较上年增长三成。"));
    page->sideTabs()->setCurrentWidget(page->versionsPanel());
    screen.shoot(QStringLiteral("versions"));
    page->versionsPanel()->compare();
    screen.shoot(QStringLiteral("compare"));
    if (QWidget *modal = QApplication::activeModalWidget())
        modal->close();
    QTest::qWait(200);

    // The export of this year's draft (the PDF's pages for review).
    const QString pdf = out + QStringLiteral("/annual-report.pdf");
    QFile::remove(pdf);
    QSignalSpy exported(page, &ui::AnnualReportPage::reportExported);
    if (page->exportTo(pdf))
        exported.wait(60000);
    std::printf("%s %s\n", qPrintable(pdf), exported.isEmpty() ? "NOT WRITTEN" : "written");
    QProcess::execute(QStringLiteral("pdftoppm"),
        { QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
            QStringLiteral("3"), QStringLiteral("-png"), pdf, out + QStringLiteral("/pdf-page") });

    // Last year's report, published; then a correction under way.
    page->sideTabs()->setCurrentIndex(0);
    page->setYear(QDate::currentDate().year() - 1);
    waitFor(page);
    page->selectSection(QStringLiteral("development"));
    screen.shoot(QStringLiteral("published"));
    page->correct();
    type(editor, QStringLiteral("（更正：先进学会为省科协评定。）"));
    screen.shoot(QStringLiteral("correcting"));
    page->cancelCorrection();

    // The records changed since this year's snapshot (the banner): the finance summary entered
    // from the finances section, its dues short of the register (the warning), then saved.
    page->setYear(QDate::currentDate().year());
    waitFor(page);
    page->selectSection(QStringLiteral("finances"));
    page->sectionPanel()->financeButton()->click();
    auto *finance = window.findChild<ui::FinanceDialog *>();
    if (!finance)
        return 6;
    const qint64 received = annual::Finance(*window.session().database()).duesCrossCheck(QDate::currentDate().year()).received;
    const QList<std::pair<const char *, QString>> typed {
        { "donations", QStringLiteral("60000") },
        { "dues", annual::Finance::groupedYuan(received - 120000) },
        { "services", QStringLiteral("152,000") },
        { "government_grants", QStringLiteral("200000") },
        { "program_costs", QStringLiteral("318,500.40") },
        { "administrative", QStringLiteral("95000") },
    };
    for (const auto &[code, text] : typed) {
        QLineEdit *edit = finance->field(QLatin1StringView(code));
        edit->setText(text);
        if (code != std::string_view("administrative"))
            emit edit->editingFinished(); // left: shown as read
    }
    finance->field(QStringLiteral("administrative"))->setFocus();
    screen.shoot(QStringLiteral("finance-dialog"));
    finance->save();
    waitFor(page);
    screen.shoot(QStringLiteral("finance-saved"));
    return 0;
}
