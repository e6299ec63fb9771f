#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QIODevice;

namespace sd::exchange {

/// One cell as the file holds it. Nothing is interpreted here: dates, IDs and numbers are
/// judged by the importer, which knows the column.
struct Cell
{
    enum class Kind {
        Empty, ///< no value (an empty CSV field, a missing or value-less XLSX cell)
        Text, ///< `text` is the value
        Number, ///< XLSX only: `number` is the raw double, `text` the literal as stored ("2017.6")
        Bool, ///< XLSX only: `number` is 1 or 0, `text` "TRUE" or "FALSE"
        Error, ///< XLSX only: `text` is the error value shown (#DIV/0!, #N/A, …)
    };

    Kind kind = Kind::Empty;
    QString text;
    double number = 0;
    /// XLSX: the cell's number format is a date or time format (built-in ids 14–22, 27–36,
    /// 45–47, 50–58, or a custom format with y/m/d/h/s outside quotes and brackets).
    bool isDateFormatted = false;
    /// XLSX: the cell holds a formula; the value is its cached result, never evaluated here.
    bool fromFormula = false;

    [[nodiscard]] bool isEmpty() const { return kind == Kind::Empty; }
};

/// One row of the sheet. `line` is the row number as a spreadsheet program shows it, the header
/// being 1: for XLSX the row's `r`; for CSV the record's index (a quoted line break inside a
/// record does not shift the rows after it). Missing cells in between are Empty; trailing
/// missing cells are not added, so rows may differ in length.
struct Row
{
    int line = 0;
    QList<Cell> cells;
};

/// Refusals that protect memory and time from hostile or broken files.
struct ReadLimits
{
    /// XLSX: the largest zip entry, unpacked.
    qint64 maxEntryBytes = qint64(512) << 20;
    /// XLSX: the highest compression ratio of an entry larger than ratioCheckFrom.
    qint64 maxCompressionRatio = 200;
    qint64 ratioCheckFrom = qint64(1) << 20;
    int maxZipEntries = 10000;
    qint64 maxSharedStrings = 5'000'000;
    /// XLSX: one cell's text as UTF-8 (Excel holds at most 32 767 characters in a cell).
    qint64 maxCellBytes = qint64(1) << 20;
    /// Columns of a row, as Excel (A to XFD).
    int maxColumns = 16384;
    /// CSV: one record; catches a quote never closed before it takes the whole file.
    qint64 maxRecordChars = qint64(16) << 20;
};

struct ReadOptions
{
    enum class Format { Auto, Csv, Xlsx };
    /// Auto chooses by content: a zip ("PK") is XLSX, anything else CSV.
    Format format = Format::Auto;
    /// XLSX: the sheet to read (case-insensitive); empty = the first visible sheet.
    QString sheet;
    /// CSV: "auto" (a BOM, else UTF-8 when the whole file is valid UTF-8, else GB18030),
    /// "utf-8" or "gb18030" ("gbk" and "gb2312" are read as GB18030, their superset).
    QString encoding = QStringLiteral("auto");
    ReadLimits limits;
    /// Set to true from any thread to stop reading; the reader then fails with Cancelled.
    const std::atomic<bool> *cancel = nullptr;
};

/// Why a file could not be read. `message` is one translated sentence naming the file and the
/// reason, shown to the user as is.
struct ReadError
{
    enum class Kind {
        None,
        NotFound, ///< no such file
        NotReadable, ///< the file system refused it, or it is a folder
        BadEncoding, ///< bytes invalid in the (detected or chosen) encoding; `offset` is the first
        BadCsv, ///< a quote never closed (the message names the row and line)
        NotXlsx, ///< not a zip, a damaged zip, a zip without a workbook, or an old .xls
        ZipBomb, ///< an entry or the shared strings exceed ReadLimits
        BadXml, ///< malformed XML, a DOCTYPE, or references to things that do not exist
        NoSuchSheet, ///< ReadOptions::sheet names no sheet
        Cancelled, ///< ReadOptions::cancel was set
    };

    Kind kind = Kind::None;
    QString message;
    qint64 offset = -1; ///< a byte offset in the file (or in the zip entry) when known

    [[nodiscard]] bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }
};

/// Reads a CSV or XLSX sheet row by row, as a stream: memory stays bounded by the longest row
/// (plus an XLSX's shared strings), whatever the number of rows.
///
///     auto reader = TabularReader::open(path, {}, &error);
///     Row row;
///     while (reader && reader->next(&row)) { … }
///     if (reader && reader->error()) { … }
class TabularReader
{
    Q_DECLARE_TR_FUNCTIONS(sd::exchange::TabularReader)

public:
    TabularReader(const TabularReader &) = delete;
    TabularReader &operator=(const TabularReader &) = delete;
    virtual ~TabularReader();

    /// Opens the file at `path`; null with `error` set when it cannot be read at all.
    [[nodiscard]] static std::unique_ptr<TabularReader> open(
        const QString &path, const ReadOptions &options, ReadError *error);
    /// The same over any seekable device open for reading (a QBuffer for data in memory);
    /// `displayName` names it in messages.
    [[nodiscard]] static std::unique_ptr<TabularReader> open(std::unique_ptr<QIODevice> device,
        const QString &displayName, const ReadOptions &options, ReadError *error);

    /// XLSX: the workbook's sheets in order, hidden ones included; CSV: none.
    [[nodiscard]] virtual QStringList sheetNames() const = 0;
    /// "UTF-8", "UTF-8 BOM", "UTF-16LE", "UTF-16BE", "GB18030", or "xlsx".
    [[nodiscard]] virtual QString encoding() const = 0;
    /// XLSX: date serials count from 1904-01-01 (old Mac workbooks) instead of 1899-12-30.
    [[nodiscard]] virtual bool uses1904Dates() const { return false; }

    /// The next row; false at the end or on an error (then error() says which).
    virtual bool next(Row *row) = 0;

    [[nodiscard]] const ReadError &error() const { return m_error; }
    /// Progress: bytes consumed so far out of totalBytes() (XLSX: of the uncompressed sheet).
    [[nodiscard]] qint64 bytesRead() const { return m_bytesRead; }
    [[nodiscard]] qint64 totalBytes() const { return m_totalBytes; }

protected:
    TabularReader(const QString &displayName, const ReadOptions &options);

    /// Records the first error and returns false, for `return fail(...)`.
    bool fail(ReadError::Kind kind, const QString &message, qint64 offset = -1);
    bool cancelled() const { return m_options.cancel && m_options.cancel->load(std::memory_order_relaxed); }
    bool failCancelled();

    QString m_name;
    ReadOptions m_options;
    ReadError m_error;
    qint64 m_bytesRead = 0;
    qint64 m_totalBytes = 0;
};

} // namespace sd::exchange
