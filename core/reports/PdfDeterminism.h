#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

namespace sd::reports {

class Document;

/// Reproducible PDFs (issue 9: the same records give a byte-identical submission package).
///
/// Qt 6.4's PDF engine makes two kinds of bytes that change from run to run, and has no API for
/// either:
/// - `/CreationDate (D:yyyyMMddHHmmss…)` in the document information dictionary, from the clock,
///   with the local offset ("Z" or "+08'00'", so even its length depends on the time zone);
/// - the order of the embedded fonts: QPdfEngine keeps them in a QHash and writes them in its
///   iteration order, which depends on the process's random hash seed — a document with two fonts
///   (Song and Hei, or a CJK and a Latin face) comes out with its objects in a different order in
///   every process, though the same within one.
/// No /ID, /ModDate or XMP metadata is written (those appear only for PDF/A, which is not used).

/// Document::writePdf() made reproducible: written with Qt's deterministic hash seed (so the
/// fonts come out in one order; the previous seed is put back afterwards), then
/// fixCreationDate(`date`). Empty with a translated `error` when the PDF cannot be written.
[[nodiscard]] QByteArray reproduciblePdf(const Document &document, QDate date, QString *error = nullptr);

/// Rewrites the first `/CreationDate` of a PDF written by Qt to `date` at 00:00 UTC
/// ("D:yyyyMMdd000000Z"). When the value's length changes (a local offset such as "+08'00'"
/// becomes "Z"), every offset after it in the cross-reference table and the startxref value are
/// shifted by the difference, so the file stays valid. False, leaving `pdf` unchanged, when it
/// has no creation date or no classic cross-reference table where startxref says.
bool fixCreationDate(QByteArray &pdf, QDate date);

} // namespace sd::reports
