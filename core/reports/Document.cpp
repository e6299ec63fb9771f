#include "reports/Document.h"

#include "reports/Chart.h"
#include "reports/DocumentFonts.h"
#include "reports/HtmlPage.h"
#include "reports/OdfFonts.h"
#include "reports/RichText.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextLayout>
#include <QTextTable>
#include <QUrl>

#include <cmath>

namespace sd::reports {

namespace {

/// A block property: the block goes to the next page with what follows it (headings).
constexpr int KeepWithNext = QTextFormat::UserProperty + 1;
/// A block property: the heading's position among the document's headings (the contents' row).
constexpr int HeadingIndex = QTextFormat::UserProperty + 2;
/// A table property: the table of contents, whose second column takes the page numbers.
constexpr int ContentsTable = QTextFormat::UserProperty + 3;
/// Character properties of a chart: its index in the ChartTextObject, its size in points.
constexpr int ChartIndex = QTextFormat::UserProperty + 4;
constexpr int ChartWidth = QTextFormat::UserProperty + 5;
constexpr int ChartHeight = QTextFormat::UserProperty + 6;
constexpr int ChartObjectType = QTextFormat::UserObject + 1;

/// The resolution charts are drawn at for the ODT's pictures: sharp when printed, not too big.
constexpr int PictureDpi = 200;

} // namespace

/// Draws the charts of a built QTextDocument: registered on its layout for ChartObjectType, so
/// the layout reserves each chart's size in points and the painter it paints with — a QPdfWriter's,
/// a widget's — receives the chart as vectors and text. Owned by the document.
class ChartTextObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    explicit ChartTextObject(QObject *parent)
        : QObject(parent)
    {
    }
    int add(const Chart &chart)
    {
        m_charts << chart;
        return int(m_charts.size() - 1);
    }
    QSizeF intrinsicSize(QTextDocument *document, int, const QTextFormat &format) override
    {
        // The layout's units are its paint device's pixels, 1/96 inch without one.
        const QPaintDevice *device = document->documentLayout()->paintDevice();
        const qreal perPoint = (device ? device->logicalDpiY() : 96) / 72.0;
        return QSizeF(format.doubleProperty(ChartWidth), format.doubleProperty(ChartHeight)) * perPoint;
    }
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        const int index = format.intProperty(ChartIndex);
        if (index >= 0 && index < m_charts.size())
            paintChart(*painter, rect, m_charts.at(index), DocumentFonts::installed().heading);
    }

private:
    QList<Chart> m_charts;
};

/// Turns the parts into a QTextDocument. Lengths are given in points and stored in the
/// document's 1/96-inch pixels (its layout scales them to the paint device); font sizes are points.
class Emitter
{
public:
    /// `odt`: the ODF writer's quirks are served — it names a face only from the Qt 5 font
    /// family property, and writes a table's width as points whatever its unit.
    /// `headings`: the document's, for the table of contents; `charts`: where the PDF's charts
    /// are kept (null for the ODT, which gets pictures).
    Emitter(QTextDocument *document, qreal bodySize, bool odt, QSizeF textAreaPoints, QList<ContentsEntry> headings,
        ChartTextObject *charts)
        : m_cursor(document)
        , m_bodySize(bodySize)
        , m_fonts(DocumentFonts::installed())
        , m_odt(odt)
        , m_textWidth(textAreaPoints.width())
        , m_textHeight(textAreaPoints.height())
        , m_headings(std::move(headings))
        , m_charts(charts)
    {
    }

    [[nodiscard]] static qreal px(qreal points) { return points * 96.0 / 72.0; }
    [[nodiscard]] qreal bodySize() const { return m_bodySize; }
    [[nodiscard]] const DocumentFonts &fonts() const { return m_fonts; }
    QTextCursor &cursor() { return m_cursor; }

    [[nodiscard]] bool odt() const { return m_odt; }
    [[nodiscard]] qreal textWidth() const { return m_textWidth; }
    [[nodiscard]] qreal textHeight() const { return m_textHeight; }
    [[nodiscard]] const QList<ContentsEntry> &headings() const { return m_headings; }
    /// The index of the next heading, in the order headings are emitted.
    int nextHeading() { return m_nextHeading++; }
    [[nodiscard]] ChartTextObject *charts() const { return m_charts; }
    /// A new picture name, unique in the document.
    QString nextPicture() { return QStringLiteral("chart%1.png").arg(++m_pictures); }
    /// Column widths in percent; for the ODT in points (the writer's "14%" is not a length
    /// LibreOffice or Word accept, so every column would get the same width).
    [[nodiscard]] QList<QTextLength> columns(const QList<QTextLength> &percentages) const
    {
        if (!m_odt)
            return percentages;
        QList<QTextLength> points;
        for (const QTextLength &l : percentages)
            points << QTextLength(QTextLength::FixedLength, m_textWidth * l.rawValue() / 100);
        return points;
    }
    /// The faces: all of them for the layout, the first by name for the ODF writer.
    void setFaces(QTextCharFormat &f, const QStringList &families) const
    {
        f.setFontFamilies(families);
        if (m_odt && !families.isEmpty())
            f.setProperty(QTextFormat::OldFontFamily, families.constFirst());
    }
    [[nodiscard]] QTextCharFormat body(bool bold = false, qreal size = 0) const
    {
        QTextCharFormat f;
        setFaces(f, m_fonts.body);
        f.setFontPointSize(size > 0 ? size : m_bodySize);
        f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        return f;
    }
    [[nodiscard]] QTextCharFormat heading(qreal size) const
    {
        QTextCharFormat f;
        setFaces(f, m_fonts.heading);
        f.setFontPointSize(size);
        f.setFontWeight(QFont::Normal); // a Hei face is heavy enough; no synthetic bold
        return f;
    }
    [[nodiscard]] QTextBlockFormat block(Document::Align align, qreal before, qreal after, qreal lineHeight = 150) const
    {
        QTextBlockFormat b;
        b.setAlignment(alignment(align));
        b.setTopMargin(px(before));
        b.setBottomMargin(px(after));
        b.setLineHeight(lineHeight, QTextBlockFormat::ProportionalHeight);
        return b;
    }
    static Qt::Alignment alignment(Document::Align align)
    {
        switch (align) {
        case Document::Align::Center:
            return Qt::AlignHCenter;
        case Document::Align::Right:
            return Qt::AlignRight;
        case Document::Align::Left:
            break;
        }
        return Qt::AlignLeft;
    }

