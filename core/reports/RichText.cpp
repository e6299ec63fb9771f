#include "reports/RichText.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

#include <algorithm>
#include <functional>

namespace sd::reports {

namespace {

/// A document that loads nothing: <img src>, <link rel=stylesheet> and the like stay empty,
/// whatever they name (a local file, a URL).
class InertDocument : public QTextDocument
{
protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

qreal sizeOf(const QTextCharFormat &f, qreal base)
{
    qreal size = base;
    if (f.hasProperty(QTextFormat::FontPointSize))
        size = f.fontPointSize();
    else if (f.hasProperty(QTextFormat::FontPixelSize))
        size = f.intProperty(QTextFormat::FontPixelSize) * 0.75;
    if (f.hasProperty(QTextFormat::FontSizeAdjustment))
        size *= 1.0 + 0.1 * f.intProperty(QTextFormat::FontSizeAdjustment);
    return std::clamp(size, base * 0.85, base * 1.3);
}

/// What a fragment keeps of its character format, in print and on the web alike.
struct Emphasis
{
    bool bold = false;
    bool italic = false;
    bool underline = false;
    bool strikeOut = false;
    QTextCharFormat::VerticalAlignment vertical = QTextCharFormat::AlignNormal; ///< normal, super or sub
};

Emphasis emphasisOf(const QTextCharFormat &f)
{
    Emphasis e;
    const bool heading = f.hasProperty(QTextFormat::FontSizeAdjustment) && f.intProperty(QTextFormat::FontSizeAdjustment) > 0;
    e.bold = f.fontWeight() >= QFont::DemiBold || heading;
    e.italic = f.fontItalic();
    e.underline = f.fontUnderline() && !f.isAnchor();
    e.strikeOut = f.fontStrikeOut();
    if (f.verticalAlignment() == QTextCharFormat::AlignSuperScript
        || f.verticalAlignment() == QTextCharFormat::AlignSubScript)
        e.vertical = f.verticalAlignment();
    return e;
}

QTextCharFormat normalised(const QTextCharFormat &f, const RichTextStyle &style)
{
    QTextCharFormat n;
    n.setFontFamilies(style.families);
    if (style.odt && !style.families.isEmpty())
        n.setProperty(QTextFormat::OldFontFamily, style.families.constFirst());
    n.setFontPointSize(sizeOf(f, style.pointSize));
    const Emphasis e = emphasisOf(f);
    n.setFontWeight(e.bold ? QFont::Bold : QFont::Normal);
    n.setFontItalic(e.italic);
    n.setFontUnderline(e.underline);
    n.setFontStrikeOut(e.strikeOut);
    if (e.vertical != QTextCharFormat::AlignNormal)
        n.setVerticalAlignment(e.vertical);
    return n;
}

void normaliseTables(QTextFrame *frame, const RichTextStyle &style)
{
    const qreal px = style.pixelsPerPoint;
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child)) {
            QTextTableFormat tf = table->format();
            tf.setBorder(0.6 * px);
            tf.setBorderBrush(Qt::black);
            tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            tf.setBorderCollapse(true);
            tf.setCellSpacing(0);
            tf.setCellPadding(3 * px);
            tf.clearBackground();
            tf.setTopMargin(3 * px);
            tf.setBottomMargin(6 * px);
            table->setFormat(tf);
            for (int r = 0; r < table->rows(); ++r) {
                for (int c = 0; c < table->columns(); ++c) {
                    QTextTableCell cell = table->cellAt(r, c);
                    if (cell.row() != r || cell.column() != c)
                        continue; // spanned
                    QTextTableCellFormat cf = cell.format().toTableCellFormat();
                    cf.clearBackground();
                    cf.clearForeground();
                    cell.setFormat(cf);
                }
            }
        } else {
            QTextFrameFormat ff = child->frameFormat();
            ff.setBorder(0);
            ff.clearBackground();
            ff.setMargin(0);
            ff.setPadding(0);
            child->setFrameFormat(ff);
        }
        normaliseTables(child, style);
    }
}

/// `text` parsed into `document`: HTML when it looks like it, else plain text.
void parse(InertDocument &document, const QString &text)
{
    if (Qt::mightBeRichText(text))
        document.setHtml(text);
    else
        document.setPlainText(text);
}

