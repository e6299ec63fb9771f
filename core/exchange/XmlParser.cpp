#include "exchange/XmlParser.h"

#include <expat.h>

namespace sd::exchange {

/// In one pass: this runs for every element and attribute.
std::string_view localName(const char *name)
{
    const char *start = name;
    const char *p = name;
    for (; *p; ++p) {
        if (*p == ':')
            start = p + 1;
    }
    return std::string_view(start, size_t(p - start));
}

struct XmlParser::Impl
{
    XML_Parser parser = nullptr;
};

const char *attribute(const char **attributes, std::string_view wanted)
{
    for (const char **a = attributes; a && *a; a += 2) {
        if (localName(a[0]) == wanted)
            return a[1];
    }
    return nullptr;
}

XmlParser::XmlParser(XmlHandler *handler)
    : d(new Impl)
    , m_handler(handler)
{
    d->parser = XML_ParserCreate("UTF-8");
    XML_SetUserData(d->parser, this);
    XML_SetElementHandler(d->parser, &XmlParser::onStart, &XmlParser::onEnd);
    XML_SetCharacterDataHandler(d->parser, &XmlParser::onText);
    XML_SetStartDoctypeDeclHandler(d->parser, &XmlParser::onDoctype);
    XML_SetEntityDeclHandler(d->parser, &XmlParser::onEntity);
    XML_SetParamEntityParsing(d->parser, XML_PARAM_ENTITY_PARSING_NEVER);
}

XmlParser::~XmlParser()
{
    if (d->parser)
        XML_ParserFree(d->parser);
    delete d;
}

char *XmlParser::buffer(int size)
{
    return static_cast<char *>(XML_GetBuffer(d->parser, size));
}

bool XmlParser::parse(int size, bool last)
{
    if (m_stopped)
        return false;
    const XML_Status status = XML_ParseBuffer(d->parser, size, last ? XML_TRUE : XML_FALSE);
    return status == XML_STATUS_OK && !m_stopped;
}

void XmlParser::stop()
{
    if (!m_stopped) {
        m_stopped = true;
        XML_StopParser(d->parser, XML_FALSE);
    }
}

QString XmlParser::errorString() const
{
    return QString::fromUtf8(XML_ErrorString(XML_GetErrorCode(d->parser)));
}

qint64 XmlParser::errorLine() const
{
    return qint64(XML_GetCurrentLineNumber(d->parser));
}

qint64 XmlParser::errorOffset() const
{
    return qint64(XML_GetCurrentByteIndex(d->parser));
}

void XmlParser::onStart(void *self, const char *name, const char **attributes)
{
    auto *p = static_cast<XmlParser *>(self);
    if (!p->m_stopped)
        p->m_handler->startElement(localName(name), attributes);
}

void XmlParser::onEnd(void *self, const char *name)
{
    auto *p = static_cast<XmlParser *>(self);
    if (!p->m_stopped)
        p->m_handler->endElement(localName(name));
}

void XmlParser::onText(void *self, const char *text, int length)
{
    auto *p = static_cast<XmlParser *>(self);
    if (!p->m_stopped)
        p->m_handler->characters(std::string_view(text, size_t(length)));
}

void XmlParser::onDoctype(void *self, const char *, const char *, const char *, int)
{
    auto *p = static_cast<XmlParser *>(self);
    p->m_doctype = true;
    p->stop();
}

void XmlParser::onEntity(
    void *self, const char *, int, const char *, int, const char *, const char *, const char *, const char *)
{
    auto *p = static_cast<XmlParser *>(self);
    p->m_doctype = true;
    p->stop();
}

} // namespace sd::exchange
