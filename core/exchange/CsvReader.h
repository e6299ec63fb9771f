#pragma once

#include "exchange/TabularReader.h"
#include "exchange/TextEncoding.h"

#include <QStringDecoder>

namespace sd::exchange {

/// RFC 4180 CSV as Excel, WPS and scripts write it: quoted fields with doubled quotes and line
/// breaks, CRLF, LF or CR line ends, with or without a final one. The delimiter is a comma,
/// or a semicolon or tab when the first line has no comma but those.
///
/// The encoding is settled before the first row: the whole file is checked (one fast pass), so
/// a bad byte anywhere fails open() with BadEncoding and its offset instead of surfacing after
/// half the rows. Rows are then decoded and parsed in chunks.
///
/// A cell that starts with apostrophes followed by = + - @ tab or CR loses one apostrophe: it
/// is how CsvWriter keeps a spreadsheet from running a cell as a formula, so exports re-import
/// unchanged. Lenient where no data is lost: a stray quote inside an unquoted field is kept, and
/// text after a closing quote is appended to the field.
class CsvReader final : public TabularReader
{
    Q_DECLARE_TR_FUNCTIONS(sd::exchange::CsvReader)

public:
    [[nodiscard]] static std::unique_ptr<CsvReader> open(std::unique_ptr<QIODevice> device,
        const QString &displayName, const ReadOptions &options, ReadError *error);
    ~CsvReader() override;

    [[nodiscard]] QStringList sheetNames() const override { return {}; }
    [[nodiscard]] QString encoding() const override { return m_encodingName; }
    bool next(Row *row) override;

private:
    enum class Parse { Record, NeedMore, Malformed };

    CsvReader(std::unique_ptr<QIODevice> device, const QString &displayName, const ReadOptions &options);
    bool settleEncoding();
    bool fill();
    Parse parseRecord(Row *row);
    void chooseDelimiter();

    std::unique_ptr<QIODevice> m_device;
    TextEncoding m_textEncoding = TextEncoding::Utf8;
    QString m_encodingName;
    QStringDecoder m_decoder;
    QString m_text; ///< decoded, not yet parsed text starts at m_pos
    qsizetype m_pos = 0;
    bool m_deviceAtEnd = false;
    qint64 m_chunkBytes = 0;
    QChar m_delimiter = u',';
    bool m_delimiterChosen = false;
    int m_record = 0;
    int m_physicalLine = 1; ///< line in the file where the next record starts
    int m_lastColumns = 0;
};

} // namespace sd::exchange
