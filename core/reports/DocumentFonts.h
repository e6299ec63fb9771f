#pragma once

#include <QStringList>

/// The faces generated documents are set in, chosen so that the PDFs stay searchable.
///
/// Qt's PDF engine writes a wrong ToUnicode map for Noto Sans/Serif CJK (and so Source Han, the
/// same fonts): pdftotext gives Kangxi radicals for common characters (一 → ⼀ U+2F00, 人 → ⼈,
/// 长 → ⻓, 页 → ⻚; measured with Qt 6.4.2, poppler 22.12). AR PL UMing, AR PL UKai and WenQuanYi
/// Micro Hei extract exactly. So the body is set in AR PL UMing (a Ming/Song face, Debian's
/// fonts-arphic-uming), headings in WenQuanYi Micro Hei (a Hei face, fonts-wqy-microhei), each with
/// the other as the next family so a glyph missing in one never falls through to a face that does
/// not extract; the known-bad faces are never chosen.
namespace sd::reports {

struct DocumentFonts
{
    QStringList body;    ///< Song/Ming first, then faces that extract correctly
    QStringList heading; ///< Hei first, then the body faces

    /// The installed families, resolved once per process (needs a QGuiApplication).
    [[nodiscard]] static const DocumentFonts &installed();
    /// Whether Qt's PDF output of `family` is known to extract wrongly (Noto CJK, Source Han).
    [[nodiscard]] static bool extractsWrongly(const QString &family);
    /// The preferred families in order, whether installed or not.
    [[nodiscard]] static QStringList preferredBody();
    [[nodiscard]] static QStringList preferredHeading();
};

} // namespace sd::reports
