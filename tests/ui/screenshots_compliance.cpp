// Screenshots of the Compliance page for review (not a test; built on demand):
//   cmake --build build --target screenshots_compliance
//   xvfb-run -a -s "-screen 0 1366x768x24" build/tests/bin/screenshots_compliance OUTDIR [zh_CN|en]
// The demo society (800 members, its terms, seats, branches and three years of meetings, as
// File ▸ Open Demo makes it) opens in the main window at 1366×768 on the Compliance page: the
// findings with a failing finding and its evidence chosen, a requirement chosen, the failing
// and warning findings only, a year that is over with its 31 December, a pack file refused with
// its message, and the Meetings page opened from a meeting among the evidence.
// SD_EXTRA_QM=file.qm installs translations not yet in the catalogue, for review.
#include "demo/DemoBranches.h"
#include "demo/DemoGovernance.h"
#include "demo/DemoMeetings.h"
#include "demo/DemoMembers.h"
#include "demo/DemoSociety.h"
#include "i18n/Language.h"
#include "MainWindow.h"
#include "ScreenshotSupport.h"
#include "pages/compliance/CompliancePage.h"
#include "pages/compliance/EvidencePanel.h"
#include "pages/compliance/FindingModel.h"
#include "session/Session.h"
#include "settings/Preferences.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

#include <cstdio>

using namespace sd;

namespace {

bool waitFor(ui::CompliancePage *page)
{
    return QTest::qWaitFor([page] { return !page->isEvaluating() && page->lastRun().year != 0; }, 60000);
}

/// The first check whose finding has evidence of `kind` (any kind when None) and the status wanted.
QString checkWithEvidence(const ui::CompliancePage *page, rules::RecordKind kind, rules::Status status)
{
    for (const rules::Finding &f : page->lastRun().findings) {
        if (f.status != status)
            continue;
        for (const rules::Evidence &e : f.evidence) {
            if (kind == rules::RecordKind::None || e.kind == kind)
                return f.check;
        }
    }
    return {};
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
    window.showPage(ui::MainWindow::Compliance);
    auto *page = static_cast<ui::CompliancePage *>(window.page(ui::MainWindow::Compliance));
    if (!waitFor(page))
        return 5;
    for (const rules::Finding &f : page->lastRun().findings)
        std::printf("%s %s (%d evidence)\n", qPrintable(f.check), qPrintable(rules::FindingText::code(f.status)),
            int(f.evidence.size()));

    // A failing finding with its evidence (a meeting's when one fails over meetings).
    QString failing = checkWithEvidence(page, rules::RecordKind::Meeting, rules::Status::Fail);
    if (failing.isEmpty())
        failing = checkWithEvidence(page, rules::RecordKind::None, rules::Status::Fail);
    if (failing.isEmpty())
        failing = checkWithEvidence(page, rules::RecordKind::None, rules::Status::Warning);
    if (!failing.isEmpty())
        page->selectCheck(failing);
    page->findingsView()->setFocus();
    screen.shoot(QStringLiteral("findings"));

    // A finding with many evidence rows (a council's composition, when one shows).
    QString longest;
    qsizetype most = 0;
    for (const rules::Finding &f : page->lastRun().findings) {
        if (f.evidence.size() > most) {
            most = f.evidence.size();
            longest = f.check;
        }
    }
    if (!longest.isEmpty()) {
        page->selectCheck(longest);
        screen.shoot(QStringLiteral("evidence-long"));
    }

    // A requirement row: its citation.
    page->findingsView()->setCurrentIndex(page->model()->index(0, 0));
    screen.shoot(QStringLiteral("requirement"));

    // Only what fails or warns.
    page->filterCombo()->setCurrentIndex(1);
    screen.shoot(QStringLiteral("filter-failing"));
    page->filterCombo()->setCurrentIndex(0);

    // Last year: judged on its 31 December.
    page->yearSpin()->setValue(page->yearSpin()->value() - 1);
    waitFor(page);
    screen.shoot(QStringLiteral("last-year"));
    page->yearSpin()->setValue(page->yearSpin()->value() + 1);
    waitFor(page);

    // A pack file that names a check function that does not exist.
    const QString broken = screen.scratch(QStringLiteral("my-province.json"));
    {
        QFile file(broken);
        if (file.open(QIODevice::WriteOnly))
            file.write(R"({"id":"my-province","title":{"zh":"某省学会规定","en":"A province's rules"},"requirements":[{"id":"MP-01",
                "title":{"zh":"会议","en":"Meetings"},"source":{"file":"x.txt","wording":"（大意）"},"applicability":"every_year",
                "checks":[{"id":"minutes","function":"meeting_minutess","params":{}}]}]})");
    }
    page->loadPackFile(broken);
    screen.shoot(QStringLiteral("pack-refused"));

    // A meeting among the evidence, opened on the Meetings page.
    QString meetingCheck;
    for (rules::Status status : rules::FindingText::allStatuses()) {
        if (meetingCheck.isEmpty())
            meetingCheck = checkWithEvidence(page, rules::RecordKind::Meeting, status);
    }
    if (!meetingCheck.isEmpty() && page->selectCheck(meetingCheck)) {
        QTableWidget *evidence = page->evidencePanel()->evidenceTable();
        evidence->setFocus();
        evidence->setCurrentCell(0, 0);
        QTest::keyClick(evidence, Qt::Key_Return);
        screen.shoot(QStringLiteral("opened-meeting"));
    }
    return 0;
}
