#pragma once

#include "exchange/TabularWriter.h"

#include <QSaveFile>
#include <QStringEncoder>

namespace sd::exchange {

/// CSV as Excel reads it: CRLF line ends, fields quoted when they hold a comma, quote or line
/// break, UTF-8 with a BOM or GB18030. A text cell beginning with = + - @, a tab or a CR — or
/// with apostrophes followed by one of those — gets one more apostrophe in front, so no
/// spreadsheet runs it as a formula; CsvReader removes exactly that apostrophe again.
class CsvWriter final : public TabularWriter
{
    Q_DECLARE_TR_FUNCTIONS(sd::exchange::CsvWriter)

public:
    [[nodiscard]] static std::unique_ptr<CsvWriter> create(
        const QString &path, const WriteOptions &options, WriteError *error);
    ~CsvWriter() override;

    /// The text a cell is written as, before quoting: neutralised when it could run as a formula.
    [[nodiscard]] static QString neutralised(const QString &text);

private:
    CsvWriter(const QString &path, const WriteOptions &options);
    bool writeCells(const QStringList &cells, const QList<bool> &numeric) override;
    bool finish() override;
    void discard() override;

    QSaveFile m_file;
    QStringEncoder m_encoder;
    QString m_line;
};

} // namespace sd::exchange
