#pragma once

#include <QString>

#include <string_view>

namespace sd::exchange {

/// Receives an XML document's events. Names come without their namespace prefix ("x:row" and
/// "row" are both "row"): OOXML producers differ in prefixes, never in local names.
class XmlHandler
{
public:
    virtual ~XmlHandler() = default;
    /// `attributes` is null-terminated name, value, name, value, …; see attribute().
    virtual void startElement(std::string_view name, const char **attributes) = 0;
    virtual void endElement(std::string_view name) = 0;
    virtual void characters(std::string_view text) = 0;
};

/// `name` without its namespace prefix.
[[nodiscard]] std::string_view localName(const char *name);

/// The value of the attribute with this local name, or null.
[[nodiscard]] const char *attribute(const char **attributes, std::string_view localName);

/// A streaming expat parser that refuses what a workbook never contains and an attacker would
/// send: any DOCTYPE (so no entity declarations, no billion laughs, no external entities or
/// DTDs are ever read).
class XmlParser
{
public:
    explicit XmlParser(XmlHandler *handler);
    ~XmlParser();
    XmlParser(const XmlParser &) = delete;
    XmlParser &operator=(const XmlParser &) = delete;

    /// A buffer for the next `size` bytes of the document, which parse() then consumes.
    [[nodiscard]] char *buffer(int size);
    /// Parses `size` bytes written into buffer(); `last` with the final bytes. False on an error
    /// or after stop().
    bool parse(int size, bool last);
    /// From inside a handler: ends parsing; parse() returns false.
    void stop();
    [[nodiscard]] bool stopped() const { return m_stopped; }
    /// The document had a DOCTYPE (or an entity declaration) and was refused.
    [[nodiscard]] bool refusedDoctype() const { return m_doctype; }

    /// Why parse() failed (expat's words, untranslated), with its position.
    [[nodiscard]] QString errorString() const;
    [[nodiscard]] qint64 errorLine() const;
    [[nodiscard]] qint64 errorOffset() const;

private:
    static void onStart(void *self, const char *name, const char **attributes);
    static void onEnd(void *self, const char *name);
    static void onText(void *self, const char *text, int length);
    static void onDoctype(void *self, const char *, const char *, const char *, int);
    static void onEntity(void *self, const char *, int, const char *, int, const char *, const char *,
        const char *, const char *);

    struct Impl;
    Impl *d;
    XmlHandler *m_handler;
    bool m_stopped = false;
    bool m_doctype = false;
};

} // namespace sd::exchange
