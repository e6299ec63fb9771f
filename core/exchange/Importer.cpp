#include "exchange/Importer.h"

#include "exchange/PrefetchReader.h"
#include "exchange/TabularWriter.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "validation/Normalize.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlQuery>

#include <future>

namespace sd::exchange {

namespace {

const Cell kEmptyCell;

/// The key headers are compared by: half-width, no whitespace, case-folded, without the * that
/// templates put on required columns.
QString headerKey(QStringView header)
{
    QString key = validation::toHalfWidth(header);
    key.removeIf([](QChar c) { return c.isSpace() || c == u'*'; });
    return key.toCaseFolded();
}

/// The column's letters as a spreadsheet shows them (0 -> A, 26 -> AA).
QString columnLetters(int index)
{
    QString letters;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

bool isBlank(const Cell &cell)
{
    if (cell.kind == Cell::Kind::Empty)
        return true;
    if (cell.kind != Cell::Kind::Text)
        return false;
    for (const QChar c : cell.text) {
        if (!c.isSpace() && c != QChar(0x200B) && c != QChar(0xFEFF))
            return false;
    }
    return true;
}

bool isBlankRow(const Row &row)
{
    for (const Cell &cell : row.cells) {
        if (!isBlank(cell))
            return false;
    }
    return true;
}

} // namespace

QString fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

// --- rows, plans, layouts ------------------------------------------------------------------

bool ImportRow::hasColumn(int column) const
{
    return m_index->at(column) >= 0;
}

QString ImportRow::columnName(int column) const
{
    return m_layout->columnName(column);
}

QString ImportRow::shown(int column) const
{
    const int index = m_index->at(column);
    return index >= 0 && index < m_cells->size() ? shownValue(m_cells->at(index), m_dates1904) : QString();
}

void ImportRow::error(int column, const QString &reason)
{
    m_report->errors.append({ m_line, columnName(column), shown(column), reason });
    ++m_errors;
}

void ImportRow::warning(int column, const QString &reason)
{
    m_report->warnings.append({ m_line, columnName(column), shown(column), reason });
}

void ImportPlan::reject(qsizetype record, const QString &column, const QString &value, const QString &reason)
{
    m_report->errors.append({ m_lines.at(record), column, value, reason });
    ImportDecision &d = m_decisions[record];
    if (d.action != ImportDecision::Action::Reject) {
        d = { ImportDecision::Action::Reject, 0 };
        ++m_rejected;
    }
}

void ImportPlan::duplicate(
    qsizetype record, qint64 existingId, const QString &column, const QString &value, const QString &existing)
{
    switch (m_policy) {
    case OnDuplicate::Error:
        reject(record, column, value,
            tr("%1 %2 is already in the register (%3); choose to skip or update duplicates to import this "
               "row.")
                .arg(column, value, existing));
        return;
    case OnDuplicate::Skip:
        if (m_decisions.at(record).action == ImportDecision::Action::Reject)
            return;
        m_decisions[record] = { ImportDecision::Action::Skip, existingId };
        warning(record, column, value,
            tr("%1 %2 is already in the register (%3); the row was skipped.").arg(column, value, existing));
        return;
    case OnDuplicate::Update:
        if (m_decisions.at(record).action == ImportDecision::Action::Reject)
            return;
        m_decisions[record] = { ImportDecision::Action::Update, existingId };
        warning(record, column, value,
            tr("%1 %2 is already in the register (%3); it is updated from this row.")
                .arg(column, value, existing));
        return;
    }
}

void ImportPlan::warning(qsizetype record, const QString &column, const QString &value, const QString &reason)
{
    m_report->warnings.append({ m_lines.at(record), column, value, reason });
}

bool ImportPlan::progress(qsizetype done)
{
    return !m_progress || m_progress(done, size());
}

ImportLayout::~ImportLayout() = default;

bool ImportLayout::prepare(storage::Database &, storage::StorageError *)
{
    return true;
}

QString ImportLayout::columnName(int column) const
{
    const QString fromFile = m_fileHeaders.value(column);
    return fromFile.isEmpty() ? columns().at(column).header : fromFile;
}

// --- the importer --------------------------------------------------------------------------

struct Importer::Header
{
    int line = 0;
    QStringList cells; ///< the header row as the file has it
    QList<int> index; ///< per layout column: the file's column, or -1
};

Importer::Importer(std::unique_ptr<ImportLayout> layout, const QString &path, ImportOptions options)
    : m_layout(std::move(layout))
    , m_options(std::move(options))
{
    Q_ASSERT(m_layout);
    m_report.file = QFileInfo(path).absoluteFilePath();
    m_report.kind = m_layout->kind();
    m_options.read.cancel = m_options.cancel;
    m_plan.m_policy = m_options.onDuplicate;
    m_plan.m_report = &m_report;
}

Importer::~Importer() = default;

void Importer::finish(ImportOutcome outcome, const QString &failure)
{
    m_report.outcome = outcome;
    if (!failure.isEmpty()) {
        m_report.failure = failure;
        if (outcome == ImportOutcome::Unreadable || outcome == ImportOutcome::Failed)
            m_report.errors.append({ 0, QString(), QString(), failure });
    }
    if (outcome != ImportOutcome::Written) {
        m_report.rowsWritten = 0;
        m_report.rowsInserted = 0;
        m_report.rowsUpdated = 0;
    }
    m_report.sortIssues();
}

void Importer::fail(const storage::StorageError &error)
{
    if (m_report.outcome != ImportOutcome::NotRun)
        return;
    m_storageError = error;
    finish(ImportOutcome::Failed, error.message);
}

bool Importer::prepare(storage::Database &db)
{
    m_today = db.clock().today();
    if (!m_layout->prepare(db, &m_storageError)) {
        finish(ImportOutcome::Failed, m_storageError.message);
        return false;
    }
    m_prepared = true;
    return true;
}

void Importer::validate()
{
    if (!m_prepared || m_validated)
        return;
    m_validated = true;
    ReadError readError;
    std::unique_ptr<TabularReader> reader = TabularReader::open(m_report.file, m_options.read, &readError);
    if (!reader) {
        finish(readError.kind == ReadError::Kind::Cancelled ? ImportOutcome::Cancelled
                                                            : ImportOutcome::Unreadable,
            readError.message);
        return;
    }
    m_report.encoding = reader->encoding();
    // The file's digest is taken alongside the reading (an 18 MB file: 0.06 s).
    std::future<QString> sha256 = std::async(std::launch::async, [file = m_report.file] { return fileSha256(file); });
    Header header;
    if (readHeader(*reader, &header)) {
        if (reader->encoding() == u"xlsx") {
            // Inflating and parsing a sheet's XML costs as much as checking its rows: they
            // overlap, the rows read ahead on a thread of their own. A CSV parses faster than
            // its rows are checked, so it gains nothing from the hand-over.
            PrefetchReader rows(std::move(reader), m_report.file, m_options.read);
            readRows(rows, header);
        } else {
            readRows(*reader, header);
        }
    }
    m_report.sha256 = sha256.get();
}

bool Importer::readHeader(TabularReader &reader, Header *header)
{
    Row row;
    bool found = false;
    while (reader.next(&row)) {
        if (!isBlankRow(row)) {
            found = true;
            break;
        }
    }
    if (!found) {
        if (reader.error())
            finish(reader.error().kind == ReadError::Kind::Cancelled ? ImportOutcome::Cancelled
                                                                     : ImportOutcome::Unreadable,
                reader.error().message);
        else
            finish(ImportOutcome::Unreadable,
                tr("The file %1 is empty: it has no header row.")
                    .arg(QDir::toNativeSeparators(m_report.file)));
        return false;
    }
    header->line = row.line;
    for (const Cell &cell : std::as_const(row.cells))
        header->cells.append(shownValue(cell).trimmed());

    const QList<ColumnSpec> &columns = m_layout->columns();
    QHash<QString, int> byKey; // every accepted spelling -> layout column
    for (int c = 0; c < columns.size(); ++c) {
        byKey.insert(headerKey(columns[c].header), c);
        byKey.insert(headerKey(columns[c].alias), c);
        for (const QString &other : columns[c].otherHeaders)
            byKey.insert(headerKey(other), c);
    }
    // The rejects file's own column: a fixed rejects file re-imports without a warning.
    const QString rejectsKey = headerKey(u"错误原因");
    const QString rejectsAlias = headerKey(u"error_reason");

    header->index = QList<int>(columns.size(), -1);
    m_layout->m_fileHeaders = QStringList(columns.size(), QString());
    bool bad = false;
    for (int i = 0; i < header->cells.size(); ++i) {
        const QString &text = header->cells[i];
        if (text.isEmpty())
            continue;
        const QString key = headerKey(text);
        const auto it = byKey.constFind(key);
        if (it == byKey.constEnd()) {
            if (key != rejectsKey && key != rejectsAlias) {
                m_report.warnings.append({ header->line, text, QString(),
                    tr("The column \"%1\" is not part of the %2 layout and was ignored.")
                        .arg(text, m_report.kind) });
            }
            continue;
        }
        if (header->index[*it] >= 0) {
            m_report.errors.append({ header->line, text, QString(),
                tr("The column \"%1\" appears twice, in columns %2 and %3; keep one of them.")
                    .arg(text, columnLetters(header->index[*it]), columnLetters(i)) });
            bad = true;
            continue;
        }
        header->index[*it] = i;
        m_layout->m_fileHeaders[*it] = text;
    }
    for (int c = 0; c < columns.size(); ++c) {
        if (columns[c].required && header->index[c] < 0) {
            m_report.errors.append({ header->line, columns[c].header, QString(),
                tr("The required column %1 (%2) is missing, so no row was read.")
                    .arg(columns[c].header, columns[c].alias) });
            bad = true;
        }
    }
    if (bad) {
        finish(ImportOutcome::Rejected);
        return false;
    }
    return true;
}

void Importer::readRows(TabularReader &reader, const Header &header)
{
    const QList<ColumnSpec> &columns = m_layout->columns();
    const auto columnCount = static_cast<int>(columns.size());
    const FieldParser plainText = fields::text();
    QList<Field> rowFields(columnCount);
    QList<QHash<QString, int>> seen(columnCount); // unique columns: value -> first line
    FieldContext context;
    context.today = m_today;
    context.dates1904 = reader.uses1904Dates();

    ImportRow r;
    r.m_layout = m_layout.get();
    r.m_fields = &rowFields;
    r.m_index = &header.index;
    r.m_report = &m_report;
    r.m_today = m_today;
    r.m_dates1904 = context.dates1904;

    Row row;
    qint64 sinceProgress = 0;
    while (reader.next(&row)) {
        if (isBlankRow(row))
            continue;
        ++m_report.rowsRead;
        r.m_line = row.line;
        r.m_cells = &row.cells;
        r.m_errors = 0;
        for (int c = 0; c < columnCount; ++c) {
            const int index = header.index[c];
            const Cell &cell = index >= 0 && index < row.cells.size() ? row.cells[index] : kEmptyCell;
            if (cell.fromFormula) {
                r.warning(c,
                    tr("The cell holds a formula; its last calculated value \"%1\" was read and nothing was "
                       "calculated.")
                        .arg(shownValue(cell, context.dates1904)));
            }
            if (isBlank(cell)) {
                rowFields[c] = Field {};
            } else {
                context.errors.clear();
                context.warnings.clear();
                const ColumnSpec &spec = columns[c];
                rowFields[c] = spec.parse ? spec.parse(cell, context) : plainText(cell, context);
                for (const QString &w : std::as_const(context.warnings))
                    r.warning(c, w);
                for (const QString &e : std::as_const(context.errors))
                    r.error(c, e);
                if (!context.errors.isEmpty())
                    rowFields[c].state = Field::State::Invalid;
            }
            if (rowFields[c].isEmpty() && columns[c].required && index >= 0)
                r.error(c, tr("The %1 is missing; every row needs one.").arg(m_layout->columnName(c)));
            if (columns[c].unique && rowFields[c].isValid()) {
                const auto it = seen[c].constFind(rowFields[c].text);
                if (it == seen[c].constEnd()) {
                    seen[c].insert(rowFields[c].text, row.line);
                } else {
                    r.error(c,
                        tr("%1 %2 already appears on line %3; this later row is a duplicate.")
                            .arg(m_layout->columnName(c), rowFields[c].text)
                            .arg(it.value()));
                }
            }
        }
        if (m_layout->addRow(r)) {
            m_plan.m_lines.append(row.line);
            m_plan.m_decisions.append(ImportDecision {});
        }
        if (r.hasErrors())
            ++m_rowsWithErrors;
        if (++sinceProgress == 2048) {
            sinceProgress = 0;
            if (m_options.progress)
                m_options.progress(
                    { ImportProgress::Stage::Reading, reader.bytesRead(), reader.totalBytes() });
            if (cancelled())
                break;
        }
    }
    if (cancelled()) {
        finish(ImportOutcome::Cancelled,
            tr("The import of %1 was cancelled; nothing was written.")
                .arg(QDir::toNativeSeparators(m_report.file)));
        return;
    }
    if (reader.error()) {
        finish(ImportOutcome::Unreadable, reader.error().message);
        return;
    }
    if (m_options.progress)
        m_options.progress({ ImportProgress::Stage::Reading, reader.totalBytes(), reader.totalBytes() });
}

void Importer::commit(storage::Database &db)
{
    if (!m_validated || m_report.outcome != ImportOutcome::NotRun)
        return;
    const auto cancelledFailure = [&] {
        finish(ImportOutcome::Cancelled,
            tr("The import of %1 was cancelled; nothing was written.")
                .arg(QDir::toNativeSeparators(m_report.file)));
    };

    // The register check: batched lookups by the layout, decisions through the plan.
    m_plan.m_progress = [this](qsizetype done, qsizetype total) {
        if (m_options.progress)
            m_options.progress({ ImportProgress::Stage::Checking, done, total });
        return !cancelled();
    };
    if (!m_layout->matchRegister(db, m_plan, &m_storageError)) {
        if (cancelled())
            cancelledFailure();
        else
            finish(ImportOutcome::Failed, m_storageError.message);
        return;
    }
    m_report.rowsValid = m_report.rowsRead - m_rowsWithErrors - m_plan.m_rejected;
    qsizetype toWrite = 0;
    for (const ImportDecision &d : std::as_const(m_plan.m_decisions)) {
        if (d.action == ImportDecision::Action::Insert || d.action == ImportDecision::Action::Update)
            ++toWrite;
        else if (d.action == ImportDecision::Action::Skip)
            ++m_report.rowsSkipped;
    }

    if (m_options.dryRun) {
        finish(ImportOutcome::Validated);
        return;
    }
    // The rejects file first: if it cannot be written, nothing is, so no row is lost unseen.
    if (m_options.skipInvalid && m_report.hasErrors() && !m_options.rejectsPath.isEmpty() && !writeRejects())
        return;
    if (m_report.hasErrors() && (!m_options.skipInvalid || toWrite == 0)) {
        finish(ImportOutcome::Rejected);
        return;
    }
    if (db.isReadOnly()) {
        m_storageError.kind = storage::StorageError::Kind::TooNew;
        m_storageError.file = db.path();
        m_storageError.message = db.readOnlyReason();
        finish(ImportOutcome::Failed, db.readOnlyReason());
        return;
    }
    if (cancelled()) {
        cancelledFailure();
        return;
    }
    if (!writeAll(db)) {
        if (cancelled())
            cancelledFailure();
        else
            finish(ImportOutcome::Failed, m_storageError.message);
        return;
    }
    finish(ImportOutcome::Written);
}

bool Importer::writeAll(storage::Database &db)
{
    m_plan.m_progress = [this](qsizetype done, qsizetype total) {
        if (m_options.progress)
            m_options.progress({ ImportProgress::Stage::Writing, done, total });
        return !cancelled();
    };
    qint64 inserted = 0;
    qint64 updated = 0;
    const bool ok = db.bulkTransaction(
        [&] {
            if (!m_layout->write(db, m_plan, &inserted, &updated, &m_storageError) || cancelled())
                return false;
            const QJsonObject entry {
                { QStringLiteral("file"), m_report.file },
                { QStringLiteral("sha256"), m_report.sha256 },
                { QStringLiteral("kind"), m_report.kind },
                { QStringLiteral("rows_read"), m_report.rowsRead },
                { QStringLiteral("rows_written"), inserted + updated },
                { QStringLiteral("rows_inserted"), inserted },
                { QStringLiteral("rows_updated"), updated },
                { QStringLiteral("rows_skipped"), m_report.rowsSkipped },
                { QStringLiteral("rows_rejected"), m_report.rowsRead - m_report.rowsValid },
            };
            return db.audit().record(
                m_layout->auditEntity(), 0, QStringLiteral("import"), {}, entry, &m_storageError);
        },
        &m_storageError);
    if (!ok)
        return false;
    m_report.rowsInserted = inserted;
    m_report.rowsUpdated = updated;
    m_report.rowsWritten = inserted + updated;
    return true;
}

bool Importer::writeRejects()
{
    QHash<int, QStringList> reasons;
    for (const ImportIssue &e : std::as_const(m_report.errors)) {
        if (e.line > 0)
            reasons[e.line].append(
                e.column.isEmpty() ? e.reason : QString(e.column + QStringLiteral(": ") + e.reason));
    }
    const auto fail = [this](const QString &why) {
        m_storageError.kind = storage::StorageError::Kind::Io;
        m_storageError.file = m_options.rejectsPath;
        m_storageError.message = why;
        finish(ImportOutcome::Failed, why);
        return false;
    };
    ReadError readError;
    std::unique_ptr<TabularReader> reader = TabularReader::open(m_report.file, m_options.read, &readError);
    if (!reader)
        return fail(readError.message);
    WriteError writeError;
    std::unique_ptr<TabularWriter> writer = TabularWriter::create(m_options.rejectsPath, {}, &writeError);
    if (!writer)
        return fail(writeError.message);
    const bool dates1904 = reader->uses1904Dates();
    Row row;
    bool headerDone = false;
    qsizetype width = 0;
    while (reader->next(&row)) {
        if (!headerDone) {
            if (isBlankRow(row))
                continue;
            QStringList cells;
            for (const Cell &cell : std::as_const(row.cells))
                cells.append(shownValue(cell, dates1904));
            width = cells.size();
            cells.append(QStringLiteral("错误原因"));
            writer->writeRow(cells);
            headerDone = true;
            continue;
        }
        const auto it = reasons.constFind(row.line);
        if (it == reasons.constEnd())
            continue;
        QStringList cells;
        for (const Cell &cell : std::as_const(row.cells))
            cells.append(shownValue(cell, dates1904));
        while (cells.size() < width)
            cells.append(QString());
        cells.append(it->join(u' '));
        if (!writer->writeRow(cells))
            break;
    }
    if (reader->error())
        return fail(reader->error().message);
    if (!writer->close(&writeError))
        return fail(writeError.message);
    m_report.rejectsFile = QFileInfo(m_options.rejectsPath).absoluteFilePath();
    return true;
}

const ImportReport &Importer::run(storage::Database &db)
{
    if (prepare(db)) {
        validate();
        commit(db);
    }
    return m_report;
}

} // namespace sd::exchange
