#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace sd::exchange {

struct WriteOptions
{
    enum class Encoding { Utf8Bom, Gb18030 };
    /// CSV: UTF-8 with a BOM (Excel then reads it as UTF-8), or GB18030 for old Excel and WPS.
    Encoding encoding = Encoding::Utf8Bom;
    /// XLSX: the sheet's name (characters Excel refuses become _, at most 31 kept).
    QString sheetName = QStringLiteral("Sheet1");
    /// XLSX: the first row is a header, written bold.
    bool boldHeader = true;
};

/// Why a file could not be written. `message` is one translated sentence naming the file and
/// the reason.
struct WriteError
{
    enum class Kind {
        None,
        NotWritable, ///< the folder does not exist or refuses new files
        WriteFailed, ///< writing or the final rename failed (disk full, …)
        TooLarge, ///< XLSX: more than 1 048 576 rows, 16 384 columns or 32 767 characters in a cell
        Cancelled, ///< cancel() was called
    };

    Kind kind = Kind::None;
    QString message;

    [[nodiscard]] bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }
};

/// Writes a table row by row to a temporary file beside the target and renames it over the
/// target only when close() succeeds: a failed or cancelled export leaves nothing behind, and
/// an older file at the target stays as it was.
///
/// Cells are text. A text cell that a spreadsheet would run as a formula (it begins with
/// = + - @, a tab or a CR) is written so that it shows as text: CSV prefixes an apostrophe
/// (which TabularReader removes again), XLSX stores every text as a string cell. Only cells the
/// caller marks as numbers are written as numbers.
class TabularWriter
{
    Q_DECLARE_TR_FUNCTIONS(sd::exchange::TabularWriter)

public:
    TabularWriter(const TabularWriter &) = delete;
    TabularWriter &operator=(const TabularWriter &) = delete;
    /// Without a successful close(), discards everything written.
    virtual ~TabularWriter();

    /// An XlsxWriter when `path` ends in .xlsx (any case), else a CsvWriter. Null on failure.
    [[nodiscard]] static std::unique_ptr<TabularWriter> create(
        const QString &path, const WriteOptions &options, WriteError *error);

    /// Appends a row. `numeric[i]` marks cell i as a number: written as one when its text is a
    /// plain decimal number ("-12.5", "1e3"), else as text. False after an error (see error()).
    bool writeRow(const QStringList &cells, const QList<bool> &numeric = {});
    /// Finishes the file and renames it onto the target. False on any error so far.
    bool close(WriteError *error);
    /// Discards everything written; close() then fails with Cancelled.
    void cancel();

    [[nodiscard]] const WriteError &error() const { return m_error; }
    [[nodiscard]] QString path() const { return m_path; }

protected:
    explicit TabularWriter(const QString &path);

    virtual bool writeCells(const QStringList &cells, const QList<bool> &numeric) = 0;
    /// Writes the temporary file completely; the base class renames it.
    virtual bool finish() = 0;
    virtual void discard() = 0;

    bool fail(WriteError::Kind kind, const QString &message);
    /// The number `text` holds when `numeric` marks it and it is a plain finite number.
    static bool asNumber(const QString &text, bool numeric, double *value);
    /// `path` shown in messages.
    [[nodiscard]] QString shownPath() const;

    QString m_path;
    WriteError m_error;
    bool m_done = false;
};

} // namespace sd::exchange
