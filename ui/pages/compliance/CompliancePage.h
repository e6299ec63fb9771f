#pragma once

#include "pages/Page.h"
#include "rules/Engine.h"

#include <QDate>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFutureWatcherBase;
class QGroupBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTreeView;

namespace sd::ui {

class ComplianceChart;
class EvidencePanel;
class FindingModel;
class PackSelector;

/// 合规检查: the society's records evaluated against rule packs (rules::Engine). Above, the
/// report year, the reference date (automatic — Engine::referenceDate — or chosen) and the
/// packs (the society's RulePacks setting at first; the shipped ones and any pack file loaded);
/// a chart of the findings by status per pack; the findings grouped by requirement with a
/// status filter; the chosen finding's measure, citation, settings and evidence, each evidence
/// row opening its record on its own page (Page::openRecordRequested); Export Report… writes
/// the findings shown as the compliance report (reports::saveComplianceReport).
///
/// Evaluation runs in a worker on a read-only Database of its own (Database::openReader), so a
/// large register never freezes the window; each request carries a generation and a result of
/// an older one is dropped. It runs when the page is shown and something changed since the last
/// one (the audit log's newest entry — every store change writes one — the file, the settings)
/// and when its own choices change while it is shown; never for changes made while it is hidden
/// until it is shown again.
class CompliancePage : public Page
{
    Q_OBJECT
public:
    explicit CompliancePage(QWidget *parent = nullptr);
    ~CompliancePage() override;

    [[nodiscard]] QString title() const override { return tr("Compliance"); }
    void setDatabase(storage::Database *database) override;

    [[nodiscard]] QSpinBox *yearSpin() const { return m_year; }
    [[nodiscard]] QCheckBox *automaticDate() const { return m_automatic; }
    [[nodiscard]] QDateEdit *dateEdit() const { return m_date; }
    [[nodiscard]] QLabel *dateUsedLabel() const { return m_dateUsed; }
    [[nodiscard]] PackSelector *packSelector() const { return m_packs; }
    [[nodiscard]] QListWidget *packList() const;
    [[nodiscard]] QPushButton *loadPackButton() const;
    [[nodiscard]] QPushButton *exportButton() const { return m_export; }
    [[nodiscard]] QLabel *messageLabel() const { return m_message; }
    [[nodiscard]] ComplianceChart *chart() const { return m_chart; }
    [[nodiscard]] QLabel *summaryLabel() const { return m_summary; }
    [[nodiscard]] QComboBox *filterCombo() const { return m_filter; }
    [[nodiscard]] FindingModel *model() const { return m_model; }
    [[nodiscard]] QTreeView *findingsView() const { return m_view; }
    [[nodiscard]] EvidencePanel *evidencePanel() const { return m_evidence; }

    /// The ids of the packs checked, in list order (a loaded file's pack by its id).
    [[nodiscard]] QStringList selectedPackIds() const;
    /// The last evaluation shown (empty before the first).
    [[nodiscard]] const rules::ComplianceRun &lastRun() const { return m_run; }
    /// An evaluation is running.
    [[nodiscard]] bool isEvaluating() const { return m_busy; }
    /// How many evaluations were started (tests count re-runs).
    [[nodiscard]] int evaluationCount() const { return m_started; }
    /// Selects the finding of `check` in the tree (the filter is widened when it hides it).
    bool selectCheck(const QString &check);

public slots:
    /// Evaluates now with the choices on screen (a newer request supersedes a running one).
    void evaluate();
    /// Loads a pack file (validated as a shipped pack is); on success it is listed, checked and
    /// evaluated; on refusal the message names the file, requirement and field, and nothing
    /// else changes. Returns whether it was loaded.
    bool loadPackFile(const QString &path);
    /// Asks for a pack file and loads it.
    void chooseAndLoadPack();
    /// The society's settings changed: the packs follow its RulePacks setting again.
    void settingsChanged();
    /// Asks where, then writes the compliance report of the findings shown (PDF or ODT, in the
    /// society's document language: reports::saveComplianceReport).
    void exportReport();

signals:
    /// An evaluation's findings are on screen.
    void evaluated();
    /// The compliance report was written to `path`.
    void reportExported(const QString &path);

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent *event) override;

private:
    struct Outcome;
    /// Re-evaluates now when shown, else when next shown.
    void requestEvaluation();
    void showOutcome(const Outcome &outcome);
    void showRun();
    void resetChoices();
    void updateDateUsed();
    void updateSummary();
    void updateButtons();
    void fitColumns();
    void setBusy(bool busy);
    /// The line under the summary: a refusal (red) or what was done.
    void showMessage(const QString &text, bool problem);
    void onCurrentFinding(const QModelIndex &current);
    void applyFilter();
    [[nodiscard]] QDate explicitDate() const;
    /// What the last evaluation was computed from: the file and its newest audit entry.
    [[nodiscard]] QString changeToken() const;

    QLabel *m_heading;
    QLabel *m_empty;
    QWidget *m_content;
    QWidget *m_controls = nullptr; ///< year, date and export, beside the heading
    QLabel *m_yearCaption;
    QSpinBox *m_year;
    QLabel *m_dateCaption;
    QCheckBox *m_automatic;
    QDateEdit *m_date;
    QLabel *m_dateUsed;
    QPushButton *m_export;
    PackSelector *m_packs;
    QGroupBox *m_summaryBox;
    ComplianceChart *m_chart;
    QLabel *m_summary;
    QLabel *m_message;
    QLabel *m_filterCaption;
    QComboBox *m_filter;
    QLabel *m_busyLabel;
    QProgressBar *m_busyBar;
    FindingModel *m_model;
    QTreeView *m_view;
    EvidencePanel *m_evidence;

    rules::ComplianceRun m_run;
    QString m_error;          ///< the last evaluation's, when it could not read the file
    QString m_evaluatedToken; ///< changeToken() when the last evaluation started
    bool m_stale = true;      ///< choices changed while hidden
    bool m_busy = false;
    int m_generation = 0;
    int m_started = 0;
};

} // namespace sd::ui
