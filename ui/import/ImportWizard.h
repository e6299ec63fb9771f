#pragma once

#include "exchange/Importer.h"
#include "import/ImportPreview.h"

#include <QPointer>
#include <QWizard>

namespace sd::storage {
class Database;
}

namespace sd::ui {

class ImportCheckPage;
class ImportDonePage;
class ImportFilePage;
class ImportJob;
class ImportPreviewPage;
class ImportReportPage;
class ImportWritePage;

/// What the user chose so far in the import wizard.
struct ImportChoices
{
    QString kind = QStringLiteral("members"); ///< "members", "units", "dues"
    QString path;
    QString encoding = QStringLiteral("auto"); ///< CSV: "auto", "utf-8", "gb18030"
    QString sheet;                             ///< XLSX: empty = the first visible sheet
    exchange::OnDuplicate onDuplicate = exchange::OnDuplicate::Error;
    bool skipInvalid = false;
    QString rejectsPath; ///< with skipInvalid: where the rejected rows go
};

/// Imports a spreadsheet into a register (interchange.md, "What a bad file gets"):
///  1. File — the register and the file; a file that cannot be read says why here.
///  2. Preview — the first rows as read, the encoding (with an override for CSV) or the sheet,
///     and how each column maps onto the layout; a missing required column keeps Next disabled.
///  3. Check — the Importer reads and checks every row in a worker (progress, Cancel), then
///     compares the rows with the register: a dry run, nothing is written.
///  4. Report — counts and every bad row and warning; what to do with rows already in the
///     register (changing it checks again), whether to import the valid rows and where the
///     rejected ones go. Its button imports.
///  5. Import — the file is read again in a worker (the Importer takes its options up front) and,
///     when it is unchanged since the check, written on the GUI thread in one transaction with
///     one audit entry.
///  6. Done — rows written and the audit note, or why nothing was.
/// Cancel at any step writes nothing. The wizard opens with open(), never a nested event loop.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePage, PreviewPage, CheckPage, ReportPage, WritePage, DonePage };

    ImportWizard(storage::Database &db, const QString &kind, QWidget *parent = nullptr);
    ~ImportWizard() override;

    /// Null once the society file was closed under the wizard.
    [[nodiscard]] storage::Database *database() const { return m_db; }
    [[nodiscard]] ImportChoices &choices() { return m_choices; }
    [[nodiscard]] const ImportChoices &choices() const { return m_choices; }
    [[nodiscard]] exchange::ReadOptions readOptions() const;
    [[nodiscard]] const QList<exchange::ColumnSpec> &layoutColumns() const { return m_columns; }

    /// Reads the preview of the chosen file with the chosen encoding and sheet.
    void loadPreview();
    [[nodiscard]] const ImportPreview &preview() const { return m_preview; }

    /// A new run of the Importer with the current choices (a dry run for the check).
    [[nodiscard]] ImportJob *newJob(bool dryRun);
    /// The check's run (the dry run the report shows); null before the check.
    [[nodiscard]] ImportJob *checkJob() const;
    /// The import's run; null before the import.
    [[nodiscard]] ImportJob *writeJob() const;
    /// Checks again with the current choices (after the duplicate policy changed).
    void recheck();

    [[nodiscard]] ImportFilePage *filePage() const { return m_filePage; }
    [[nodiscard]] ImportPreviewPage *previewPage() const { return m_previewPage; }
    [[nodiscard]] ImportCheckPage *checkPage() const { return m_checkPage; }
    [[nodiscard]] ImportReportPage *reportPage() const { return m_reportPage; }
    [[nodiscard]] ImportWritePage *importPage() const { return m_writePage; }
    [[nodiscard]] ImportDonePage *donePage() const { return m_donePage; }

    /// The society file is being closed: stop, write nothing, close.
    void databaseClosed();

public slots:
    /// Cancels a running check or import (it stops within a few thousand rows) and closes.
    void reject() override;

signals:
    /// Rows were written to the register `kind`.
    void imported(const QString &kind);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onCurrentIdChanged(int id);

    storage::Database *m_db;
    ImportChoices m_choices;
    QList<exchange::ColumnSpec> m_columns;
    ImportPreview m_preview;
    QPointer<ImportJob> m_check;
    QPointer<ImportJob> m_write;

    ImportFilePage *m_filePage;
    ImportPreviewPage *m_previewPage;
    ImportCheckPage *m_checkPage;
    ImportReportPage *m_reportPage;
    ImportWritePage *m_writePage;
    ImportDonePage *m_donePage;
};

} // namespace sd::ui
