#pragma once

#include "exchange/TabularWriter.h"

#include <QTemporaryFile>

#include <vector>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace sd::exchange {

/// XLSX through libxlsxwriter in constant-memory mode (rows go to disk as they come, whatever
/// their number). Every text is a string cell formatted as text (@), never a formula, so IDs
/// keep their leading zeros and last digits and dates written as YYYY-MM-DD text read back
/// unchanged, also after a user edits them in Excel. Column widths follow the header and the
/// first rows.
class XlsxWriter final : public TabularWriter
{
    Q_DECLARE_TR_FUNCTIONS(sd::exchange::XlsxWriter)

public:
    [[nodiscard]] static std::unique_ptr<XlsxWriter> create(
        const QString &path, const WriteOptions &options, WriteError *error);
    ~XlsxWriter() override;

    static constexpr int kMaxRows = 1048576;
    static constexpr int kMaxColumns = 16384;
    static constexpr int kMaxCellChars = 32767;

private:
    explicit XlsxWriter(const QString &path);
    bool start(const WriteOptions &options);
    bool writeCells(const QStringList &cells, const QList<bool> &numeric) override;
    bool finish() override;
    void discard() override;

    QTemporaryFile m_temp;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_text = nullptr;
    bool m_boldHeader = true;
    int m_row = 0;
    std::vector<int> m_widths; ///< display width per column, from the first rows
};

} // namespace sd::exchange
