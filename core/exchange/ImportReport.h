#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sd::exchange {

/// One finding about an imported file: the line as the spreadsheet shows it (the header is
/// line 1; 0 means the file as a whole), the column's header as the file spells it (empty for
/// the file as a whole), the value as the user sees it, and the reason — one translated sentence.
struct ImportIssue
{
    int line = 0;
    QString column;
    QString value;
    QString reason;

    friend bool operator==(const ImportIssue &, const ImportIssue &) = default;
};

/// How an import ended.
enum class ImportOutcome {
    NotRun, ///< nothing has happened yet
    Validated, ///< a dry run finished: see errors() for whether the file would be accepted
    Written, ///< the accepted rows were written in one transaction (possibly none, e.g. all skipped)
    Rejected, ///< rows or columns were rejected and nothing was written
    Unreadable, ///< the file could not be read at all; nothing was written
    Cancelled, ///< cancelled by the caller; nothing was written
    Failed, ///< the society file could not be read or written; nothing was written
};

/// What an import found and did. Written as JSON whatever the outcome (`--report`), with exactly
/// the fields `file`, `kind`, `encoding`, `rows_read`, `rows_valid`, `rows_written`, `errors`
/// and `warnings` (each issue: `line`, `column`, `value`, `reason`).
struct ImportReport
{
    QString file; ///< the absolute path of the imported file
    QString kind; ///< "members", "units", "dues"
    QString encoding; ///< the reader's: "UTF-8", "UTF-8 BOM", "GB18030", "xlsx"; empty when unreadable
    qint64 rowsRead = 0; ///< non-blank rows below the header
    qint64 rowsValid = 0; ///< rows without an error (register duplicates included)
    qint64 rowsWritten = 0; ///< rows inserted or updated
    qint64 rowsInserted = 0;
    qint64 rowsUpdated = 0;
    qint64 rowsSkipped = 0; ///< valid rows not written: duplicates with OnDuplicate::Skip
    QList<ImportIssue> errors;
    QList<ImportIssue> warnings;

    ImportOutcome outcome = ImportOutcome::NotRun;
    QString sha256; ///< of the file's bytes, hex; empty when unreadable
    QString rejectsFile; ///< where rejected rows were written (skip-invalid), empty when none
    QString failure; ///< for Unreadable, Cancelled and Failed: the one translated sentence why

    [[nodiscard]] bool hasErrors() const { return !errors.isEmpty(); }
    /// The JSON object with exactly the report's fields.
    [[nodiscard]] QJsonObject toJson() const;
    /// Writes toJson() (indented, UTF-8) to `path` atomically; false with `error` set (translated).
    bool writeJson(const QString &path, QString *error) const;
    /// Sorts errors and warnings by line, keeping the order of issues on the same line.
    void sortIssues();
};

} // namespace sd::exchange