    /// A new paragraph (the first one reuses the document's empty block, as does the block
    /// that follows a table).
    void startBlock(QTextBlockFormat format, const QTextCharFormat &chars)
    {
        if (m_pageBreak) {
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            m_pageBreak = false;
        }
        if (m_fresh) {
            m_cursor.setBlockFormat(format);
            m_cursor.setBlockCharFormat(chars);
            m_cursor.setCharFormat(chars);
            m_fresh = false;
        } else {
            m_cursor.insertBlock(format, chars);
        }
    }
    void text(const QString &text, const QTextCharFormat &chars)
    {
        QString t = text;
        t.replace(QLatin1Char('\n'), QChar::LineSeparator);
        m_cursor.insertText(t, chars);
    }
    void paragraph(const QString &text, const QTextBlockFormat &format, const QTextCharFormat &chars)
    {
        startBlock(format, chars);
        this->text(text, chars);
    }
    /// A table at the cursor; call endTable() after filling it.
    QTextTable *startTable(int rows, int columns, QTextTableFormat format)
    {
        if (m_pageBreak) {
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            m_pageBreak = false;
        }
        if (!m_fresh) // a table goes after the current paragraph, not in it
            m_cursor.insertBlock(block(Document::Align::Left, 0, 0, 100), body(false, 2));
        m_fresh = false;
        return m_cursor.insertTable(rows, columns, format);
    }
    void endTable(QTextTable *table)
    {
        m_cursor = table->lastCursorPosition();
        m_cursor.movePosition(QTextCursor::NextCharacter);
        m_fresh = true;
    }
    /// Writes a cell. `extraPadding` (pixels) above and below makes the row taller — room to
    /// sign — without a minimum line height or vertical centring, both of which misplace a row
    /// that the layout moves to the next page (it is drawn over the repeated header row).
    void cell(QTextTable *table, int row, int column, const QString &text, const QTextCharFormat &chars,
        Document::Align align, qreal extraPadding = 0)
    {
        QTextTableCell c = table->cellAt(row, column);
        if (extraPadding > 0) {
            const qreal padding = table->format().cellPadding();
            QTextTableCellFormat cf = c.format().toTableCellFormat();
            cf.setTopPadding(padding + extraPadding);
            cf.setBottomPadding(padding + extraPadding);
            cf.setLeftPadding(padding);
            cf.setRightPadding(padding);
            c.setFormat(cf);
        }
        QTextCursor cursor = c.firstCursorPosition();
        cursor.setBlockFormat(block(align, 0, 0, 125));
        QString t = text;
        t.replace(QLatin1Char('\n'), QChar::LineSeparator);
        cursor.insertText(t, chars);
    }
    void requestPageBreak() { m_pageBreak = true; }

private:
    QTextCursor m_cursor;
    qreal m_bodySize;
    const DocumentFonts &m_fonts;
    bool m_odt = false;
    qreal m_textWidth = 0;
    qreal m_textHeight = 0;
    QList<ContentsEntry> m_headings;
    ChartTextObject *m_charts = nullptr;
    int m_nextHeading = 0;
    int m_pictures = 0;
    bool m_fresh = true;
    bool m_pageBreak = false;
};

namespace {

constexpr qreal mmPerInch = 25.4;

/// QTextDocument knows no "keep with next": a heading whose next block (its first paragraph, or
/// the first cell of its table) starts on a later page is given a page break before it, and the
/// layout is run again; each pass only moves a heading forward, so it ends. Blocks kept with
/// next in a row (a section heading, a heading, a citation) move together: the break goes
/// before the first of them — one before each would leave the first ones alone on a page.
void keepHeadingsWithNext(QTextDocument *document, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    const auto pageOf = [&](const QTextBlock &block) { return int(layout->blockBoundingRect(block).top() / pageHeight); };
    const auto breaksBefore = [](const QTextBlock &block) {
        return bool(block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore);
    };
    const auto isBlank = [](const QTextBlock &block) { // the empty paragraph a table starts after
        return block.text().isEmpty() && !QTextCursor(block).currentTable();
    };
    for (int pass = 0; pass < 200; ++pass) {
        // The whole layout first: the layout is lazy, and a block changed while the blocks after
        // it are not laid out yet leaves those with no lines at all — not drawn, gone from the PDF.
        document->pageCount();
        bool moved = false;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            if (!block.blockFormat().boolProperty(KeepWithNext) || breaksBefore(block))
                continue;
            QTextBlock next = block.next();
            while (next.isValid() && isBlank(next))
                next = next.next();
            if (!next.isValid() || pageOf(next) <= pageOf(block))
                continue;
            QTextBlock first = block;
            while (!breaksBefore(first)) {
                QTextBlock previous = first.previous();
                while (previous.isValid() && isBlank(previous))
                    previous = previous.previous();
                if (!previous.isValid() || !previous.blockFormat().boolProperty(KeepWithNext)
                    || QTextCursor(previous).currentTable())
                    break;
                first = previous;
            }
            if (breaksBefore(first)) // the run already opens a page and is too long to keep whole
                first = block;
            QTextBlockFormat f = first.blockFormat();
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(first).setBlockFormat(f);
            moved = true;
            break;
        }
        if (!moved)
            return;
    }
}

