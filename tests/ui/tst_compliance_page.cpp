// The Compliance page in the main window over a society built here: its findings are exactly
// Engine::evaluate's (model-tested, in pack order, grouped by requirement); the status filter;
// a finding's evidence; an evidence row opening its record on the record's page (a meeting by
// Enter and by double-click); a broken pack file refused with its message and nothing changed,
// a valid one added and evaluated; a newer request superseding an older one; a change made while
// the page is hidden evaluated when it is shown again (and nothing re-run without a change); the
// packs following the society's setting; and each page's showRecord() for the kinds it owns.

#include "branches/BranchStore.h"
#include "common/FileDialog.h"
#include "governance/GovernanceStore.h"
#include "MainWindow.h"
#include "meetings/MeetingStore.h"
#include "members/MemberStore.h"
#include "pages/branches/BranchesPage.h"
#include "pages/compliance/ComplianceChart.h"
#include "pages/compliance/CompliancePage.h"
#include "pages/compliance/EvidencePanel.h"
#include "pages/compliance/FindingModel.h"
#include "pages/governance/GovernancePage.h"
#include "pages/governance/RecordsTab.h"
#include "pages/governance/SeatTableModel.h"
#include "pages/meetings/MeetingEditor.h"
#include "pages/meetings/MeetingsPage.h"
#include "pages/members/MemberTableModel.h"
#include "pages/members/MembersPage.h"
#include "rules/Engine.h"
#include "rules/RulePack.h"
#include "session/Session.h"
#include "SocietyBuilder.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"
#include "UiTestSupport.h"
#include "util/Clock.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QPushButton>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeView>

using namespace sd;
using rules::RecordKind;
using rules::Status;
using ui::CompliancePage;
using ui::FindingModel;
using ui::MainWindow;

class TestCompliancePage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void evaluate_builtSociety_modelMatchesEngine();
    void referenceDate_automaticFollowsTheRule_chosenDateIsUsed();
    void statusFilter_keepsOnlyTheStatusesChosen();
    void selectFinding_fillsCitationAndEvidence();
    void evidenceActivated_meeting_opensMeetingsPageWithIt();
    void loadPackFile_broken_showsErrorAndChangesNothing();
    void loadPackFile_valid_addsCheckedPackAndEvaluates();
    void newerRequest_supersedesOlder();
    void changeWhileHidden_evaluatedWhenShownAgain();
    void settingsChanged_packsFollowRulePacks();
    void exportReport_writesPdfAndOdt_refusesOtherNames();
    void showRecord_eachPageSelectsItsRecord();
    void showRecord_unknownRecord_isFalse();
    void closed_showsEmptyState();

private:
    [[nodiscard]] CompliancePage *page() const
    {
        return static_cast<CompliancePage *>(m_window->page(MainWindow::Compliance));
    }
    [[nodiscard]] storage::Database &db() const { return *m_window->session().database(); }
    /// Shows the page and waits for its evaluation.
    bool showAndWait();
    bool waitForEvaluation();
    QString writeFile(const QString &name, const QByteArray &content);
    /// Every check row of the model, in order: (check, status).
    QList<std::pair<QString, Status>> listed() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
    QDate m_today;
    meetings::Meeting m_withMinutes;
    meetings::Meeting m_withoutMinutes;
    qint64 m_resolutionId = 0;
    qint64 m_seatPerson = 0;
    QString m_memberNo;
    qint64 m_branchId = 0;
    qint64 m_filingId = 0;
    qint64 m_activityId = 0;
    qint64 m_regulationId = 0;
};

