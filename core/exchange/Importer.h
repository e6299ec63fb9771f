#pragma once

#include "exchange/Fields.h"
#include "exchange/ImportReport.h"
#include "exchange/TabularReader.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace sd::storage {
class Database;
}

namespace sd::exchange {

/// What an import does with a row that is already in the register (interchange.md).
enum class OnDuplicate { Error, Skip, Update };

/// One column of an interchange layout (interchange.md): the Chinese header templates and
/// exports write, the English alias that is equivalent, other spellings seen in the wild,
/// whether it is required, and how its cells are read.
struct ColumnSpec
{
    QString header; ///< "证件号码"
    QString alias; ///< "id_number"
    QStringList otherHeaders; ///< "身份证号"
    bool required = false; ///< the column must be there, and every row needs a value in it
    bool unique = false; ///< a value appears once in the file; the later row is the one reported
    FieldParser parse; ///< null: fields::text()
};

class ImportLayout;

/// One row being imported, as a layout's cross-field checks see it.
class ImportRow
{
public:
    [[nodiscard]] int line() const { return m_line; }
    [[nodiscard]] QDate today() const { return m_today; }
    [[nodiscard]] const Field &field(int column) const { return m_fields->at(column); }
    /// The file has this column.
    [[nodiscard]] bool hasColumn(int column) const;
    /// The column's header as the file spells it, else the layout's header.
    [[nodiscard]] QString columnName(int column) const;
    /// The cell's value as the user sees it (empty when the file has no such column).
    [[nodiscard]] QString shown(int column) const;
    /// Reports an error (or a warning) about the row's cell in `column`, with its shown value.
    void error(int column, const QString &reason);
    void warning(int column, const QString &reason);
    [[nodiscard]] bool hasErrors() const { return m_errors > 0; }

private:
    friend class Importer;
    ImportRow() = default;

    const ImportLayout *m_layout = nullptr;
    const QList<Field> *m_fields = nullptr;
    const QList<Cell> *m_cells = nullptr;
    const QList<int> *m_index = nullptr; ///< per layout column, the file's column or -1
    ImportReport *m_report = nullptr;
    QDate m_today;
    bool m_dates1904 = false;
    int m_line = 0;
    int m_errors = 0;
};

/// What the commit does with one record a layout kept.
struct ImportDecision
{
    enum class Action { Insert, Update, Skip, Reject };
    Action action = Action::Insert;
    qint64 existingId = 0; ///< Update: the register's row to update
};

/// The records a layout kept, their lines and decisions: the layout's register check fills in
/// the decisions, its write reads them and reports progress.
class ImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(sd::exchange::ImportPlan)

public:
    [[nodiscard]] qsizetype size() const { return m_lines.size(); }
    [[nodiscard]] int line(qsizetype record) const { return m_lines.at(record); }
    [[nodiscard]] OnDuplicate policy() const { return m_policy; }
    [[nodiscard]] const ImportDecision &decision(qsizetype record) const { return m_decisions.at(record); }

    /// The record cannot be imported: an error (the row goes to the rejects file with skip-invalid).
    void reject(qsizetype record, const QString &column, const QString &value, const QString &reason);
    /// The record is already in the register as `existing` (a short description such as
    /// "M000012 王伟"): rejected, skipped or updated by the policy, with the matching message.
    void duplicate(qsizetype record, qint64 existingId, const QString &column, const QString &value,
        const QString &existing);
    void warning(qsizetype record, const QString &column, const QString &value, const QString &reason);

    /// Progress of the register check or the write; false when the import is cancelled.
    bool progress(qsizetype done);

private:
    friend class Importer;
    ImportPlan() = default;

    QList<int> m_lines;
    QList<ImportDecision> m_decisions;
    OnDuplicate m_policy = OnDuplicate::Error;
    ImportReport *m_report = nullptr;
    std::function<bool(qsizetype, qsizetype)> m_progress;
    qint64 m_rejected = 0;
};

/// One register's interchange layout: its column table, its cross-field checks, how it finds
/// rows already in the register, and how it writes. The Importer does everything else — reading,
/// matching headers, parsing cells, required and unique columns, formula warnings, the report,
/// the rejects file, the transaction and the audit entry — the same way for every register.
class ImportLayout
{
public:
    ImportLayout() = default;
    ImportLayout(const ImportLayout &) = delete;
    ImportLayout &operator=(const ImportLayout &) = delete;
    virtual ~ImportLayout();

    /// "members", "units", "dues".
    [[nodiscard]] virtual QString kind() const = 0;
    /// The audit log's entity for the import entry ("member").
    [[nodiscard]] virtual QString auditEntity() const = 0;
    [[nodiscard]] virtual const QList<ColumnSpec> &columns() const = 0;