/// Writes the sanitised document as HTML, element by element.
class HtmlFragmentWriter
{
public:
    QString html;

    /// The blocks and tables from `it` to the end of its frame (or cell).
    void items(QTextFrame::iterator it)
    {
        for (; !it.atEnd(); ++it) {
            if (QTextFrame *frame = it.currentFrame()) {
                closeLists();
                if (auto *table = qobject_cast<QTextTable *>(frame))
                    this->table(table);
                else
                    items(frame->begin());
            } else {
                block(it.currentBlock());
            }
        }
        closeLists();
    }

private:
    struct OpenList
    {
        QTextList *list;
        int indent;
    };
    QList<OpenList> m_lists; ///< nested lists open, innermost last; each with an <li> open

    void closeLists()
    {
        while (!m_lists.isEmpty())
            closeList();
    }
    void closeList()
    {
        const QTextList *list = m_lists.takeLast().list;
        html += QStringLiteral("</li></%1>\n").arg(tagOf(list));
    }
    static QString tagOf(const QTextList *list)
    {
        const QTextListFormat::Style style = list->format().style();
        return style == QTextListFormat::ListDisc || style == QTextListFormat::ListCircle
                || style == QTextListFormat::ListSquare
            ? QStringLiteral("ul")
            : QStringLiteral("ol");
    }
    static QString alignment(const QTextBlockFormat &format)
    {
        const Qt::Alignment a = format.alignment() & Qt::AlignHorizontal_Mask;
        if (a & Qt::AlignHCenter)
            return QStringLiteral(" class=\"c\"");
        if (a & (Qt::AlignRight | Qt::AlignTrailing))
            return QStringLiteral(" class=\"r\"");
        return {};
    }
    static QString content(const QTextBlock &block)
    {
        QString out;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || fragment.charFormat().isImageFormat())
                continue;
            const QString text = htmlEscaped(fragment.text());
            if (text.isEmpty())
                continue;
            const Emphasis e = emphasisOf(fragment.charFormat());
            QString open;
            QString close;
            const auto wrap = [&](bool on, const char *tag) {
                if (!on)
                    return;
                open += QStringLiteral("<%1>").arg(QLatin1StringView(tag));
                close.prepend(QStringLiteral("</%1>").arg(QLatin1StringView(tag)));
            };
            wrap(e.bold, "strong");
            wrap(e.italic, "em");
            wrap(e.underline, "u");
            wrap(e.strikeOut, "s");
            wrap(e.vertical == QTextCharFormat::AlignSuperScript, "sup");
            wrap(e.vertical == QTextCharFormat::AlignSubScript, "sub");
            out += open + text + close;
        }
        return out;
    }
    void block(const QTextBlock &block)
    {
        const QString text = content(block);
        QTextList *list = block.textList();
        if (!list) {
            closeLists();
            if (!text.trimmed().isEmpty()) // (an empty paragraph is only space)
                html += QStringLiteral("<p%1>%2</p>\n").arg(alignment(block.blockFormat()), text);
            return;
        }
        if (text.trimmed().isEmpty())
            return;
        const int indent = list->format().indent();
        while (!m_lists.isEmpty()
            && (m_lists.last().indent > indent || (m_lists.last().indent == indent && m_lists.last().list != list)))
            closeList();
        if (!m_lists.isEmpty() && m_lists.last().list == list) {
            html += QStringLiteral("</li>\n<li>%1").arg(text);
        } else { // a new list, nested in the open item if there is one
            m_lists.append({ list, indent });
            html += QStringLiteral("<%1>\n<li>%2").arg(tagOf(list), text);
        }
    }
    void table(QTextTable *table)
    {
        html += QStringLiteral("<div class=\"table-wrap\"><table><tbody>\n");
        for (int r = 0; r < table->rows(); ++r) {
            html += QStringLiteral("<tr>");
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                if (cell.row() != r || cell.column() != c)
                    continue; // spanned
                QString spans;
                if (cell.rowSpan() > 1)
                    spans += QStringLiteral(" rowspan=\"%1\"").arg(cell.rowSpan());
                if (cell.columnSpan() > 1)
                    spans += QStringLiteral(" colspan=\"%1\"").arg(cell.columnSpan());
                HtmlFragmentWriter inner;
                inner.items(cell.begin());
                html += QStringLiteral("<td%1>%2</td>").arg(spans, inner.html.trimmed());
            }
            html += QStringLiteral("</tr>\n");
        }
        html += QStringLiteral("</tbody></table></div>\n");
    }
};

