#include "pages/governance/GovernancePage.h"

#include "governance/Composition.h"
#include "governance/GovernanceStore.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "governance/Election.h"
#include "pages/governance/CompositionPanel.h"
#include "pages/governance/ElectionDialogs.h"
#include "pages/governance/SeatDialogs.h"
#include "pages/governance/SeatTableModel.h"
#include "settings/SocietySettings.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"
#include "util/Clock.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace sd::ui {

using governance::Body;
using governance::GovernanceStore;
using governance::GovernanceText;

namespace {

const QList<Body> kBodies { Body::Council, Body::StandingCouncil, Body::SupervisoryBoard, Body::Congress };
const QList<RecordsTab::Kind> kRecords { RecordsTab::Kind::Staff, RecordsTab::Kind::Regulations,
    RecordsTab::Kind::Attestations };

} // namespace

GovernancePage::GovernancePage(QWidget *parent)
    : Page(parent)
    , m_heading(new QLabel(this))
    , m_termCaption(new QLabel(this))
    , m_term(new QComboBox(this))
    , m_toolBar(new QToolBar(this))
    , m_tabs(new QTabWidget(this))
    , m_message(new QLabel(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("page.governance"));
    m_heading->setObjectName(QStringLiteral("governance.heading"));
    m_term->setObjectName(QStringLiteral("governance.term"));
    m_toolBar->setObjectName(QStringLiteral("governance.toolbar"));
    m_tabs->setObjectName(QStringLiteral("governance.tabs"));
    m_message->setObjectName(QStringLiteral("governance.message"));
    m_empty->setObjectName(QStringLiteral("governance.empty"));

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_termCaption->setBuddy(m_term);
    m_term->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    const auto makeAction = [this](Action which, const char *name, auto slot) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1StringView(name));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_actions.insert(which, action);
        Page::addAction(action);
        m_toolBar->addAction(action);
        return action;
    };
    makeAction(Action::NewTerm, "action.governance.newTerm", &GovernancePage::newTerm);
    makeAction(Action::PrepareTerm, "action.governance.prepareTerm", &GovernancePage::prepareNextTerm);
    makeAction(Action::PrintBallot, "action.governance.printBallot", &GovernancePage::printBallot);
    makeAction(Action::RecordCount, "action.governance.recordCount", &GovernancePage::recordCount);
    makeAction(Action::Elect, "action.governance.elect", &GovernancePage::electDraft);
    m_toolBar->addSeparator();
    makeAction(Action::AddSeat, "action.governance.addSeat", &GovernancePage::addSeat)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Insert));
    makeAction(Action::EditSeat, "action.governance.editSeat", &GovernancePage::editCurrentSeat);
    makeAction(Action::EndSeat, "action.governance.endSeat", &GovernancePage::endCurrentSeat);
    makeAction(Action::RemoveSeat, "action.governance.removeSeat", &GovernancePage::removeCurrentSeat);
    m_toolBar->addSeparator();
    makeAction(Action::Import, "action.governance.import", [this] {
        if (const QString kind = currentRegister(); !kind.isEmpty())
            emit importRequested(kind);
    });
    makeAction(Action::Export, "action.governance.export", [this] {
        if (const QString kind = currentRegister(); !kind.isEmpty())
            emit exportRequested(kind);
    });
    makeAction(Action::Template, "action.governance.template", [this] {
        if (const QString kind = currentRegister(); !kind.isEmpty())
            emit templateRequested(kind);
    });
    makeAction(Action::ImportTerms, "action.governance.importTerms",
        [this] { emit importRequested(QStringLiteral("terms")); });
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    for (Body body : kBodies) {
        BodyTab tab;
        const QString code = GovernanceText::code(body);
        auto *page = new QWidget(m_tabs);
        page->setObjectName(QString(QStringLiteral("governance.") + code));
        tab.model = new SeatTableModel(page);
        tab.model->setObjectName(QString(code + QStringLiteral(".model")));
        tab.view = new QTableView(page);
        tab.view->setObjectName(QString(code + QStringLiteral(".table")));
        tab.view->setModel(tab.model);
        tab.view->setSelectionBehavior(QAbstractItemView::SelectRows);
        tab.view->setSelectionMode(QAbstractItemView::SingleSelection);
        tab.view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        tab.view->setAlternatingRowColors(true);
        tab.view->setWordWrap(false);
        tab.view->setTabKeyNavigation(false);
        tab.view->verticalHeader()->hide();
        tab.view->verticalHeader()->setDefaultSectionSize(tab.view->fontMetrics().height() + 8);
        tab.view->horizontalHeader()->setHighlightSections(false);
        tab.view->horizontalHeader()->setSectionResizeMode(SeatTableModel::AffiliationColumn, QHeaderView::Stretch);
        tab.panel = new CompositionPanel(body, page);
        tab.panel->setObjectName(QString(code + QStringLiteral(".composition")));
        connect(tab.view, &QAbstractItemView::activated, this, &GovernancePage::editCurrentSeat);
        connect(tab.view->selectionModel(), &QItemSelectionModel::currentChanged, this, &GovernancePage::updateActions);
        connect(tab.model, &QAbstractItemModel::modelReset, this, &GovernancePage::updateActions);
        auto *layout = new QHBoxLayout(page);
        layout->setContentsMargins(0, 8, 0, 0);
        layout->addWidget(tab.view, 1);
        layout->addWidget(tab.panel);
        m_tabs->addTab(page, QString());
        m_bodies.insert(body, tab);
    }
    for (RecordsTab::Kind kind : kRecords) {
        auto *tab = new RecordsTab(kind, m_tabs);
        connect(tab, &RecordsTab::changed, this, &GovernancePage::governanceChanged);
        m_tabs->addTab(tab, QString());
        m_records.insert(kind, tab);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &GovernancePage::updateActions);
    connect(m_term, &QComboBox::currentIndexChanged, this, &GovernancePage::reloadSeats);

    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(m_heading);
    top->addStretch(1);
    top->addWidget(m_termCaption);
    top->addWidget(m_term);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 12);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_message);

    retranslateUi();
    setDatabase(nullptr);
}

