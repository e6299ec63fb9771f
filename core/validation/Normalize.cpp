#include "validation/Normalize.h"

namespace sd::validation {

namespace {

/// Whitespace as spreadsheets carry it: QChar::isSpace covers U+3000 and U+00A0; zero-width
/// spaces and stray BOMs come with names pasted from web pages.
bool isPadding(QChar c)
{
    return c.isSpace() || c == QChar(0x200B) || c == QChar(0xFEFF);
}

/// Scripts written without spaces between words: a space next to one of these is padding.
bool isCjk(char32_t cp)
{
    switch (QChar::script(cp)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Bopomofo:
        return true;
    default:
        return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }
}

char32_t codePointBefore(QStringView s, qsizetype end)
{
    const QChar last = s[end - 1];
    if (last.isLowSurrogate() && end >= 2 && s[end - 2].isHighSurrogate())
        return QChar::surrogateToUcs4(s[end - 2], last);
    return last.unicode();
}

char32_t codePointAt(QStringView s, qsizetype i)
{
    if (s[i].isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate())
        return QChar::surrogateToUcs4(s[i], s[i + 1]);
    return s[i].unicode();
}

} // namespace

QString toHalfWidth(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            out.append(QChar(static_cast<char16_t>(u - 0xFEE0)));
        else if (u == 0x3000)
            out.append(u' ');
        else
            out.append(c);
    }
    return out;
}

NormalizedName normalizeName(QStringView name)
{
    const QString half = toHalfWidth(name);
    const QStringView s(half);
    QString out;
    out.reserve(s.size());
    qsizetype i = 0;
    while (i < s.size()) {
        if (!isPadding(s[i])) {
            out.append(s[i++]);
            continue;
        }
        while (i < s.size() && isPadding(s[i]))
            ++i;
        // Leading and trailing runs go; an inner run survives as one space between two non-CJK words.
        if (!out.isEmpty() && i < s.size() && !isCjk(codePointBefore(out, out.size()))
            && !isCjk(codePointAt(s, i)))
            out.append(u' ');
    }
    const bool changed = out != name;
    return { out, changed };
}

} // namespace sd::validation
