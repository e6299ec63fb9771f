#pragma once

#include <QString>

namespace sd::validation {

/// Masks for personal data shown in lists, exports and the audit log (PIPL).
/// 11010519491231002X -> 1101**********002X
[[nodiscard]] QString maskIdNumber(QStringView id);
/// 13800138000 -> 138****8000
[[nodiscard]] QString maskPhone(QStringView phone);
/// zhang.san@example.com -> z***@example.com
[[nodiscard]] QString maskEmail(QStringView email);

} // namespace sd::validation