GovernancePage::~GovernancePage() = default;

QAction *GovernancePage::action(Action which) const
{
    return m_actions.value(which);
}

SeatTableModel *GovernancePage::seatModel(Body body) const
{
    return m_bodies.value(body).model;
}

QTableView *GovernancePage::seatView(Body body) const
{
    return m_bodies.value(body).view;
}

CompositionPanel *GovernancePage::compositionPanel(Body body) const
{
    return m_bodies.value(body).panel;
}

RecordsTab *GovernancePage::records(RecordsTab::Kind kind) const
{
    return m_records.value(kind);
}

void GovernancePage::retranslateUi()
{
    m_heading->setText(title());
    m_termCaption->setText(tr("&Term:"));
    m_empty->setText(tr("Open or create a society file to record its terms and seats."));
    m_actions.value(Action::NewTerm)->setText(tr("New Term…"));
    m_actions.value(Action::PrepareTerm)->setText(tr("Prepare Next Term…"));
    m_actions.value(Action::PrepareTerm)->setToolTip(tr("Open the draft of the next term and fill its bodies with candidates before the election"));
    m_actions.value(Action::PrintBallot)->setText(tr("Print Ballot…"));
    m_actions.value(Action::PrintBallot)->setToolTip(tr("Save the ballot of this body's candidates as a PDF"));
    m_actions.value(Action::RecordCount)->setText(tr("Record Count…"));
    m_actions.value(Action::Elect)->setText(tr("Elect…"));
    m_actions.value(Action::Elect)->setToolTip(tr("Seat the elected candidates: the draft becomes the current term"));
    m_actions.value(Action::AddSeat)->setText(tr("Add Seat…"));
    m_actions.value(Action::EditSeat)->setText(tr("Edit Seat…"));
    m_actions.value(Action::EndSeat)->setText(tr("End Seat…"));
    m_actions.value(Action::RemoveSeat)->setText(tr("Remove Seat…"));
    m_actions.value(Action::RemoveSeat)->setToolTip(tr("Remove a seat entered by mistake (a seat that ends is ended, not removed)"));
    m_actions.value(Action::Import)->setText(tr("Import…"));
    m_actions.value(Action::Import)->setToolTip(tr("Import a spreadsheet into the register of this tab"));
    m_actions.value(Action::Export)->setText(tr("Export…"));
    m_actions.value(Action::Export)->setToolTip(tr("Export the register of this tab to a spreadsheet"));
    m_actions.value(Action::Template)->setText(tr("Download Template…"));
    m_actions.value(Action::Template)->setToolTip(tr("Save an empty spreadsheet with the columns an import reads"));
    m_actions.value(Action::ImportTerms)->setText(tr("Import Terms…"));
    m_actions.value(Action::ImportTerms)->setToolTip(tr("Import the terms (届次) from a spreadsheet, before their seats"));
    for (int i = 0; i < kBodies.size(); ++i)
        m_tabs->setTabText(i, GovernanceText::label(kBodies.at(i)));
    const int first = static_cast<int>(kBodies.size());
    m_tabs->setTabText(first, tr("Staff"));
    m_tabs->setTabText(first + 1, tr("Regulations"));
    m_tabs->setTabText(first + 2, tr("Attestations"));
    if (database())
        reloadTerms(currentTerm() ? currentTerm()->id : 0);
}

