#pragma once

#include "annual/AnnualReportStore.h"
#include "pages/Page.h"

#include <QJsonObject>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QProgressDialog;
class QPushButton;
class QTabWidget;
class QTimer;

namespace sd::reports {
struct AnnualReportSource;
}

namespace sd::ui {

class DocumentView;
class DocumentExporter;
class SectionPanel;
class VersionsPanel;

/// 年报: the year's annual report (annual::AnnualReportStore) written and taken through its
/// workflow. Above, the year (those with a report, and the current and previous ones), its
/// status as a coloured badge with the publication date, "Create Draft" when the year has no
/// report, and the workflow — Submit for Review, Approve, Publish… (a date), Return to Draft,
/// each enabled only when the step is the report's next one; once published, Correct… (edit,
/// then choose the sections and give a note) — and Export… (PDF, HTML or ODT). Left,
/// the five sections, each marked written or not; centre, the section's generated part and its
/// narrative (SectionPanel, saved as typed in a draft) — on the finances section, Finance
/// Summary… enters the year's finance summary (FinanceDialog); right, the whole report as it will
/// print (rebuilt a moment after each edit) and its versions (VersionsPanel).
///
/// The generated parts are computed from the records (reports::annualFiguresSnapshot) in a
/// worker on a read-only Database of its own: to create a draft, to refresh it, and — when the
/// page is shown and a record changed since the last computation (the audit log's newest entry
/// outside the report itself) — to say in a banner that the records changed since the
/// snapshot. Each computation carries a generation; a result of an older one is dropped. The
/// export renders and writes in a worker too (DocumentExporter).
/// Every refusal of the store is shown with its message on the page's message line, and
/// nothing changes.
class AnnualReportPage : public Page
{
    Q_OBJECT
public:
    explicit AnnualReportPage(QWidget *parent = nullptr);
    ~AnnualReportPage() override;

    [[nodiscard]] QString title() const override { return tr("Annual report"); }
    void setDatabase(storage::Database *database) override;

    /// The year shown.
    [[nodiscard]] int year() const { return m_yearShown; }
    /// The year's report as the page last read it (none: not created yet).
    [[nodiscard]] const std::optional<annual::AnnualReport> &report() const { return m_report; }
    /// The section chosen ("development", …).
    [[nodiscard]] QString currentSection() const;
    /// A computation of the generated parts is running.
    [[nodiscard]] bool isComputing() const { return m_computing; }
    /// How many computations were started (tests count re-runs).
    [[nodiscard]] int computationCount() const { return m_computations; }
    /// The records differ from the report's snapshot, as last computed.
    [[nodiscard]] bool recordsChanged() const { return m_recordsChanged; }
    /// An export is running.
    [[nodiscard]] bool isExporting() const;
    /// The message line's text (empty when hidden).
    [[nodiscard]] QString message() const;

    [[nodiscard]] QComboBox *yearCombo() const { return m_year; }
    [[nodiscard]] QLabel *statusBadge() const { return m_badge; }
    [[nodiscard]] QPushButton *createButton() const { return m_create; }
    [[nodiscard]] QPushButton *submitButton() const { return m_submit; }
    [[nodiscard]] QPushButton *approveButton() const { return m_approve; }
    [[nodiscard]] QPushButton *publishButton() const { return m_publish; }
    [[nodiscard]] QPushButton *returnButton() const { return m_return; }
    [[nodiscard]] QPushButton *correctButton() const { return m_correct; }
    [[nodiscard]] QPushButton *cancelCorrectionButton() const { return m_cancelCorrection; }
    [[nodiscard]] QPushButton *exportButton() const { return m_export; }
    [[nodiscard]] QListWidget *sectionList() const { return m_sections; }
    [[nodiscard]] SectionPanel *sectionPanel() const { return m_section; }
    [[nodiscard]] QTabWidget *sideTabs() const { return m_tabs; }
    [[nodiscard]] DocumentView *previewView() const { return m_preview; }
    [[nodiscard]] VersionsPanel *versionsPanel() const { return m_versions; }
    /// The export's progress dialog while one runs (null otherwise).
    [[nodiscard]] QProgressDialog *exportProgress() const;

