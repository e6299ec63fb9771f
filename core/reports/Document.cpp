#include "reports/Document.h"

#include "reports/DocumentFonts.h"
#include "reports/OdfFonts.h"
#include "reports/RichText.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
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

namespace sd::reports {

/// Turns the parts into a QTextDocument. Lengths are given in points and stored in the
/// document's 1/96-inch pixels (its layout scales them to the paint device); font sizes are points.
class Emitter
{
public:
    /// `odt`: the ODF writer's quirks are served — it names a face only from the Qt 5 font
    /// family property, and writes a table's width as points whatever its unit.
    Emitter(QTextDocument *document, qreal bodySize, bool odt, qreal textWidthPoints)
        : m_cursor(document)
        , m_bodySize(bodySize)
        , m_fonts(DocumentFonts::installed())
        , m_odt(odt)
        , m_textWidth(textWidthPoints)
    {
    }

    [[nodiscard]] static qreal px(qreal points) { return points * 96.0 / 72.0; }
    [[nodiscard]] qreal bodySize() const { return m_bodySize; }
    [[nodiscard]] const DocumentFonts &fonts() const { return m_fonts; }
    QTextCursor &cursor() { return m_cursor; }

    [[nodiscard]] bool odt() const { return m_odt; }
    [[nodiscard]] qreal textWidth() const { return m_textWidth; }
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
    bool m_fresh = true;
    bool m_pageBreak = false;
};

namespace {

constexpr qreal mmPerInch = 25.4;
/// A block property: the block goes to the next page with what follows it (headings).
constexpr int KeepWithNext = QTextFormat::UserProperty + 1;

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

} // namespace

Document::Document(QString title)
    : m_title(std::move(title))
{
}

Document &Document::titleLine(const QString &text)
{
    m_parts << [text](Emitter &e) {
        e.paragraph(text, e.block(Align::Center, 0, 10, 130), e.heading(e.bodySize() * 1.5 + 4));
    };
    return *this;
}

Document &Document::subtitle(const QString &text)
{
    m_parts << [text](Emitter &e) {
        e.paragraph(text, e.block(Align::Center, 0, 10), e.body(false, e.bodySize() + 1));
    };
    return *this;
}

Document &Document::heading(const QString &text)
{
    m_parts << [text](Emitter &e) {
        QTextBlockFormat b = e.block(Align::Left, 10, 4, 130);
        b.setProperty(KeepWithNext, true);
        e.paragraph(text, b, e.heading(e.bodySize() + 2));
    };
    return *this;
}

Document &Document::paragraph(const QString &text, Align align, bool bold)
{
    m_parts << [text, align, bold](Emitter &e) { e.paragraph(text, e.block(align, 0, 4), e.body(bold)); };
    return *this;
}

Document &Document::leadIn(const QString &text)
{
    m_parts << [text](Emitter &e) {
        QTextBlockFormat b = e.block(Align::Left, 0, 4);
        b.setProperty(KeepWithNext, true);
        e.paragraph(text, b, e.body());
    };
    return *this;
}

Document &Document::fields(const QList<QPair<QString, QString>> &pairs, int perRow)
{
    if (pairs.isEmpty() || perRow < 1)
        return *this;
    m_parts << [pairs, perRow](Emitter &e) {
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
    return *this;
}

Document &Document::table(const Table &t)
{
    if (t.columns.isEmpty())
        return *this;
    m_parts << [t](Emitter &e) {
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
        const qreal extra = t.minRowHeight > 0 ? std::max<qreal>(0, (t.minRowHeight - textSize * 1.6) / 2) : 0;
        for (int r = 0; r < t.rows.size(); ++r) {
            const QStringList &row = t.rows.at(r);
            for (int c = 0; c < t.columns.size(); ++c) {
                e.cell(table, r + headerRows, c, row.value(c), e.body(false, textSize), t.columns.at(c).align,
                    e.px(extra));
            }
        }
        e.endTable(table);
    };
    return *this;
}

Document &Document::richText(const QString &text)
{
    m_parts << [text](Emitter &e) {
        e.startBlock(e.block(Align::Left, 0, 0), e.body());
        RichTextStyle style;
        style.families = e.fonts().body;
        style.pointSize = e.bodySize();
        style.pixelsPerPoint = e.px(1);
        style.odt = e.odt();
        insertRichText(e.cursor(), text, style);
    };
    return *this;
}

Document &Document::signatures(const QStringList &labels, const QString &dateLabel)
{
    m_parts << [labels, dateLabel](Emitter &e) {
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
    return *this;
}

Document &Document::spacing(qreal points)
{
    m_parts << [points](Emitter &e) {
        QTextBlockFormat b = e.block(Align::Left, 0, 0, 100);
        b.setLineHeight(e.px(points), QTextBlockFormat::FixedHeight);
        e.startBlock(b, e.body(false, 2));
    };
    return *this;
}

Document &Document::pageBreak()
{
    m_parts << [](Emitter &e) { e.requestPageBreak(); };
    return *this;
}

std::unique_ptr<QTextDocument> Document::build() const
{
    return build(false);
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
    const qreal a4Width = 210;
    Emitter e(document.get(), m_bodySize, odt, (a4Width - m_margins.left - m_margins.right) * 72 / mmPerInch);
    for (const Part &part : m_parts)
        part(e);
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
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(600);
    writer.setTitle(m_title);
    writer.setCreator(QStringLiteral("SocietyDesk"));
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
    const QRectF paper(0, 0, writer.width(), writer.height());
    const QRectF body(mm(m_margins.left), mm(m_margins.top), paper.width() - mm(m_margins.left + m_margins.right),
        paper.height() - mm(m_margins.top + m_margins.bottom));

    // The layout measures text on the PDF's resolution; setPageSize() lays it out again.
    const std::unique_ptr<QTextDocument> document = build();
    document->documentLayout()->setPaintDevice(&writer);
    document->setPageSize(body.size());
    keepHeadingsWithNext(document.get(), body.height());
    splitParagraphsAtPageBreaks(document.get(), body.height());
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

bool Document::writeTo(const QString &path, QString *error, bool pdf) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QString detail;
    if (!(pdf ? writePdf(&file, &detail) : writeOdt(&file, &detail))) {
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
    return writeTo(path, error, true);
}

bool Document::writeOdt(const QString &path, QString *error) const
{
    return writeTo(path, error, false);
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