bool GovernancePage::writable() const
{
    return database() && !database()->isReadOnly();
}

void GovernancePage::setDatabase(storage::Database *database)
{
    Page::setDatabase(database);
    const auto dialogs = findChildren<QDialog *>();
    for (QDialog *dialog : dialogs)
        dialog->reject();
    m_toolBar->setVisible(database != nullptr);
    m_tabs->setVisible(database != nullptr);
    m_termCaption->setVisible(database != nullptr);
    m_term->setVisible(database != nullptr);
    m_empty->setVisible(database == nullptr);
    m_message->clear();
    m_message->hide();
    for (RecordsTab *tab : std::as_const(m_records))
        tab->setDatabase(database);
    reloadTerms(0);
}

void GovernancePage::reload()
{
    if (!database())
        return;
    reloadTerms(currentTerm() ? currentTerm()->id : 0);
    for (RecordsTab *tab : std::as_const(m_records))
        tab->reload();
}

void GovernancePage::reloadTerms(qint64 selectTermId)
{
    m_terms.clear();
    if (database()) {
        GovernanceStore store(*database());
        m_terms = store.terms();
        if (selectTermId == 0) {
            if (const auto now = store.termOn(database()->clock().today()))
                selectTermId = now->id;
            else if (!m_terms.isEmpty())
                selectTermId = m_terms.constLast().id;
        }
    }
    {
        const QSignalBlocker block(m_term);
        m_term->clear();
        for (const governance::Term &t : std::as_const(m_terms)) {
            QString text = t.startDate.isValid()
                ? tr("%1 (from %2)").arg(GovernanceText::termLabel(t.number), t.startDate.toString(Qt::ISODate))
                : GovernanceText::termLabel(t.number);
            if (t.status == governance::TermStatus::Draft)
                text = tr("%1 — in preparation").arg(text);
            m_term->addItem(text, t.id);
        }
        m_term->setCurrentIndex(m_term->findData(selectTermId));
    }
    m_term->setEnabled(!m_terms.isEmpty());
    if (database() && m_terms.isEmpty())
        showMessage(tr("No term is recorded yet: start with New Term…"));
    reloadSeats();
}

std::optional<governance::Term> GovernancePage::currentTerm() const
{
    const qint64 id = m_term->currentData().toLongLong();
    for (const governance::Term &t : m_terms) {
        if (t.id == id)
            return t;
    }
    return std::nullopt;
}

