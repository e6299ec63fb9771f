#pragma once

#include "reports/Document.h"
#include "reports/RichText.h"

#include <QList>
#include <QString>

/// The HTML side of the document model (reports/Document): what its parts write into, and the
/// page around them. Internal to core/reports.
namespace sd::reports {

/// A heading as the table of contents lists it (in the PDF, the ODT and the HTML).
struct ContentsEntry
{
    int level = 1;
    QString text;
};

/// Writes the parts as the body of the HTML page. Every text goes through escaped(); the markup
/// is this class's own (the rich text's too: richTextHtml() writes it anew).
class HtmlWriter
{
public:
    HtmlWriter(QList<ContentsEntry> headings, qreal textWidthPoints)
        : m_headings(std::move(headings))
        , m_textWidth(textWidthPoints)
    {
    }

    /// The whole page around what was written: doctype, `language` (a BCP 47 tag), charset,
    /// viewport, `title`, the inlined style sheet, the running header and the mark as a banner.
    [[nodiscard]] QString page(
        const QString &title, const QString &language, const QString &runningHeader, const QString &mark) const;

    /// `text` for an element's content (htmlEscaped()).
    [[nodiscard]] static QString escaped(const QString &text, bool breaks = true)
    {
        return htmlEscaped(text, breaks);
    }
    /// `text` for a double-quoted attribute value.
    [[nodiscard]] static QString attribute(const QString &text) { return escaped(text, false); }
    /// ` class="c"` for centred, ` class="r"` for right-aligned text.
    [[nodiscard]] static QString alignment(Document::Align align);
    /// The anchor of the heading at `index`, which the table of contents links to.
    [[nodiscard]] static QString anchor(int index) { return QStringLiteral("s-%1").arg(index + 1); }

    /// Appends markup to the page's body (its texts already escaped).
    void write(const QString &html) { m_html += html; }
    /// The body written so far.
    [[nodiscard]] const QString &html() const { return m_html; }
    /// The document's headings, all of them: the table of contents lists them wherever it is.
    [[nodiscard]] const QList<ContentsEntry> &headings() const { return m_headings; }
    /// A heading (<h2>, <h3>) with its anchor, in the order headings are listed.
    void heading(int level, const QString &text);
    /// The printed text width in points: a chart's SVG keeps the PDF's proportions.
    [[nodiscard]] qreal textWidth() const { return m_textWidth; }

private:
    QString m_html;
    QList<ContentsEntry> m_headings;
    qreal m_textWidth = 0;
    int m_nextHeading = 0;
};

} // namespace sd::reports