void TestCompliancePage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = test::makeSociety(*m_dir, QStringLiteral("hubei.societydesk"));
    QVERIFY(!m_path.isEmpty());
    m_today = QDate::currentDate(); // the session's file runs on the system clock
    {
        // A council, two of this year's meetings (one without minutes), a member, a branch with
        // its filing and an activity, a regulation.
        storage::StorageError error;
        storage::Database::Options options;
        auto file = storage::Database::open(m_path, options, &error);
        QVERIFY2(file, qPrintable(error.message));
        test::SocietyBuilder build(*file);
        const governance::Term term = build.term(9, QDate(m_today.year() - 1, 5, 1));
        for (int n = 1; n <= 5; ++n) {
            const qint64 person = build.seat(term, n);
            if (n == 3)
                m_seatPerson = person;
        }
        m_withMinutes = build.meeting(QStringLiteral("LS-1"), QDate(m_today.year(), 1, 1));
        m_withoutMinutes = build.meeting(QStringLiteral("LS-2"), QDate(m_today.year(), 1, 1));
        meetings::MeetingStore meetings(*file);
        QVERIFY2(meetings.saveMinutes(m_withMinutes.id, QStringLiteral("会议纪要"), &error), qPrintable(error.message));
        m_resolutionId = build.resolution(m_withoutMinutes.id, meetings::ResolutionKind::Other).id;
        m_memberNo = build.member(QStringLiteral("张三"), QDate(2020, 3, 1)).memberNo;
        branches::BranchStore branchStore(*file);
        branches::Branch branch;
        branch.name = QStringLiteral("青年工作委员会");
        branch.kind = QStringLiteral("工作委员会");
        branch.establishedOn = QDate(2019, 4, 1);
        QStringList warnings;
        QVERIFY2(branchStore.addBranch(branch, &warnings, &error), qPrintable(error.message));
        m_branchId = branch.id;
        branches::Filing filing;
        filing.branchId = branch.id;
        filing.date = QDate(2019, 5, 1);
        filing.reference = QStringLiteral("备2019-1");
        QVERIFY2(branchStore.addFiling(filing, &error), qPrintable(error.message));
        m_filingId = filing.id;
        branches::Activity activity;
        activity.name = QStringLiteral("青年学术论坛");
        activity.startDate = QDate(m_today.year() - 1, 10, 12);
        activity.branchId = branch.id;
        QVERIFY2(branchStore.addActivity(activity, &error), qPrintable(error.message));
        m_activityId = activity.id;
        m_regulationId = build.regulation(QStringLiteral("meeting_rules"), QDate(m_today.year() - 1, 6, 1)).id;
    }
    QVERIFY(!m_memberNo.isEmpty());
    m_preferences = test::temporaryPreferences(*m_dir);
    m_window = std::make_unique<MainWindow>(*m_preferences, Clock::system());
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    storage::StorageError error;
    QVERIFY2(m_window->session().open(m_path, &error), qPrintable(error.message));
    QVERIFY(test::waitForCheck(m_window->session()));
}

void TestCompliancePage::cleanup()
{
    m_window.reset();
    m_preferences.reset();
    m_dir.reset();
}

bool TestCompliancePage::waitForEvaluation()
{
    return QTest::qWaitFor([this] { return !page()->isEvaluating() && page()->lastRun().year != 0; }, 20000);
}

bool TestCompliancePage::showAndWait()
{
    m_window->showPage(MainWindow::Compliance);
    return waitForEvaluation();
}

QString TestCompliancePage::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

QList<std::pair<QString, Status>> TestCompliancePage::listed() const
{
    QList<std::pair<QString, Status>> rows;
    const FindingModel *model = page()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex requirement = model->index(r, 0);
        for (int c = 0; c < model->rowCount(requirement); ++c) {
            const QModelIndex check = model->index(c, 0, requirement);
            rows.append({ check.data(FindingModel::CheckRole).toString(),
                static_cast<Status>(check.data(FindingModel::StatusRole).toInt()) });
        }
    }
    return rows;
}

void TestCompliancePage::evaluate_builtSociety_modelMatchesEngine()
{
    QAbstractItemModelTester tester(page()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page()->evaluationCount(), 0); // nothing runs while the page is not shown
    QVERIFY(showAndWait());
    QCOMPARE(page()->evaluationCount(), 1);

    // The default packs are the society's setting.
    const QStringList packIds = storage::ProfileStore(db()).settings().list(SocietySetting::RulePacks);
    QCOMPARE(page()->selectedPackIds(), packIds);
    QList<rules::RulePack> packs;
    for (const QString &id : packIds) {
        rules::PackError error;
        const auto pack = rules::PackLoader::builtin(id, &error);
        QVERIFY2(pack, qPrintable(error.text()));
        packs << *pack;
    }
    const QList<rules::Finding> expected = rules::Engine::evaluate(db(), packs, m_today.year(), m_today);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(page()->lastRun().year, m_today.year());
    QCOMPARE(page()->lastRun().referenceDate, m_today);

    // Every finding, in pack order, one row under its requirement.
    const QList<std::pair<QString, Status>> rows = listed();
    QCOMPARE(rows.size(), expected.size());
    QCOMPARE(page()->model()->checkCount(), int(expected.size()));
    QSet<QString> requirements;
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(rows.at(i).first, expected.at(i).check);
        QCOMPARE(rows.at(i).second, expected.at(i).status);
        requirements.insert(expected.at(i).pack + u'/' + expected.at(i).requirement);
    }
    QCOMPARE(page()->model()->rowCount(), int(requirements.size()));

    // The chart counts the same, per pack.
    const QList<ui::ComplianceChart::PackCounts> &chart = page()->chart()->packs();
    QCOMPARE(chart.size(), packs.size());
    for (int p = 0; p < packs.size(); ++p) {
        QMap<Status, int> counts;
        for (const rules::Finding &f : expected) {
            if (f.pack == packs.at(p).id)
                ++counts[f.status];
        }
        QCOMPARE(chart.at(p).counts, counts);
    }
    QVERIFY(page()->summaryLabel()->text().contains(QString::number(expected.size())));
}