QDate GovernancePage::referenceDate() const
{
    if (!database())
        return {};
    QDate date = database()->clock().today();
    if (const auto t = currentTerm()) {
        if (t->startDate.isValid() && date < t->startDate)
            date = t->startDate;
        if (t->endDate.isValid() && date > t->endDate)
            date = t->endDate;
    }
    return date;
}

void GovernancePage::reloadSeats()
{
    const std::optional<governance::Term> term = currentTerm();
    if (!database() || !term) {
        for (const BodyTab &tab : std::as_const(m_bodies)) {
            tab.model->setSeats({}, QDate());
            tab.panel->clear();
        }
        updateActions();
        return;
    }
    storage::Database &db = *database();
    GovernanceStore store(db);
    const QDate date = referenceDate();
    const int youngAge = storage::ProfileStore(db).settings().integer(SocietySetting::YoungAgeThreshold);
    const governance::Composition council = governance::composition(db, Body::Council, *term, date, youngAge);
    for (Body body : kBodies) {
        const BodyTab &tab = m_bodies[body];
        const qint64 current = tab.view->currentIndex().isValid()
            ? tab.model->seatAt(tab.view->currentIndex().row())->id
            : 0;
        tab.model->setSeats(store.seats(term->id, body), date);
        const governance::Composition c = body == Body::Council
            ? council
            : governance::composition(db, body, *term, date, youngAge);
        tab.panel->setComposition(c, council,
            body == Body::SupervisoryBoard ? store.conflicts(term->id, date) : QList<governance::SeatConflict>());
        tab.panel->setChecks(governance::compositionChecks(db, body, *term, date));
        if (const int row = tab.model->rowOf(current); row >= 0)
            tab.view->setCurrentIndex(tab.model->index(row, 0));
        tab.view->resizeColumnsToContents();
        tab.view->horizontalHeader()->setSectionResizeMode(SeatTableModel::AffiliationColumn, QHeaderView::Stretch);
    }
    updateActions();
}

std::optional<Body> GovernancePage::currentBody() const
{
    const int index = m_tabs->currentIndex();
    if (index < 0 || index >= kBodies.size())
        return std::nullopt;
    return kBodies.at(index);
}

void GovernancePage::showBody(Body body)
{
    m_tabs->setCurrentIndex(static_cast<int>(kBodies.indexOf(body)));
}

QString GovernancePage::currentRegister() const
{
    if (currentBody())
        return QStringLiteral("seats");
    if (m_tabs->currentWidget() == m_records.value(RecordsTab::Kind::Staff))
        return QStringLiteral("staff");
    if (m_tabs->currentWidget() == m_records.value(RecordsTab::Kind::Regulations))
        return QStringLiteral("regulations");
    return {};
}

bool GovernancePage::showRecord(rules::RecordKind kind, const QString &id)
{
    if (!database())
        return false;
    bool ok = false;
    const qint64 recordId = id.toLongLong(&ok);
    if (!ok)
        return false;
    GovernanceStore store(*database());
    switch (kind) {
    case rules::RecordKind::Seat: {
        const std::optional<governance::Seat> seat = store.seat(recordId);
        return seat && showSeat(*seat);
    }
    case rules::RecordKind::Person: {
        // The term shown first, then the others from the newest.
        QList<qint64> terms;
        if (const std::optional<governance::Term> shown = currentTerm())
            terms << shown->id;
        const QList<governance::Term> all = store.terms();
        for (auto it = all.crbegin(); it != all.crend(); ++it) {
            if (!terms.contains(it->id))
                terms << it->id;
        }
        for (qint64 termId : std::as_const(terms)) {
            for (const governance::Seat &s : store.seats(termId)) {
                if (s.personId == recordId && kBodies.contains(s.body))
                    return showSeat(s);
            }
        }
        return false;
    }
    case rules::RecordKind::Term: {
        const std::optional<governance::Term> term = store.termByNumber(static_cast<int>(recordId));
        if (!term)
            return false;
        if (m_term->findData(term->id) < 0)
            reloadTerms(term->id);
        m_term->setCurrentIndex(m_term->findData(term->id));
        return currentTerm() && currentTerm()->id == term->id;
    }
    case rules::RecordKind::Staff:
    case rules::RecordKind::Regulation:
    case rules::RecordKind::Attestation: {
        const RecordsTab::Kind tabKind = kind == rules::RecordKind::Staff ? RecordsTab::Kind::Staff
            : kind == rules::RecordKind::Regulation                      ? RecordsTab::Kind::Regulations
                                                                          : RecordsTab::Kind::Attestations;
        RecordsTab *tab = m_records.value(tabKind);
        m_tabs->setCurrentWidget(tab);
        return tab->selectRecord(recordId);
    }
    default:
        return false;
    }
}

