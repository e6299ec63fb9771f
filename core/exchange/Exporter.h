#pragma once

#include "exchange/TabularWriter.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace sd::storage {
class Database;
}

namespace sd::exchange {

struct ExportOptions
{
    /// CSV only: UTF-8 with a BOM (the default) or GB18030. XLSX is chosen by the file name.
    WriteOptions::Encoding encoding = WriteOptions::Encoding::Utf8Bom;
    /// Full ID numbers, phones and emails instead of masked ones; recorded in the audit log.
    bool unmasked = false;
    /// Only rows with one of these statuses (sheet values such as 正常, or codes such as active);
    /// empty: every row. Dues follow their member's status.
    QStringList statuses;
    const std::atomic<bool> *cancel = nullptr;
    /// (rows written, rows in all), on the exporting thread.
    std::function<void(qint64, qint64)> progress;
};

/// One register's rows in its interchange layout (interchange.md): what the Exporter writes and
/// the template shows.
class ExportSource
{
public:
    ExportSource() = default;
    ExportSource(const ExportSource &) = delete;
    ExportSource &operator=(const ExportSource &) = delete;
    virtual ~ExportSource();

    [[nodiscard]] virtual QString kind() const = 0; ///< "members"
    [[nodiscard]] virtual QString auditEntity() const = 0; ///< "member"
    [[nodiscard]] virtual QStringList headers() const = 0; ///< the layout's Chinese headers, in order
    /// Columns written as numbers in XLSX (amounts, years); the rest are text.
    [[nodiscard]] virtual QList<bool> numericColumns() const { return {}; }
    /// One realistic example row for the template, in header order.
    [[nodiscard]] virtual QStringList exampleRow() const = 0;
    /// Refuses options the register cannot honour (an unknown status); `why` is translated.
    virtual bool checkOptions(const ExportOptions &options, QString *why) const;
    /// Streams the rows through `row` (cells in header order; return false to stop), masked unless
    /// `options.unmasked`. Runs on the thread that owns `connection`. Sets `total` before the
    /// first row. False with `error` when a query fails.
    virtual bool forEachRow(const QSqlDatabase &connection, const ExportOptions &options,
        const std::function<bool(const QStringList &)> &row, qint64 *total, QString *error) const = 0;
};

struct ExportResult
{
    enum class Outcome { Written, Rejected, Cancelled, Failed };
    Outcome outcome = Outcome::Failed;
    QString file; ///< absolute path of the file written
    qint64 rows = 0; ///< data rows written
    QString sha256; ///< of the file written
    QString failure; ///< translated, one sentence naming the file and the reason
    /// Failed: the society file (not the output) is the problem.
    storage::StorageError storageError;
};

/// Writes a register to XLSX (constant memory) or CSV in the layout it is imported in; a failed
/// or cancelled export leaves no file behind (the writers rename a finished temporary file).
///
/// Threads: write() runs on any thread with a connection that belongs to it — the Database's
/// own on its thread, or one from Database::openWorkerConnection() in a worker. The audit entry
/// of an unmasked export is written through the Database on its thread (recordAudit()); run()
/// does both on the calling thread.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(sd::exchange::Exporter)

public:
    static ExportResult write(const ExportSource &source, const QSqlDatabase &connection, const QString &path,
        const ExportOptions &options);
    /// The audit entry of an unmasked export (file, SHA-256, kind, rows). When it cannot be
    /// written the exported file is removed: full personal data never leaves unrecorded.
    static bool recordAudit(storage::Database &db, const ExportSource &source, const ExportResult &result,
        storage::StorageError *error);
    static ExportResult run(
        storage::Database &db, const ExportSource &source, const QString &path, const ExportOptions &options);

    /// The layout's headers and one example row (下载导入模板): XLSX or CSV by the file name.
    static bool writeTemplate(
        const ExportSource &source, const QString &path, const WriteOptions &options, WriteError *error);
};

} // namespace sd::exchange