/// A paragraph that runs over a page break is split there into two paragraphs. The layout
/// draws, for every paragraph it paints, the line just above the area asked for too (hidden by
/// the clip, but in the PDF's text all the same): without the split, the last line of a page
/// comes out again at the top of the next one in `pdftotext` and in every search.
void splitParagraphsAtPageBreaks(QTextDocument *document, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    const auto pageAt = [pageHeight](qreal y) { return int(y / pageHeight); };
    for (int pass = 0; pass < 500; ++pass) {
        bool split = false;
        document->pageCount(); // lays out what the last split changed
        for (QTextBlock block = document->begin(); block.isValid() && !split; block = block.next()) {
            const qreal top = layout->blockBoundingRect(block).top(); // (lays the block out first)
            const QTextLayout *lines = block.layout();
            if (!lines || lines->lineCount() < 2 || QTextCursor(block).currentTable())
                continue;
            // A device pixel of tolerance: the layout puts a line it moves to the next page at
            // that page's very top, which a rounding error would leave on the page before.
            const int firstPage = pageAt(top + lines->lineAt(0).y() + 1);
            for (int i = 1; i < lines->lineCount(); ++i) {
                const QTextLine line = lines->lineAt(i);
                if (pageAt(top + line.y() + 1) == firstPage)
                    continue;
                QTextCursor cursor(block);
                cursor.setPosition(block.position() + line.textStart());
                QTextBlockFormat first = block.blockFormat();
                QTextBlockFormat rest = first;
                first.setBottomMargin(0);
                rest.setTopMargin(0);
                rest.setTextIndent(0);
                rest.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
                cursor.insertBlock(rest);
                QTextCursor(block).setBlockFormat(first);
                split = true;
                break;
            }
        }
        if (!split)
            return;
    }
}

QTextTableFormat gridFormat(const Emitter &e, bool borders)
{
    QTextTableFormat tf;
    tf.setBorderCollapse(true);
    tf.setCellSpacing(0);
    tf.setCellPadding(e.px(borders ? 4 : 2));
    tf.setBorder(borders ? e.px(0.75) : 0);
    tf.setBorderBrush(Qt::black);
    tf.setBorderStyle(borders ? QTextFrameFormat::BorderStyle_Solid : QTextFrameFormat::BorderStyle_None);
    tf.setWidth(e.odt() ? QTextLength(QTextLength::FixedLength, e.textWidth())
                        : QTextLength(QTextLength::PercentageLength, 100));
    tf.setTopMargin(e.px(4));
    tf.setBottomMargin(e.px(8));
    return tf;
}

QList<QTextLength> widths(const QList<Document::Column> &columns)
{
    qreal given = 0;
    int open = 0;
    for (const auto &c : columns) {
        if (c.width > 0)
            given += c.width;
        else
            ++open;
    }
    const qreal share = open > 0 ? std::max<qreal>(5, (100 - given) / open) : 0;
    QList<QTextLength> lengths;
    for (const auto &c : columns)
        lengths << QTextLength(QTextLength::PercentageLength, c.width > 0 ? c.width : share);
    return lengths;
}

QString writeError(QIODevice *device)
{
    return device && !device->errorString().isEmpty() && device->errorString() != QLatin1String("Unknown error")
        ? device->errorString()
        : Document::tr("the device cannot be written");
}

/// The page (1-based, as the footer counts) each of the `count` headings starts on, in their
/// order; 0 for one not found.
QList<int> headingPages(QTextDocument *document, qreal pageHeight, qsizetype count)
{
    QList<int> pages(count, 0);
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        if (!format.hasProperty(HeadingIndex))
            continue;
        const int index = format.intProperty(HeadingIndex);
        if (index < 0 || index >= count || pages.at(index) > 0)
            continue; // (a heading split over two pages starts on the first)
        const qreal top = layout->blockBoundingRect(block).top();
        const QTextLayout *lines = block.layout();
        const qreal y = top + (lines && lines->lineCount() > 0 ? lines->lineAt(0).y() : 0);
        // The same device pixel of tolerance as splitParagraphsAtPageBreaks().
        pages[index] = int((y + 1) / pageHeight) + 1;
    }
    return pages;
}

