// Screenshots of the Meetings page for review (not a test; built on demand):
//   cmake --build build --target screenshots_meetings
//   xvfb-run -a -s "-screen 0 1366x768x24" build/tests/bin/screenshots_meetings OUTDIR [zh_CN|en]
// The demo society (800 members, its terms, seats and branches) gets two and a half years of
// meetings made here: council twice a year, the standing council three times, the chair's office
// and the secretary-general's meeting every other month, a supervisory board and a congress;
// attendance marked (one councillor absent without leave from the last two council meetings, a
// standing council meeting short of its quorum), resolutions with votes (one with more votes
// than present, one whose record contradicts its votes), minutes signed, corrected and drafted,
// follow-ups some overdue, some with their evidence; the latest council meeting has its documents
// attached (notice, sign-in sheet, slides, photo). The main window opens at 1366×768 on the Meetings page and the list
// with the roll, the minutes, the resolutions, the follow-up, the year view, the board, the
// absences and the dialogs are saved.
#include "branches/BranchStore.h"
#include "demo/DemoBranches.h"
#include "demo/DemoGovernance.h"
#include "demo/DemoMembers.h"
#include "demo/DemoSociety.h"
#include "governance/GovernanceStore.h"
#include "i18n/Language.h"
#include "MainWindow.h"
#include "meetings/MeetingStore.h"
#include "pages/meetings/FollowUpBoard.h"
#include "pages/meetings/FollowUpDialogs.h"
#include "pages/meetings/FollowUpPanel.h"
#include "pages/meetings/MeetingAttachments.h"
#include "pages/meetings/MeetingDialogs.h"
#include "pages/meetings/MeetingEditor.h"
#include "pages/meetings/MeetingsPage.h"
#include "pages/meetings/MinutesPanel.h"
#include "pages/meetings/ResolutionsPanel.h"
#include "pages/meetings/RollModel.h"
#include "pages/meetings/RollPanel.h"
#include "pages/meetings/YearView.h"
#include "profile/ProfileDialog.h"
#include "session/FileActions.h"
#include "session/Session.h"
#include "settings/Preferences.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QTimer>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTranslator>

#include <cstdio>

using namespace sd;
using namespace sd::meetings;

