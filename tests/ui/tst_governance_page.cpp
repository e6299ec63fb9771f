// The Governance page: a term's seats per body in a table (model-tested), the composition
// beside it at its exact boundaries (9/12 front-line meets 3/4, 8/12 needs one more), the seat
// dialog's person picker and the store's inline refusal that writes nothing, a new term.

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "governance/Election.h"
#include "pages/governance/ElectionDialogs.h"
#include "governance/GovernanceStore.h"
#include "members/MemberStore.h"
#include "pages/governance/CompositionPanel.h"
#include "pages/governance/GovernancePage.h"
#include "pages/governance/RecordsTab.h"
#include "pages/governance/RecordDialogs.h"
#include "pages/governance/SeatDialogs.h"
#include "pages/governance/SeatTableModel.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "TestSupport.h"
#include "UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>

using namespace sd;
using namespace sd::governance;
using ui::GovernancePage;

class TestGovernancePage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<GovernancePage> m_page;
    Term m_term;

    /// 12 council seats (the first a chair), the first `frontLine` of them front-line.
    void fillCouncil(int frontLine)
    {
        GovernanceStore store(*m_db);
        for (int i = 0; i < 12; ++i) {
            Seat s;
            s.termId = m_term.id;
            s.body = Body::Council;
            s.role = i == 0 ? Role::Chair : Role::Councillor;
            s.startDate = m_term.startDate;
            s.frontLine = i < frontLine;
            s.birthDate = QDate(1970, 1, 1).addDays(i);
            PersonRef who;
            who.name = QStringLiteral("理事%1").arg(i);
            who.birthDate = QDate(1970, 1, 1).addDays(i);
            storage::StorageError error;
            QVERIFY2(store.addSeat(s, who, &error), qPrintable(error.message));
        }
    }

    void openPage()
    {
        m_page = std::make_unique<GovernancePage>();
        m_page->resize(1200, 700);
        m_page->setDatabase(m_db.get());
        m_page->show();
    }

    template<typename T>
    T *dialog()
    {
        T *d = nullptr;
        if (!QTest::qWaitFor([&] { return (d = m_page->findChild<T *>()) && d->isVisible(); }, 2000))
            return nullptr;
        return d;
    }

    static QPushButton *saveButton(QDialog *d)
    {
        return d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    }

    QString panelText(Body body) const { return m_page->compositionPanel(body)->text(); }

