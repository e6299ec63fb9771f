// The Meetings page: the list (model-tested) with its quorum and minutes columns; the roll
// marked by click and by key with the quorum line live at its exact boundary (3 seats, 2/3:
// two present are quorate, one is not) and saved in one call; unsaved marks asked about before
// another meeting is shown; minutes drafted, signed off (then read-only) and corrected with a
// note; a resolution's outcome computed live while its votes are typed and while the roll is
// marked; overdue follow-ups highlighted on the board (on the clock's today) and filtered by who
// is responsible; the absence runs; the year view choosing a meeting; the print hooks; a
// meeting's documents added through the file dialog, listed, opened, copied byte for byte and
// taken off; a follow-up's evidence chosen, saved, marked on the panel and the board, cleared.

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "governance/GovernanceStore.h"
#include "meetings/MeetingStore.h"
#include "pages/meetings/FollowUpBoard.h"
#include "pages/meetings/FollowUpDialogs.h"
#include "pages/meetings/FollowUpPanel.h"
#include "pages/meetings/MeetingAttachments.h"
#include "pages/meetings/MeetingDialogs.h"
#include "pages/meetings/MeetingEditor.h"
#include "pages/meetings/MeetingListModel.h"
#include "pages/meetings/MeetingPrinting.h"
#include "pages/meetings/MeetingsPage.h"
#include "pages/meetings/MinutesPanel.h"
#include "pages/meetings/ResolutionsPanel.h"
#include "pages/meetings/RollModel.h"
#include "pages/meetings/RollPanel.h"
#include "pages/meetings/YearView.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QUrl>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextEdit>

using namespace sd;
using namespace sd::meetings;
using ui::MeetingEditor;
using ui::MeetingsPage;
using ui::RollModel;

/// Receives the files the page asks the desktop to open (QDesktopServices::setUrlHandler), so
/// no viewer starts and a test can read what would have been opened.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    UrlCatcher() { QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "open"); }
    ~UrlCatcher() override { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); }
    QList<QUrl> urls;

    /// The bytes of the last file opened.
    QByteArray lastContent() const
    {
        QFile file(urls.isEmpty() ? QString() : urls.constLast().toLocalFile());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

public slots:
    void open(const QUrl &url) { urls.append(url); }
};

class TestMeetingsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    FixedClock m_clock { QDateTime(QDate(2026, 6, 30), QTime(12, 0), Qt::UTC) };
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<MeetingsPage> m_page;
    QStringList m_councillors { QStringLiteral("张一"), QStringLiteral("李二"), QStringLiteral("王三") };

    /// A current term with a council of three seats.
    void seatCouncil()
    {
        governance::GovernanceStore store(*m_db);
        storage::StorageError error;
        governance::Term t;
        t.number = 9;
        t.startDate = QDate(2025, 5, 1);
        QVERIFY2(store.addTerm(t, &error), qPrintable(error.message));
        for (const QString &name : std::as_const(m_councillors)) {
            governance::Seat s;
            s.termId = t.id;
            s.body = governance::Body::Council;
            s.role = governance::Role::Councillor;
            governance::PersonRef who;
            who.name = name;
            QVERIFY2(store.addSeat(s, who, &error), qPrintable(error.message));
        }
    }

    Meeting addMeeting(const QString &number, QDate date, MeetingBody body = MeetingBody::Council)
    {
        Meeting m;
        m.number = number;
        m.body = body;
        m.date = date;
        m.chair = QStringLiteral("张一");
        m.agenda = { { 0, QStringLiteral("审议工作报告"), {} } };
        storage::StorageError error;
        if (!MeetingStore(*m_db).addMeeting(m, &error))
            qWarning() << error.message;
        return m;
    }

    Resolution addResolution(qint64 meetingId, int inFavour, VoteRule rule = VoteRule::TwoThirds)
    {
        Resolution r;
        r.meetingId = meetingId;
        r.text = QStringLiteral("审议通过工作报告");
        r.votes = Votes { inFavour, 0, 0 };
        r.rule = rule;
        storage::StorageError error;
        if (!MeetingStore(*m_db).addResolution(r, &error))
            qWarning() << error.message;
        return r;
    }

    void openPage()
    {
        m_page = std::make_unique<MeetingsPage>();
        m_page->resize(1300, 760);
        m_page->setDatabase(m_db.get());
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    MeetingEditor *editor() const { return m_page->editor(); }
    ui::RollView *rollView() const { return editor()->roll()->view(); }
    RollModel *roll() const { return editor()->roll()->model(); }
    bool quorate() const { return editor()->roll()->quorumLabel()->property("quorate").toBool(); }
    QString quorumText() const { return editor()->roll()->quorumLabel()->text(); }

    void clickStatus(int row)
    {
        const QModelIndex index = roll()->index(row, RollModel::StatusColumn);
        rollView()->scrollTo(index);
        QTest::mouseClick(rollView()->viewport(), Qt::LeftButton, {}, rollView()->visualRect(index).center());
    }

    std::optional<AttendanceStatus> status(int row) const { return roll()->lines().at(row).status; }

    template<typename T>
    T *dialog()
    {
        T *d = nullptr;
        if (!QTest::qWaitFor([&] { return (d = m_page->findChild<T *>()) && d->isVisible(); }, 2000))
            return nullptr;
        return d;
    }

    /// A file of `content` named `name` in `dir`.
    static QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

    /// Bytes no text conversion survives unchanged: a NUL, CR LF, high bytes.
    static QByteArray sampleDocument()
    {
        QByteArray bytes("%PDF-1.4\r\n");
        bytes.append('\0');
        for (int i = 0; i < 3000; ++i)
            bytes.append(static_cast<char>((i * 37) % 256));
        return bytes;
    }

    static QPushButton *saveButton(QDialog *d)
    {
        return d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    }

private slots:
    void init()
    {
        storage::Database::Options options;
        options.mode = storage::OpenMode::CreateNew;
        options.clock = &m_clock;
        storage::StorageError error;
        m_db = storage::Database::open(m_dir.filePath(QStringLiteral("m%1.societydesk").arg(++m_files)), options, &error);
        QVERIFY2(m_db, qPrintable(error.message));
        seatCouncil();
    }
    void cleanup()
    {
        m_page.reset();
        m_db.reset();
    }

    void list_passesTester_showsQuorumAndMinutes()
    {
        const Meeting a = addMeeting(QStringLiteral("LS-2026-1"), QDate(2026, 3, 20));
        const Meeting b = addMeeting(QStringLiteral("LS-2026-2"), QDate(2026, 6, 10));
        QList<AttendanceLine> lines = MeetingStore(*m_db).roll(a.id);
        QCOMPARE(lines.size(), 3);
        lines[0].status = AttendanceStatus::Present;
        lines[1].status = AttendanceStatus::Present;
        lines[2].status = AttendanceStatus::Absent;
        storage::StorageError error;
        QVERIFY(MeetingStore(*m_db).setAttendance(lines, &error));
        QVERIFY(MeetingStore(*m_db).saveMinutes(a.id, QStringLiteral("<p>纪要</p>"), &error));
        QVERIFY(MeetingStore(*m_db).signMinutes(a.id, QStringLiteral("张一"), QDate(2026, 3, 25), &error));
        addResolution(a.id, 2);
        openPage();
        ui::MeetingListModel *model = m_page->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 2);
        const int ra = model->rowOf(a.id);
        const int rb = model->rowOf(b.id);
        QCOMPARE(model->index(ra, ui::MeetingListModel::AttendanceColumn).data().toString(), QStringLiteral("2/3"));
        QVERIFY(model->index(ra, ui::MeetingListModel::QuorumColumn).data().toString().startsWith(u'✓'));
        QCOMPARE(model->index(ra, ui::MeetingListModel::ResolutionsColumn).data().toInt(), 1);
        QCOMPARE(model->index(ra, ui::MeetingListModel::MinutesColumn).data().toString(),
            ui::MeetingListModel::minutesLabel(ui::MeetingListModel::MinutesState::Signed, 1));
        QCOMPARE(model->index(rb, ui::MeetingListModel::MinutesColumn).data().toString(),
            ui::MeetingListModel::minutesLabel(ui::MeetingListModel::MinutesState::None, 0));
        // The latest meeting is shown first.
        QCOMPARE(editor()->meeting()->id, b.id);
        // The body filter.
        m_page->bodyFilter()->setCurrentIndex(m_page->bodyFilter()->findData(static_cast<int>(MeetingBody::StandingCouncil)));
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(!editor()->meeting());
    }

    void roll_clickCycles_quorumAtTheBoundary()
    {
        const Meeting m = addMeeting(QStringLiteral("LS-2026-1"), QDate(2026, 6, 10));
        openPage();
        editor()->tabs()->setCurrentIndex(MeetingEditor::RollTab);
        QCOMPARE(roll()->rowCount(), 3);
        QVERIFY(!quorate());
        QVERIFY2(quorumText().contains(QStringLiteral("2")), qPrintable(quorumText()));

        clickStatus(0);
        QCOMPARE(status(0), std::optional(AttendanceStatus::Present));
        QVERIFY(!quorate()); // 1 of 3: 3 × 1 < 2 × 3
        clickStatus(1);
        QCOMPARE(status(1), std::optional(AttendanceStatus::Present));
        QVERIFY(quorate()); // 2 of 3: 3 × 2 ≥ 2 × 3
        QCOMPARE(editor()->roll()->quorum().present, 2);
        QCOMPARE(editor()->roll()->quorum().needed(), 2);
        QVERIFY(editor()->tabs()->tabText(MeetingEditor::RollTab).contains(QStringLiteral("2/3")));

        // The cycle: 出席 → 请假 → 缺席 → 委托 → 出席.
        clickStatus(1);
        QCOMPARE(status(1), std::optional(AttendanceStatus::Excused));
        QVERIFY(!quorate());
        clickStatus(1);
        QCOMPARE(status(1), std::optional(AttendanceStatus::Absent));
        clickStatus(1);
        QCOMPARE(status(1), std::optional(AttendanceStatus::Proxy));
        // A proxy asks by whom, in place; not counted as present by default.
        QVERIFY(QTest::qWaitFor([&] { return rollView()->isEditing(); }, 1000));
        QCOMPARE(rollView()->currentIndex().column(), int(RollModel::ProxyColumn));
        auto *whom = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(whom);
        test::typeText(whom, QStringLiteral("赵四"));
        QTest::keyClick(whom, Qt::Key_Return); // the delegate commits on the next turn of the loop
        QTRY_COMPARE(roll()->lines().at(1).proxyTo, QStringLiteral("赵四"));
        QVERIFY(!quorate());
        clickStatus(1);
        QCOMPARE(status(1), std::optional(AttendanceStatus::Present));
        QVERIFY(quorate());
        QVERIFY(editor()->roll()->isDirty());
        QVERIFY(editor()->roll()->saveButton()->isEnabled());
        // Nothing is written before Save.
        QVERIFY(!MeetingStore(*m_db).roll(m.id).at(0).status);
    }

    void roll_keysSetAndCycle_quorumFollows()
    {
        addMeeting(QStringLiteral("LS-2026-1"), QDate(2026, 6, 10));
        openPage();
        editor()->tabs()->setCurrentIndex(MeetingEditor::RollTab);
        rollView()->setFocus();
        rollView()->setCurrentIndex(roll()->index(0, RollModel::StatusColumn));

        QTest::keyClick(rollView(), Qt::Key_1); // present, then the next line
        QCOMPARE(status(0), std::optional(AttendanceStatus::Present));
        QCOMPARE(rollView()->currentIndex().row(), 1);
        QVERIFY(!quorate());
        QTest::keyClick(rollView(), Qt::Key_Space); // the cycle's first step: present; stays
        QCOMPARE(status(1), std::optional(AttendanceStatus::Present));
        QCOMPARE(rollView()->currentIndex().row(), 1);
        QVERIFY(quorate());
        QTest::keyClick(rollView(), Qt::Key_Space);
        QCOMPARE(status(1), std::optional(AttendanceStatus::Excused));
        QVERIFY(!quorate());
        QTest::keyClick(rollView(), Qt::Key_3);
        QCOMPARE(status(1), std::optional(AttendanceStatus::Absent));
        QCOMPARE(rollView()->currentIndex().row(), 2);
        QTest::keyClick(rollView(), Qt::Key_2);
        QCOMPARE(status(2), std::optional(AttendanceStatus::Excused));
        QVERIFY(!quorate());
        rollView()->setCurrentIndex(roll()->index(1, RollModel::StatusColumn));
        QTest::keyClick(rollView(), Qt::Key_1);
        QVERIFY(quorate());
        rollView()->setCurrentIndex(roll()->index(1, RollModel::StatusColumn));
        QTest::keyClick(rollView(), Qt::Key_0); // cleared: not recorded
        QCOMPARE(status(1), std::nullopt);
        QVERIFY(!quorate());
        QCOMPARE(editor()->roll()->quorum().unrecorded, 1);
    }

    void roll_save_writesEveryMarkInOneCall()
    {
        const Meeting m = addMeeting(QStringLiteral("LS-2026-1"), QDate(2026, 6, 10));
        openPage();
        editor()->tabs()->setCurrentIndex(MeetingEditor::RollTab);
        rollView()->setFocus();
        rollView()->setCurrentIndex(roll()->index(0, RollModel::StatusColumn));
        QTest::keyClick(rollView(), Qt::Key_1);
        QTest::keyClick(rollView(), Qt::Key_1);
        QTest::keyClick(rollView(), Qt::Key_4); // a proxy: the editor opens for whom
        QVERIFY(QTest::qWaitFor([&] { return rollView()->isEditing(); }, 1000));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // left without a name
        QVERIFY(roll()->needsProxy(2));

        const qint64 audits = m_db->audit().count();
        editor()->roll()->saveButton()->click();
        QVERIFY2(!editor()->roll()->problem().isEmpty(), "a proxy without whom is refused");
        QCOMPARE(m_db->audit().count(), audits);
        QVERIFY(!MeetingStore(*m_db).roll(m.id).at(0).status); // nothing written

        QVERIFY(roll()->setData(roll()->index(2, RollModel::ProxyColumn), QStringLiteral("赵四")));
        QVERIFY(roll()->setData(roll()->index(0, RollModel::ReplyColumn), static_cast<int>(Reply::Attending)));
        editor()->roll()->saveButton()->click();
        QVERIFY2(editor()->roll()->problem().isEmpty(), qPrintable(editor()->roll()->problem()));
        QCOMPARE(m_db->audit().count(), audits + 1); // one call, one entry
        const QList<AttendanceLine> stored = MeetingStore(*m_db).roll(m.id);
        QCOMPARE(stored.at(0).status, std::optional(AttendanceStatus::Present));
        QCOMPARE(stored.at(0).reply, std::optional(Reply::Attending));
        QCOMPARE(stored.at(1).status, std::optional(AttendanceStatus::Present));
        QCOMPARE(stored.at(2).status, std::optional(AttendanceStatus::Proxy));
        QCOMPARE(stored.at(2).proxyTo, QStringLiteral("赵四"));
        QVERIFY(!editor()->roll()->isDirty());
        QVERIFY(!editor()->roll()->saveButton()->isEnabled());
        // The list follows.
        QCOMPARE(m_page->model()->index(m_page->model()->rowOf(m.id), ui::MeetingListModel::AttendanceColumn).data().toString(),
            QStringLiteral("2/3"));
    }

    void roll_unsavedMarks_askedBeforeAnotherMeeting()
    {
        const Meeting a = addMeeting(QStringLiteral("LS-2026-1"), QDate(2026, 3, 20));
        const Meeting b = addMeeting(QStringLiteral("LS-2026-2"), QDate(2026, 6, 10));
        openPage();
        QCOMPARE(editor()->meeting()->id, b.id);
        editor()->tabs()->setCurrentIndex(MeetingEditor::RollTab);
        clickStatus(0);
        QVERIFY(editor()->isDirty());

        ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!m_page->selectMeeting(a.id));
        QCOMPARE(editor()->meeting()->id, b.id);
        QCOMPARE(m_page->currentMeeting()->id, b.id);
        QVERIFY(editor()->isDirty());

        ui::MessageBox::setNextAnswer(QMessageBox::Save);
        QVERIFY(m_page->selectMeeting(a.id));
        QCOMPARE(editor()->meeting()->id, a.id);
        QCOMPARE(MeetingStore(*m_db).roll(b.id).at(0).status, std::optional(AttendanceStatus::Present));

        clickStatus(2);
        ui::MessageBox::setNextAnswer(QMessageBox::Discard);
        QVERIFY(m_page->selectMeeting(b.id));
        QVERIFY(!MeetingStore(*m_db).roll(a.id).at(2).status);
    }

    void minutes_signedOff_isReadOnly_correctedWithNote()
    {
        const Meeting m = addMeeting(QStringLiteral("LS-2026-1"), QDate(2026, 6, 10));
        openPage();
        editor()->tabs()->setCurrentIndex(MeetingEditor::MinutesTab);
        ui::MinutesPanel *minutes = editor()->minutes();
        QVERIFY(!minutes->editor()->isReadOnly());
        QVERIFY(!minutes->signButton()->isEnabled()); // nothing to sign yet
        minutes->editor()->setFocus();
        QTest::keyClicks(minutes->editor(), QStringLiteral("Minutes of the meeting."));
        QVERIFY(minutes->isDirty());
        minutes->saveButton()->click();
        QVERIFY(!minutes->isDirty());
        QCOMPARE(MeetingStore(*m_db).minutesVersions(m.id).size(), 1);
        QVERIFY(MeetingStore(*m_db).minutes(m.id)->text.contains(QStringLiteral("Minutes of the meeting.")));

        minutes->signButton()->click();
        auto *sign = dialog<ui::SignDialog>();
        QVERIFY(sign);
        QCOMPARE(sign->chairEdit()->text(), QStringLiteral("张一"));
        test::typeText(sign->dateEdit(), QStringLiteral("2026-06-01")); // before the meeting: refused
        sign->save();
        QVERIFY(!sign->problem().isEmpty());
        QVERIFY(!MeetingStore(*m_db).minutes(m.id)->isSigned());
        test::typeText(sign->dateEdit(), QStringLiteral("2026-06-15"));
        sign->save();
        QVERIFY(MeetingStore(*m_db).minutes(m.id)->isSigned());

        // Signed: read-only, no saving; typing changes nothing.
        QVERIFY(minutes->editor()->isReadOnly());
        QVERIFY(!minutes->saveButton()->isEnabled());
        QVERIFY(!minutes->signButton()->isEnabled());
        QVERIFY(minutes->correctButton()->isEnabled());
        const QString before = minutes->editor()->toPlainText();
        QTest::keyClicks(minutes->editor(), QStringLiteral("xyz"));
        QCOMPARE(minutes->editor()->toPlainText(), before);
        QVERIFY(!minutes->isDirty());

        // A correction: editable, saved as a new version only with a note.
        minutes->correctButton()->click();
        QVERIFY(minutes->isCorrecting());
        QVERIFY(!minutes->editor()->isReadOnly());
        minutes->editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(minutes->editor(), QStringLiteral(" Corrected."));
        minutes->saveButton()->click();
        auto *correction = dialog<ui::CorrectionDialog>();
        QVERIFY(correction);
        correction->save(); // no note
        QVERIFY(!correction->problem().isEmpty());
        QCOMPARE(MeetingStore(*m_db).minutesVersions(m.id).size(), 1);
        test::typeText(correction->noteEdit(), QStringLiteral("更正出席人数"));
        correction->save();
        const QList<MinutesVersion> versions = MeetingStore(*m_db).minutesVersions(m.id);
        QCOMPARE(versions.size(), 2);
        QVERIFY(versions.at(0).isSigned());
        QVERIFY(!versions.at(1).isSigned());
        QCOMPARE(versions.at(1).note, QStringLiteral("更正出席人数"));
        QVERIFY(versions.at(1).text.contains(QStringLiteral("Corrected.")));
        QCOMPARE(minutes->versionList()->count(), 2);
        QVERIFY(!minutes->editor()->isReadOnly()); // the correction is a draft until signed
        // The signed version, picked in the list, is shown read-only.
        minutes->versionList()->setCurrentRow(0);
        QVERIFY(minutes->editor()->isReadOnly());
        QVERIFY(!minutes->editor()->toPlainText().contains(QStringLiteral("Corrected.")));
    }

    void resolution_outcomeComputedLiveInTheDialog()
    {
        const Meeting m = addMeeting(QStringLiteral("LS-2026-1"), QDate(2026, 6, 10));
        QList<AttendanceLine> lines = MeetingStore(*m_db).roll(m.id);
        for (AttendanceLine &l : lines)
            l.status = AttendanceStatus::Present;
        storage::StorageError error;
        QVERIFY(MeetingStore(*m_db).setAttendance(lines, &error));
        openPage();
        editor()->tabs()->setCurrentIndex(MeetingEditor::ResolutionsTab);
        editor()->resolutions()->addButton()->click();
        auto *d = dialog<ui::ResolutionDialog>();
        QVERIFY(d);
        QCOMPARE(d->ruleCombo()->currentData().toInt(), static_cast<int>(VoteRule::TwoThirds)); // the charter's default
        d->textEdit()->setPlainText(QStringLiteral("审议通过年度预算"));
        d->forSpin()->setValue(2); // 2 of 3 under two thirds: adopted
        QCOMPARE(d->outcomeLabel()->property("outcome").toString(), QStringLiteral("adopted"));
        d->forSpin()->setValue(1);
        QCOMPARE(d->outcomeLabel()->property("outcome").toString(), QStringLiteral("rejected"));
        QVERIFY(d->warningsLabel()->isHidden());
        // More votes than present, and a record that contradicts the votes: warned, not refused.
        d->againstSpin()->setValue(3);
        d->recordedCombo()->setCurrentIndex(d->recordedCombo()->findData(static_cast<int>(Outcome::Adopted)));
        QVERIFY(d->warningsLabel()->isVisibleTo(d));
        QCOMPARE(d->warningsLabel()->text().count(u'⚠'), 2);
        // The kind sets the charter's rule and the secret ballot.
        d->kindCombo()->setCurrentIndex(d->kindCombo()->findData(static_cast<int>(ResolutionKind::DuesChange)));
        QCOMPARE(d->ruleCombo()->currentData().toInt(), static_cast<int>(VoteRule::AtLeastHalf));
        QVERIFY(d->secretCheck()->isChecked());
        d->votesBox()->setChecked(false);
        d->recordedCombo()->setCurrentIndex(0);
        QVERIFY(d->outcomeLabel()->property("outcome").toString().isEmpty());
        d->votesBox()->setChecked(true);
        d->againstSpin()->setValue(0);
        d->forSpin()->setValue(2);
        saveButton(d)->click();
        const QList<Resolution> stored = MeetingStore(*m_db).resolutions(m.id);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().votes->inFavour, 2);
        QCOMPARE(stored.first().kind, ResolutionKind::DuesChange);
        QCOMPARE(editor()->resolutions()->table()->rowCount(), 1);
    }

    void resolution_tableOutcomeFollowsTheRollAsMarked()
    {
        const Meeting m = addMeeting(QStringLiteral("LS-2026-1"), QDate(2026, 6, 10));
        addResolution(m.id, 1); // one in favour, two thirds of those present
        openPage();
        editor()->tabs()->setCurrentIndex(MeetingEditor::RollTab);
        QTableWidget *table = editor()->resolutions()->table();
        const auto outcome = [&] { return table->item(0, ui::ResolutionsPanel::OutcomeColumn)->text(); };
        clickStatus(0); // 1 present: 1 of 1 carries
        QVERIFY2(outcome().endsWith(MeetingText::label(Outcome::Adopted)), qPrintable(outcome()));
        clickStatus(1); // 2 present: 1 of 2 does not
        QVERIFY2(outcome().endsWith(MeetingText::label(Outcome::Rejected)), qPrintable(outcome()));
        // Not quorate with one of three recorded absent: warned.
        QTest::keyClick(rollView(), Qt::Key_Space); // row 1: excused
        rollView()->setCurrentIndex(roll()->index(2, RollModel::StatusColumn));
        QTest::keyClick(rollView(), Qt::Key_3);
        QVERIFY(outcome().startsWith(u'⚠'));
    }

    void board_overdueHighlighted_filteredByOwner_statusChanged()
    {
        const Meeting m = addMeeting(QStringLiteral("LS-2026-1"), QDate(2026, 3, 20));
        const Resolution r = addResolution(m.id, 2);
        MeetingStore store(*m_db);
        storage::StorageError error;
        FollowUp late;
        late.resolutionId = r.id;
        late.owner = QStringLiteral("秘书处");
        late.due = QDate(2026, 6, 29); // the day before today
        late.status = FollowUpStatus::InProgress;
        QVERIFY(store.addFollowUp(late, &error));
        FollowUp due;
        due.resolutionId = r.id;
        due.owner = QStringLiteral("财务部");
        due.due = QDate(2026, 6, 30); // today: not yet overdue
        QVERIFY(store.addFollowUp(due, &error));
        FollowUp done;
        done.resolutionId = r.id;
        done.owner = QStringLiteral("秘书处");
        done.due = QDate(2026, 5, 1);
        done.status = FollowUpStatus::Completed;
        QVERIFY(store.addFollowUp(done, &error));
        openPage();
        m_page->tabs()->setCurrentIndex(MeetingsPage::BoardTab);
        ui::FollowUpBoard *board = m_page->board();
        QTableWidget *table = board->table();
        const auto rowOf = [&](qint64 id) {
            for (int row = 0; row < table->rowCount(); ++row)
                if (table->item(row, 0)->data(Qt::UserRole).toLongLong() == id)
                    return row;
            return -1;
        };
        QCOMPARE(table->rowCount(), 2); // open only
        QVERIFY(table->item(rowOf(late.id), 0)->data(Qt::UserRole + 1).toBool());
        QCOMPARE(table->item(rowOf(late.id), ui::FollowUpBoard::OwnerColumn)->background().color(), QColor(0xfd, 0xe7, 0xe9));
        QVERIFY(!table->item(rowOf(due.id), 0)->data(Qt::UserRole + 1).toBool());
        QVERIFY(board->summary()->text().contains(QStringLiteral("2026-06-30")));

        board->overdueOnly()->setChecked(true);
        QCOMPARE(table->rowCount(), 1);
        board->overdueOnly()->setChecked(false);
        board->openOnly()->setChecked(false);
        QCOMPARE(table->rowCount(), 3);
        board->ownerFilter()->setCurrentIndex(board->ownerFilter()->findData(QStringLiteral("财务部")));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, ui::FollowUpBoard::OwnerColumn)->text(), QStringLiteral("财务部"));

        board->ownerFilter()->setCurrentIndex(board->ownerFilter()->findData(QStringLiteral("秘书处")));
        QCOMPARE(table->rowCount(), 2);
        table->setCurrentCell(rowOf(late.id), 0);
        board->setStatus(FollowUpStatus::Completed);
        QCOMPARE(store.allFollowUps(QStringLiteral("秘书处")).first().status, FollowUpStatus::Completed);
        QVERIFY(!table->item(rowOf(late.id), 0)->data(Qt::UserRole + 1).toBool());
    }

    void absences_listCouncillorsWithARun()
    {
        MeetingStore store(*m_db);
        storage::StorageError error;
        for (const auto &[number, date] : { std::pair { QStringLiteral("LS-1"), QDate(2025, 9, 1) },
                 std::pair { QStringLiteral("LS-2"), QDate(2026, 3, 1) } }) {
            const Meeting m = addMeeting(number, date);
            QList<AttendanceLine> lines = store.roll(m.id);
            for (AttendanceLine &l : lines)
                l.status = l.name == QStringLiteral("王三") ? AttendanceStatus::Absent : AttendanceStatus::Present;
            QVERIFY(store.setAttendance(lines, &error));
        }
        openPage();
        m_page->tabs()->setCurrentIndex(MeetingsPage::AbsencesTab);
        QTableWidget *table = m_page->absences()->table();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("王三"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("2"));
        QVERIFY(table->item(0, 3)->text().contains(QStringLiteral("LS-1")));
    }

    void yearView_clickChoosesMeeting()
    {
        const Meeting a = addMeeting(QStringLiteral("LS-2026-1"), QDate(2026, 3, 20));
        addMeeting(QStringLiteral("LS-2026-2"), QDate(2026, 6, 10));
        openPage();
        m_page->views()->setCurrentIndex(1);
        ui::YearView *year = m_page->yearView();
        QCOMPARE(year->year(), 2026);
        QCOMPARE(year->marks().size(), 2);
        const QRect day = year->dayRect(a.date);
        QVERIFY(!day.isEmpty());
        QTest::mouseClick(year, Qt::LeftButton, {}, day.center());
        QCOMPARE(editor()->meeting()->id, a.id);
        QCOMPARE(m_page->currentMeeting()->id, a.id);
        QTest::keyClick(year, Qt::Key_Right);
        QCOMPARE(editor()->meeting()->number, QStringLiteral("LS-2026-2"));
    }

    void newMeeting_rollGenerated_duplicateRefused()
    {
        addMeeting(QStringLiteral("LS-2026-1"), QDate(2026, 3, 20));
        openPage();
        m_page->newMeetingButton()->click();
        auto *d = dialog<ui::MeetingDialog>();
        QVERIFY(d);
        test::typeText(d->numberEdit(), QStringLiteral("LS-2026-1"));
        test::typeText(d->dateEdit(), QStringLiteral("2026-07-15"));
        d->findChild<QPushButton *>(QStringLiteral("meeting.addItem"))->click();
        d->agendaTable()->item(0, 0)->setText(QStringLiteral("审议年度预算"));
        saveButton(d)->click();
        QVERIFY2(!d->problem().isEmpty(), "a number already used is refused");
        QCOMPARE(MeetingStore(*m_db).meetings().size(), 1);
        test::typeText(d->numberEdit(), QStringLiteral("LS-2026-2"));
        saveButton(d)->click();
        const std::optional<Meeting> added = MeetingStore(*m_db).meetingByNumber(QStringLiteral("LS-2026-2"));
        QVERIFY(added);
        QCOMPARE(added->agenda.size(), 1);
        QCOMPARE(editor()->meeting()->id, added->id);
        QCOMPARE(editor()->tabs()->currentIndex(), int(MeetingEditor::RollTab));
        QCOMPARE(roll()->rowCount(), 3);
    }

    void print_hooksDisabledWithoutPrinter_calledWithMeeting()
    {
        const Meeting m = addMeeting(QStringLiteral("LS-2026-1"), QDate(2026, 6, 10));
        openPage();
        QPushButton *minutes = editor()->printButton(ui::MeetingDocument::Minutes);
        QVERIFY(!minutes->isEnabled());
        QVERIFY(!minutes->toolTip().isEmpty());
        QList<std::pair<ui::MeetingDocument, qint64>> calls;
        m_page->setPrinter([&calls](ui::MeetingDocument document, qint64 id, QWidget *) { calls.append({ document, id }); });
        QVERIFY(minutes->isEnabled());
        editor()->printButton(ui::MeetingDocument::SignInSheet)->click();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first().first, ui::MeetingDocument::SignInSheet);
        QCOMPARE(calls.first().second, m.id);
    }

    void print_previewShowsThePagesAndSavesAnOdt()
    {
        const Meeting m = addMeeting(QStringLiteral("LS-2026-1"), QDate(2026, 6, 10));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notice.odt"));
        int pages = 0;
        bool saved = false;
        QTimer poll;
        poll.setInterval(20);
        QObject::connect(&poll, &QTimer::timeout, [&] {
            auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            if (!preview)
                return;
            poll.stop();
            auto *widget = preview->findChild<QPrintPreviewWidget *>();
            pages = widget ? widget->pageCount() : 0;
            for (QAction *action : preview->findChild<QToolBar *>()->actions()) {
                if (action->text().contains(QStringLiteral("ODT"))) {
                    ui::FileDialog::setNextFileName(path);
                    action->trigger();
                    saved = true;
                }
            }
            preview->reject();
        });
        poll.start();
        ui::MeetingPrinting::preview(*m_db, ui::MeetingDocument::Notice, m.id, nullptr);
        QVERIFY(saved);
        QVERIFY(pages >= 2); // the notice, then the reply slip on a page of its own
        QFile odt(path);
        QVERIFY(odt.open(QIODevice::ReadOnly));
        QCOMPARE(odt.read(2), QByteArray("PK"));
    }

    void attachments_addedListedStoredCopiedOpenedAndTakenOff()
    {
        const Meeting m = addMeeting(QStringLiteral("LS-2026-1"), QDate(2026, 6, 10));
        QTemporaryDir files;
        const QByteArray bytes = sampleDocument();
        const QString path = writeFile(files, QStringLiteral("会议通知.pdf"), bytes);
        QVERIFY(!path.isEmpty());
        openPage();
        ui::MeetingAttachments *attachments = editor()->attachments();
        QCOMPARE(editor()->meeting()->id, m.id);
        QCOMPARE(attachments->list()->count(), 0);
        QVERIFY(attachments->addButton()->isEnabled());
        QVERIFY(!attachments->openButton()->isEnabled());
        QVERIFY(!attachments->saveCopyButton()->isEnabled());

        ui::FileDialog::setNextFileName(path);
        attachments->addButton()->click();
        MeetingStore store(*m_db);
        const QList<qint64> ids = store.meetingAttachments(m.id);
        QCOMPARE(ids.size(), 1);
        QCOMPARE(attachments->attachmentIds(), ids);
        QCOMPARE(attachments->list()->count(), 1);
        const QString shown = attachments->list()->item(0)->text();
        QVERIFY2(shown.contains(QStringLiteral("会议通知.pdf")), qPrintable(shown));
        QVERIFY2(shown.contains(ui::MeetingAttachments::size(bytes.size())) && shown.contains(QStringLiteral("KB")), qPrintable(shown));
        const auto stored = governance::GovernanceStore(*m_db).attachment(ids.first());
        QVERIFY(stored);
        QCOMPARE(stored->size, qint64(bytes.size()));
        QByteArray content;
        QVERIFY(governance::GovernanceStore(*m_db).attachmentContent(ids.first(), &content));
        QCOMPARE(content, bytes);

        // Save a copy: the very bytes, where the user chose.
        const QString copy = files.filePath(QStringLiteral("副本/notice-copy.pdf"));
        QVERIFY(QDir().mkpath(QFileInfo(copy).absolutePath()));
        ui::FileDialog::setNextFileName(copy);
        attachments->saveCopyButton()->click();
        QFile written(copy);
        QVERIFY2(written.open(QIODevice::ReadOnly), qPrintable(attachments->message()));
        QCOMPARE(written.readAll(), bytes);

        // Open: written out under its own name and handed to the desktop.
        {
            UrlCatcher desktop;
            attachments->openButton()->click();
            QCOMPARE(desktop.urls.size(), 1);
            QCOMPARE(QFileInfo(desktop.urls.first().toLocalFile()).fileName(), QStringLiteral("会议通知.pdf"));
            QCOMPARE(desktop.lastContent(), bytes);
        }

        // Taken off after the question: no longer listed, the document itself still stored.
        ui::MessageBox::setNextAnswer(QMessageBox::No);
        attachments->removeButton()->click();
        QCOMPARE(store.meetingAttachments(m.id).size(), 1);
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        attachments->removeButton()->click();
        QVERIFY(store.meetingAttachments(m.id).isEmpty());
        QCOMPARE(attachments->list()->count(), 0);
        QVERIFY(governance::GovernanceStore(*m_db).attachment(ids.first()));
        QVERIFY(!attachments->openButton()->isEnabled());
    }

    void attachments_refusalsSaidClearly()
    {
        const Meeting m = addMeeting(QStringLiteral("LS-2026-1"), QDate(2026, 6, 10));
        QTemporaryDir files;
        openPage();
        ui::MeetingAttachments *attachments = editor()->attachments();

        // Over 20 MB: refused before anything is stored.
        const QString big = files.filePath(QStringLiteral("录像.mp4"));
        {
            QFile file(big);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(governance::GovernanceStore::kMaxAttachmentBytes + 1));
        }
        ui::FileDialog::setNextFileName(big);
        attachments->addButton()->click();
        QVERIFY2(attachments->message().contains(QStringLiteral("20 MB")), qPrintable(attachments->message()));
        QVERIFY(MeetingStore(*m_db).meetingAttachments(m.id).isEmpty());

        // Stored, then the meeting turned out gone (removed elsewhere): the message says both.
        storage::StorageError error;
        QVERIFY(MeetingStore(*m_db).removeMeeting(m.id, &error));
        ui::FileDialog::setNextFileName(writeFile(files, QStringLiteral("签到表.pdf"), sampleDocument()));
        attachments->addButton()->click();
        const QString message = attachments->message();
        QVERIFY2(message.contains(QStringLiteral("签到表.pdf")) && message.contains(QStringLiteral("stored"))
                && message.contains(QStringLiteral("could not be attached")),
            qPrintable(message));
        QCOMPARE(attachments->list()->count(), 0);
    }

    void followUp_evidenceChosenSavedMarkedAndCleared()
    {
        const Meeting m = addMeeting(QStringLiteral("LS-2026-1"), QDate(2026, 6, 10));
        const Resolution r = addResolution(m.id, 3);
        FollowUp f;
        f.resolutionId = r.id;
        f.owner = QStringLiteral("秘书处");
        f.due = QDate(2026, 9, 30);
        storage::StorageError error;
        MeetingStore store(*m_db);
        QVERIFY(store.addFollowUp(f, &error));
        QTemporaryDir files;
        const QByteArray bytes = sampleDocument();
        const QString path = writeFile(files, QStringLiteral("落实情况报告.pdf"), bytes);
        openPage();
        editor()->tabs()->setCurrentIndex(MeetingEditor::FollowUpTab);
        ui::FollowUpPanel *panel = editor()->followUps();
        QCOMPARE(panel->table()->rowCount(), 1);
        QCOMPARE(panel->table()->item(0, ui::FollowUpPanel::EvidenceColumn)->text(), QString());
        panel->table()->setCurrentCell(0, 0);

        panel->editFollowUp();
        auto *d = dialog<ui::FollowUpDialog>();
        QVERIFY(d);
        QVERIFY(!d->openEvidenceButton()->isEnabled());
        QVERIFY(!d->clearEvidenceButton()->isEnabled());
        ui::FileDialog::setNextFileName(path);
        d->chooseEvidenceButton()->click();
        QVERIFY(d->evidenceLabel()->text().contains(QStringLiteral("落实情况报告.pdf")));
        QCOMPARE(store.followUps(r.id).first().attachmentId, 0); // stored on Save, not before
        saveButton(d)->click();
        QVERIFY2(d->problem().isEmpty(), qPrintable(d->problem()));
        const qint64 evidence = store.followUps(r.id).first().attachmentId;
        QVERIFY(evidence > 0);
        QByteArray content;
        QVERIFY(governance::GovernanceStore(*m_db).attachmentContent(evidence, &content));
        QCOMPARE(content, bytes);
        QCOMPARE(governance::GovernanceStore(*m_db).attachment(evidence)->fileName, QStringLiteral("落实情况报告.pdf"));

        // Marked on the meeting's panel and on the board, the document named in the tooltip.
        QTableWidgetItem *mark = panel->table()->item(0, ui::FollowUpPanel::EvidenceColumn);
        QCOMPARE(mark->text(), QStringLiteral("Yes"));
        QVERIFY(mark->toolTip().contains(QStringLiteral("落实情况报告.pdf")));
        m_page->tabs()->setCurrentIndex(MeetingsPage::BoardTab);
        QTableWidget *board = m_page->board()->table();
        QCOMPARE(board->rowCount(), 1);
        QCOMPARE(board->item(0, ui::FollowUpBoard::EvidenceColumn)->text(), QStringLiteral("Yes"));
        QCOMPARE(board->item(0, ui::FollowUpBoard::OwnerColumn)->text(), QStringLiteral("秘书处"));

        // Opened again: the stored document is named and opens with its bytes; then cleared.
        m_page->tabs()->setCurrentIndex(MeetingsPage::MeetingsTab);
        panel->table()->setCurrentCell(0, 0);
        QTRY_VERIFY(!m_page->findChild<ui::FollowUpDialog *>()); // the first one closed and gone
        panel->editFollowUp();
        d = dialog<ui::FollowUpDialog>();
        QVERIFY(d);
        QVERIFY(d->evidenceLabel()->text().contains(QStringLiteral("落实情况报告.pdf")));
        {
            UrlCatcher desktop;
            d->openEvidenceButton()->click();
            QCOMPARE(desktop.urls.size(), 1);
            QCOMPARE(desktop.lastContent(), bytes);
        }
        d->clearEvidenceButton()->click();
        QVERIFY(!d->openEvidenceButton()->isEnabled());
        saveButton(d)->click();
        QCOMPARE(store.followUps(r.id).first().attachmentId, 0);
        QCOMPARE(panel->table()->item(0, ui::FollowUpPanel::EvidenceColumn)->text(), QString());
    }

    void readOnlyFile_offersNoEditing()
    {
        const Meeting m = addMeeting(QStringLiteral("LS-2026-1"), QDate(2026, 6, 10));
        {
            storage::StorageError error;
            governance::Attachment a;
            QVERIFY(governance::GovernanceStore(*m_db).addAttachment(QStringLiteral("纪要.pdf"), sampleDocument(), &a, &error));
            QVERIFY(MeetingStore(*m_db).attachToMeeting(m.id, a.id, &error));
        }
        const QString path = m_db->path();
        m_db.reset();
        QVERIFY(test::makeTooNew(path)); // a newer SocietyDesk's file opens read-only
        storage::Database::Options options;
        options.clock = &m_clock;
        storage::StorageError error;
        m_db = storage::Database::open(path, options, &error);
        QVERIFY2(m_db, qPrintable(error.message));
        QVERIFY(m_db->isReadOnly());
        openPage();
        QVERIFY(!m_page->newMeetingButton()->isEnabled());
        QVERIFY(!editor()->editButton()->isEnabled());
        editor()->tabs()->setCurrentIndex(MeetingEditor::RollTab);
        clickStatus(0);
        QCOMPARE(status(0), std::nullopt);
        QVERIFY(editor()->minutes()->editor()->isReadOnly());
        QVERIFY(!editor()->resolutions()->addButton()->isEnabled());
        // Documents: listed and readable, but none added or taken off.
        ui::MeetingAttachments *attachments = editor()->attachments();
        QCOMPARE(attachments->list()->count(), 1);
        QVERIFY(!attachments->addButton()->isEnabled());
        QVERIFY(!attachments->removeButton()->isEnabled());
        QVERIFY(attachments->openButton()->isEnabled());
        QVERIFY(attachments->saveCopyButton()->isEnabled());
    }
};

QTEST_MAIN(TestMeetingsPage)
#include "tst_meetings_page.moc"
