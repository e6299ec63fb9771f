#include "reports/HtmlPage.h"

#include <algorithm>

namespace sd::reports {

namespace {

/// The system faces for Chinese on phones and desktops, the page's and the charts'.
const QString &webFonts()
{
    static const QString fonts = QStringLiteral("\"PingFang SC\",\"Hiragino Sans GB\",\"Microsoft YaHei\",\"Source Han Sans SC\","
                                                "\"Noto Sans CJK SC\",\"WenQuanYi Micro Hei\",sans-serif");
    return fonts;
}

/// The page's style sheet: one column at most 46em wide (whole on a phone, comfortable on a
/// desktop), tables scrolling sideways in their wrapper instead of widening the page, label and
/// value pairs one under the other on a narrow screen, and no page breaks on paper mid-table.
QString styleSheet()
{
    return QStringLiteral(R"css(*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:#f3f3f0;color:#1b1b1b;font-family:FONTS;font-size:16px;line-height:1.75}
.banner{display:flex;flex-wrap:wrap;align-items:baseline;gap:.25em 1em;max-width:46em;margin:0 auto;
padding:.6em 1em;font-size:.875em;color:#555;background:#fff;border-bottom:1px solid #ccc}
.mark{margin-left:auto;color:#b02020;font-weight:bold;letter-spacing:.1em}
main{max-width:46em;margin:0 auto;padding:1em 1em 3em;background:#fff}
h1{font-size:1.6em;line-height:1.4;text-align:center;margin:1em 0 .5em}
h2{font-size:1.3em;line-height:1.4;margin:1.6em 0 .5em;padding-bottom:.2em;border-bottom:1px solid #ddd}
h3{font-size:1.1em;line-height:1.4;margin:1.2em 0 .4em}
p{margin:0 0 .6em;overflow-wrap:anywhere}
.subtitle{text-align:center;font-size:1.1em}
.lead{margin-bottom:.3em}
.c{text-align:center}
.r{text-align:right}
hr{border:0;border-top:1px dashed #ccc;margin:2em 0}
.table-wrap{overflow-x:auto;-webkit-overflow-scrolling:touch;margin:.4em 0 1em}
table{border-collapse:collapse;min-width:100%}
th,td{border:1px solid #999;padding:.3em .55em;vertical-align:top}
thead th{background:#f0f0f0;text-align:center}
table.tall td{height:2.6em}
dl.fields{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em;margin:.4em 0 1em}
dl.fields dt{font-weight:bold}
dl.fields dd{margin:0}
@media (min-width:40em){dl.fields.pairs{grid-template-columns:max-content 1fr max-content 1fr}}
table.signatures td{border:0;padding:.8em .4em .2em;white-space:nowrap}
.line{display:inline-block;border-bottom:1px solid #000}
.rich table p{margin:0}
figure.chart{margin:1em 0}
figure.chart svg{display:block;width:100%;height:auto}
figure.chart svg text{font-family:FONTS}
nav.toc ol{list-style:none;margin:0 0 1em;padding:0}
nav.toc li{margin:.2em 0}
nav.toc li.sub{padding-left:1.5em}
nav.toc a{color:inherit}
@media print{body{background:#fff}.banner,main{max-width:none}.table-wrap{overflow:visible}
table,figure{break-inside:avoid}}
)css")
        .replace(QLatin1StringView("FONTS"), webFonts());
}

} // namespace

QString HtmlWriter::alignment(Document::Align align)
{
    switch (align) {
    case Document::Align::Center:
        return QStringLiteral(" class=\"c\"");
    case Document::Align::Right:
        return QStringLiteral(" class=\"r\"");
    case Document::Align::Left:
        break;
    }
    return {};
}

void HtmlWriter::heading(int level, const QString &text)
{
    const int tag = std::clamp(level + 1, 2, 6);
    const QString id = anchor(m_nextHeading++);
    // An empty heading keeps its number all the same: the contents link by number.
    if (!text.trimmed().isEmpty())
        write(QStringLiteral("<h%1 id=\"%2\">%3</h%1>\n").arg(QString::number(tag), id, escaped(text)));
}

QString HtmlWriter::page(
    const QString &title, const QString &language, const QString &runningHeader, const QString &mark) const
{
    QString page = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                                  "<meta name=\"generator\" content=\"SocietyDesk\">\n<title>%2</title>\n"
                                  "<style>\n%3</style>\n</head>\n<body>\n")
                       .arg(attribute(language), escaped(title, false), styleSheet());
    // The running header and the mark ("草稿") once, as a banner above the page.
    if (!runningHeader.trimmed().isEmpty() || !mark.trimmed().isEmpty()) {
        page += QStringLiteral("<header class=\"banner\">");
        if (!runningHeader.trimmed().isEmpty())
            page += QStringLiteral("<span>%1</span>").arg(escaped(runningHeader));
        if (!mark.trimmed().isEmpty())
            page += QStringLiteral("<strong class=\"mark\">%1</strong>").arg(escaped(mark));
        page += QStringLiteral("</header>\n");
    }
    page += QStringLiteral("<main>\n%1</main>\n</body>\n</html>\n").arg(m_html);
    return page;
}

} // namespace sd::reports
