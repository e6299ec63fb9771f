#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

class QTextCursor;

namespace sd::reports {

/// How an inserted fragment is set: the host document's faces and sizes.
struct RichTextStyle
{
    QStringList families;
    qreal pointSize = 12;
    qreal pixelsPerPoint = 96.0 / 72.0; ///< lengths (margins, borders) in the document's pixels
    qreal lineHeight = 150;             ///< percent
    qreal paragraphSpacing = 6;         ///< points after each paragraph
    bool odt = false;                   ///< also name the first face the way the ODF writer reads it
};

/// Inserts `text` — HTML when Qt::mightBeRichText() says so, else plain text with one paragraph
/// a line — at `cursor`, made safe for a printed document: nothing is loaded (images, style
/// sheets and other resources are refused and images removed), links become plain text, and
/// every fragment takes the document's faces and colours. Kept: bold, italic, underline,
/// strike-out, sub/superscript, relative sizes (clamped), alignment, indentation, lists, tables.
void insertRichText(QTextCursor &cursor, const QString &text, const RichTextStyle &style);

/// The same fragment for a web page: parsed and made safe the same way, then written out anew —
/// <p>, <ul>/<ol>/<li>, <table>, <strong>, <em>, <u>, <s>, <sub>, <sup>, alignment as class "c"
/// or "r" — with every text escaped, so nothing of the input's markup, attributes or styles
/// survives. Empty when the fragment has no text.
[[nodiscard]] QString richTextHtml(const QString &text);

/// `text` for HTML, in an element or a double-quoted attribute: < > & " escaped, control
/// characters (not allowed in HTML) and object replacement characters dropped, line breaks as
/// <br> (with `lineBreaks`, else spaces).
[[nodiscard]] QString htmlEscaped(QStringView text, bool lineBreaks = true);

} // namespace sd::reports
