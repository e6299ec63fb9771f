#include "i18n/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace sd::i18n {

namespace {

Language g_current = Language::English;
std::unique_ptr<QTranslator> g_app;
std::unique_ptr<QTranslator> g_qt;

} // namespace

QString code(Language language)
{
    return language == Language::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

bool isKnownCode(QStringView c)
{
    return c.isEmpty() || c.startsWith(u"zh") || c.startsWith(u"en");
}

Language fromCode(QStringView c)
{
    if (c.startsWith(u"zh"))
        return Language::Chinese;
    if (c.startsWith(u"en"))
        return Language::English;
    return QLocale::system().language() == QLocale::Chinese ? Language::Chinese : Language::English;
}

bool install(Language language)
{
    for (auto *slot : { &g_app, &g_qt }) {
        if (*slot) {
            QCoreApplication::removeTranslator(slot->get());
            slot->reset();
        }
    }
    g_current = language;
    QLocale::setDefault(language == Language::Chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                                      : QLocale(QLocale::English, QLocale::UnitedStates));
    if (language == Language::English)
        return true;

    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        g_qt = std::move(qt);
    }
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/societydesk_zh_CN.qm")))
        return false;
    QCoreApplication::installTranslator(app.get());
    g_app = std::move(app);
    return true;
}

Language current()
{
    return g_current;
}

DocumentTranslator::DocumentTranslator(Language language)
    : m_language(language)
{
    if (language == Language::English)
        return;
    m_translator = std::make_unique<QTranslator>();
    if (!m_translator->load(QStringLiteral(":/i18n/societydesk_zh_CN.qm")))
        m_translator.reset();
}

DocumentTranslator::~DocumentTranslator() = default;

QString DocumentTranslator::translate(const char *context, const char *source) const
{
    if (m_translator) {
        const QString text = m_translator->translate(context, source);
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(source);
}

} // namespace sd::i18n