/// `text` parsed, made safe and set in `style`'s faces: what insertRichText() inserts.
void sanitise(InertDocument &inert, const QString &text, const RichTextStyle &style)
{
    QFont base;
    base.setFamilies(style.families);
    base.setPointSizeF(style.pointSize);
    inert.setDefaultFont(base);
    parse(inert, text);

    const qreal px = style.pixelsPerPoint;
    struct Range
    {
        int position = 0;
        int length = 0;
        QTextCharFormat format;
    };
    QList<Range> ranges;
    for (QTextBlock block = inert.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat old = block.blockFormat();
        QTextBlockFormat bf;
        // The block's list: a new format without it would take the item out of its list (Qt
        // 6.4's setBlockFormat() does not keep it), losing bullets and numbers.
        if (old.objectIndex() >= 0)
            bf.setObjectIndex(old.objectIndex());
        bf.setAlignment(old.alignment() & Qt::AlignHorizontal_Mask);
        bf.setIndent(std::min(old.indent(), 6));
        // The HTML's margins are CSS pixels (1/96 in): into points, then into the host's pixels.
        bf.setLeftMargin(std::clamp(old.leftMargin() * 0.75, 0.0, 72.0) * px);
        bf.setRightMargin(std::clamp(old.rightMargin() * 0.75, 0.0, 72.0) * px);
        bf.setTextIndent(std::clamp(old.textIndent() * 0.75, -36.0, 36.0) * px);
        bf.setTopMargin(0);
        bf.setBottomMargin(block.textList() ? 2 * px : style.paragraphSpacing * px);
        bf.setLineHeight(style.lineHeight, QTextBlockFormat::ProportionalHeight);
        QTextCursor(block).setBlockFormat(bf);
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid())
                ranges.append({ fragment.position(), fragment.length(), fragment.charFormat() });
        }
    }
    // From the end, so removing an image does not move the ranges still to do.
    for (auto it = ranges.crbegin(); it != ranges.crend(); ++it) {
        QTextCursor c(&inert);
        c.setPosition(it->position);
        c.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        if (it->format.isImageFormat())
            c.removeSelectedText();
        else
            c.setCharFormat(normalised(it->format, style));
    }
    normaliseTables(inert.rootFrame(), style);
}

} // namespace

void insertRichText(QTextCursor &cursor, const QString &text, const RichTextStyle &style)
{
    InertDocument inert;
    sanitise(inert, text, style);
    // Tables keep their own paragraph and spacing.
    cursor.insertFragment(QTextDocumentFragment(&inert));
}

QString htmlEscaped(QStringView text, bool lineBreaks)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar ch : text) {
        switch (ch.unicode()) {
        case '<':
            out += QLatin1StringView("&lt;");
            break;
        case '>':
            out += QLatin1StringView("&gt;");
            break;
        case '&':
            out += QLatin1StringView("&amp;");
            break;
        case '"':
            out += QLatin1StringView("&quot;");
            break;
        case '\n':
        case 0x2028: // QChar::LineSeparator
        case 0x2029: // QChar::ParagraphSeparator
            out += lineBreaks ? QLatin1StringView("<br>") : QLatin1StringView(" ");
            break;
        case '\t':
            out += ch;
            break;
        case 0xfffc: // QChar::ObjectReplacementCharacter: an image or a chart
            break;
        default:
            // C0 and C1 controls are not allowed in HTML text.
            if (ch.unicode() >= 0x20 && !(ch.unicode() >= 0x7f && ch.unicode() < 0xa0))
                out += ch;
        }
    }
    return out;
}

QString richTextHtml(const QString &text)
{
    InertDocument inert;
    sanitise(inert, text, RichTextStyle());
    HtmlFragmentWriter writer;
    writer.items(inert.rootFrame()->begin());
    return writer.html;
}

} // namespace sd::reports
