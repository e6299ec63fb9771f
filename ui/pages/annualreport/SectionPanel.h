#pragma once

#include "annual/AnnualReportStore.h"

#include <QMap>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QTextDocument;
class QTimer;

namespace sd::storage {
class Database;
}

namespace sd::ui {

class DocumentView;
class RichTextEditor;

/// The centre of the Annual report page: one section of the year's report. Above, its generated
/// part — the figures and tables the page builds from the report's snapshot — with "Refresh
/// from records" and the banner saying when the records changed since; below, the narrative
/// in a rich-text editor. On the finances section, "Finance Summary…" beside the refresh asks
/// the page to edit the year's finance summary (financeRequested()).
///
/// A draft's narrative is saved as typed: a short pause after the last change, or at once when
/// the section, the year or the file changes (flush()), through AnnualReportStore::
/// setNarratives. A report in review or approved is read-only, with a line saying why. A
/// published report is read-only until a correction starts: then the edits of every section are
/// kept here, not written, until the page saves them as the correction (corrections()).
class SectionPanel : public QWidget
{
    Q_OBJECT
public:
    /// How long typing pauses before a draft's narrative is saved.
    static constexpr int kAutosaveMs = 800;

    explicit SectionPanel(QWidget *parent = nullptr);

    /// Shows `section` of `year`'s report (`report` none: not created yet) from `db` (null: no
    /// file). Pending draft edits of what was shown are saved first; a correction in progress
    /// is kept while the year stays the same and the report is still published.
    void load(storage::Database *db, int year, const std::optional<annual::AnnualReport> &report,
        const QString &section);
    /// The section shown ("development", …); empty when none.
    [[nodiscard]] QString section() const { return m_section; }
    /// Shows the section's generated part as built (null: nothing).
    void setGenerated(std::unique_ptr<QTextDocument> document);
    /// The banner above the generated part (empty: hidden).
    void setRecordsNote(const QString &text);
    /// Whether the refresh can be asked (a draft, the file writable, nothing computing).
    void setRefreshEnabled(bool enabled);
    /// Whether the finance summary can be edited (the file writable; whatever the report's status).
    void setFinanceEnabled(bool enabled);

    /// Saves a draft's pending edit now. False when the store refused it: the message is
    /// emitted with refused(), the text stays on screen, the store is unchanged.
    bool flush();
    /// Forgets a pending edit without writing it (the file it belonged to is gone).
    void discardPending();
    /// Narratives on screen that the store does not hold yet, by section: a draft's pending
    /// edit, or every section a correction changed.
    [[nodiscard]] QMap<QString, QString> unsaved() const;

    /// A published report: the editor opens for a correction (edits kept here).
    void startCorrection();
    /// Drops the correction's edits and shows the published text again.
    void cancelCorrection();
    [[nodiscard]] bool isCorrecting() const { return m_correcting; }
    /// The sections the correction changed, with their new text.
    [[nodiscard]] QMap<QString, QString> corrections() const;

    [[nodiscard]] RichTextEditor *narrativeEditor() const { return m_editor; }
    [[nodiscard]] DocumentView *generatedView() const { return m_generated; }
    [[nodiscard]] QLabel *recordsBanner() const { return m_banner; }
    [[nodiscard]] QLabel *editorNote() const { return m_note; }
    [[nodiscard]] QLabel *saveState() const { return m_saveState; }
    [[nodiscard]] QPushButton *refreshButton() const { return m_refresh; }
    /// "Finance Summary…", shown on the finances section only.
    [[nodiscard]] QPushButton *financeButton() const { return m_finance; }

signals:
    /// The narrative was changed on screen (the preview follows).
    void edited();
    /// A draft's narrative was written to the store.
    void saved();
    /// The store refused to save the narrative: its message.
    void refused(const QString &message);
    /// "Refresh from records" was pressed.
    void refreshRequested();
    /// "Finance Summary…" was pressed.
    void financeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onEdited();
    void updateState();
    void showSaveState(const QString &text);
    void stash();
    [[nodiscard]] bool draftEditable() const;
    [[nodiscard]] QString stored(const QString &section) const;

    storage::Database *m_db = nullptr;
    int m_year = 0;
    std::optional<annual::AnnualReport> m_report;
    QString m_section;
    bool m_correcting = false;
    QMap<QString, QString> m_corrections; ///< section → corrected text (correcting only)
    bool m_pending = false;               ///< a draft edit not saved yet
    QString m_lastSaved;                  ///< when the draft was last saved here (shown)

    QLabel *m_title;
    QLabel *m_generatedCaption;
    QLabel *m_takenAt;
    QPushButton *m_finance;
    QPushButton *m_refresh;
    QLabel *m_banner;
    DocumentView *m_generated;
    QLabel *m_narrativeCaption;
    QLabel *m_note;
    RichTextEditor *m_editor;
    QLabel *m_saveState;
    QTimer *m_autosave;
};

} // namespace sd::ui