/// Writes `pages` into the number column of the table of contents. The column is as wide as any
/// number needs, so the contents keep their height and the pages their headings.
void numberContents(QTextDocument *document, const QList<int> &pages)
{
    for (QTextFrame *frame : document->rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || !table->format().boolProperty(ContentsTable))
            continue;
        for (int row = 0; row < table->rows() && row < pages.size(); ++row) {
            const QTextTableCell cell = table->cellAt(row, 1);
            QTextCursor cursor = cell.firstCursorPosition();
            const QTextCharFormat chars = cursor.blockCharFormat();
            cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
            cursor.insertText(pages.at(row) > 0 ? QString::number(pages.at(row)) : QString(), chars);
        }
    }
}

void setUp(QPdfWriter &writer, const QString &title)
{
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(600);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("SocietyDesk"));
}

/// The chart as the ODT's picture, at PictureDpi on white.
QImage chartPicture(const Chart &chart, QSizeF points)
{
    const qreal scale = PictureDpi / 72.0;
    QImage image(QSize(int(std::ceil(points.width() * scale)), int(std::ceil(points.height() * scale))),
        QImage::Format_RGB32);
    const int dotsPerMeter = int(std::lround(PictureDpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintChart(painter, QRectF(QPointF(0, 0), points * scale), chart, DocumentFonts::installed().heading);
    painter.end();
    return image;
}

} // namespace

Document::Document(QString title)
    : m_title(std::move(title))
{
}

Document &Document::add(Part part)
{
    m_parts << std::move(part);
    return *this;
}

Document &Document::titleLine(const QString &text)
{
    Part part;
    part.document = [text](Emitter &e) {
        e.paragraph(text, e.block(Align::Center, 0, 10, 130), e.heading(e.bodySize() * 1.5 + 4));
    };
    part.html = [text](HtmlWriter &w) {
        if (!text.trimmed().isEmpty())
            w.write(QStringLiteral("<h1>%1</h1>\n").arg(HtmlWriter::escaped(text)));
    };
    return add(std::move(part));
}

Document &Document::subtitle(const QString &text)
{
    Part part;
    part.document = [text](Emitter &e) {
        e.paragraph(text, e.block(Align::Center, 0, 10), e.body(false, e.bodySize() + 1));
    };
    part.html = [text](HtmlWriter &w) {
        if (!text.trimmed().isEmpty())
            w.write(QStringLiteral("<p class=\"subtitle\">%1</p>\n").arg(HtmlWriter::escaped(text)));
    };
    return add(std::move(part));
}

Document &Document::heading(const QString &text)
{
    Part part;
    part.document = [text](Emitter &e) {
        QTextBlockFormat b = e.block(Align::Left, 10, 4, 130);
        b.setProperty(KeepWithNext, true);
        b.setProperty(HeadingIndex, e.nextHeading());
        e.paragraph(text, b, e.heading(e.bodySize() + 2));
    };
    part.html = [text](HtmlWriter &w) { w.heading(1, text); };
    part.level = 1;
    part.heading = text;
    return add(std::move(part));
}

Document &Document::subheading(const QString &text)
{
    Part part;
    part.document = [text](Emitter &e) {
        QTextBlockFormat b = e.block(Align::Left, 8, 3, 130);
        b.setProperty(KeepWithNext, true);
        b.setProperty(HeadingIndex, e.nextHeading());
        e.paragraph(text, b, e.heading(e.bodySize() + 1));
    };
    part.html = [text](HtmlWriter &w) { w.heading(2, text); };
    part.level = 2;
    part.heading = text;
    return add(std::move(part));
}

Document &Document::paragraph(const QString &text, Align align, bool bold)
{
    Part part;
    part.document
        = [text, align, bold](Emitter &e) { e.paragraph(text, e.block(align, 0, 4), e.body(bold)); };
    part.html = [text, align, bold](HtmlWriter &w) {
        const QString content = HtmlWriter::escaped(text);
        if (content.trimmed().isEmpty())
            return; // (an empty paragraph is only space in print)
        w.write(QStringLiteral("<p%1>%2</p>\n")
                    .arg(HtmlWriter::alignment(align),
                        bold ? QStringLiteral("<strong>%1</strong>").arg(content) : content));
    };
    return add(std::move(part));
}

Document &Document::leadIn(const QString &text)
{
    Part part;
    part.document = [text](Emitter &e) {
        QTextBlockFormat b = e.block(Align::Left, 0, 4);
        b.setProperty(KeepWithNext, true);
        e.paragraph(text, b, e.body());
    };
    part.html = [text](HtmlWriter &w) {
        if (!text.trimmed().isEmpty())
            w.write(QStringLiteral("<p class=\"lead\">%1</p>\n").arg(HtmlWriter::escaped(text)));
    };
    return add(std::move(part));
}

Document &Document::fields(const QList<QPair<QString, QString>> &pairs, int perRow)
{
    if (pairs.isEmpty() || perRow < 1)
        return *this;
    Part part;
    part.document = [pairs, perRow](Emitter &e) {
        const int rows = int((pairs.size() + perRow - 1) / perRow);
        QTextTableFormat tf = gridFormat(e, false);
        QList<QTextLength> lengths;
        const qreal label = perRow == 1 ? 18 : 14;
        for (int i = 0; i < perRow; ++i)
            lengths << QTextLength(QTextLength::PercentageLength, label)
                    << QTextLength(QTextLength::PercentageLength, 100.0 / perRow - label);
        tf.setColumnWidthConstraints(e.columns(lengths));
        QTextTable *table = e.startTable(rows, perRow * 2, tf);
        for (int i = 0; i < pairs.size(); ++i) {
            const int row = i / perRow;
            const int column = (i % perRow) * 2;
            e.cell(table, row, column, pairs.at(i).first, e.heading(e.bodySize() - 0.5), Align::Left);
            e.cell(table, row, column + 1, pairs.at(i).second, e.body(), Align::Left);
        }
        // A last pair alone on its row takes the whole row (a long place name stays on one line).
        const int last = int(pairs.size() - 1) % perRow * 2 + 1;
        if (last < perRow * 2 - 1)
            table->mergeCells(rows - 1, last, 1, perRow * 2 - last);
        e.endTable(table);
    };
    part.html = [pairs, perRow](HtmlWriter &w) {
        // A grid of label and value, one pair a line on a phone, `perRow` > 1 two on a wider screen.
        QString html = QStringLiteral("<dl class=\"fields%1\">\n")
                           .arg(perRow > 1 ? QStringLiteral(" pairs") : QString());
        for (const auto &pair : pairs)
            html += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n")
                        .arg(HtmlWriter::escaped(pair.first), HtmlWriter::escaped(pair.second));
        w.write(html + QStringLiteral("</dl>\n"));
    };
    return add(std::move(part));
}

Document &Document::table(const Table &t)
{
    if (t.columns.isEmpty())
        return *this;
    Part part;
    part.document = [t](Emitter &e) {
        const int headerRows = t.header ? 1 : 0;
        QTextTableFormat tf = gridFormat(e, true);
        tf.setColumnWidthConstraints(e.columns(widths(t.columns)));
        tf.setHeaderRowCount(headerRows);
        QTextTable *table = e.startTable(int(t.rows.size()) + headerRows, int(t.columns.size()), tf);
        if (t.header) {
            for (int c = 0; c < t.columns.size(); ++c)
                e.cell(table, 0, c, t.columns.at(c).header, e.heading(e.bodySize() - 1), Align::Center);
        }
        // A row of single lines is about 1.6 × the text size tall with its padding; the rest of
        // the minimum height goes above and below the text.
        const qreal textSize = e.bodySize() - 0.5;
        const qreal extra
            = t.minRowHeight > 0 ? std::max<qreal>(0, (t.minRowHeight - textSize * 1.6) / 2) : 0;
        for (int r = 0; r < t.rows.size(); ++r) {
            const QStringList &row = t.rows.at(r);
            for (int c = 0; c < t.columns.size(); ++c) {
                e.cell(table, r + headerRows, c, row.value(c), e.body(false, textSize), t.columns.at(c).align,
                    e.px(extra));
            }
        }
        e.endTable(table);
    };
    part.html = [t](HtmlWriter &w) {
        if (!t.header && t.rows.isEmpty())
            return;
        // In a wrapper that scrolls sideways: a wide table does not widen the page.
        QString html = QStringLiteral("<div class=\"table-wrap\"><table%1>\n")
                           .arg(t.minRowHeight > 0 ? QStringLiteral(" class=\"tall\"") : QString());
        if (t.header) {
            html += QStringLiteral("<thead><tr>");
            for (const Column &c : t.columns)
                html += QStringLiteral("<th scope=\"col\">%1</th>").arg(HtmlWriter::escaped(c.header));
            html += QStringLiteral("</tr></thead>\n");
        }
        if (!t.rows.isEmpty()) {
            html += QStringLiteral("<tbody>\n");
            for (const QStringList &row : t.rows) {
                html += QStringLiteral("<tr>");
                for (int c = 0; c < t.columns.size(); ++c)
                    html += QStringLiteral("<td%1>%2</td>")
                                .arg(HtmlWriter::alignment(t.columns.at(c).align),
                                    HtmlWriter::escaped(row.value(c)));
                html += QStringLiteral("</tr>\n");
            }
            html += QStringLiteral("</tbody>\n");
        }
        w.write(html + QStringLiteral("</table></div>\n"));
    };
    return add(std::move(part));
}

Document &Document::richText(const QString &text)
{
    Part part;
    part.document = [text](Emitter &e) {
        e.startBlock(e.block(Align::Left, 0, 0), e.body());
        RichTextStyle style;
        style.families = e.fonts().body;
        style.pointSize = e.bodySize();
        style.pixelsPerPoint = e.px(1);
        style.odt = e.odt();
        insertRichText(e.cursor(), text, style);
    };
    part.html = [text](HtmlWriter &w) {
        const QString html = richTextHtml(text);
        if (!html.isEmpty())
            w.write(QStringLiteral("<div class=\"rich\">\n%1</div>\n").arg(html));
    };
    return add(std::move(part));
}

Document &Document::signatures(const QStringList &labels, const QString &dateLabel)
{
    Part part;
    part.document = [labels, dateLabel](Emitter &e) {
        // A borderless table so the lines align; a line is underlined ideographic spaces, which
        // the ODT keeps too (the ODF writer drops per-cell borders).
        QTextTableFormat tf = gridFormat(e, false);
        tf.setColumnWidthConstraints(e.columns({ QTextLength(QTextLength::PercentageLength, 22),
            QTextLength(QTextLength::PercentageLength, 42), QTextLength(QTextLength::PercentageLength, 10),
            QTextLength(QTextLength::PercentageLength, 26) }));
        tf.setTopMargin(e.px(12));
        QTextCharFormat underlined = e.body();
        underlined.setFontUnderline(true);
        QTextTable *table = e.startTable(int(labels.size()), 4, tf);
        for (int row = 0; row < labels.size(); ++row) {
            const qreal room = e.px(8); // above each line, to write on
            e.cell(table, row, 0, labels.at(row), e.body(), Align::Left, room);
            e.cell(table, row, 1, QString(13, QChar(0x3000)), underlined, Align::Left, room);
            e.cell(table, row, 2, dateLabel, e.body(), Align::Left, room);
            e.cell(table, row, 3, QString(7, QChar(0x3000)), underlined, Align::Left, room);
        }
        e.endTable(table);
    };
    part.html = [labels, dateLabel](HtmlWriter &w) {
        if (labels.isEmpty())
            return;
        QString html = QStringLiteral("<div class=\"table-wrap\"><table class=\"signatures\"><tbody>\n");
        for (const QString &label : labels)
            html += QStringLiteral("<tr><td>%1</td><td><span class=\"line\">%2</span></td><td>%3</td>"
                                   "<td><span class=\"line\">%4</span></td></tr>\n")
                        .arg(HtmlWriter::escaped(label), QString(13, QChar(0x3000)),
                            HtmlWriter::escaped(dateLabel), QString(7, QChar(0x3000)));
        w.write(html + QStringLiteral("</tbody></table></div>\n"));
    };
    return add(std::move(part));
}

Document &Document::spacing(qreal points)
{
    Part part;
    part.document = [points](Emitter &e) {
        QTextBlockFormat b = e.block(Align::Left, 0, 0, 100);
        b.setLineHeight(e.px(points), QTextBlockFormat::FixedHeight);
        e.startBlock(b, e.body(false, 2));
    };
    part.html = [points](HtmlWriter &w) {
        if (points > 0)
            w.write(QStringLiteral("<div class=\"space\" style=\"height:%1pt\"></div>\n")
                        .arg(QString::number(points, 'f', 1)));
    };
    return add(std::move(part));
}

Document &Document::pageBreak()
{
    Part part;
    part.document = [](Emitter &e) { e.requestPageBreak(); };
    part.html = [](HtmlWriter &w) { w.write(QStringLiteral("<hr>\n")); };
    return add(std::move(part));
}

Document &Document::chart(const Chart &chart, qreal heightPoints)
{
    const qreal height = std::max<qreal>(heightPoints, 36);
    Part part;
    part.document = [chart, height](Emitter &e) {
        // At most a page (less the block's margins and the line's descent): an inline
        // object is never split, so the chart stays on one page.
        const QSizeF size(e.textWidth(), std::min(height, e.textHeight() - 30));
        e.startBlock(e.block(Align::Center, 6, 6, 100), e.body());
        if (e.odt()) {
            // The ODF writer stores the pictures among the document's resources.
            const QString name = e.nextPicture();
            e.cursor().document()->addResource(
                QTextDocument::ImageResource, QUrl(name), chartPicture(chart, size));
            QTextImageFormat image;
            image.setName(name);
            image.setWidth(e.px(size.width()));
            image.setHeight(e.px(size.height()));
            e.cursor().insertImage(image);
        } else {
            QTextCharFormat object = e.body();
            object.setObjectType(ChartObjectType);
            object.setProperty(ChartIndex, e.charts()->add(chart));
            object.setProperty(ChartWidth, size.width());
            object.setProperty(ChartHeight, size.height());
            e.cursor().insertText(QString(QChar::ObjectReplacementCharacter), object);
        }
    };
    part.html = [chart, height](HtmlWriter &w) {
        w.write(QStringLiteral("<figure class=\"chart\">\n%1\n</figure>\n")
                    .arg(chartSvg(chart, QSizeF(w.textWidth(), height), DocumentFonts::installed().heading)));
    };
    return add(std::move(part));
}

Document &Document::tableOfContents(const QString &title)
{
    Part part;
    part.document = [title](Emitter &e) {
        if (!title.isEmpty())
            e.paragraph(title, e.block(Align::Center, 0, 12, 130), e.heading(e.bodySize() + 4));
        const QList<ContentsEntry> &entries = e.headings();
        if (entries.isEmpty())
            return;
        // A heading's text wraps in its own column and the numbers (filled in once
        // the pages are known) have theirs: the contents' height never depends on them.
        QTextTableFormat tf = gridFormat(e, false);
        tf.setProperty(ContentsTable, true);
        tf.setColumnWidthConstraints(e.columns({ QTextLength(QTextLength::PercentageLength, 88),
            QTextLength(QTextLength::PercentageLength, 12) }));
        QTextTable *table = e.startTable(int(entries.size()), 2, tf);
        for (int i = 0; i < entries.size(); ++i) {
            const ContentsEntry &entry = entries.at(i);
            const QTextCharFormat chars = entry.level > 1 ? e.body(false, e.bodySize() - 0.5) : e.body();
            QTextBlockFormat b = e.block(Align::Left, 0, 0, 125);
            // An indent, not a left margin: the layout scales indents to the
            // device's resolution but takes margins as device pixels.
            b.setIndent(entry.level > 1 ? 1 : 0);
            QTextCursor text = table->cellAt(i, 0).firstCursorPosition();
            text.setBlockFormat(b);
            QString t = entry.text;
            t.replace(QLatin1Char('\n'), QChar::LineSeparator);
            text.insertText(t, chars);
            QTextCursor number = table->cellAt(i, 1).firstCursorPosition();
            number.setBlockFormat(e.block(Align::Right, 0, 0, 125));
            number.setBlockCharFormat(chars);
        }
        e.endTable(table);
    };
    part.html = [title](HtmlWriter &w) {
        QString items;
        const QList<ContentsEntry> &entries = w.headings();
        for (int i = 0; i < entries.size(); ++i) {
            const QString text = HtmlWriter::escaped(entries.at(i).text);
            if (!text.trimmed().isEmpty())
                items += QStringLiteral("<li%1><a href=\"#%2\">%3</a></li>\n")
                             .arg(entries.at(i).level > 1 ? QStringLiteral(" class=\"sub\"") : QString(),
                                 HtmlWriter::anchor(i), text);
        }
        if (title.trimmed().isEmpty() && items.isEmpty())
            return;
        QString html = QStringLiteral("<nav class=\"toc\">\n");
        if (!title.trimmed().isEmpty())
            html += QStringLiteral("<h2>%1</h2>\n").arg(HtmlWriter::escaped(title));
        if (!items.isEmpty())
            html += QStringLiteral("<ol>\n%1</ol>\n").arg(items);
        w.write(html + QStringLiteral("</nav>\n"));
    };
    part.contents = true;
    return add(std::move(part));
}

std::unique_ptr<QTextDocument> Document::build() const
{
    return build(false);
}

qreal Document::textWidthPoints() const
{
    return (210 - m_margins.left - m_margins.right) * 72 / mmPerInch;
}

qreal Document::textHeightPoints() const
{
    return (297 - m_margins.top - m_margins.bottom) * 72 / mmPerInch;
}

bool Document::hasContents() const
{
    return std::any_of(m_parts.cbegin(), m_parts.cend(), [](const Part &p) { return p.contents; });
}

qsizetype Document::headingCount() const
{
    return std::count_if(m_parts.cbegin(), m_parts.cend(), [](const Part &p) { return p.level > 0; });
}

std::unique_ptr<QTextDocument> Document::build(bool odt) const
{
    auto document = std::make_unique<QTextDocument>();
    document->setDocumentMargin(0);
    document->setIndentWidth(Emitter::px(24));
    QFont font;
    font.setFamilies(DocumentFonts::installed().body);
    font.setPointSizeF(m_bodySize);
    document->setDefaultFont(font);
    document->setMetaInformation(QTextDocument::DocumentTitle, m_title);
    QList<ContentsEntry> headings;
    for (const Part &part : m_parts) {
        if (part.level > 0)
            headings << ContentsEntry { part.level, part.heading };
    }
    ChartTextObject *charts = odt ? nullptr : new ChartTextObject(document.get());
    Emitter e(document.get(), m_bodySize, odt, QSizeF(textWidthPoints(), textHeightPoints()), headings, charts);
    for (const Part &part : m_parts)
        part.document(e);
    // Registered once the parts are in: a layout that exists while they are inserted would lay
    // the document out again at every insertion (its page size is not null, just undefined).
    if (charts)
        document->documentLayout()->registerHandler(ChartObjectType, charts);
    return document;
}

std::unique_ptr<QTextDocument> Document::layOut(QPagedPaintDevice *device, QRectF *body) const
{
    const qreal dpi = device->logicalDpiY();
    const auto mm = [dpi](qreal millimetres) { return millimetres * dpi / mmPerInch; };
    *body = QRectF(mm(m_margins.left), mm(m_margins.top), device->width() - mm(m_margins.left + m_margins.right),
        device->height() - mm(m_margins.top + m_margins.bottom));

    // The layout measures text on the device's resolution; setPageSize() lays it out again.
    std::unique_ptr<QTextDocument> document = build();
    document->documentLayout()->setPaintDevice(device);
    document->setPageSize(body->size());
    keepHeadingsWithNext(document.get(), body->height());
    splitParagraphsAtPageBreaks(document.get(), body->height());
    if (hasContents()) {
        const qsizetype count = headingCount();
        QList<int> pages = headingPages(document.get(), body->height(), count);
        for (int pass = 0; pass < 3; ++pass) {
            numberContents(document.get(), pages);
            document->pageCount(); // lays the numbers out
            const QList<int> again = headingPages(document.get(), body->height(), count);
            if (again == pages)
                break;
            pages = again;
        }
    }
    return document;
}

bool Document::writePdf(QIODevice *device, QString *error, int *pageCount) const
{
    if (!device || !device->isWritable()) {
        if (error)
            *error = tr("Cannot write the PDF: %1").arg(writeError(device));
        return false;
    }
    QPdfWriter writer(device);
    setUp(writer, m_title);
    if (!paint(&writer, nullptr, pageCount)) {
        if (error)
            *error = tr("Cannot write the PDF: %1").arg(writeError(device));
        return false;
    }
    return true;
}

bool Document::paint(QPagedPaintDevice *device, QString *error, int *pageCount) const
{
    QPagedPaintDevice &writer = *device;
    const qreal dpi = writer.logicalDpiY();
    const auto mm = [dpi](qreal millimetres) { return millimetres * dpi / mmPerInch; };
    QRectF body;
    const std::unique_ptr<QTextDocument> document = layOut(device, &body);
    const int pages = document->pageCount();

    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("The pages could not be painted.");
        return false;
    }
    QFont small;
    small.setFamilies(DocumentFonts::installed().body);
    small.setPointSizeF(9);
    QFont mark;
    mark.setFamilies(DocumentFonts::installed().heading);
    mark.setPointSizeF(10.5);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.save();
        painter.translate(body.left(), body.top() - page * body.height());
        // The layout draws the lines that touch the rectangle, edges included: a line starting
        // exactly on the next page would be drawn in this page's bottom margin too (and a
        // clip path would hide it, but pdftotext would still read it). So one device pixel less
        // at each end.
        const QRectF visible(0, page * body.height(), body.width(), body.height());
        document->drawContents(&painter, visible.adjusted(0, 1, 0, -1));
        painter.restore();

        // Running header: a hairline above the text, the header text left and the mark right.
        const QRectF header(body.left(), body.top() - mm(12), body.width(), mm(9));
        painter.setPen(QPen(Qt::darkGray, mm(0.2)));
        if (!m_runningHeader.isEmpty() || !m_mark.isEmpty())
            painter.drawLine(QPointF(body.left(), body.top() - mm(3)), QPointF(body.right(), body.top() - mm(3)));
        painter.setFont(small);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom, m_runningHeader);
        if (!m_mark.isEmpty()) {
            painter.setPen(QColor(0xb0, 0x20, 0x20));
            painter.setFont(mark);
            painter.drawText(header, Qt::AlignRight | Qt::AlignBottom, m_mark);
        }
        if (!m_pageFormat.isEmpty()) {
            painter.setPen(Qt::black);
            painter.setFont(small);
            const QRectF footer(body.left(), body.bottom() + mm(8), body.width(), mm(8));
            painter.drawText(footer, Qt::AlignHCenter | Qt::AlignTop,
                QString(m_pageFormat).arg(page + 1).arg(pages));
        }
    }
    if (!painter.end()) {
        if (error)
            *error = tr("The pages could not be painted.");
        return false;
    }
    if (pageCount)
        *pageCount = pages;
    return true;
}