void TestCompliancePage::referenceDate_automaticFollowsTheRule_chosenDateIsUsed()
{
    QVERIFY(showAndWait());
    QVERIFY(page()->automaticDate()->isChecked());
    QCOMPARE(page()->dateEdit()->date(), m_today);
    QVERIFY(!page()->dateEdit()->isEnabled());
    QCOMPARE(page()->dateUsedLabel()->text(), CompliancePage::tr("(today)"));

    // A year that is over: its 31 December.
    page()->yearSpin()->setValue(m_today.year() - 1);
    QVERIFY(waitForEvaluation());
    QCOMPARE(page()->lastRun().year, m_today.year() - 1);
    QCOMPARE(page()->lastRun().referenceDate, QDate(m_today.year() - 1, 12, 31));
    QCOMPARE(page()->dateEdit()->date(), QDate(m_today.year() - 1, 12, 31));
    QCOMPARE(page()->dateUsedLabel()->text(), CompliancePage::tr("(the report year is over)"));

    // A date of one's own.
    page()->automaticDate()->setChecked(false);
    QVERIFY(page()->dateEdit()->isEnabled());
    page()->dateEdit()->setDate(QDate(m_today.year() - 1, 6, 30));
    QVERIFY(waitForEvaluation());
    QCOMPARE(page()->lastRun().referenceDate, QDate(m_today.year() - 1, 6, 30));
    QVERIFY(page()->dateUsedLabel()->text().isEmpty());
}

void TestCompliancePage::statusFilter_keepsOnlyTheStatusesChosen()
{
    QVERIFY(showAndWait());
    const QList<rules::Finding> &all = page()->lastRun().findings;
    struct Case
    {
        int index;
        QSet<Status> kept;
    };
    const QList<Case> cases { { 1, { Status::Fail, Status::Warning } },
        { 2, { Status::Fail, Status::Warning, Status::MissingData } }, { 3, { Status::Fail } } };
    for (const Case &c : cases) {
        page()->filterCombo()->setCurrentIndex(c.index);
        const QList<std::pair<QString, Status>> rows = listed();
        const auto expected = std::count_if(all.cbegin(), all.cend(), [&](const rules::Finding &f) { return c.kept.contains(f.status); });
        QVERIFY(expected > 0); // the meeting without minutes fails
        QCOMPARE(rows.size(), qsizetype(expected));
        for (const auto &[check, status] : rows)
            QVERIFY2(c.kept.contains(status), qPrintable(check));
        // No requirement is left without a check.
        for (int r = 0; r < page()->model()->rowCount(); ++r)
            QVERIFY(page()->model()->rowCount(page()->model()->index(r, 0)) > 0);
    }
    page()->filterCombo()->setCurrentIndex(0);
    QCOMPARE(listed().size(), all.size());
}