bool GovernancePage::showSeat(const governance::Seat &seat)
{
    if (!kBodies.contains(seat.body))
        return false;
    if (m_term->findData(seat.termId) < 0)
        reloadTerms(seat.termId);
    const int index = m_term->findData(seat.termId);
    if (index < 0)
        return false;
    m_term->setCurrentIndex(index); // the seats of that term follow
    showBody(seat.body);
    const BodyTab &tab = m_bodies[seat.body];
    const int row = tab.model->rowOf(seat.id);
    if (row < 0)
        return false;
    tab.view->setCurrentIndex(tab.model->index(row, 0));
    tab.view->scrollTo(tab.view->currentIndex());
    return true;
}

const governance::Seat *GovernancePage::currentSeat() const
{
    const std::optional<Body> body = currentBody();
    if (!body)
        return nullptr;
    const BodyTab &tab = m_bodies[*body];
    const QModelIndex current = tab.view->currentIndex();
    return current.isValid() ? tab.model->seatAt(current.row()) : nullptr;
}

bool GovernancePage::draftShown() const
{
    const std::optional<governance::Term> term = currentTerm();
    return term && term->status == governance::TermStatus::Draft;
}

void GovernancePage::updateActions()
{
    const bool canWrite = writable();
    const bool draft = draftShown();
    bool hasDraft = false;
    for (const governance::Term &t : std::as_const(m_terms))
        hasDraft = hasDraft || t.status == governance::TermStatus::Draft;
    m_actions.value(Action::PrepareTerm)->setEnabled(canWrite && !hasDraft);
    m_actions.value(Action::PrepareTerm)->setVisible(!draft);
    m_actions.value(Action::PrintBallot)->setEnabled(draft && currentBody().has_value());
    m_actions.value(Action::RecordCount)->setEnabled(canWrite && draft);
    m_actions.value(Action::Elect)->setEnabled(canWrite && draft);
    for (Action a : { Action::PrintBallot, Action::RecordCount, Action::Elect })
        m_actions.value(a)->setVisible(draft);
    const bool onBody = currentBody().has_value() && currentTerm().has_value();
    const governance::Seat *seat = currentSeat();
    m_actions.value(Action::NewTerm)->setEnabled(canWrite);
    m_actions.value(Action::AddSeat)->setEnabled(canWrite && onBody);
    m_actions.value(Action::EditSeat)->setEnabled(canWrite && onBody && seat);
    m_actions.value(Action::EndSeat)->setEnabled(canWrite && onBody && seat && !seat->endDate.isValid());
    m_actions.value(Action::RemoveSeat)->setEnabled(canWrite && onBody && seat);
    for (Action a : { Action::AddSeat, Action::EditSeat, Action::EndSeat, Action::RemoveSeat })
        m_actions.value(a)->setVisible(currentBody().has_value());
    const bool hasRegister = database() && !currentRegister().isEmpty();
    m_actions.value(Action::Import)->setEnabled(canWrite && hasRegister);
    m_actions.value(Action::Export)->setEnabled(hasRegister);
    m_actions.value(Action::Template)->setEnabled(hasRegister);
    m_actions.value(Action::ImportTerms)->setEnabled(canWrite);
}

