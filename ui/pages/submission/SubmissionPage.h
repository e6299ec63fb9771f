#pragma once

#include "package/SubmissionPackage.h"
#include "pages/Page.h"

#include <QPointer>

#include <atomic>
#include <memory>
#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressDialog;
class QPushButton;
class QSpinBox;
class QTimer;
class QTreeWidget;

namespace sd {
class Preferences;
}

namespace sd::ui {

/// 报送包: the year's submission package for the supervising association
/// (package::SubmissionPackage), as `package export|sign` and `keys generate` make it.
///
/// Left, the form: the year, the rule packs (the shipped ones, those of the society's rule_packs
/// setting checked), the addressee (the profile's supervising association, read-only), the
/// cover letter's 文号 and date, the signed and stamped letter's scan to send instead of the
/// generated one (a PDF, checked for "%PDF-"), and the file to write (<credit code>-<year>.zip
/// in the documents folder until the user chooses another). Right, the contents: the files the
/// package will hold and those it will leave out with the reason, in amber
/// (SubmissionPackage::preview(), in a worker on a read-only Database of its own, a moment
/// after each change of the form); below, the last export's file, SHA-256 (selectable, Copy),
/// parts and warnings.
///
/// Export (Ctrl+E) builds in a worker on a Database::openReader of its own with a progress
/// dialog naming the step (Cancel stops it at the next step; nothing is written), then writes
/// the file atomically and reads it back (SubmissionPackage::write). The build installs the
/// document language's translators while the checks run when it differs from the screens'
/// (reports::complianceRunForReport), which only the GUI thread may do: in that case the build
/// runs on the GUI thread, the dialog kept alive between steps. Sign… signs the written package
/// with a secret key file the user chooses (its path remembered in the user's preferences,
/// the key never stored); Generate Key Pair… writes a new pair into a folder.
/// The page only reads the society file: a read-only file exports as well.
class SubmissionPage : public Page
{
    Q_OBJECT
public:
    explicit SubmissionPage(QWidget *parent = nullptr);
    ~SubmissionPage() override;

    [[nodiscard]] QString title() const override { return tr("Submission"); }
    void setDatabase(storage::Database *database) override;
    /// Where the signing key's path is remembered (the main window's preferences); may be null.
    void setPreferences(Preferences *preferences) { m_preferences = preferences; }

    /// The options the form stands for.
    [[nodiscard]] package::PackageOptions options() const;
    /// The file the export writes.
    [[nodiscard]] QString outputPath() const;
    /// The year shown.
    [[nodiscard]] int year() const;
    void setYear(int year);

    /// A contents preview is running or scheduled.
    [[nodiscard]] bool isPreviewing() const;
    /// The last preview (none: refused — previewProblem() says why — or not made yet).
    [[nodiscard]] const std::optional<package::PackagePreview> &preview() const { return m_preview; }
    [[nodiscard]] QString previewProblem() const { return m_previewProblem; }
    /// An export is running.
    [[nodiscard]] bool isExporting() const { return m_exporting; }
    /// The last package written (none yet, or the last export failed).
    [[nodiscard]] const std::optional<package::PackageResult> &lastResult() const { return m_result; }
    /// The message line's text (empty when hidden).
    [[nodiscard]] QString message() const;

