#pragma once

#include <QString>

namespace sd::validation {

/// Full-width ASCII variants (U+FF01–U+FF5E, what Chinese input methods type in full-width mode)
/// become their ASCII counterparts, and the ideographic space U+3000 a plain space. Nothing else
/// changes, so CJK text is left intact (NFKC would also rewrite e.g. ㈱ and ①).
[[nodiscard]] QString toHalfWidth(QStringView text);

struct NormalizedName
{
    QString value;
    bool changed = false; ///< value differs from the input
};

/// A person's or unit's name as stored: half-width, trimmed, and inner whitespace (including
/// U+3000 and zero-width spaces) removed next to CJK characters (王　伟 -> 王伟), but collapsed to
/// one space between Latin or other space-separated words (John  Smith -> John Smith).
[[nodiscard]] NormalizedName normalizeName(QStringView name);

} // namespace sd::validation