void TestCompliancePage::selectFinding_fillsCitationAndEvidence()
{
    QVERIFY(showAndWait());
    QVERIFY(page()->selectCheck(QStringLiteral("CAST17-01.minutes")));
    const QModelIndex current = page()->findingsView()->currentIndex();
    QCOMPARE(current.data(FindingModel::CheckRole).toString(), QStringLiteral("CAST17-01.minutes"));
    QCOMPARE(static_cast<Status>(current.data(FindingModel::StatusRole).toInt()), Status::Fail);

    QTableWidget *evidence = page()->evidencePanel()->evidenceTable();
    QCOMPARE(evidence->rowCount(), 1);
    QCOMPARE(evidence->item(0, 0)->text(), meetings::MeetingStore::displayTitle(m_withoutMinutes));
    QCOMPARE(evidence->item(0, 1)->text(), ui::EvidencePanel::kindLabel(RecordKind::Meeting));
    const QString details = page()->evidencePanel()->details()->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("CAST17-01.minutes")), qPrintable(details));
    QVERIFY(details.contains(rules::FindingText::label(Status::Fail)));
    QVERIFY(details.contains(QString::fromUtf16(u"会议过程有记录"))); // the requirement's wording
    const rules::Finding *finding = page()->model()->finding(current);
    QVERIFY(finding);
    QVERIFY(details.contains(finding->measured));
    QVERIFY(details.contains(finding->hint));

    // A requirement row shows its citation; its checks' evidence waits for one of them.
    page()->findingsView()->setCurrentIndex(current.parent());
    QCOMPARE(evidence->rowCount(), 0);
    QVERIFY(page()->evidencePanel()->details()->toPlainText().contains(QString::fromUtf16(u"会议过程有记录")));
}

void TestCompliancePage::evidenceActivated_meeting_opensMeetingsPageWithIt()
{
    QVERIFY(showAndWait());
    auto *meetingsPage = static_cast<ui::MeetingsPage *>(m_window->page(MainWindow::Meetings));
    QVERIFY(meetingsPage->selectMeeting(m_withMinutes.id)); // another meeting is shown at first
    QSignalSpy asked(page(), &ui::Page::openRecordRequested);

    // Enter on the evidence row.
    QVERIFY(page()->selectCheck(QStringLiteral("CAST17-01.minutes")));
    QTableWidget *evidence = page()->evidencePanel()->evidenceTable();
    evidence->setFocus();
    evidence->setCurrentCell(0, 0);
    QTest::keyClick(evidence, Qt::Key_Return);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.at(0).at(0).value<RecordKind>(), RecordKind::Meeting);
    QCOMPARE(asked.at(0).at(1).toString(), m_withoutMinutes.number);
    QCOMPARE(m_window->pages()->currentIndex(), int(MainWindow::Meetings));
    QVERIFY(meetingsPage->currentMeeting());
    QCOMPARE(meetingsPage->currentMeeting()->number, m_withoutMinutes.number);

    // A double-click does the same.
    QVERIFY(meetingsPage->selectMeeting(m_withMinutes.id));
    m_window->showPage(MainWindow::Compliance);
    QVERIFY(page()->selectCheck(QStringLiteral("CAST17-01.minutes")));
    const QRect cell = evidence->visualItemRect(evidence->item(0, 0));
    QTest::mouseClick(evidence->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(evidence->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(m_window->pages()->currentIndex(), int(MainWindow::Meetings));
    QCOMPARE(meetingsPage->currentMeeting()->number, m_withoutMinutes.number);
}

void TestCompliancePage::loadPackFile_broken_showsErrorAndChangesNothing()
{
    QVERIFY(showAndWait());
    const int packs = page()->packList()->count();
    const QStringList selected = page()->selectedPackIds();
    const int runs = page()->evaluationCount();
    const int rows = page()->model()->checkCount();

    const QList<QByteArray> broken {
        "{ \"id\": \"broken\", \"title\": {\"zh\": \"坏\", \"en\": \"Broken\"}, \"requirements\": [",
        R"({"id":"broken","title":{"zh":"坏","en":"Broken"},"requirements":[{"id":"B-01","title":{"zh":"一","en":"One"},
            "source":{"file":"x.txt","wording":"（大意）"},"applicability":"every_year",
            "checks":[{"id":"c","function":"no_such_function","params":{}}]}]})",
    };
    for (int i = 0; i < broken.size(); ++i) {
        const QString path = writeFile(QStringLiteral("broken-%1.json").arg(i), broken.at(i));
        rules::PackError expected;
        QVERIFY(!rules::PackLoader::fromFile(path, &expected));
        QVERIFY(!page()->loadPackFile(path));
        QVERIFY(page()->messageLabel()->isVisibleTo(page()));
        QVERIFY2(page()->messageLabel()->text().contains(expected.text()), qPrintable(page()->messageLabel()->text()));
        QCOMPARE(page()->packList()->count(), packs);
        QCOMPARE(page()->selectedPackIds(), selected);
        QCOMPARE(page()->evaluationCount(), runs);
        QCOMPARE(page()->model()->checkCount(), rows);
    }
}

