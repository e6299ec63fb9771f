#pragma once

#include "governance/Governance.h"
#include "pages/Page.h"
#include "pages/governance/RecordsTab.h"

#include <QHash>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;
class QToolBar;

namespace sd::ui {

class CompositionPanel;
class SeatTableModel;

/// 治理: the terms of the society's bodies and their seats. A term is chosen above (the one
/// governing today at first); a tab per body lists its seats beside its composition, which
/// follows every change; further tabs hold the secretariat's staff, the regulations and the
/// attestations. Everything goes through GovernanceStore and composition(); a refused change
/// is explained in its dialog and writes nothing.
class GovernancePage : public Page
{
    Q_OBJECT
public:
    explicit GovernancePage(QWidget *parent = nullptr);
    ~GovernancePage() override;

    [[nodiscard]] QString title() const override { return tr("Governance"); }
    void setDatabase(storage::Database *database) override;

    enum class Action {
        NewTerm,
        AddSeat,
        EditSeat,
        EndSeat,
        RemoveSeat,
        Import,
        Export,
        Template,
        ImportTerms,
        PrepareTerm,
        PrintBallot,
        RecordCount,
        Elect,
    };
    [[nodiscard]] QAction *action(Action which) const;

    [[nodiscard]] QComboBox *termCombo() const { return m_term; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] SeatTableModel *seatModel(governance::Body body) const;
    [[nodiscard]] QTableView *seatView(governance::Body body) const;
    [[nodiscard]] CompositionPanel *compositionPanel(governance::Body body) const;
    [[nodiscard]] RecordsTab *records(RecordsTab::Kind kind) const;
    /// The term shown, if any.
    [[nodiscard]] std::optional<governance::Term> currentTerm() const;
    /// The date compositions are counted on: today, kept within the term shown.
    [[nodiscard]] QDate referenceDate() const;
    /// The body of the tab shown, if it is a body's.
    [[nodiscard]] std::optional<governance::Body> currentBody() const;
    /// Shows `body`'s tab.
    void showBody(governance::Body body);
    /// The register (registers::kinds()) the tab shown lists: "seats" on a body's tab, "staff",
    /// "regulations"; empty on the attestations tab, which has no spreadsheet.
    [[nodiscard]] QString currentRegister() const;
    /// A seat, a person (their seat in the term shown, else the latest term they sit in), a term
    /// (by number), a staff member, a regulation or an attestation: its term, tab and row.
    bool showRecord(rules::RecordKind kind, const QString &id) override;

public slots:
    /// Re-reads terms, seats and records.
    void reload();
    void newTerm();
    void addSeat();
    void editCurrentSeat();
    void endCurrentSeat();
    /// Removes the seat shown (a seat entered by mistake) after a confirmation.
    void removeCurrentSeat();
    /// 换届筹备: asks the planned start and opens the draft of the next term, then shows it.
    void prepareNextTerm();
    /// Saves the ballot of the body shown in the draft shown as a PDF.
    void printBallot();
    /// The count of the draft shown, in a dialog.
    void recordCount();
    /// Elects the draft shown after a confirmation listing who is elected and who is not.
    void electDraft();

signals:
    /// Something was added or changed through this page.
    void governanceChanged();
    /// The user asked to import a spreadsheet into, export, or save the template of the register
    /// `kind` ("terms", "seats", "staff", "regulations"); FileActions answers.
    void importRequested(const QString &kind);
    void exportRequested(const QString &kind);
    void templateRequested(const QString &kind);

protected:
    void retranslateUi() override;

private:
    struct BodyTab
    {
        SeatTableModel *model = nullptr;
        QTableView *view = nullptr;
        CompositionPanel *panel = nullptr;
    };

    void reloadTerms(qint64 selectTermId);
    /// Shows the seat's term and body and selects its row.
    bool showSeat(const governance::Seat &seat);
    void reloadSeats();
    void updateActions();
    void afterSeatChange(governance::Body body, qint64 seatId, const QString &message);
    void showMessage(const QString &text);
    [[nodiscard]] const governance::Seat *currentSeat() const;
    [[nodiscard]] bool writable() const;
    [[nodiscard]] bool draftShown() const;

    QLabel *m_heading;
    QLabel *m_termCaption;
    QComboBox *m_term;
    QToolBar *m_toolBar;
    QTabWidget *m_tabs;
    QLabel *m_message;
    QLabel *m_empty;
    QHash<governance::Body, BodyTab> m_bodies;
    QHash<RecordsTab::Kind, RecordsTab *> m_records;
    QHash<Action, QAction *> m_actions;
    QList<governance::Term> m_terms;
};

} // namespace sd::ui
