#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QIODevice;
class QPagedPaintDevice;
class QRectF;
class QTextDocument;

namespace sd::reports {

class Emitter;
class HtmlWriter;
struct Chart;

/// A printable document built from structured parts — titles, headings, paragraphs, label/value
/// fields, tables, a sanitised rich-text fragment, signature lines — and written as an A4 PDF
/// with a running header and page numbers, or as ODT for the secretariat's own edits (Word and
/// WPS open it). Lengths are set in points and stored as 1/96 inch, QTextDocument's unit: its
/// layout scales them to the PDF writer's resolution, and the ODF writer reads them as such.
///
/// The same parts are also written as one self-contained HTML page (html()): each part knows how
/// to write itself both ways, so the outputs cannot drift apart.
///
/// Text passed in is plain (escaped as needed) except for richText(). The document's strings
/// come already translated: this class knows no language beyond the tag it is told for the HTML.
class Document
{
    Q_DECLARE_TR_FUNCTIONS(sd::reports::Document)

public:
    enum class Align { Left, Center, Right };

    struct Column
    {
        QString header;
        qreal width = 0;        ///< percent of the text width; 0: shares what is left
        Align align = Align::Left;
    };

    struct Table
    {
        QList<Column> columns;
        QList<QStringList> rows; ///< one string per column; "\n" breaks lines in a cell
        qreal minRowHeight = 0;  ///< points; rows at least this tall (room to sign)
        bool header = true;      ///< first row of headers, repeated on every page
    };

    /// Page margins in millimetres (A4 portrait); the running header and the page number sit
    /// inside the top and bottom margins. The defaults leave a 160 × 239 mm text area.
    struct Margins
    {
        qreal top = 30, bottom = 28, left = 26, right = 24;
    };

    explicit Document(QString title = {});

    [[nodiscard]] QString title() const { return m_title; }
    void setMargins(Margins margins) { m_margins = margins; }
    /// Left of the running header on every PDF page (e.g. the society's name).
    void setRunningHeader(const QString &text) { m_runningHeader = text; }
    /// Right of the running header on every PDF page, emphasised (e.g. "草稿").
    void setMark(const QString &text) { m_mark = text; }
    /// Footer with %1 the page and %2 the page count, e.g. "第 %1 页 / 共 %2 页". Empty: no footer.
    void setPageNumberFormat(const QString &format) { m_pageFormat = format; }
    /// Base size of the body text in points (default 12, 小四).
    void setBodySize(qreal points) { m_bodySize = points; }
    /// The language of the text as a BCP 47 tag ("zh-CN", "en"): the HTML's lang. Default "zh-CN".
    void setLanguage(const QString &tag) { m_language = tag; }
    [[nodiscard]] QString language() const { return m_language; }

    Document &titleLine(const QString &text);          ///< centred, large, Hei
    Document &subtitle(const QString &text);           ///< centred, Song
    Document &heading(const QString &text);            ///< a section heading, Hei
    /// A heading within a section: smaller, listed indented in the table of contents.
    Document &subheading(const QString &text);
    Document &paragraph(const QString &text, Align align = Align::Left, bool bold = false);
    /// A paragraph kept on the page of what follows it, as a heading is (a citation under a
    /// heading, "Records (12):" above its table).
    Document &leadIn(const QString &text);
    /// Label/value pairs laid out `perRow` to a line, without borders; a last pair alone on its
    /// line spans it.
    Document &fields(const QList<QPair<QString, QString>> &pairs, int perRow = 2);
    Document &table(const Table &table);
    /// A rich-text (HTML) or plain-text fragment, made safe: no images, links, scripts or
    /// external resources; fonts, sizes and colours are the document's; bold, italic,
    /// underline, lists, tables and alignment are kept.
    Document &richText(const QString &text);
    /// Lines to sign: each label (with its colon, "主持人签字：") followed by a line, then
    /// `dateLabel` ("日期：") and a shorter line.
    Document &signatures(const QStringList &labels, const QString &dateLabel);
    Document &spacing(qreal points);
    Document &pageBreak();
    /// A chart across the text width, `heightPoints` tall (at most a page), kept on one page and
    /// drawn by paintChart(): as vectors with its text as text in the PDF, as a picture in the
    /// ODT, as inline SVG in the HTML.
    Document &chart(const Chart &chart, qreal heightPoints);
    /// The table of contents, here (after the cover): `title`, then every heading() and
    /// subheading() of the whole document with its page number as the PDF's footer counts it —
    /// the ODT gets the PDF's numbers too; the HTML gets links to the headings instead.
    Document &tableOfContents(const QString &title);

    /// A new QTextDocument with the parts (lengths in 1/96 inch, font sizes in points).
    [[nodiscard]] std::unique_ptr<QTextDocument> build() const;

    /// A4 PDF with header and page numbers. False with `error` (translated) when the device
    /// cannot be written.
    bool writePdf(QIODevice *device, QString *error = nullptr, int *pageCount = nullptr) const;
    /// Paints the pages on an A4 device whose coordinates cover the whole sheet (a QPdfWriter
    /// without margins, a QPrinter with full page): what writePdf() and a print preview draw.
    bool paint(QPagedPaintDevice *device, QString *error = nullptr, int *pageCount = nullptr) const;
    bool writePdf(const QString &path, QString *error = nullptr) const;
    /// OpenDocument Text.
    bool writeOdt(QIODevice *device, QString *error = nullptr) const;
    bool writeOdt(const QString &path, QString *error = nullptr) const;
    /// One self-contained HTML5 page (UTF-8): an inlined style sheet readable on a phone, the
    /// running header and the mark as a banner, every part in order, charts as inline SVG; all
    /// text escaped, nothing loaded from elsewhere, no script.
    [[nodiscard]] QString html() const;
    bool writeHtml(QIODevice *device, QString *error = nullptr) const;
    bool writeHtml(const QString &path, QString *error = nullptr) const;
    [[nodiscard]] QByteArray pdf() const;
    [[nodiscard]] QByteArray odt() const;

private:
    /// A part written both ways: into the QTextDocument (PDF, ODT) and into the HTML page.
    struct Part
    {
        std::function<void(Emitter &)> document {}; ///< into the QTextDocument (PDF, ODT)
        std::function<void(HtmlWriter &)> html {};  ///< into the HTML page
        int level = 0;                              ///< 1, 2: a heading listed in the table of contents
        QString heading {};                         ///< its text
        bool contents = false;                      ///< the table of contents itself
    };
    enum class Format { Pdf, Odt, Html };
    Document &add(Part part);
    bool writeTo(const QString &path, QString *error, Format format) const;
    [[nodiscard]] std::unique_ptr<QTextDocument> build(bool odt) const;
    /// Built and laid out on `device` as paint() pages it (headings kept with what follows,
    /// the contents' page numbers filled in); `body` the text area in device units.
    [[nodiscard]] std::unique_ptr<QTextDocument> layOut(QPagedPaintDevice *device, QRectF *body) const;
    [[nodiscard]] qreal textWidthPoints() const;
    [[nodiscard]] qreal textHeightPoints() const;
    [[nodiscard]] bool hasContents() const;
    [[nodiscard]] qsizetype headingCount() const;

    QString m_title;
    Margins m_margins;
    QString m_runningHeader;
    QString m_mark;
    QString m_pageFormat = QStringLiteral("%1 / %2");
    qreal m_bodySize = 12;
    QString m_language = QStringLiteral("zh-CN");
    QList<Part> m_parts;
};

} // namespace sd::reports