void TestCompliancePage::loadPackFile_valid_addsCheckedPackAndEvaluates()
{
    QVERIFY(showAndWait());
    const int packs = page()->packList()->count();
    const QString path = writeFile(QStringLiteral("extra.json"),
        R"({"id":"extra-2099","title":{"zh":"测试规则包","en":"Test pack"},"requirements":[{"id":"EX-01",
            "title":{"zh":"会议纪要","en":"Minutes"},"source":{"file":"x.txt","wording":"（大意）会议有纪要"},
            "applicability":"every_year","checks":[{"id":"minutes","function":"meeting_minutes","params":{}}]}]})");
    QVERIFY(page()->loadPackFile(path));
    QVERIFY(!page()->messageLabel()->isVisibleTo(page()));
    QCOMPARE(page()->packList()->count(), packs + 1);
    QCOMPARE(page()->packList()->item(packs)->checkState(), Qt::Checked);
    QVERIFY(page()->packList()->item(packs)->text().contains(QStringLiteral("extra.json")));
    QVERIFY(page()->selectedPackIds().contains(QStringLiteral("extra-2099")));
    QVERIFY(waitForEvaluation());
    const QModelIndex added = page()->model()->indexOfCheck(QStringLiteral("EX-01.minutes"));
    QVERIFY(added.isValid());
    QCOMPARE(static_cast<Status>(added.data(FindingModel::StatusRole).toInt()), Status::Fail);
    QCOMPARE(page()->chart()->packs().size(), page()->selectedPackIds().size());

    // Unchecked, it is no longer evaluated.
    page()->packList()->item(packs)->setCheckState(Qt::Unchecked);
    QVERIFY(waitForEvaluation());
    QVERIFY(!page()->model()->indexOfCheck(QStringLiteral("EX-01.minutes")).isValid());
}

void TestCompliancePage::newerRequest_supersedesOlder()
{
    QVERIFY(showAndWait());
    QSignalSpy shown(page(), &CompliancePage::evaluated);
    const int before = page()->evaluationCount();
    page()->yearSpin()->setValue(m_today.year() - 2);
    page()->yearSpin()->setValue(m_today.year() - 1);
    page()->evaluate();
    QCOMPARE(page()->evaluationCount(), before + 3);
    QVERIFY(page()->isEvaluating());
    QVERIFY(waitForEvaluation());
    QTest::qWait(100); // any older result would have arrived by now
    QCOMPARE(shown.size(), 1);
    QCOMPARE(page()->lastRun().year, m_today.year() - 1);
}

void TestCompliancePage::changeWhileHidden_evaluatedWhenShownAgain()
{
    QVERIFY(showAndWait());
    QCOMPARE(static_cast<Status>(page()->model()->indexOfCheck(QStringLiteral("CAST17-01.minutes")).data(FindingModel::StatusRole).toInt()),
        Status::Fail);
    const int runs = page()->evaluationCount();

    // Away and back with nothing changed: no new evaluation.
    m_window->showPage(MainWindow::Home);
    m_window->showPage(MainWindow::Compliance);
    QCOMPARE(page()->evaluationCount(), runs);

    // A change elsewhere while hidden is not evaluated until the page is shown.
    m_window->showPage(MainWindow::Meetings);
    storage::StorageError error;
    QVERIFY2(meetings::MeetingStore(db()).saveMinutes(m_withoutMinutes.id, QStringLiteral("补记纪要"), &error),
        qPrintable(error.message));
    QCOMPARE(page()->evaluationCount(), runs);
    m_window->showPage(MainWindow::Compliance);
    QCOMPARE(page()->evaluationCount(), runs + 1);
    QVERIFY(waitForEvaluation());
    QCOMPARE(static_cast<Status>(page()->model()->indexOfCheck(QStringLiteral("CAST17-01.minutes")).data(FindingModel::StatusRole).toInt()),
        Status::Pass);
}

