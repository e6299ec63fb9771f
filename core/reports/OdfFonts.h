#pragma once

#include <QByteArray>
#include <QString>

namespace sd::reports {

/// Qt's ODF writer sets fo:font-size and fo:font-family only, which word processors apply to
/// Latin text: LibreOffice, Word and WPS then show Chinese at their default size and face, so
/// titles are not enlarged. This copies every size, family and weight to its -asian (and
/// -complex) twin in content.xml and styles.xml and writes the package again, the uncompressed
/// mimetype first as ODF requires. Empty with `error` set when `odt` is not a readable package.
[[nodiscard]] QByteArray withAsianFonts(const QByteArray &odt, QString *error = nullptr);

/// The XML rewrite alone (for tests).
[[nodiscard]] QByteArray withAsianFontAttributes(const QByteArray &xml);

} // namespace sd::reports