    [[nodiscard]] QSpinBox *yearSpin() const { return m_year; }
    [[nodiscard]] QListWidget *packList() const { return m_packs; }
    [[nodiscard]] QLabel *addresseeLabel() const { return m_addressee; }
    [[nodiscard]] QLineEdit *referenceEdit() const { return m_reference; }
    [[nodiscard]] QDateEdit *letterDateEdit() const { return m_letterDate; }
    [[nodiscard]] QPushButton *attachButton() const { return m_attach; }
    [[nodiscard]] QPushButton *removeLetterButton() const { return m_removeLetter; }
    [[nodiscard]] QLabel *letterLabel() const { return m_letterFile; }
    [[nodiscard]] QLineEdit *outputEdit() const { return m_output; }
    [[nodiscard]] QPushButton *browseButton() const { return m_browse; }
    [[nodiscard]] QPushButton *exportButton() const { return m_export; }
    [[nodiscard]] QPushButton *signButton() const { return m_sign; }
    [[nodiscard]] QPushButton *generateKeysButton() const { return m_generateKeys; }
    [[nodiscard]] QTreeWidget *contentsTree() const { return m_contents; }
    [[nodiscard]] QLineEdit *shaEdit() const { return m_sha; }
    [[nodiscard]] QPushButton *copyShaButton() const { return m_copySha; }
    [[nodiscard]] QLabel *resultLabel() const { return m_resultText; }
    /// The progress dialog while an export runs.
    [[nodiscard]] QProgressDialog *progressDialog() const;

public slots:
    /// Exports to outputPath() (Ctrl+E). False when nothing was started (no file, a bad name,
    /// one running).
    bool exportPackage();
    /// Stops the running export at its next step; nothing is written.
    void cancelExport();
    /// Chooses the signed letter's scan (a PDF) and checks it.
    void attachLetter();
    /// Attaches `path` as the signed letter: refused, with the reason on the message line,
    /// unless it starts with "%PDF-".
    bool setScannedLetter(const QString &path);
    void removeLetter();
    void browseOutput();
    /// Signs the written package with a secret key file chosen by the user: writes FILE.zip.sig.
    void signPackage();
    /// Signs outputPath() with the secret key in `keyFile`; false with the reason shown.
    bool signWith(const QString &keyFile);
    /// Generates a key pair into a folder chosen by the user.
    void generateKeys();
    /// Writes a new key pair into `dir`; false with the reason shown.
    bool generateKeysInto(const QString &dir);
    /// Runs the contents preview again (a moment later).
    void schedulePreview();

signals:
    /// The package was written to `path` (and verified).
    void packageExported(const QString &path);
    /// An export ended: written, refused, failed or cancelled.
    void exportEnded();
    /// A preview arrived.
    void previewUpdated();
    /// A signature was written to `path`.
    void packageSigned(const QString &path);

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent *event) override;

private:
    struct Progress;
    struct BuildOutcome;
    void buildLayout();
    void loadForm();
    void startPreview();
    void showPreview();
    void showResult();
    void finishExport(const BuildOutcome &outcome, const QString &path);
    void closeProgress();
    void updateButtons();
    void updateDefaultOutput();
    void showMessage(const QString &text, bool problem);
    [[nodiscard]] QString rememberedKeyDir() const;

    Preferences *m_preferences = nullptr;
    QLabel *m_heading;
    QLabel *m_formTitle;
    QLabel *m_contentsTitle;
    QLabel *m_resultTitle;
    QLabel *m_yearLabel;
    QLabel *m_packsLabel;
    QLabel *m_addresseeCaption;
    QLabel *m_referenceLabel;
    QLabel *m_dateLabel;
    QLabel *m_letterLabel;
    QLabel *m_outputLabel;
    QSpinBox *m_year;
    QListWidget *m_packs;
    QLabel *m_addressee;
    QLabel *m_addresseeHint;
    QLineEdit *m_reference;
    QDateEdit *m_letterDate;
    QLabel *m_letterFile;
    QPushButton *m_attach;
    QPushButton *m_removeLetter;
    QLineEdit *m_output;
    QPushButton *m_browse;
    QPushButton *m_export;
    QPushButton *m_sign;
    QPushButton *m_generateKeys;
    QTreeWidget *m_contents;
    QLabel *m_contentsNote;
    QLabel *m_resultText;
    QLineEdit *m_sha;
    QPushButton *m_copySha;
    QLabel *m_resultWarnings;
    QLabel *m_signatureText;
    QLabel *m_message;
    QTimer *m_previewTimer;

    QString m_scannedLetter;
    bool m_outputChosen = false;
    QString m_defaultOutput; ///< the last default name put in the output field
    QString m_creditCode;
    std::optional<package::PackagePreview> m_preview;
    QString m_previewProblem;
    bool m_previewing = false;
    int m_previewGeneration = 0;
    std::optional<package::PackageResult> m_result;
    QString m_resultPath;
    QString m_signaturePath;
    bool m_exporting = false;
    int m_exportGeneration = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QPointer<QProgressDialog> m_progress;
};

} // namespace sd::ui