void TestCompliancePage::settingsChanged_packsFollowRulePacks()
{
    QVERIFY(showAndWait());
    SocietySettings settings = storage::ProfileStore(db()).settings();
    settings.setList(SocietySetting::RulePacks, { QStringLiteral("civil-affairs") });
    storage::StorageError error;
    QVERIFY2(m_window->session().saveProfileAndSettings(test::sampleProfile(), settings, &error), qPrintable(error.message));
    QCOMPARE(page()->selectedPackIds(), QStringList { QStringLiteral("civil-affairs") });
    QVERIFY(waitForEvaluation());
    QCOMPARE(page()->lastRun().packs.size(), 1);
    for (const rules::Finding &f : page()->lastRun().findings)
        QCOMPARE(f.pack, QStringLiteral("civil-affairs"));
}

void TestCompliancePage::exportReport_writesPdfAndOdt_refusesOtherNames()
{
    QVERIFY(!page()->exportButton()->isEnabled()); // nothing evaluated yet
    QVERIFY(showAndWait());
    QVERIFY(page()->exportButton()->isEnabled());
    QSignalSpy written(page(), &CompliancePage::reportExported);
    const QList<std::pair<QString, QByteArray>> kinds { { QStringLiteral("pdf"), QByteArray("%PDF") },
        { QStringLiteral("odt"), QByteArray("PK\x03\x04") } };
    for (const auto &[suffix, magic] : kinds) {
        const QString path = m_dir->filePath(QStringLiteral("report.") + suffix);
        ui::FileDialog::setNextFileName(path);
        page()->exportButton()->click();
        QCOMPARE(written.size() > 0 ? written.constLast().at(0).toString() : QString(), path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(magic.size()), magic);
        QVERIFY(file.size() > 1000);
        QVERIFY(page()->messageLabel()->isVisibleTo(page()));
        QVERIFY(page()->messageLabel()->text().contains(QDir::toNativeSeparators(path)));
    }
    // Another kind of file is refused; nothing is written.
    const QString text = m_dir->filePath(QStringLiteral("report.txt"));
    ui::FileDialog::setNextFileName(text);
    page()->exportButton()->click();
    QCOMPARE(written.size(), 2);
    QVERIFY(!QFileInfo::exists(text));
    QVERIFY(page()->messageLabel()->text().contains(QStringLiteral(".odt")));
    // A name without a suffix is a PDF.
    ui::FileDialog::setNextFileName(m_dir->filePath(QStringLiteral("bare")));
    page()->exportButton()->click();
    QCOMPARE(written.size(), 3);
    QCOMPARE(written.constLast().at(0).toString(), m_dir->filePath(QStringLiteral("bare.pdf")));
    // Cancelled: nothing happens.
    ui::FileDialog::setNextFileName(QString());
    page()->exportButton()->click();
    QCOMPARE(written.size(), 3);
}

