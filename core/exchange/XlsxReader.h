#pragma once

#include "exchange/TabularReader.h"

namespace sd::exchange {

class PartHandler;
class XmlParser;

/// Office Open XML workbooks (.xlsx) as Excel, WPS and LibreOffice write them.
///
/// open() reads the workbook, its relationships, the styles (which cells are date-formatted)
/// and the shared strings; next() then streams the chosen sheet's XML through expat a chunk at
/// a time, so memory does not grow with the number of rows. Formulas are never evaluated: a
/// formula cell gives its cached value with Cell::fromFormula set.
///
/// Hostile files are refused before they cost memory: zip bombs (ReadLimits: entry size,
/// compression ratio, entry count, shared-string count, all checked against what is actually
/// unpacked as well as the zip's headers), and any XML DOCTYPE (entities, external DTDs).
class XlsxReader final : public TabularReader
{
    Q_DECLARE_TR_FUNCTIONS(sd::exchange::XlsxReader)

public:
    [[nodiscard]] static std::unique_ptr<XlsxReader> open(std::unique_ptr<QIODevice> device,
        const QString &displayName, const ReadOptions &options, ReadError *error);
    ~XlsxReader() override;

    [[nodiscard]] QStringList sheetNames() const override;
    [[nodiscard]] QString encoding() const override { return QStringLiteral("xlsx"); }
    [[nodiscard]] bool uses1904Dates() const override;
    bool next(Row *row) override;

private:
    struct Private;

    XlsxReader(std::unique_ptr<QIODevice> device, const QString &displayName, const ReadOptions &options);
    bool load();
    QString findPart(const QString &name) const;
    bool parsePart(const QString &part, PartHandler *handler);
    bool openPart(const QString &part);
    qint64 readPart(char *buffer, qint64 size);
    bool checkSize(const QString &part, qint64 unpacked, qint64 packed);
    bool failXml(const QString &part, const XmlParser &parser, const PartHandler &handler);

    std::unique_ptr<Private> d;
};

} // namespace sd::exchange