    /// On the database's thread, before any row: loads reference data (grades, branch names…).
    virtual bool prepare(storage::Database &db, storage::StorageError *error);
    /// Any thread: the row's cross-field checks; keeps a record and returns true when the row has
    /// no error (records are numbered in the order kept).
    virtual bool addRow(ImportRow &row) = 0;
    /// On the database's thread: compares the kept records with the register (in batches, not a
    /// query per row) and decides each one through `plan`.
    virtual bool matchRegister(storage::Database &db, ImportPlan &plan, storage::StorageError *error) = 0;
    /// On the database's thread, inside the import's transaction: writes the records decided
    /// Insert or Update, counting them in `inserted` and `updated`; false when it failed or
    /// `plan.progress()` says cancelled (the transaction is then rolled back).
    virtual bool write(storage::Database &db, ImportPlan &plan, qint64 *inserted, qint64 *updated,
        storage::StorageError *error)
        = 0;

    /// The file has the layout's column `column` (valid once the header was read).
    [[nodiscard]] bool hasColumn(int column) const { return !m_fileHeaders.value(column).isEmpty(); }
    /// The header as the file spells it, else the layout's own.
    [[nodiscard]] QString columnName(int column) const;

private:
    friend class Importer;
    QStringList m_fileHeaders; ///< per layout column; empty when the file lacks it
};

struct ImportProgress
{
    enum class Stage { Reading, Checking, Writing };
    Stage stage = Stage::Reading;
    qint64 done = 0;
    qint64 total = 0; ///< Reading: bytes of the file (of the XLSX sheet); else records
};

struct ImportOptions
{
    ReadOptions read; ///< sheet, encoding, limits (its `cancel` is replaced by `cancel` below)
    OnDuplicate onDuplicate = OnDuplicate::Error;
    /// Write the valid rows even when others are rejected (the rejected ones go to `rejectsPath`).
    bool skipInvalid = false;
    /// With skipInvalid: the rejected rows with the input's columns plus 错误原因; XLSX when the
    /// name ends in .xlsx, else CSV in UTF-8 with a BOM. Empty: none written.
    QString rejectsPath;
    /// Validate and check against the register, write nothing.
    bool dryRun = false;
    /// Set from any thread to cancel; nothing is written then.
    const std::atomic<bool> *cancel = nullptr;
    /// Called on the thread running the current stage, at most every few thousand rows.
    std::function<void(const ImportProgress &)> progress;
};

/// Imports one spreadsheet into one register, all or nothing by default (interchange.md, "What
/// a bad file gets").
///
/// Threads: the three stages can run on different threads.
///  1. prepare(db) — on the thread that owns `db` (quick: reference data, the import day);
///  2. validate() — any thread, no database: reads and checks every row; this is the long part
///     for a big file, with progress and cancel;
///  3. commit(db) — on the thread that owns the `db` it is given: the register check (batched),
///     then the write in one transaction with one audit entry, and the rejects file. A GUI gives
///     it a writer lent to a worker (Database::shareWriter/openShared), so it too runs off the
///     GUI thread with progress and cancel.
/// run(db) does all three on the calling thread (the CLI, tests).
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(sd::exchange::Importer)

public:
    /// `layout` (not null) is the register's, e.g. members::importLayout(u"members").
    Importer(std::unique_ptr<ImportLayout> layout, const QString &path, ImportOptions options);
    ~Importer();
    Importer(const Importer &) = delete;
    Importer &operator=(const Importer &) = delete;

    /// Stage 1; false (outcome Failed) when the reference data cannot be read.
    bool prepare(storage::Database &db);
    /// Stage 2, after prepare(); does nothing otherwise.
    void validate();
    /// Stage 3, after validate(); does nothing when validation already ended the import
    /// (unreadable, rejected columns, cancelled).
    void commit(storage::Database &db);
    const ImportReport &run(storage::Database &db);
    /// Ends the import before its commit because the society file cannot be written (e.g. a
    /// worker could not open its writer): outcome Failed with `error`'s message, nothing written.
    void fail(const storage::StorageError &error);

    [[nodiscard]] const ImportReport &report() const { return m_report; }
    [[nodiscard]] const ImportLayout &layout() const { return *m_layout; }
    /// Why the society file failed (Outcome Failed): its kind decides the CLI's exit code.
    [[nodiscard]] const storage::StorageError &storageError() const { return m_storageError; }

private:
    struct Header;

    bool cancelled() const { return m_options.cancel && m_options.cancel->load(std::memory_order_relaxed); }
    void finish(ImportOutcome outcome, const QString &failure = {});
    bool readHeader(TabularReader &reader, Header *header);
    void readRows(TabularReader &reader, const Header &header);
    bool writeRejects();
    bool writeAll(storage::Database &db);

    std::unique_ptr<ImportLayout> m_layout;
    ImportOptions m_options;
    ImportReport m_report;
    ImportPlan m_plan;
    storage::StorageError m_storageError;
    QDate m_today;
    bool m_prepared = false;
    bool m_validated = false;
    qint64 m_rowsWithErrors = 0;
};

/// The SHA-256 of a file's bytes, hex; empty when it cannot be read.
[[nodiscard]] QString fileSha256(const QString &path);

} // namespace sd::exchange