namespace {

void shoot(const QString &path)
{
    QTest::qWait(600);
    const QPixmap screen = QGuiApplication::primaryScreen()->grabWindow(0);
    std::printf("%s %s\n", qPrintable(path), screen.save(path) ? "saved" : "NOT SAVED");
}

bool check(bool ok, const storage::StorageError &error, const char *what)
{
    if (!ok)
        std::printf("%s: %s\n", what, qPrintable(error.message));
    return ok;
}

/// A deterministic mark for line `i` of meeting `k`: mostly present.
std::optional<AttendanceStatus> markFor(int k, int i, int presentPercent)
{
    const int h = (k * 7919 + i * 104729) % 100;
    if (h < presentPercent)
        return AttendanceStatus::Present;
    if (h < presentPercent + (100 - presentPercent) / 2)
        return AttendanceStatus::Excused;
    if (h < 98)
        return AttendanceStatus::Absent;
    return AttendanceStatus::Proxy;
}

QString minutesHtml(const Meeting &m, const QString &extra)
{
    QString html = QStringLiteral("<p><b>会议纪要</b></p><p>%1，%2在%3召开，%4主持，%5记录。</p><ol>")
                       .arg(MeetingStore::displayTitle(m), m.date.toString(QStringLiteral("yyyy年M月d日")), m.place, m.chair,
                           m.recordKeeper);
    for (const AgendaItem &item : m.agenda)
        html += QStringLiteral("<li>%1：与会人员进行了认真讨论，形成一致意见。</li>").arg(item.title);
    html += QStringLiteral("</ol><p>%1</p>").arg(extra);
    return html;
}

struct Built
{
    qint64 councilLatest = 0;
    qint64 standingShort = 0;
    qint64 signedCorrected = 0;
};

bool fill(storage::Database &db, QDate today, Built *built)
{
    MeetingStore store(db);
    governance::GovernanceStore governance(db);
    storage::StorageError error;
    const std::optional<governance::Term> term = governance.termOn(today);
    if (!term) {
        std::printf("no term\n");
        return false;
    }
    QString chair = QStringLiteral("理事长");
    QString secretaryGeneral = QStringLiteral("秘书长");
    const QList<governance::Seat> council = governance.seats(term->id, governance::Body::Council);
    for (const governance::Seat &s : council) {
        if (s.role == governance::Role::Chair)
            chair = s.name;
        if (s.role == governance::Role::SecretaryGeneral)
            secretaryGeneral = s.name;
    }
    const QString termLabel = governance::GovernanceText::termLabel(term->number);
    const QList<governance::Regulation> regulations = governance.regulations();
    const QList<branches::Branch> branchList = branches::BranchStore(db).branches();

    struct Plan
    {
        MeetingBody body;
        QDate date;
        QString number;
        QString title;
    };
    QList<Plan> plans;
    const int y = today.year();
    int councilNo = 0;
    int standingNo = 0;
    for (int year = y - 2; year <= y; ++year) {
        for (int month : { 3, 9 }) {
            const QDate d(year, month, 20 + month % 5);
            if (d < term->startDate || d > today)
                continue;
            ++councilNo;
            plans << Plan { MeetingBody::Council, d, QStringLiteral("LS-%1-%2").arg(year).arg(month == 3 ? 1 : 2),
                QStringLiteral("%1理事会第%2次会议").arg(termLabel).arg(councilNo) };
        }
        for (int month : { 1, 5, 10 }) {
            const QDate d(year, month, 12);
            if (d < term->startDate || d > today)
                continue;
            ++standingNo;
            plans << Plan { MeetingBody::StandingCouncil, d, QStringLiteral("CW-%1-%2").arg(year).arg(month),
                QStringLiteral("%1常务理事会第%2次会议").arg(termLabel).arg(standingNo) };
        }
        for (int month = 2; month <= 12; month += 2) {
            const QDate d(year, month, 6);
            if (d < term->startDate || d > today)
                continue;
            plans << Plan { MeetingBody::ChairOffice, d, QStringLiteral("BG-%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0')), {} };
            plans << Plan { MeetingBody::SecretaryGeneralOffice, d.addDays(8),
                QStringLiteral("MS-%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0')), {} };
        }
        const QDate sv(year, 6, 28);
        if (sv >= term->startDate && sv <= today)
            plans << Plan { MeetingBody::SupervisoryBoard, sv, QStringLiteral("JS-%1").arg(year), {} };
    }
    plans << Plan { MeetingBody::Congress, term->startDate, QStringLiteral("DH-%1").arg(term->startDate.year()),
        QStringLiteral("%1会员代表大会").arg(termLabel) };
    // The next council meeting, noticed but not held.
    plans << Plan { MeetingBody::Council, today.addDays(24), QStringLiteral("LS-%1-3").arg(y),
        QStringLiteral("%1理事会第%2次会议").arg(termLabel).arg(councilNo + 1) };
    std::sort(plans.begin(), plans.end(), [](const Plan &a, const Plan &b) { return a.date < b.date; });

    QList<qint64> councilIds;
    int k = 0;
    for (const Plan &plan : std::as_const(plans)) {
        ++k;
        Meeting m;
        m.number = plan.number;
        m.body = plan.body;
        m.date = plan.date;
        m.startTime = QTime(9, 0);
        m.mode = k % 5 == 0 ? Mode::Video : (k % 7 == 0 ? Mode::Hybrid : Mode::Onsite);
        m.place = m.mode == Mode::Video ? QStringLiteral("腾讯会议") : QStringLiteral("学会会议室（武汉市洪山路88号）");
        m.chair = plan.body == MeetingBody::SecretaryGeneralOffice ? secretaryGeneral : chair;
        m.recordKeeper = QStringLiteral("周晓燕");
        m.title = plan.title;
        m.noticeIssuedOn = plan.date.addDays(-15);
        m.replyBy = plan.date.addDays(-5);
        m.noticeText = QStringLiteral("各位%1：\n兹定于%2召开会议，请拨冗出席，并于%3前回执。")
                           .arg(plan.body == MeetingBody::Congress ? QStringLiteral("代表") : QStringLiteral("委员"),
                               plan.date.toString(QStringLiteral("yyyy年M月d日")), m.replyBy.toString(QStringLiteral("M月d日")));
        switch (plan.body) {
        case MeetingBody::Council:
            m.agenda = { { 0, QStringLiteral("审议学会年度工作报告"), secretaryGeneral }, { 0, QStringLiteral("审议年度财务预算"), QStringLiteral("财务部") },
                { 0, QStringLiteral("审议规章制度"), QStringLiteral("办公室") }, { 0, QStringLiteral("审议分支机构调整事项"), QStringLiteral("组织部") } };
            break;
        case MeetingBody::StandingCouncil:
            m.agenda = { { 0, QStringLiteral("听取秘书处工作汇报"), secretaryGeneral }, { 0, QStringLiteral("审议分支机构设立事项"), QStringLiteral("组织部") } };
            break;
        default:
            m.agenda = { { 0, QStringLiteral("研究近期重点工作"), {} } };
            break;
        }
        if (!check(store.addMeeting(m, &error), error, "meeting"))
            return false;
        if (plan.date > today)
            continue; // the notice is out; nothing more yet
        if (plan.body == MeetingBody::Council)
            councilIds << m.id;

        // The roll.
        QList<AttendanceLine> lines = store.roll(m.id);
        const bool shortOfQuorum = plan.body == MeetingBody::StandingCouncil && plan.date.month() == 5 && plan.date.year() == y - 1;
        const bool lastTwoCouncils = plan.body == MeetingBody::Council && plan.date > today.addMonths(-11);
        for (int i = 0; i < lines.size(); ++i) {
            AttendanceLine &l = lines[i];
            l.status = markFor(k, i, shortOfQuorum ? 50 : 86);
            if (plan.body == MeetingBody::Council && i == 20 && l.status == AttendanceStatus::Absent)
                l.status = AttendanceStatus::Present; // absent without leave only in the run shown
            if (l.status == AttendanceStatus::Proxy)
                l.proxyTo = lines.at((i + 1) % lines.size()).name;
            if (lastTwoCouncils && i == 20)
                l.status = AttendanceStatus::Absent;
            l.reply = l.status == AttendanceStatus::Excused ? std::optional(Reply::Excused)
                : l.status == AttendanceStatus::Proxy       ? std::optional(Reply::Proxy)
                                                            : std::optional(Reply::Attending);
        }
        if (!lines.isEmpty() && !check(store.setAttendance(lines, &error), error, "attendance"))
            return false;
        const Quorum q = store.quorum(m.id);
        if (shortOfQuorum)
            built->standingShort = m.id;

        // Resolutions.
        QList<Resolution> resolutions;
        const auto resolution = [&](const QString &text, ResolutionKind kind, std::optional<Votes> votes, VoteRule rule,
                                    std::optional<Outcome> recorded) {
            Resolution r;
            r.meetingId = m.id;
            r.text = text;
            r.kind = kind;
            r.votes = votes;
            r.rule = rule;
            r.secretBallot = kind == ResolutionKind::AppointSecretaryGeneral;
            r.recordedOutcome = recorded;
            resolutions << r;
        };
        const int p = q.present;
        if (plan.body == MeetingBody::Council) {
            resolution(QStringLiteral("审议通过《%1年度学会工作报告》").arg(plan.date.year() - (plan.date.month() < 6 ? 1 : 0)),
                ResolutionKind::Other, Votes { p - 3, 1, 2 }, VoteRule::TwoThirds, Outcome::Adopted);
            resolution(QStringLiteral("审议通过%1年度财务预算").arg(plan.date.year() + (plan.date.month() > 6 ? 1 : 0)),
                ResolutionKind::Budget, Votes { p - 6, 4, 2 }, VoteRule::TwoThirds, Outcome::Adopted);
            if (!regulations.isEmpty()) {
                resolution(QStringLiteral("审议通过《%1》修订稿").arg(regulations.at(councilIds.size() % regulations.size()).title),
                    ResolutionKind::AdoptRegulation, Votes { p - 2, 0, 2 }, VoteRule::TwoThirds, Outcome::Adopted);
                resolutions.last().regulationId = regulations.at(councilIds.size() % regulations.size()).id;
            }
            if (councilIds.size() == 1)
                resolution(QStringLiteral("聘任%1为学会秘书长").arg(secretaryGeneral), ResolutionKind::AppointSecretaryGeneral,
                    Votes { p - 4, 2, 2 }, VoteRule::TwoThirds, Outcome::Adopted);
            // A count that does not add up, and a record that contradicts its votes.
            resolution(QStringLiteral("同意调整学会内设机构"), ResolutionKind::Other, Votes { p - 2, 3, 4 }, VoteRule::TwoThirds,
                Outcome::Adopted);
            resolution(QStringLiteral("同意增补理事人选"), ResolutionKind::Election, Votes { p / 2, p / 2 - 2, 2 }, VoteRule::MoreThanHalf,
                Outcome::Adopted);
        } else if (plan.body == MeetingBody::StandingCouncil) {
            if (!branchList.isEmpty()) {
                const branches::Branch &b = branchList.at(k % branchList.size());
                resolution(QStringLiteral("同意%1调整负责人").arg(b.name), ResolutionKind::BranchDecision, Votes { p - 1, 0, 1 },
                    VoteRule::TwoThirds, Outcome::Adopted);
                resolutions.last().branchId = b.id;
            }
            resolution(QStringLiteral("同意举办%1年学术年会").arg(plan.date.year()), ResolutionKind::Other, Votes { p - 2, 1, 1 },
                VoteRule::TwoThirds, std::nullopt);
        } else if (plan.body == MeetingBody::Congress) {
            resolution(QStringLiteral("选举产生%1理事会").arg(termLabel), ResolutionKind::Election,
                Votes { p - 5, 3, 2 }, VoteRule::MoreThanHalf, Outcome::Adopted);
            resolution(QStringLiteral("审议通过会费标准调整方案"), ResolutionKind::DuesChange, Votes { p - 10, 6, 4 },
                VoteRule::AtLeastHalf, Outcome::Adopted);
            resolutions.last().secretBallot = true;
        } else {
            resolution(QStringLiteral("研究部署近期重点工作"), ResolutionKind::Other, std::nullopt, VoteRule::MoreThanHalf,
                Outcome::Adopted);
        }
        int position = 0;
        for (Resolution &r : resolutions) {
            ++position;
            if (!check(store.addResolution(r, &error), error, "resolution"))
                return false;
            // Follow-up for the council's and standing council's decisions.
            if ((plan.body == MeetingBody::Council || plan.body == MeetingBody::StandingCouncil) && position <= 2) {
                FollowUp f;
                f.resolutionId = r.id;
                const QStringList owners { QStringLiteral("秘书处"), QStringLiteral("财务部"), QStringLiteral("组织部"), QStringLiteral("学术部") };
                f.owner = owners.at((k + position) % owners.size());
                f.due = plan.date.addMonths(2 + position);
                const bool old = f.due < today.addMonths(-6);
                f.status = old || (k + position) % 3 == 0 ? FollowUpStatus::Completed
                    : (k + position) % 3 == 1            ? FollowUpStatus::InProgress
                                                         : FollowUpStatus::NotStarted;
                f.completedOn = f.status == FollowUpStatus::Completed ? std::min(f.due, today) : QDate();
                if (f.status != FollowUpStatus::NotStarted) {
                    governance::Attachment evidence;
                    if (!check(governance.addAttachment(QStringLiteral("落实情况报告.pdf"), QByteArray("%PDF-1.4 evidence"),
                                   &evidence, &error),
                            error, "evidence"))
                        return false;
                    f.attachmentId = evidence.id;
                }
                if (!check(store.addFollowUp(f, &error), error, "follow-up"))
                    return false;
                if (f.status != FollowUpStatus::NotStarted
                    && !check(store.addFollowUpNote(f.id, plan.date.addDays(30), QStringLiteral("已召开专题会议部署落实，形成工作方案。"), &error),
                        error, "note"))
                    return false;
            }
        }

        // Minutes: signed after a week, the latest council meeting still a draft; one corrected.
        const bool latestCouncil = plan.body == MeetingBody::Council && plan.date > today.addMonths(-3);
        if (!check(store.saveMinutes(m.id, minutesHtml(m, QStringLiteral("会议应到%1人，实到%2人。").arg(q.seats).arg(q.present)), &error),
                error, "minutes"))
            return false;
        if (!latestCouncil && !check(store.signMinutes(m.id, m.chair, plan.date.addDays(7), &error), error, "sign"))
            return false;
        if (plan.body == MeetingBody::Council && councilIds.size() == 2) {
            if (!check(store.correctMinutes(m.id, minutesHtml(m, QStringLiteral("（更正：第二项决议的表决结果。）")),
                           QStringLiteral("更正第二项决议的表决票数"), &error),
                    error, "correct")
                || !check(store.signMinutes(m.id, m.chair, plan.date.addDays(21), &error), error, "sign v2"))
                return false;
            built->signedCorrected = m.id;
        }
        if (latestCouncil)
            built->councilLatest = m.id;
    }
    // The latest council meeting's documents, of sizes from bytes to megabytes.
    const std::pair<QString, qsizetype> documents[] = { { QStringLiteral("会议通知（理事会）.pdf"), 48 * 1024 },
        { QStringLiteral("签到表（已签）.pdf"), 1536 * 1024 }, { QStringLiteral("秘书处工作报告.pptx"), 6 * 1024 * 1024 + 300 * 1024 },
        { QStringLiteral("会议现场照片.jpg"), 850 * 1024 } };
    for (const auto &[name, size] : documents) {
        governance::Attachment a;
        if (!check(governance.addAttachment(name, QByteArray(size, 'x'), &a, &error), error, "attachment")
            || !check(store.attachToMeeting(built->councilLatest, a.id, &error), error, "attach"))
            return false;
    }
    std::printf("%d meetings, %d follow-ups\n", static_cast<int>(store.meetings().size()),
        static_cast<int>(store.allFollowUps().size()));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString out = app.arguments().value(1, QStringLiteral("."));
    const QString language = app.arguments().value(2, QStringLiteral("zh_CN"));
    QDir().mkpath(out);
    if (language == u"zh_CN")
        i18n::install(i18n::Language::Chinese);
    // Strings not yet in the catalogue (a .qm built from a zh-additions file), for review.
    QTranslator extra;
    if (const QString qm = qEnvironmentVariable("SD_EXTRA_QM"); !qm.isEmpty() && extra.load(qm))
        QCoreApplication::installTranslator(&extra);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.societydesk"));
    Built built;
    {
        storage::Database::Options options;
        options.mode = storage::OpenMode::CreateNew;
        storage::StorageError error;
        auto db = storage::Database::open(path, options, &error);
        if (!db || !demo::write(*db, demo::generate(demo::kDefaultSeed), &error))
            return 4;
        const QDate today = db->clock().today();
        demo::DemoMembersOptions members;
        members.members = 800;
        members.units = 20;
        members.seed = 3;
        members.today = today;
        if (!demo::writeMembers(*db, members, &error) || !demo::writeGovernance(*db, 3, today, &error)
            || !demo::writeBranches(*db, 3, today, &error)) {
            std::printf("%s\n", qPrintable(error.message));
            return 4;
        }
        if (!fill(*db, today, &built)) {
            std::printf("meetings not written\n");
            return 4;
        }
    }
    Preferences preferences(new QSettings(dir.filePath(QStringLiteral("prefs.ini")), QSettings::IniFormat));
    ui::MainWindow window(preferences, Clock::system());
    window.resize(1366, 768);
    window.move(0, 0);
    window.show();
    storage::StorageError error;
    if (!window.session().open(path, &error))
        return 4;
    window.showPage(ui::MainWindow::Meetings);
    auto *page = static_cast<ui::MeetingsPage *>(window.page(ui::MainWindow::Meetings));
    QTest::qWait(1000);
    const QString suffix = QString(u'-' + language + QStringLiteral(".png"));
    ui::MeetingEditor *editor = page->editor();
    // SD_DEBUG_SIZES=1 prints the minimum sizes that decide whether the page fits 1366×768.
    if (qEnvironmentVariableIsSet("SD_DEBUG_SIZES")) {
        const auto sizes = [](const char *name, QWidget *w) {
            std::printf("%s min %d x %d  hint %d x %d\n", name, w->minimumSizeHint().width(), w->minimumSizeHint().height(),
                w->sizeHint().width(), w->sizeHint().height());
        };
        sizes("page", page);
        sizes("views", page->views());
        sizes("yearView", page->yearView());
        sizes("editor", editor);
        sizes("roll", editor->roll());
        sizes("minutes", editor->minutes());
        sizes("resolutions", editor->resolutions());
        sizes("followUps", editor->followUps());
        sizes("board", page->board());
        sizes("meetingsTab", page->tabs()->widget(0));
    }

    // The latest council meeting's roll, being marked: a few lines cleared and marked again.
    page->yearFilter()->setCurrentIndex(0);
    page->selectMeeting(built.councilLatest);
    editor->tabs()->setCurrentIndex(ui::MeetingEditor::RollTab);
    ui::RollView *roll = editor->roll()->view();
    roll->setFocus();
    roll->setCurrentIndex(editor->roll()->model()->index(3, ui::RollModel::StatusColumn));
    QTest::keyClick(roll, Qt::Key_0);
    QTest::keyClick(roll, Qt::Key_4);
    QTest::keyClicks(roll->focusWidget(), QStringLiteral("Li"));
    shoot(out + QStringLiteral("/roll-marking") + suffix);
    editor->roll()->revert();
    shoot(out + QStringLiteral("/list-roll") + suffix);
    page->selectMeeting(built.standingShort);
    editor->tabs()->setCurrentIndex(ui::MeetingEditor::RollTab);
    shoot(out + QStringLiteral("/roll-not-quorate") + suffix);

    page->selectMeeting(built.councilLatest);
    editor->tabs()->setCurrentIndex(ui::MeetingEditor::OverviewTab);
    shoot(out + QStringLiteral("/overview") + suffix);
    // The same with its documents, one chosen (the overview shows the attachments below the agenda).
    editor->attachments()->list()->setCurrentRow(1);
    editor->attachments()->list()->setFocus();
    shoot(out + QStringLiteral("/overview-attachments") + suffix);
    editor->tabs()->setCurrentIndex(ui::MeetingEditor::MinutesTab);
    shoot(out + QStringLiteral("/minutes-draft") + suffix);
    page->selectMeeting(built.signedCorrected);
    editor->tabs()->setCurrentIndex(ui::MeetingEditor::MinutesTab);
    shoot(out + QStringLiteral("/minutes-signed-corrected") + suffix);

    page->selectMeeting(built.councilLatest);
    editor->tabs()->setCurrentIndex(ui::MeetingEditor::ResolutionsTab);
    editor->resolutions()->table()->setCurrentCell(editor->resolutions()->table()->rowCount() - 2, 1);
    shoot(out + QStringLiteral("/resolutions") + suffix);
    editor->resolutions()->editResolution();
    QTest::qWait(300);
    if (auto *d = editor->findChild<ui::ResolutionDialog *>()) {
        d->forSpin()->setValue(d->forSpin()->value() - 20);
        shoot(out + QStringLiteral("/resolution-dialog") + suffix);
        d->reject();
    }
    editor->tabs()->setCurrentIndex(ui::MeetingEditor::FollowUpTab);
    shoot(out + QStringLiteral("/follow-up") + suffix);
    // A follow-up with its evidence, in its dialog.
    for (int row = 0; row < editor->followUps()->table()->rowCount(); ++row) {
        if (!editor->followUps()->table()->item(row, ui::FollowUpPanel::EvidenceColumn)->text().isEmpty()) {
            editor->followUps()->table()->setCurrentCell(row, 0);
            break;
        }
    }
    editor->followUps()->editFollowUp();
    QTest::qWait(300);
    if (auto *d = editor->findChild<ui::FollowUpDialog *>()) {
        shoot(out + QStringLiteral("/follow-up-dialog") + suffix);
        d->reject();
    }

    // The minutes in the print preview (the same pages as the PDF).
    QTimer::singleShot(1500, [&] {
        if (QWidget *preview = QApplication::activeModalWidget()) {
            preview->setGeometry(0, 0, 1366, 768);
            shoot(out + QStringLiteral("/print-preview") + suffix);
            preview->close();
        }
    });
    editor->printButton(ui::MeetingDocument::Minutes)->click();

    page->views()->setCurrentIndex(1);
    editor->tabs()->setCurrentIndex(ui::MeetingEditor::RollTab);
    shoot(out + QStringLiteral("/year-view") + suffix);
    page->views()->setCurrentIndex(0);

    editor->editMeeting();
    QTest::qWait(300);
    if (auto *d = editor->findChild<ui::MeetingDialog *>()) {
        shoot(out + QStringLiteral("/meeting-dialog") + suffix);
        d->reject();
    }

    page->tabs()->setCurrentIndex(ui::MeetingsPage::BoardTab);
    shoot(out + QStringLiteral("/board") + suffix);
    page->board()->openOnly()->setChecked(false);
    page->board()->ownerFilter()->setCurrentIndex(1);
    shoot(out + QStringLiteral("/board-owner") + suffix);
    page->tabs()->setCurrentIndex(ui::MeetingsPage::AbsencesTab);
    shoot(out + QStringLiteral("/absences") + suffix);

    // The charter's settings with the supervisory board's shares and the proxy rule.
    window.fileActions().editProfile();
    QTest::qWait(300);
    if (auto *d = window.findChild<ui::ProfileDialog *>()) {
        d->tabs().setCurrentIndex(ui::ProfileDialog::CharterTab);
        shoot(out + QStringLiteral("/charter-settings") + suffix);
        d->reject();
    }
    return 0;
}