    /// Item data of the section list: the section's code, and whether it is written.
    static constexpr int SectionRole = Qt::UserRole;
    static constexpr int WrittenRole = Qt::UserRole + 1;

public slots:
    /// Writes the narrative being typed now (the file is about to close).
    void saveNow();
    /// Shows `year` (added to the list when missing).
    void setYear(int year);
    /// Shows the section `code`.
    void selectSection(const QString &code);
    /// Starts the year's draft with the generated parts computed now (in a worker).
    void createDraft();
    /// Takes the draft's generated parts from the records again (in a worker).
    void refreshFigures();
    /// Computes the generated parts now to see whether the records changed since the snapshot.
    void checkRecords();
    void submitForReview();
    void approve();
    /// Asks the publication date, then publishes.
    void publish();
    void returnToDraft();
    /// A published report: starts a correction; while correcting: asks which sections and the
    /// note, then saves it.
    void correct();
    void cancelCorrection();
    /// Opens the Save Version dialog (Ctrl+S).
    void saveVersion();
    /// Opens the year's finance summary (FinanceDialog); once saved, the figures are computed
    /// again, so a draft's banner says the records changed since its snapshot.
    void editFinances();
    /// Asks where, then exports (Ctrl+E).
    void exportReport();
    /// Exports the year's working copy to `path` (.pdf, .html or .odt) in a worker; false when
    /// refused at once (a message says why).
    bool exportTo(const QString &path);

signals:
    /// The generated parts computed in a worker arrived (and the banner follows them).
    void computed();
    /// The report was written to `path`.
    void reportExported(const QString &path);
    /// An export ended without a file: refused, failed or cancelled.
    void exportEnded();

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Figures;
    enum class After { Nothing, Create, Refresh };

    void buildLayout();
    void compute(After after);
    void onComputed(const Figures &figures, After after);
    /// Reads the year's report again and shows it.
    void reload();
    void fillYears();
    /// The year selector's entry: the year, and its report's status when it has one.
    [[nodiscard]] static QString yearText(int year, const std::optional<annual::AnnualReport> &report);
    void fillSections();
    void fitSectionList();
    void updateStatus();
    void updateButtons();
    void updateRecordsNote();
    void updateBusy();
    void showSection();
    void rebuildGenerated();
    void rebuildPreview();
    void schedulePreview();
    /// Moves the report one step; true when the store took it.
    bool step(annual::ReportStatus to, const QString &done);
    /// Saves what is typed before an action; false (with the message shown) when refused.
    bool prepare();
    void showMessage(const QString &text, bool problem);
    /// What the page renders now: the working copy with what is typed and not saved yet; the
    /// generated parts computed now when the report has none (or no report exists).
    [[nodiscard]] reports::AnnualReportSource currentSource() const;
    /// Whether a record changed (an audit entry outside the annual report) since the last
    /// computation; moves the mark past the report's own entries.
    [[nodiscard]] bool recordsTouched();
    [[nodiscard]] qint64 latestAuditId() const;
    [[nodiscard]] bool writable() const;

    QLabel *m_heading;
    QLabel *m_empty;
    QWidget *m_content;
    QWidget *m_controls;
    QLabel *m_yearCaption;
    QComboBox *m_year;
    QLabel *m_badge;
    QLabel *m_busyLabel;
    QProgressBar *m_busyBar;
    QPushButton *m_create;
    QPushButton *m_submit;
    QPushButton *m_approve;
    QPushButton *m_publish;
    QPushButton *m_return;
    QPushButton *m_correct;
    QPushButton *m_cancelCorrection;
    QPushButton *m_export;
    QLabel *m_message;
    QLabel *m_sectionsCaption;
    QListWidget *m_sections;
    QLabel *m_writtenCount;
    SectionPanel *m_section;
    QTabWidget *m_tabs;
    DocumentView *m_preview;
    VersionsPanel *m_versions;
    QTimer *m_previewTimer;
    DocumentExporter *m_exporter;

    int m_yearShown = 0;
    std::optional<annual::AnnualReport> m_report;
    QJsonObject m_current;      ///< the generated parts computed now, for m_currentYear
    int m_currentYear = 0;
    bool m_recordsChanged = false;
    QString m_checkedPath;      ///< the file the last computation read
    qint64 m_checkedAudit = -1; ///< the newest audit entry it had seen
    bool m_computing = false;
    bool m_recheck = false;     ///< a record changed during the computation running: compute again after it
    int m_generation = 0;
    int m_computations = 0;
};

} // namespace sd::ui