bool Document::writeOdt(QIODevice *device, QString *error) const
{
    if (!device || !device->isWritable()) {
        if (error)
            *error = tr("Cannot write the ODT document: %1").arg(writeError(device));
        return false;
    }
    const std::unique_ptr<QTextDocument> document = build(true);
    if (hasContents()) {
        // The contents' page numbers as the PDF has them (a word processor's pages may differ a
        // little; nothing here lays out its pages).
        QBuffer scratch;
        scratch.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&scratch);
        setUp(pdf, m_title);
        QRectF body;
        const std::unique_ptr<QTextDocument> laidOut = layOut(&pdf, &body);
        numberContents(document.get(), headingPages(laidOut.get(), body.height(), headingCount()));
    }
    // The ODF writer's zip closes the device it writes to; a QSaveFile must not be closed before
    // commit(), so the document is written to memory first — and there given its Chinese sizes.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, QByteArrayLiteral("odf"));
    QString problem;
    if (writer.write(document.get()))
        bytes = withAsianFonts(bytes, &problem);
    else
        bytes.clear();
    if (bytes.isEmpty() || device->write(bytes) != bytes.size()) {
        if (error)
            *error = tr("Cannot write the ODT document: %1").arg(writeError(device));
        return false;
    }
    return true;
}

QString Document::html() const
{
    QList<ContentsEntry> headings;
    for (const Part &part : m_parts) {
        if (part.level > 0)
            headings << ContentsEntry { part.level, part.heading };
    }
    HtmlWriter w(headings, textWidthPoints());
    for (const Part &part : m_parts)
        part.html(w);

    const QString title = !m_title.trimmed().isEmpty() ? m_title
        : !m_runningHeader.trimmed().isEmpty()         ? m_runningHeader
                                                       : tr("Document");
    return w.page(title, m_language.isEmpty() ? QStringLiteral("zh-CN") : m_language, m_runningHeader, m_mark);
}

