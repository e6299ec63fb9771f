#include "reports/OdfFonts.h"

#include "exchange/ZipArchive.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <zip.h>

namespace sd::reports {

namespace {

/// The entries of a Qt-written ODT, in the order they are written back.
const char *const kEntries[] = { "mimetype", "META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml" };

bool readEntry(exchange::ZipArchive &zip, const QString &name, QByteArray *content)
{
    if (zip.locate(name).isEmpty() || !zip.openCurrent())
        return false;
    char chunk[65536];
    qint64 n = 0;
    while ((n = zip.read(chunk, sizeof chunk)) > 0)
        content->append(chunk, n);
    return zip.closeCurrent() && n == 0;
}

} // namespace

QByteArray withAsianFontAttributes(const QByteArray &xml)
{
    // <style:text-properties …/>: for each fo:X="v" without its style:X-asian, add the twins.
    static const QRegularExpression properties(QStringLiteral("<style:text-properties\\b[^>]*>"));
    static const QRegularExpression attribute(QStringLiteral("\\bfo:(font-size|font-family|font-weight|font-style)=\"([^\"]*)\""));
    const QString text = QString::fromUtf8(xml);
    QString out;
    out.reserve(text.size() + text.size() / 4);
    qsizetype last = 0;
    for (auto it = properties.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        QString element = m.captured();
        QString twins;
        for (auto a = attribute.globalMatch(element); a.hasNext();) {
            const QRegularExpressionMatch am = a.next();
            const QString name = am.captured(1);
            if (!element.contains(QStringLiteral("style:%1-asian=").arg(name)))
                twins += QStringLiteral(" style:%1-asian=\"%2\" style:%1-complex=\"%2\"").arg(name, am.captured(2));
        }
        if (!twins.isEmpty()) {
            const qsizetype end = element.endsWith(QStringLiteral("/>")) ? element.size() - 2 : element.size() - 1;
            element.insert(end, twins);
        }
        out += element;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out.toUtf8();
}

QByteArray withAsianFonts(const QByteArray &odt, QString *error)
{
    QByteArray source = odt;
    QBuffer in(&source);
    in.open(QIODevice::ReadOnly);
    exchange::ZipArchive zip(&in);
    if (!zip.open()) {
        if (error)
            *error = QStringLiteral("not an ODF package");
        return {};
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("document.odt"));
    zipFile out = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!dir.isValid() || !out) {
        if (error)
            *error = QStringLiteral("cannot write a temporary file");
        return {};
    }
    bool ok = true;
    bool sawMimetype = false;
    // The known entries in their order, then the pictures (charts) the manifest lists.
    QStringList names;
    for (const char *entry : kEntries)
        names << QString::fromLatin1(entry);
    for (const QString &name : zip.entryNames()) {
        if (name.startsWith(QLatin1StringView("Pictures/")))
            names << name;
    }
    for (const QString &name : std::as_const(names)) {
        const QByteArray entry = name.toUtf8();
        QByteArray content;
        if (!readEntry(zip, name, &content))
            continue;
        const bool mimetype = name == QLatin1StringView("mimetype");
        sawMimetype |= mimetype;
        if (name.endsWith(QLatin1StringView(".xml")) && !name.startsWith(QLatin1StringView("META-INF")))
            content = withAsianFontAttributes(content);
        zip_fileinfo info {};
        info.tmz_date = { 0, 0, 0, 1, 0, 1980 }; // a fixed time: the same document gives the same bytes
        ok = ok
            && zipOpenNewFileInZip64(out, entry.constData(), &info, nullptr, 0, nullptr, 0, nullptr, mimetype ? 0 : Z_DEFLATED,
                   mimetype ? 0 : Z_DEFAULT_COMPRESSION, 0)
                == ZIP_OK
            && zipWriteInFileInZip(out, content.constData(), unsigned(content.size())) == ZIP_OK
            && zipCloseFileInZip(out) == ZIP_OK;
    }
    ok = zipClose(out, nullptr) == ZIP_OK && ok && sawMimetype;
    QFile result(path);
    if (!ok || !result.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("the ODF package could not be rewritten");
        return {};
    }
    return result.readAll();
}

} // namespace sd::reports