void TestCompliancePage::showRecord_eachPageSelectsItsRecord()
{
    // A member: the register narrowed to its number, its row chosen when it arrives.
    QVERIFY(m_window->openRecord(RecordKind::Member, m_memberNo));
    QCOMPARE(m_window->pages()->currentIndex(), int(MainWindow::Members));
    auto *members = static_cast<ui::MembersPage *>(m_window->page(MainWindow::Members));
    const qint64 memberId = *members::MemberStore(db()).idByMemberNo(m_memberNo);
    QTRY_COMPARE_WITH_TIMEOUT(members->model()->memberId(members->view()->currentIndex().row()), memberId, 10000);

    // A person and a seat: the council tab with the seat's row.
    auto *governance = static_cast<ui::GovernancePage *>(m_window->page(MainWindow::Governance));
    QVERIFY(m_window->openRecord(RecordKind::Person, QString::number(m_seatPerson)));
    QCOMPARE(m_window->pages()->currentIndex(), int(MainWindow::Governance));
    QCOMPARE(governance->currentBody(), governance::Body::Council);
    QTableView *seats = governance->seatView(governance::Body::Council);
    const governance::Seat *seat = governance->seatModel(governance::Body::Council)->seatAt(seats->currentIndex().row());
    QVERIFY(seat);
    QCOMPARE(seat->personId, m_seatPerson);
    const qint64 seatId = seat->id;
    governance->tabs()->setCurrentIndex(3);
    QVERIFY(m_window->openRecord(RecordKind::Seat, QString::number(seatId)));
    QCOMPARE(governance->currentBody(), governance::Body::Council);
    QCOMPARE(governance->seatModel(governance::Body::Council)->seatAt(seats->currentIndex().row())->id, seatId);
    // A regulation: the regulations tab with its row.
    QVERIFY(m_window->openRecord(RecordKind::Regulation, QString::number(m_regulationId)));
    ui::RecordsTab *regulations = governance->records(ui::RecordsTab::Kind::Regulations);
    QCOMPARE(governance->tabs()->currentWidget(), regulations);
    QCOMPARE(regulations->table()->item(regulations->table()->currentRow(), 0)->data(Qt::UserRole).toLongLong(), m_regulationId);
    QVERIFY(m_window->openRecord(RecordKind::Term, QStringLiteral("9")));
    QCOMPARE(governance->currentTerm()->number, 9);

    // A branch, its filing, an activity.
    auto *branchesPage = static_cast<ui::BranchesPage *>(m_window->page(MainWindow::Branches));
    QVERIFY(m_window->openRecord(RecordKind::Branch, QString::number(m_branchId)));
    QCOMPARE(m_window->pages()->currentIndex(), int(MainWindow::Branches));
    QCOMPARE(branchesPage->currentBranch()->id, m_branchId);
    QVERIFY(m_window->openRecord(RecordKind::Filing, QString::number(m_filingId)));
    QCOMPARE(branchesPage->detailTabs()->currentIndex(), 1);
    QTableWidget *filings = branchesPage->filingsTable();
    QCOMPARE(filings->item(filings->currentRow(), 0)->data(Qt::UserRole).toLongLong(), m_filingId);
    QVERIFY(m_window->openRecord(RecordKind::Activity, QString::number(m_activityId)));
    QCOMPARE(branchesPage->tabs()->currentIndex(), 1);
    QTableWidget *activities = branchesPage->activityTable();
    QCOMPARE(activities->item(activities->currentRow(), 0)->data(Qt::UserRole).toLongLong(), m_activityId);

    // A meeting by number; a resolution: its meeting with the resolutions tab.
    auto *meetingsPage = static_cast<ui::MeetingsPage *>(m_window->page(MainWindow::Meetings));
    QVERIFY(m_window->openRecord(RecordKind::Meeting, m_withMinutes.number));
    QCOMPARE(m_window->pages()->currentIndex(), int(MainWindow::Meetings));
    QCOMPARE(meetingsPage->currentMeeting()->id, m_withMinutes.id);
    QVERIFY(m_window->openRecord(RecordKind::Resolution, QString::number(m_resolutionId)));
    QCOMPARE(meetingsPage->currentMeeting()->id, m_withoutMinutes.id);
    QCOMPARE(meetingsPage->editor()->tabs()->currentIndex(), int(ui::MeetingEditor::ResolutionsTab));
}

void TestCompliancePage::showRecord_unknownRecord_isFalse()
{
    QVERIFY(!m_window->openRecord(RecordKind::Member, QStringLiteral("NO-SUCH")));
    QVERIFY(!m_window->openRecord(RecordKind::Seat, QStringLiteral("999999")));
    QVERIFY(!m_window->openRecord(RecordKind::Person, QStringLiteral("999999")));
    QVERIFY(!m_window->openRecord(RecordKind::Term, QStringLiteral("42")));
    QVERIFY(!m_window->openRecord(RecordKind::Regulation, QStringLiteral("999999")));
    QVERIFY(!m_window->openRecord(RecordKind::Branch, QStringLiteral("999999")));
    QVERIFY(!m_window->openRecord(RecordKind::Filing, QStringLiteral("x")));
    QVERIFY(!m_window->openRecord(RecordKind::Activity, QStringLiteral("999999")));
    QVERIFY(!m_window->openRecord(RecordKind::Meeting, QStringLiteral("NO-SUCH")));
    QVERIFY(!m_window->openRecord(RecordKind::Resolution, QStringLiteral("999999")));
    QVERIFY(!m_window->openRecord(RecordKind::FollowUp, QStringLiteral("999999")));
    QVERIFY(!m_window->openRecord(RecordKind::None, QStringLiteral("1")));
}

void TestCompliancePage::closed_showsEmptyState()
{
    QVERIFY(showAndWait());
    m_window->session().close();
    QVERIFY(page()->findChild<QLabel *>(QStringLiteral("compliance.empty"))->isVisible());
    QVERIFY(!page()->findingsView()->isVisible());
    QCOMPARE(page()->model()->rowCount(), 0);
    QCOMPARE(page()->evidencePanel()->evidenceTable()->rowCount(), 0);
}

QTEST_MAIN(TestCompliancePage)
#include "tst_compliance_page.moc"
