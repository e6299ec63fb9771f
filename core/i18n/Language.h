#pragma once

#include <QString>

#include <memory>

class QTranslator;

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

/// Text of generated documents (PDF, HTML, ODT, spreadsheet headers) in the society's document
/// language (SocietySetting::DocumentLanguage), whatever language the screens or --lang use:
/// its own translator, never installed application-wide.
class DocumentTranslator
{
public:
    explicit DocumentTranslator(Language language);
    ~DocumentTranslator();
    DocumentTranslator(const DocumentTranslator &) = delete;
    DocumentTranslator &operator=(const DocumentTranslator &) = delete;

    [[nodiscard]] Language language() const { return m_language; }
    /// `source` in the document language; the English source when there is no translation.
    [[nodiscard]] QString translate(const char *context, const char *source) const;

private:
    Language m_language;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace sd::i18n