void GovernancePage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void GovernancePage::newTerm()
{
    if (!writable())
        return;
    int number = 1;
    if (!m_terms.isEmpty())
        number = m_terms.constLast().number + 1;
    auto *dialog = new TermDialog(*database(), number, database()->clock().today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TermDialog::saved, this, [this](qint64 id) {
        reloadTerms(id);
        showMessage(tr("Term added."));
        emit governanceChanged();
    });
    dialog->open();
}

void GovernancePage::afterSeatChange(Body body, qint64 seatId, const QString &message)
{
    reloadSeats();
    const BodyTab &tab = m_bodies[body];
    if (const int row = tab.model->rowOf(seatId); row >= 0) {
        tab.view->setCurrentIndex(tab.model->index(row, 0));
        tab.view->scrollTo(tab.model->index(row, 0));
    }
    showMessage(message);
    emit governanceChanged();
}

void GovernancePage::addSeat()
{
    const std::optional<Body> body = currentBody();
    const std::optional<governance::Term> term = currentTerm();
    if (!writable() || !body || !term)
        return;
    auto *dialog = new SeatDialog(*database(), *term, *body, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SeatDialog::saved, this,
        [this, b = *body](qint64 id) { afterSeatChange(b, id, tr("Seat added.")); });
    dialog->open();
}

void GovernancePage::editCurrentSeat()
{
    const governance::Seat *seat = currentSeat();
    const std::optional<governance::Term> term = currentTerm();
    if (!writable() || !seat || !term)
        return;
    auto *dialog = new SeatDialog(*database(), *term, seat->body, *seat, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SeatDialog::saved, this,
        [this, b = seat->body](qint64 id) { afterSeatChange(b, id, tr("Seat saved.")); });
    dialog->open();
}

void GovernancePage::endCurrentSeat()
{
    const governance::Seat *seat = currentSeat();
    if (!writable() || !seat || seat->endDate.isValid())
        return;
    auto *dialog = new EndSeatDialog(*database(), *seat, database()->clock().today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EndSeatDialog::saved, this,
        [this, b = seat->body](qint64 id) { afterSeatChange(b, id, tr("Seat ended.")); });
    dialog->open();
}

