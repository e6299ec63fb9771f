#pragma once

#include <QString>

namespace sd::i18n {

/// Languages of the screens and messages. Source strings are English; zh_CN is translated.
/// Documents follow the society's DocumentLanguage setting instead.
enum class Language { Chinese, English };

[[nodiscard]] QString code(Language language); ///< "zh_CN" or "en"
/// "zh_CN"/"zh"/"en"... to a language; empty means the system locale (Chinese when it is Chinese).
[[nodiscard]] Language fromCode(QStringView code);
[[nodiscard]] bool isKnownCode(QStringView code);

/// Installs the application's and Qt's own translators for `language`, replacing any installed
/// before; QCoreApplication then sends LanguageChange to every widget. Returns false when the
/// application's catalogue could not be loaded (English is then shown).
bool install(Language language);
[[nodiscard]] Language current();

} // namespace sd::i18n
