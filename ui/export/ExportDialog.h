#pragma once

#include "domain/Member.h"
#include "exchange/Exporter.h"
#include "members/MemberStore.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QHash>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace sd::storage {
class Database;
}

namespace sd::ui {

/// Exports a register to XLSX or CSV in the layout it is imported in: which register, the
/// format (and a CSV's encoding), which statuses, masked (the default) or — with an explicit
/// checkbox and a warning that the file will hold full ID numbers and phones and that the
/// export is recorded in the audit log — unmasked, and where to save it.
///
/// The rows are written in a worker on a connection of its own (Exporter::write), with progress
/// and Cancel; a cancelled or failed export leaves no file. The audit entry of an unmasked
/// export is written afterwards on the GUI thread, the database's (Exporter::recordAudit); when
/// it cannot be, the file is removed.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(storage::Database &db, const QString &kind, QWidget *parent = nullptr);
    ~ExportDialog() override;

    /// Ticks only these statuses (the register's filter on screen); empty: all.
    void setStatuses(const QList<MemberStatus> &statuses);
    /// Offers "only the members shown": the Members page's search and filters select the
    /// members (and, for dues, their payments). Ticked when given; none or one that narrows
    /// nothing hides the choice.
    void setMemberQuery(const std::optional<members::MemberQuery> &query);
    [[nodiscard]] QCheckBox *shownOnlyBox() const { return m_shownOnly; }

    [[nodiscard]] QComboBox *registerBox() const { return m_register; }
    [[nodiscard]] QRadioButton *xlsxButton() const { return m_xlsx; }
    [[nodiscard]] QRadioButton *csvButton() const { return m_csv; }
    [[nodiscard]] QComboBox *encodingBox() const { return m_encoding; }
    [[nodiscard]] QCheckBox *statusBox(MemberStatus status) const { return m_statuses.value(status); }
    [[nodiscard]] QCheckBox *unmaskedBox() const { return m_unmasked; }
    [[nodiscard]] QLabel *unmaskedWarning() const { return m_warning; }
    [[nodiscard]] QLineEdit *fileEdit() const { return m_file; }
    [[nodiscard]] QPushButton *exportButton() const { return m_export; }
    [[nodiscard]] QProgressBar *progressBar() const { return m_progress; }
    [[nodiscard]] QLabel *resultLabel() const { return m_result; }
    [[nodiscard]] bool isRunning() const { return m_watcher.isRunning() || m_running; }
    [[nodiscard]] const exchange::ExportResult &lastResult() const { return m_lastResult; }

    /// The society file is being closed: stop and close, leaving no file.
    void databaseClosed();

public slots:
    /// Starts the export with the choices on screen (the Export button).
    void startExport();
    /// Cancels a running export; otherwise closes.
    void reject() override;

signals:
    /// An export was written (`result.outcome == Written`).
    void exported(const exchange::ExportResult &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] exchange::ExportOptions options() const;
    [[nodiscard]] QString suggestedPath() const;
    void browse();
    void onFinished();
    void updateState();
    void updateSuffix();
    void showResult(const QString &text, bool bad);
    void retranslateUi();

    storage::Database *m_db;
    std::unique_ptr<exchange::ExportSource> m_source;
    std::atomic<bool> m_cancel { false };
    std::atomic<qint64> m_done { 0 };
    std::atomic<qint64> m_total { 0 };
    QFutureWatcher<exchange::ExportResult> m_watcher;
    QTimer m_poll;
    exchange::ExportResult m_lastResult;
    bool m_running = false;
    bool m_unmaskedRun = false;

    QLabel *m_registerLabel;
    QComboBox *m_register;
    QGroupBox *m_formatGroup;
    QRadioButton *m_xlsx;
    QRadioButton *m_csv;
    QLabel *m_encodingLabel;
    QComboBox *m_encoding;
    QGroupBox *m_statusGroup;
    QHash<MemberStatus, QCheckBox *> m_statuses;
    QLabel *m_duesNote;
    QCheckBox *m_shownOnly;
    std::optional<members::MemberQuery> m_query;
    qint64 m_shownCount = 0;
    QGroupBox *m_privacyGroup;
    QLabel *m_masked;
    QCheckBox *m_unmasked;
    QLabel *m_warning;
    QLabel *m_fileLabel;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QProgressBar *m_progress;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    QPushButton *m_export;
    QPushButton *m_close;
};

} // namespace sd::ui
