#pragma once

#include "exchange/Importer.h"
#include "exchange/TabularReader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace sd::ui {

/// The first rows of a file as read, and how its columns map onto a register's layout — what
/// the import wizard shows before anything is checked. Reading stops after `maxRows` rows, so a
/// preview of a million-row CSV is instant (an XLSX still loads its shared strings).
///
/// Headers are matched as the Importer matches them (interchange.md): trimmed, half-width, case
/// and spaces ignored, a template's * dropped; the Chinese header, the English alias and the
/// layout's other spellings are equivalent.
struct ImportPreview
{
    Q_DECLARE_TR_FUNCTIONS(sd::ui::ImportPreview)

public:
    /// One column of the file.
    struct FileColumn
    {
        enum class State {
            Matched,   ///< read into `layoutColumn`
            Unknown,   ///< not part of the layout: ignored, with a warning
            Duplicate, ///< a second column for the same layout column: an error
            Ignored,   ///< no header, or a rejects file's 错误原因: skipped without a warning
        };
        QString header;        ///< as the file spells it
        State state = State::Unknown;
        int layoutColumn = -1; ///< index into the layout's columns
    };

    exchange::ReadError error; ///< the file could not be read (one sentence naming it)
    QString encoding;          ///< the reader's: "UTF-8", "UTF-8 BOM", "GB18030", "xlsx"
    QStringList sheets;        ///< XLSX: every sheet; CSV: none
    int headerLine = 0;        ///< the header's line as the spreadsheet shows it
    QList<FileColumn> columns; ///< the header row, one per file column
    QList<int> lines;          ///< the spreadsheet line of each previewed row
    QList<QStringList> rows;   ///< the first rows below the header, as the user sees them
    QList<int> missingRequired; ///< layout columns that are required and absent

    [[nodiscard]] bool isXlsx() const { return encoding == QStringLiteral("xlsx"); }
    [[nodiscard]] bool readable() const { return !error.isError() && headerLine > 0; }
    /// Readable, with every required column present exactly once: the check may start.
    [[nodiscard]] bool acceptable() const;
    [[nodiscard]] int count(FileColumn::State state) const;

    static ImportPreview read(const QString &path, const exchange::ReadOptions &options,
        const QList<exchange::ColumnSpec> &layout, int maxRows = 20);
    /// The key two headers are compared by.
    [[nodiscard]] static QString headerKey(QStringView header);
};

} // namespace sd::ui