private slots:
    void init()
    {
        m_db = test::createDatabase(m_dir, QStringLiteral("g%1.societydesk").arg(++m_files));
        QVERIFY(m_db);
        m_term = Term();
        m_term.number = 9;
        m_term.startDate = QDate(2024, 5, 1);
        m_term.endDate = QDate(2029, 4, 30);
        m_term.electedBy = QStringLiteral("第九次会员代表大会");
        storage::StorageError error;
        QVERIFY2(GovernanceStore(*m_db).addTerm(m_term, &error), qPrintable(error.message));
    }
    void cleanup()
    {
        m_page.reset();
        m_db.reset();
    }

    void spreadsheetActions_carryTheRegisterOfTheTabShown()
    {
        openPage();
        QSignalSpy imports(m_page.get(), &GovernancePage::importRequested);
        QSignalSpy exports(m_page.get(), &GovernancePage::exportRequested);
        QSignalSpy templates(m_page.get(), &GovernancePage::templateRequested);
        const auto trigger = [this](GovernancePage::Action a) {
            QVERIFY(m_page->action(a)->isEnabled());
            m_page->action(a)->trigger();
        };
        for (Body body : { Body::Council, Body::StandingCouncil, Body::SupervisoryBoard, Body::Congress }) {
            m_page->showBody(body);
            trigger(GovernancePage::Action::Import);
            QCOMPARE(imports.takeLast().at(0).toString(), QStringLiteral("seats"));
        }
        m_page->tabs()->setCurrentWidget(m_page->records(ui::RecordsTab::Kind::Staff));
        trigger(GovernancePage::Action::Export);
        QCOMPARE(exports.takeLast().at(0).toString(), QStringLiteral("staff"));
        m_page->tabs()->setCurrentWidget(m_page->records(ui::RecordsTab::Kind::Regulations));
        trigger(GovernancePage::Action::Template);
        QCOMPARE(templates.takeLast().at(0).toString(), QStringLiteral("regulations"));
        trigger(GovernancePage::Action::ImportTerms);
        QCOMPARE(imports.takeLast().at(0).toString(), QStringLiteral("terms"));
        // The attestations have no spreadsheet.
        m_page->tabs()->setCurrentWidget(m_page->records(ui::RecordsTab::Kind::Attestations));
        QVERIFY(!m_page->action(GovernancePage::Action::Import)->isEnabled());
        QVERIFY(!m_page->action(GovernancePage::Action::Export)->isEnabled());
        QVERIFY(!m_page->action(GovernancePage::Action::Template)->isEnabled());
        QVERIFY(m_page->action(GovernancePage::Action::ImportTerms)->isEnabled());
        QCOMPARE(imports.count() + exports.count() + templates.count(), 0);
    }

    void election_prepare_candidates_count_elect()
    {
        fillCouncil(9);
        openPage();
        using Action = GovernancePage::Action;
        QVERIFY(m_page->action(Action::PrepareTerm)->isEnabled());
        QVERIFY(!m_page->action(Action::RecordCount)->isVisible());

        // Prepare: the planned start is asked; the draft of term 10 is shown, marked.
        m_page->action(Action::PrepareTerm)->trigger();
        auto *prepare = dialog<ui::PrepareTermDialog>();
        QVERIFY(prepare);
        auto *start = prepare->findChild<QLineEdit *>(QStringLiteral("prepare.start"));
        start->setText(QStringLiteral("2029-05"));
        QVERIFY(!prepare->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        start->setText(QStringLiteral("2029-05-01"));
        prepare->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!m_page->findChild<ui::PrepareTermDialog *>());
        GovernanceStore store(*m_db);
        const std::optional<Term> draft = store.termByNumber(10);
        QVERIFY(draft);
        QCOMPARE(draft->status, TermStatus::Draft);
        QCOMPARE(draft->startDate, QDate(2029, 5, 1));
        QCOMPARE(m_page->currentTerm()->id, draft->id);
        QVERIFY2(m_page->termCombo()->currentText().contains(QStringLiteral("in preparation")),
            qPrintable(m_page->termCombo()->currentText()));
        QVERIFY(!m_page->action(Action::PrepareTerm)->isVisible());
        QVERIFY(m_page->action(Action::RecordCount)->isEnabled());
        QVERIFY(m_page->action(Action::Elect)->isEnabled());

        // Three candidates for the council; the panel counts the draft before the vote.
        QList<qint64> candidates;
        for (int i = 0; i < 3; ++i) {
            Seat s;
            s.termId = draft->id;
            s.body = Body::Council;
            s.role = i == 0 ? Role::Chair : Role::Councillor;
            s.startDate = draft->startDate;
            s.frontLine = true;
            PersonRef who;
            who.name = QStringLiteral("候选人%1").arg(i);
            storage::StorageError error;
            QVERIFY2(store.addSeat(s, who, &error), qPrintable(error.message));
            candidates << s.id;
        }
        m_page->reload();
        m_page->showBody(Body::Council);
        QCOMPARE(m_page->seatModel(Body::Council)->rowCount(), 3);
        QVERIFY(m_page->action(Action::PrintBallot)->isEnabled());

        // The ballot is saved where the file dialog says.
        const QString ballot = m_dir.filePath(QStringLiteral("ballot.pdf"));
        ui::FileDialog::setNextFileName(ballot);
        m_page->action(Action::PrintBallot)->trigger();
        QFile pdf(ballot);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.readAll().startsWith("%PDF"));
        // An empty body's ballot is refused with the store's words.
        m_page->showBody(Body::SupervisoryBoard);
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        const int boxes = ui::MessageBox::count();
        m_page->action(Action::PrintBallot)->trigger();
        QCOMPARE(ui::MessageBox::count(), boxes + 1);
        QVERIFY(!ui::MessageBox::lastText().isEmpty());

        // Elect before the count: refused, nothing changes.
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        m_page->action(Action::Elect)->trigger();
        QCOMPARE(store.term(draft->id)->status, TermStatus::Draft);

        // The count: votes outside 0…cast refused inline; the result follows live.
        m_page->action(Action::RecordCount)->trigger();
        auto *count = dialog<ui::RecordCountDialog>();
        QVERIFY(count);
        QCOMPARE(count->table()->rowCount(), 3);
        count->ballotsEdit()->setValue(100);
        const auto setVotes = [count](qint64 seatId, int votes) {
            count->table()->item(count->rowOf(seatId), ui::RecordCountDialog::VotesColumn)->setData(Qt::EditRole, votes);
        };
        const auto resultOf = [count](qint64 seatId) {
            return count->table()->item(count->rowOf(seatId), ui::RecordCountDialog::ResultColumn)->text();
        };
        setVotes(candidates[0], 80);
        setVotes(candidates[1], 50);
        setVotes(candidates[2], 101);
        QVERIFY(!saveButton(count)->isEnabled());
        QVERIFY2(count->problem().contains(QStringLiteral("候选人2")), qPrintable(count->problem()));
        QCOMPARE(resultOf(candidates[0]), QStringLiteral("Elected"));
        QCOMPARE(resultOf(candidates[1]), QStringLiteral("Not elected")); // exactly half
        setVotes(candidates[2], 51);
        QVERIFY(saveButton(count)->isEnabled());
        QVERIFY(count->problem().isEmpty());
        QCOMPARE(resultOf(candidates[2]), QStringLiteral("Elected"));
        count->ballotsEdit()->setValue(102); // 51 of 102 is exactly half
        QCOMPARE(resultOf(candidates[2]), QStringLiteral("Not elected"));
        count->ballotsEdit()->setValue(100);
        saveButton(count)->click();
        QTRY_VERIFY(!m_page->findChild<ui::RecordCountDialog *>());
        QCOMPARE(store.term(draft->id)->ballotsCast, std::optional<int>(100));
        QCOMPARE(store.seat(candidates[1])->votes, std::optional<int>(50));

        // Elect: cancelled writes nothing; confirmed seats the elected and ends the sitting term.
        ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        m_page->action(Action::Elect)->trigger();
        const QString confirmation = ui::MessageBox::lastText();
        QVERIFY2(confirmation.contains(QStringLiteral("候选人0")) && confirmation.contains(QStringLiteral("候选人1")),
            qPrintable(confirmation));
        QVERIFY(confirmation.indexOf(QStringLiteral("候选人1")) > confirmation.indexOf(QStringLiteral("Not elected")));
        QCOMPARE(store.term(draft->id)->status, TermStatus::Draft);
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        m_page->action(Action::Elect)->trigger();
        QCOMPARE(store.term(draft->id)->status, TermStatus::Current);
        QCOMPARE(store.term(m_term.id)->status, TermStatus::Past);
        QCOMPARE(store.seats(draft->id).size(), 2);
        QVERIFY(store.seat(candidates[0]));
        QVERIFY(!store.seat(candidates[1]));
        QVERIFY(store.seat(candidates[2]));
        QCOMPARE(m_page->currentTerm()->id, draft->id);
        QCOMPARE(m_page->currentTerm()->status, TermStatus::Current);
        QVERIFY(!m_page->termCombo()->currentText().contains(QStringLiteral("in preparation")));
        m_page->showBody(Body::Council);
        QCOMPARE(m_page->seatModel(Body::Council)->rowCount(), 2);
        QVERIFY(m_page->action(Action::PrepareTerm)->isVisible());
        QVERIFY(m_page->action(Action::PrepareTerm)->isEnabled());
    }

    void election_refusalFromCore_isShown()
    {
        // A standing councillor without a council seat elected: the store refuses, the page says why.
        openPage();
        storage::StorageError error;
        Term draft;
        QVERIFY(election::createDraft(*m_db, 10, QDate(2029, 5, 1), &draft, &error));
        GovernanceStore store(*m_db);
        Seat council;
        council.termId = draft.id;
        council.body = Body::Council;
        council.role = Role::Chair;
        council.startDate = draft.startDate;
        PersonRef who;
        who.name = QStringLiteral("甲");
        QVERIFY(store.addSeat(council, who, &error));
        Seat standing;
        standing.termId = draft.id;
        standing.body = Body::StandingCouncil;
        standing.role = Role::StandingCouncillor;
        standing.startDate = draft.startDate;
        who.personId = store.seat(council.id)->personId;
        QVERIFY2(store.addSeat(standing, who, &error), qPrintable(error.message));
        QVERIFY(election::recordCount(*m_db, draft.id, 10, { { council.id, 3 }, { standing.id, 9 } }, &error));
        m_page->reload();
        m_page->termCombo()->setCurrentIndex(m_page->termCombo()->findData(draft.id));
        QVERIFY(m_page->action(GovernancePage::Action::Elect)->isEnabled());
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        m_page->action(GovernancePage::Action::Elect)->trigger();
        QVERIFY(!ui::MessageBox::lastText().isEmpty()); // the confirmation
        QCOMPARE(store.term(draft.id)->status, TermStatus::Draft);
        QVERIFY(!election::elect(*m_db, draft.id, QDate(2029, 5, 1), Fraction(1, 2), &error));
        auto *message = m_page->findChild<QLabel *>(QStringLiteral("governance.message"));
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(message->text(), error.message);
        QVERIFY(message->isVisible());
        QCOMPARE(m_page->currentTerm()->id, draft.id);
    }

    void page_showsTheCurrentTermAndItsSeats_modelPassesTester()
    {
        fillCouncil(9);
        openPage();
        QCOMPARE(m_page->termCombo()->count(), 1);
        QVERIFY2(m_page->termCombo()->currentText().contains(QStringLiteral("第九届")), qPrintable(m_page->termCombo()->currentText()));
        QVERIFY(m_page->termCombo()->currentText().contains(QStringLiteral("2024-05-01")));
        ui::SeatTableModel *model = m_page->seatModel(Body::Council);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 12);
        QCOMPARE(model->columnCount(), int(ui::SeatTableModel::ColumnCount));
        QCOMPARE(model->index(0, ui::SeatTableModel::NameColumn).data().toString(), QStringLiteral("理事0"));
        QCOMPARE(model->index(0, ui::SeatTableModel::RoleColumn).data().toString(), GovernanceText::label(Role::Chair));
        QCOMPARE(model->index(0, ui::SeatTableModel::FrontLineColumn).data().toString(), QStringLiteral("Yes"));
        QCOMPARE(model->index(11, ui::SeatTableModel::FrontLineColumn).data().toString(), QStringLiteral("No"));
        QCOMPARE(model->index(0, ui::SeatTableModel::GenderColumn).data().toString(), QStringLiteral("Unknown"));
        QVERIFY(model->index(0, ui::SeatTableModel::BirthDateColumn).data().toString().startsWith(QStringLiteral("1970-01-01 (")));
        QCOMPARE(m_page->seatModel(Body::StandingCouncil)->rowCount(), 0);
        // A reload (after a change) keeps the tester happy too.
        m_page->reload();
        QCOMPARE(model->rowCount(), 12);
    }

    void composition_nineOfTwelveFrontLine_meetsThreeQuarters()
    {
        fillCouncil(9);
        openPage();
        const QString text = panelText(Body::Council);
        QVERIFY2(text.contains(QStringLiteral("9/12 (75.0%)")), qPrintable(text));
        auto *verdict = m_page->compositionPanel(Body::Council)->findChild<QLabel *>(QStringLiteral("composition.frontLineVerdict"));
        QVERIFY(verdict);
        QVERIFY2(verdict->text().contains(QStringLiteral("met")) && verdict->text().contains(QStringLiteral("3/4")),
            qPrintable(verdict->text()));
        QVERIFY(!verdict->text().contains(QStringLiteral("more")));
        // The council's other thresholds: the size cap for the register's members, leaders' age.
        QVERIFY2(text.contains(QStringLiteral("at most 150")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Leaders at most 70")), qPrintable(text));
        auto *checks = m_page->compositionPanel(Body::Council)->findChild<QLabel *>(QStringLiteral("composition.checks"));
        QVERIFY(checks && checks->isVisibleTo(m_page.get()));
        QVERIFY(checks->text().contains(QStringLiteral("✓")));
    }

    void composition_eightOfTwelveFrontLine_needsOneMore()
    {
        fillCouncil(8);
        openPage();
        const QString text = panelText(Body::Council);
        QVERIFY2(text.contains(QStringLiteral("8/12 (66.7%)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("1 more front-line seat")), qPrintable(text));
    }

    void composition_unknownFrontLine_isCountedApart()
    {
        GovernanceStore store(*m_db);
        Seat s;
        s.termId = m_term.id;
        s.body = Body::Council;
        s.role = Role::Councillor;
        PersonRef who;
        who.name = QStringLiteral("未详");
        storage::StorageError error;
        QVERIFY2(store.addSeat(s, who, &error), qPrintable(error.message));
        openPage();
        QCOMPARE(m_page->seatModel(Body::Council)->index(0, ui::SeatTableModel::FrontLineColumn).data().toString(),
            QStringLiteral("Unknown"));
        const QString text = panelText(Body::Council);
        QVERIFY2(text.contains(QStringLiteral("0/1 (0.0%) · 1 unknown")), qPrintable(text));
    }

    void seatDialog_standingWithoutCouncilSeat_refusedInline_writesNothing()
    {
        fillCouncil(9);
        openPage();
        const qint64 audits = m_db->audit().count();
        m_page->showBody(Body::StandingCouncil);
        QVERIFY(m_page->action(GovernancePage::Action::AddSeat)->isEnabled());
        m_page->action(GovernancePage::Action::AddSeat)->trigger();
        auto *d = dialog<ui::SeatDialog>();
        QVERIFY(d);
        // Only the standing council's roles.
        auto *role = d->findChild<QComboBox *>(QStringLiteral("seat.role"));
        QCOMPARE(role->count(), GovernanceText::rolesOf(Body::StandingCouncil).size());
        test::typeText(d->findChild<QLineEdit *>(QStringLiteral("seat.name")), QStringLiteral("张三"));
        auto *problem = d->findChild<QLabel *>(QStringLiteral("seat.problem"));
        QVERIFY(saveButton(d)->isEnabled());
        QTest::mouseClick(saveButton(d), Qt::LeftButton);
        QVERIFY(d->isVisible());
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("常务理事须为理事")), qPrintable(problem->text()));
        QCOMPARE(d->findChild<QLineEdit *>(QStringLiteral("seat.name"))->text(), QStringLiteral("张三")); // nothing lost
        QCOMPARE(m_db->audit().count(), audits);
        QVERIFY(GovernanceStore(*m_db).seats(m_term.id, Body::StandingCouncil).isEmpty());
        QCOMPARE(m_page->seatModel(Body::StandingCouncil)->rowCount(), 0);
        d->reject();
    }

    void seatDialog_picksAMember_fillsFacts_andTheCompositionFollows()
    {
        fillCouncil(9);
        Member m;
        m.name = QStringLiteral("陈静怡");
        m.gender = Gender::Female;
        m.birthDate = QDate(1985, 3, 2);
        m.politicalStatus = QStringLiteral("中共党员");
        m.affiliation = QStringLiteral("武汉理工大学");
        m.frontLine = true;
        m.joinDate = QDate(2015, 1, 1);
        QList<Member> list { m };
        storage::StorageError error;
        QVERIFY(m_db->transaction([&] { return members::MemberStore(*m_db).insertMembers(list, &error); }));
        openPage();
        m_page->showBody(Body::Council);
        m_page->action(GovernancePage::Action::AddSeat)->trigger();
        auto *d = dialog<ui::SeatDialog>();
        QVERIFY(d);
        auto *name = d->findChild<QLineEdit *>(QStringLiteral("seat.name"));
        auto *matches = d->findChild<QListWidget *>(QStringLiteral("seat.matches"));
        test::typeText(name, QStringLiteral("陈静"));
        QTRY_VERIFY(matches->isVisible() && matches->count() == 1);
        QTest::keyClick(name, Qt::Key_Down);
        QVERIFY(matches->hasFocus());
        QTest::keyClick(matches, Qt::Key_Return);
        QCOMPARE(d->linkedMemberId(), list.first().id);
        QCOMPARE(name->text(), QStringLiteral("陈静怡"));
        QCOMPARE(d->findChild<QLineEdit *>(QStringLiteral("seat.birth"))->text(), QStringLiteral("1985-03-02"));
        QCOMPARE(d->findChild<QLineEdit *>(QStringLiteral("seat.affiliation"))->text(), QStringLiteral("武汉理工大学"));
        QCOMPARE(d->findChild<QComboBox *>(QStringLiteral("seat.political"))->currentText(), QStringLiteral("中共党员"));
        QCOMPARE(d->findChild<QComboBox *>(QStringLiteral("seat.frontLine"))->currentData(), QVariant(true));
        QTest::mouseClick(saveButton(d), Qt::LeftButton);
        QTRY_VERIFY(!m_page->findChild<ui::SeatDialog *>());

        QCOMPARE(m_page->seatModel(Body::Council)->rowCount(), 13);
        const QList<Seat> seats = GovernanceStore(*m_db).seats(m_term.id, Body::Council);
        const auto added = std::find_if(seats.cbegin(), seats.cend(), [](const Seat &s) { return s.name == QStringLiteral("陈静怡"); });
        QVERIFY(added != seats.cend());
        QCOMPARE(added->memberNo, list.first().memberNo);
        QCOMPARE(added->gender, Gender::Female);
        const QString text = panelText(Body::Council);
        QVERIFY2(text.contains(QStringLiteral("10/13 (76.9%)")), qPrintable(text));

        // Now a standing seat for the same person is accepted, and the ratio shows on its tab.
        m_page->showBody(Body::StandingCouncil);
        m_page->action(GovernancePage::Action::AddSeat)->trigger();
        d = dialog<ui::SeatDialog>();
        QVERIFY(d);
        name = d->findChild<QLineEdit *>(QStringLiteral("seat.name"));
        test::typeText(name, list.first().memberNo);
        matches = d->findChild<QListWidget *>(QStringLiteral("seat.matches"));
        QTRY_VERIFY(matches->isVisible() && matches->count() == 1);
        QTest::keyClick(name, Qt::Key_Down);
        QTest::keyClick(matches, Qt::Key_Return);
        QTest::mouseClick(saveButton(d), Qt::LeftButton);
        QTRY_VERIFY(!m_page->findChild<ui::SeatDialog *>());
        QCOMPARE(m_page->seatModel(Body::StandingCouncil)->rowCount(), 1);
        const QString standing = panelText(Body::StandingCouncil);
        QVERIFY2(standing.contains(QStringLiteral("1/13 (7.7%)")) && standing.contains(QStringLiteral("at most 1/3")),
            qPrintable(standing));
    }

    void endSeat_setsTheEnd_andTheSeatLeavesTheCount()
    {
        fillCouncil(9);
        openPage();
        m_page->showBody(Body::Council);
        QTableView *view = m_page->seatView(Body::Council);
        view->setCurrentIndex(view->model()->index(11, 0)); // not front-line
        QVERIFY(m_page->action(GovernancePage::Action::EndSeat)->isEnabled());
        m_page->action(GovernancePage::Action::EndSeat)->trigger();
        auto *d = dialog<ui::EndSeatDialog>();
        QVERIFY(d);
        d->findChild<QLineEdit *>(QStringLiteral("endSeat.date"))->setText(QStringLiteral("2025-01-01"));
        d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!m_page->findChild<ui::EndSeatDialog *>());
        QCOMPARE(m_page->seatModel(Body::Council)->index(11, ui::SeatTableModel::EndColumn).data().toString(),
            QStringLiteral("2025-01-01"));
        QVERIFY2(panelText(Body::Council).contains(QStringLiteral("9/11 (81.8%)")), qPrintable(panelText(Body::Council)));
    }

    void termDialog_duplicateNumberShownInline_newTermSelected()
    {
        openPage();
        m_page->action(GovernancePage::Action::NewTerm)->trigger();
        auto *d = dialog<ui::TermDialog>();
        QVERIFY(d);
        auto *number = d->findChild<QSpinBox *>(QStringLiteral("term.number"));
        QCOMPARE(number->value(), 10);
        number->setValue(9);
        auto *problem = d->findChild<QLabel *>(QStringLiteral("term.problem"));
        QVERIFY(problem->isVisible());
        QVERIFY(!saveButton(d)->isEnabled());
        number->setValue(10);
        d->findChild<QLineEdit *>(QStringLiteral("term.start"))->setText(QStringLiteral("2029-05-01"));
        d->findChild<QLineEdit *>(QStringLiteral("term.end"))->setText(QStringLiteral("2029-04-01"));
        QVERIFY(problem->isVisible());
        QVERIFY(!saveButton(d)->isEnabled());
        d->findChild<QLineEdit *>(QStringLiteral("term.end"))->setText(QStringLiteral("2034-04-30"));
        QVERIFY(saveButton(d)->isEnabled());
        saveButton(d)->click();
        QTRY_VERIFY(!m_page->findChild<ui::TermDialog *>());
        QCOMPARE(m_page->termCombo()->count(), 2);
        QCOMPARE(m_page->currentTerm()->number, 10);
        QCOMPARE(m_page->seatModel(Body::Council)->rowCount(), 0);
    }

    void staff_addedThroughTheDialog_listed()
    {
        openPage();
        ui::RecordsTab *staff = m_page->records(ui::RecordsTab::Kind::Staff);
        staff->addButton()->click();
        auto *d = dialog<ui::StaffDialog>();
        QVERIFY(d);
        saveButton(d)->click();
        QVERIFY(d->findChild<QLabel *>(QStringLiteral("staff.problem"))->isVisible());
        test::typeText(d->findChild<QLineEdit *>(QStringLiteral("staff.name")), QStringLiteral("王秘书"));
        saveButton(d)->click(); // the store wants a post too: its refusal stays in the dialog
        auto *problem = d->findChild<QLabel *>(QStringLiteral("staff.problem"));
        QVERIFY2(problem->isVisible() && problem->text().contains(QStringLiteral("role")), qPrintable(problem->text()));
        QVERIFY(GovernanceStore(*m_db).staff().isEmpty());
        test::typeText(d->findChild<QLineEdit *>(QStringLiteral("staff.role")), QStringLiteral("秘书长"));
        saveButton(d)->click();
        QTRY_VERIFY(!m_page->findChild<ui::StaffDialog *>());
        QCOMPARE(staff->table()->rowCount(), 1);
        QCOMPARE(staff->table()->item(0, 0)->text(), QStringLiteral("王秘书"));
        QCOMPARE(GovernanceStore(*m_db).staff().size(), 1);
    }

    void regulation_withItsDocument_storedAndListed()
    {
        QTemporaryDir files;
        const QString path = files.filePath(QStringLiteral("会议制度.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4 test");
        file.close();
        openPage();
        ui::RecordsTab *regulations = m_page->records(ui::RecordsTab::Kind::Regulations);
        regulations->addButton()->click();
        auto *d = dialog<ui::RegulationDialog>();
        QVERIFY(d);
        test::typeText(d->findChild<QLineEdit *>(QStringLiteral("regulation.title")), QStringLiteral("会议制度"));
        ui::FileDialog::setNextFileName(path);
        d->findChild<QPushButton *>(QStringLiteral("regulation.file.choose"))->click();
        QCOMPARE(d->findChild<QLabel *>(QStringLiteral("regulation.file.name"))->text(), QStringLiteral("会议制度.pdf"));
        saveButton(d)->click();
        QTRY_VERIFY(!m_page->findChild<ui::RegulationDialog *>());
        QCOMPARE(regulations->table()->rowCount(), 1);
        QCOMPARE(regulations->table()->item(0, 4)->text(), QStringLiteral("会议制度.pdf"));
        const QList<Regulation> stored = GovernanceStore(*m_db).regulations();
        QCOMPARE(stored.size(), 1);
        QByteArray content;
        QVERIFY(GovernanceStore(*m_db).attachmentContent(stored.first().attachmentId, &content));
        QCOMPARE(content, QByteArray("%PDF-1.4 test"));

        // Replace Document: a new file through the FileDialog seam; the old one stays stored.
        const qint64 old = stored.first().attachmentId;
        const QString newer = files.filePath(QStringLiteral("会议制度2025.pdf"));
        QFile second(newer);
        QVERIFY(second.open(QIODevice::WriteOnly));
        second.write("%PDF-1.4 revised");
        second.close();
        regulations->table()->setCurrentCell(0, 0);
        QVERIFY(regulations->replaceButton()->isEnabled());
        ui::FileDialog::setNextFileName(QString()); // cancelled: nothing changes
        regulations->replaceButton()->click();
        QCOMPARE(GovernanceStore(*m_db).regulations().first().attachmentId, old);
        ui::FileDialog::setNextFileName(newer);
        regulations->replaceButton()->click();
        const Regulation replaced = GovernanceStore(*m_db).regulations().first();
        QVERIFY(replaced.attachmentId != old);
        QVERIFY(GovernanceStore(*m_db).attachmentContent(replaced.attachmentId, &content));
        QCOMPARE(content, QByteArray("%PDF-1.4 revised"));
        QVERIFY(GovernanceStore(*m_db).attachmentContent(old, &content));
        QCOMPARE(regulations->table()->item(0, 4)->text(), QStringLiteral("会议制度2025.pdf"));
        QVERIFY2(regulations->message().contains(QStringLiteral("会议制度2025.pdf")), qPrintable(regulations->message()));
        // An unreadable file: the store's refusal is shown, the document stays.
        ui::FileDialog::setNextFileName(files.filePath(QStringLiteral("missing.pdf")));
        regulations->replaceButton()->click();
        QVERIFY(!regulations->message().isEmpty());
        QCOMPARE(GovernanceStore(*m_db).regulations().first().attachmentId, replaced.attachmentId);
    }

    void composition_affiliationTypesChart_largestFirst_restAndUnrecordedApart()
    {
        GovernanceStore store(*m_db);
        const QList<QPair<QString, int>> types { { QStringLiteral("高等院校"), 4 }, { QStringLiteral("企业"), 6 },
            { QStringLiteral("科研院所"), 2 }, { QStringLiteral("医疗机构"), 1 }, { QStringLiteral("政府机关"), 1 },
            { QStringLiteral("社会组织"), 1 }, { QStringLiteral("学校"), 1 }, { QStringLiteral("其他单位"), 1 },
            { QString(), 3 } };
        int i = 0;
        for (const auto &[type, n] : types) {
            for (int k = 0; k < n; ++k, ++i) {
                Seat s;
                s.termId = m_term.id;
                s.body = Body::Council;
                s.role = i == 0 ? Role::Chair : Role::Councillor;
                s.startDate = m_term.startDate;
                s.affiliationType = type;
                PersonRef who;
                who.name = QStringLiteral("理事%1").arg(i);
                storage::StorageError error;
                QVERIFY2(store.addSeat(s, who, &error), qPrintable(error.message));
            }
        }
        openPage();
        ui::CompositionPanel *panel = m_page->compositionPanel(Body::Council);
        QCOMPARE(panel->chart(), ui::CompositionPanel::Chart::AgeBands);
        panel->showChart(ui::CompositionPanel::Chart::AffiliationTypes);
        const QList<QPair<QString, qint64>> bars = panel->chartBars();
        QCOMPARE(bars.size(), 8);
        QCOMPARE(bars.at(0), (QPair<QString, qint64>(QStringLiteral("企业"), 6)));
        QCOMPARE(bars.at(1), (QPair<QString, qint64>(QStringLiteral("高等院校"), 4)));
        QCOMPARE(bars.at(2), (QPair<QString, qint64>(QStringLiteral("科研院所"), 2)));
        QCOMPARE(bars.at(6), (QPair<QString, qint64>(QStringLiteral("Other"), 2)));        // two of one seat each
        QCOMPARE(bars.at(7), (QPair<QString, qint64>(QStringLiteral("Not recorded"), 3)));
        qint64 total = 0;
        for (const auto &bar : bars)
            total += bar.second;
        QCOMPARE(total, qint64(20));
        // The choice stays while the seats change.
        m_page->reload();
        QCOMPARE(panel->chart(), ui::CompositionPanel::Chart::AffiliationTypes);
        QCOMPARE(panel->chartBars().size(), 8);
    }

    void removeSeat_confirmed_cancelled_andTheStandingRefusalShown()
    {
        fillCouncil(9);
        GovernanceStore store(*m_db);
        const QList<Seat> council = store.seats(m_term.id, Body::Council);
        Seat standing;
        standing.termId = m_term.id;
        standing.body = Body::StandingCouncil;
        standing.role = Role::StandingCouncillor;
        standing.startDate = m_term.startDate;
        PersonRef who;
        who.personId = council.at(1).personId;
        who.name = council.at(1).name;
        storage::StorageError error;
        QVERIFY2(store.addSeat(standing, who, &error), qPrintable(error.message));
        openPage();
        m_page->showBody(Body::Council);
        auto *model = m_page->seatModel(Body::Council);
        QTableView *view = m_page->seatView(Body::Council);
        QAction *remove = m_page->action(GovernancePage::Action::RemoveSeat);
        QVERIFY(!remove->isEnabled()); // no seat chosen

        // The holder also sits on the standing council: the store's refusal is shown.
        view->setCurrentIndex(model->index(model->rowOf(council.at(1).id), 0));
        QVERIFY(remove->isEnabled());
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        remove->trigger();
        QVERIFY(ui::MessageBox::lastText().contains(council.at(1).name));
        QVERIFY(store.seat(council.at(1).id));
        auto *message = m_page->findChild<QLabel *>(QStringLiteral("governance.message"));
        QVERIFY2(message->text().contains(QStringLiteral("standing council")), qPrintable(message->text()));

        // Cancelled: nothing removed; confirmed: the seat is gone and the table follows.
        view->setCurrentIndex(model->index(model->rowOf(council.at(2).id), 0));
        ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        remove->trigger();
        QVERIFY(store.seat(council.at(2).id));
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        remove->trigger();
        QVERIFY(!store.seat(council.at(2).id));
        QCOMPARE(model->rowCount(), 11);
        QCOMPARE(model->rowOf(council.at(2).id), -1);
        QVERIFY(message->text().contains(council.at(2).name));
    }
};

QTEST_MAIN(TestGovernancePage)
#include "tst_governance_page.moc"