bool Document::writeHtml(QIODevice *device, QString *error) const
{
    if (!device || !device->isWritable()) {
        if (error)
            *error = tr("Cannot write the HTML page: %1").arg(writeError(device));
        return false;
    }
    const QByteArray bytes = html().toUtf8();
    if (device->write(bytes) != bytes.size()) {
        if (error)
            *error = tr("Cannot write the HTML page: %1").arg(writeError(device));
        return false;
    }
    return true;
}

bool Document::writeTo(const QString &path, QString *error, Format format) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QString detail;
    const bool written = format == Format::Pdf ? writePdf(&file, &detail)
        : format == Format::Odt                ? writeOdt(&file, &detail)
                                               : writeHtml(&file, &detail);
    if (!written) {
        file.cancelWriting();
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, detail);
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool Document::writePdf(const QString &path, QString *error) const
{
    return writeTo(path, error, Format::Pdf);
}

bool Document::writeOdt(const QString &path, QString *error) const
{
    return writeTo(path, error, Format::Odt);
}

bool Document::writeHtml(const QString &path, QString *error) const
{
    return writeTo(path, error, Format::Html);
}

QByteArray Document::pdf() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    return writePdf(&buffer) ? bytes : QByteArray();
}

QByteArray Document::odt() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    return writeOdt(&buffer) ? bytes : QByteArray();
}

} // namespace sd::reports

#include "Document.moc"
