#pragma once

#include "validation/Normalize.h"

#include <QString>

#include <array>
#include <optional>

namespace sd {

/// One value of an enum as it is stored (an English code) and as spreadsheets carry it (Chinese).
template <typename Enum>
struct CodeRow
{
    Enum value;
    const char *code;
    const char16_t *sheet;
};

/// The lookups every stored enum needs, over one table of its rows: code ↔ value and sheet value
/// ↔ value. A sheet value is read half-width and trimmed, and its code is accepted too, in any case.
template <typename Enum, std::size_t N>
class CodeTable
{
public:
    constexpr explicit CodeTable(std::array<CodeRow<Enum>, N> rows) : m_rows(rows) { }

    [[nodiscard]] QString code(Enum value) const
    {
        for (const CodeRow<Enum> &row : m_rows) {
            if (row.value == value)
                return QLatin1StringView(row.code);
        }
        return {};
    }
    [[nodiscard]] std::optional<Enum> fromCode(QStringView code) const
    {
        for (const CodeRow<Enum> &row : m_rows) {
            if (code == QLatin1StringView(row.code))
                return row.value;
        }
        return std::nullopt;
    }
    [[nodiscard]] QString sheetValue(Enum value) const
    {
        for (const CodeRow<Enum> &row : m_rows) {
            if (row.value == value)
                return QString::fromUtf16(row.sheet);
        }
        return {};
    }
    [[nodiscard]] std::optional<Enum> fromSheet(QStringView value) const
    {
        const QString v = validation::toHalfWidth(value).trimmed();
        for (const CodeRow<Enum> &row : m_rows) {
            if (v == QString::fromUtf16(row.sheet) || v.compare(QLatin1StringView(row.code), Qt::CaseInsensitive) == 0)
                return row.value;
        }
        return std::nullopt;
    }

private:
    std::array<CodeRow<Enum>, N> m_rows;
};

} // namespace sd
