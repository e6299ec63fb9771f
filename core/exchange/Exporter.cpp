#include "exchange/Exporter.h"

#include "exchange/Importer.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace sd::exchange {

ExportSource::~ExportSource() = default;

bool ExportSource::checkOptions(const ExportOptions &, QString *) const
{
    return true;
}

namespace {

WriteOptions writeOptionsFor(const ExportSource &source, const ExportOptions &options)
{
    WriteOptions w;
    w.encoding = options.encoding;
    w.sheetName = source.kind();
    return w;
}

} // namespace

ExportResult Exporter::write(const ExportSource &source, const QSqlDatabase &connection, const QString &path,
    const ExportOptions &options)
{
    ExportResult result;
    result.file = QFileInfo(path).absoluteFilePath();
    QString why;
    if (!source.checkOptions(options, &why)) {
        result.outcome = ExportResult::Outcome::Rejected;
        result.failure = why;
        return result;
    }
    WriteError writeError;
    std::unique_ptr<TabularWriter> writer
        = TabularWriter::create(path, writeOptionsFor(source, options), &writeError);
    if (!writer) {
        result.failure = writeError.message;
        return result;
    }
    const QList<bool> numeric = source.numericColumns();
    writer->writeRow(source.headers());
    qint64 total = 0;
    bool cancelled = false;
    const auto row = [&](const QStringList &cells) {
        if (!writer->writeRow(cells, numeric))
            return false;
        ++result.rows;
        if ((result.rows & 0x3FF) == 0) {
            if (options.progress)
                options.progress(result.rows, total);
            if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
                cancelled = true;
                return false;
            }
        }
        return true;
    };
    QString queryError;
    const bool read = source.forEachRow(connection, options, row, &total, &queryError);
    if (cancelled) {
        writer->cancel();
        result.outcome = ExportResult::Outcome::Cancelled;
        result.failure = tr("The export to %1 was cancelled; no file was written.")
                             .arg(QDir::toNativeSeparators(result.file));
        result.rows = 0;
        return result;
    }
    if (!read && writer->error().kind == WriteError::Kind::None) {
        writer->cancel();
        result.failure = tr("The register could not be read for the export to %1 (%2).")
                             .arg(QDir::toNativeSeparators(result.file), queryError);
        result.storageError.kind = storage::StorageError::Kind::Sql;
        result.storageError.message = result.failure;
        result.rows = 0;
        return result;
    }
    if (!writer->close(&writeError)) {
        result.failure = writeError.message;
        result.rows = 0;
        return result;
    }
    if (options.progress)
        options.progress(result.rows, total);
    result.sha256 = fileSha256(result.file);
    result.outcome = ExportResult::Outcome::Written;
    return result;
}

bool Exporter::recordAudit(storage::Database &db, const ExportSource &source, const ExportResult &result,
    storage::StorageError *error)
{
    const bool ok = db.audit().record(source.auditEntity(), 0, QStringLiteral("export"), {},
        QJsonObject {
            { QStringLiteral("file"), result.file },
            { QStringLiteral("sha256"), result.sha256 },
            { QStringLiteral("kind"), source.kind() },
            { QStringLiteral("rows"), result.rows },
            { QStringLiteral("unmasked"), true },
        },
        error);
    if (!ok)
        QFile::remove(result.file);
    return ok;
}

ExportResult Exporter::run(
    storage::Database &db, const ExportSource &source, const QString &path, const ExportOptions &options)
{
    if (options.unmasked && db.isReadOnly()) {
        ExportResult refused;
        refused.file = QFileInfo(path).absoluteFilePath();
        refused.outcome = ExportResult::Outcome::Failed;
        refused.storageError.kind = storage::StorageError::Kind::TooNew;
        refused.storageError.message = db.readOnlyReason();
        refused.failure
            = tr("An unmasked export is recorded in the audit log, which this file does not allow: %1")
                  .arg(db.readOnlyReason());
        return refused;
    }
    ExportResult result = write(source, db.connection(), path, options);
    if (result.outcome == ExportResult::Outcome::Written && options.unmasked) {
        if (!recordAudit(db, source, result, &result.storageError)) {
            result.outcome = ExportResult::Outcome::Failed;
            result.failure = result.storageError.message;
            result.rows = 0;
        }
    }
    return result;
}

bool Exporter::writeTemplate(
    const ExportSource &source, const QString &path, const WriteOptions &options, WriteError *error)
{
    WriteOptions w = options;
    w.sheetName = source.kind();
    std::unique_ptr<TabularWriter> writer = TabularWriter::create(path, w, error);
    if (!writer)
        return false;
    writer->writeRow(source.headers());
    writer->writeRow(source.exampleRow(), source.numericColumns());
    return writer->close(error);
}

} // namespace sd::exchange
