#include "reports/RichText.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
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

QTextCharFormat normalised(const QTextCharFormat &f, const RichTextStyle &style)
{
    QTextCharFormat n;
    n.setFontFamilies(style.families);
    if (style.odt && !style.families.isEmpty())
        n.setProperty(QTextFormat::OldFontFamily, style.families.constFirst());
    n.setFontPointSize(sizeOf(f, style.pointSize));
    const bool heading = f.hasProperty(QTextFormat::FontSizeAdjustment) && f.intProperty(QTextFormat::FontSizeAdjustment) > 0;
    n.setFontWeight(f.fontWeight() >= QFont::DemiBold || heading ? QFont::Bold : QFont::Normal);
    n.setFontItalic(f.fontItalic());
    n.setFontUnderline(f.fontUnderline() && !f.isAnchor());
    n.setFontStrikeOut(f.fontStrikeOut());
    if (f.verticalAlignment() == QTextCharFormat::AlignSuperScript
        || f.verticalAlignment() == QTextCharFormat::AlignSubScript)
        n.setVerticalAlignment(f.verticalAlignment());
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

} // namespace

void insertRichText(QTextCursor &cursor, const QString &text, const RichTextStyle &style)
{
    InertDocument inert;
    QFont base;
    base.setFamilies(style.families);
    base.setPointSizeF(style.pointSize);
    inert.setDefaultFont(base);
    if (Qt::mightBeRichText(text))
        inert.setHtml(text);
    else
        inert.setPlainText(text);

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
    // Tables keep their own paragraph and spacing.
    cursor.insertFragment(QTextDocumentFragment(&inert));
}

} // namespace sd::reports