void GovernancePage::removeCurrentSeat()
{
    const governance::Seat *current = currentSeat();
    if (!writable() || !current)
        return;
    const governance::Seat seat = *current;
    const QString title = tr("Remove Seat");
    const QString question = tr("Remove the seat of %1 (%2, %3)? Use End Seat… for a seat that ends; removing "
                                "is for a seat entered by mistake.")
                                 .arg(seat.name, GovernanceText::label(seat.body), GovernanceText::label(seat.role));
    if (MessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    storage::StorageError error;
    if (!GovernanceStore(*database()).removeSeat(seat.id, &error)) {
        // Shown on the page (the confirmation was the only box): nothing was removed.
        showMessage(error.message.isEmpty() ? tr("The seat could not be removed.") : error.message);
        return;
    }
    reloadSeats();
    showMessage(tr("The seat of %1 was removed.").arg(seat.name));
    emit governanceChanged();
}

// --- election preparation (换届筹备)

void GovernancePage::prepareNextTerm()
{
    if (!writable())
        return;
    int number = 1;
    for (const governance::Term &t : std::as_const(m_terms)) {
        if (t.status == governance::TermStatus::Current)
            number = t.number + 1;
    }
    if (number == 1 && !m_terms.isEmpty())
        number = m_terms.constLast().number + 1;
    const QDate today = database()->clock().today();
    auto *dialog = new PrepareTermDialog(*database(), number, today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PrepareTermDialog::saved, this, [this](qint64 id) {
        reloadTerms(id);
        showMessage(tr("The draft term is open: add its candidates to each body with Add Seat…"));
        emit governanceChanged();
    });
    dialog->open();
}

void GovernancePage::printBallot()
{
    const std::optional<governance::Term> term = currentTerm();
    const std::optional<Body> body = currentBody();
    if (!database() || !draftShown() || !body)
        return;
    storage::StorageError error;
    const QByteArray pdf = governance::election::ballotPdf(*database(), *term, *body, &error);
    if (pdf.isEmpty()) {
        MessageBox::warning(this, tr("Print Ballot"),
            error.message.isEmpty() ? tr("The ballot could not be made.") : error.message);
        return;
    }
    const QString name = tr("Ballot %1 %2").arg(GovernanceText::termLabel(term->number), GovernanceText::label(*body));
    const QString suggestion = QFileInfo(database()->path()).absolutePath() + u'/' + name + QStringLiteral(".pdf");
    const QString path = FileDialog::getSaveFileName(
        this, tr("Save Ballot"), suggestion, tr("PDF documents (*.pdf)"), QStringLiteral(".pdf"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        MessageBox::critical(this, tr("Print Ballot"),
            tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    showMessage(tr("The ballot was saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void GovernancePage::recordCount()
{
    const std::optional<governance::Term> term = currentTerm();
    if (!writable() || !draftShown())
        return;
    auto *dialog = new RecordCountDialog(*database(), *term, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordCountDialog::saved, this, [this](qint64 id) {
        reloadTerms(id);
        showMessage(tr("The count is recorded: Elect… seats the elected candidates."));
        emit governanceChanged();
    });
    dialog->open();
}

void GovernancePage::electDraft()
{
    const std::optional<governance::Term> term = currentTerm();
    if (!writable() || !draftShown())
        return;
    storage::Database &db = *database();
    const QString title = tr("Elect %1").arg(GovernanceText::termLabel(term->number));
    if (!term->ballotsCast) {
        MessageBox::warning(this, title, tr("Record the count first (Record Count…)."));
        return;
    }
    // The charter's threshold: elected with more than this share of the ballots cast.
    const Fraction threshold = storage::ProfileStore(db).settings().fraction(SocietySetting::ElectionThreshold);
    const governance::election::ElectionResult result = governance::election::result(db, *term, threshold);
    const auto list = [](const QList<governance::Seat> &seats) {
        QStringList lines;
        for (const governance::Seat &s : seats)
            lines << QString(QStringLiteral("  ") + GovernanceText::label(s.body) + QStringLiteral(" · ")
                + GovernanceText::label(s.role) + QStringLiteral(" · ") + s.name + QStringLiteral(" (")
                + tr("%n vote(s)", nullptr, s.votes.value_or(0)) + u')');
        return lines.isEmpty() ? QString(QStringLiteral("  ") + tr("(none)")) : lines.join(u'\n');
    };
    const QDate today = db.clock().today();
    const QString text = QString(tr("Elect %1 on %2? The elected candidates take their seats; the others are "
                                    "removed, and the sitting term ends.")
                                     .arg(GovernanceText::termLabel(term->number), today.toString(Qt::ISODate))
        + QStringLiteral("\n\n") + tr("Elected (%1):").arg(result.elected.size()) + u'\n' + list(result.elected)
        + QStringLiteral("\n\n") + tr("Not elected (%1):").arg(result.notElected.size()) + u'\n'
        + list(result.notElected));
    if (MessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    storage::StorageError error;
    if (!governance::election::elect(db, term->id, today, threshold, &error)) {
        // Shown on the page (the confirmation was the only box): the draft stays as it was.
        showMessage(error.message.isEmpty() ? tr("The election could not be recorded.") : error.message);
        return;
    }
    reloadTerms(term->id);
    showMessage(tr("%1 is elected and is now the current term.").arg(GovernanceText::termLabel(term->number)));
    emit governanceChanged();
}

} // namespace sd::ui
