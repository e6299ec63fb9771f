// The submission package's writer (issue 9): the deterministic ZIP, reproducible PDFs and
// workbook, and the bag the demo society exports — its BagIt files, manifests, missing parts,
// the scanned letter, byte-identical repeats a second apart, and no ID number, phone or e-mail
// in any file of it.

#include "TestSupport.h"

#include "demo/DemoMembers.h"
#include "demo/DemoSociety.h"
#include "domain/Member.h"
#include "members/MemberStore.h"
#include "PackageFixture.h"
#include "package/PackageLayout.h"
#include "package/StatisticsWorkbook.h"
#include "package/SubmissionPackage.h"
#include "package/ZipWriter.h"
#include "reports/Document.h"
#include "reports/PdfDeterminism.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtEndian>

#include <ctime>

using namespace sd;
namespace layout = sd::package::layout;

namespace {

/// What the central directory and the local headers say of one entry.
struct ZipHeader
{
    QString name;
    quint16 madeBy = 0, needed = 0, flags = 0, method = 0, time = 0, date = 0;
    quint16 extra = 0, comment = 0, localNeeded = 0, localFlags = 0, localTime = 0, localDate = 0, localExtra = 0;
    quint32 external = 0;
};

quint16 u16(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}
quint32 u32(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}

QList<ZipHeader> zipHeaders(const QByteArray &zip)
{
    QList<ZipHeader> headers;
    const qsizetype end = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (end < 0 || end + 22 > zip.size())
        return headers;
    const quint16 count = u16(zip, end + 10);
    qsizetype at = u32(zip, end + 16);
    for (int i = 0; i < count; ++i) {
        if (u32(zip, at) != 0x02014b50)
            return {};
        ZipHeader h;
        h.madeBy = u16(zip, at + 4);
        h.needed = u16(zip, at + 6);
        h.flags = u16(zip, at + 8);
        h.method = u16(zip, at + 10);
        h.time = u16(zip, at + 12);
        h.date = u16(zip, at + 14);
        const quint16 nameLength = u16(zip, at + 28);
        h.extra = u16(zip, at + 30);
        h.comment = u16(zip, at + 32);
        h.external = u32(zip, at + 38);
        const quint32 local = u32(zip, at + 42);
        h.name = QString::fromUtf8(zip.mid(at + 46, nameLength));
        if (u32(zip, local) != 0x04034b50)
            return {};
        h.localNeeded = u16(zip, local + 4);
        h.localFlags = u16(zip, local + 6);
        h.localTime = u16(zip, local + 10);
        h.localDate = u16(zip, local + 12);
        h.localExtra = u16(zip, local + 28);
        headers << h;
        at += 46 + nameLength + h.extra + h.comment;
    }
    return headers;
}

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

/// pdfinfo's verdict: its exit status and what it printed on standard error.
struct PdfInfo
{
    int code = -1;
    QString out, err;
};
PdfInfo pdfinfo(const QByteArray &pdf)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("x.pdf")));
    f.open(QIODevice::WriteOnly);
    f.write(pdf);
    f.close();
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), { f.fileName() });
    p.waitForFinished(30000);
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

/// Every in-use entry of the PDF's cross-reference table points at "<n> 0 obj".
bool xrefPointsAtObjects(const QByteArray &pdf)
{
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    const qint64 xref = pdf.mid(startxref + 9).trimmed().split('\n').value(0).trimmed().toLongLong();
    if (!pdf.mid(xref).startsWith("xref"))
        return false;
    const QList<QByteArray> lines = pdf.mid(xref, startxref - xref).split('\n');
    const QList<QByteArray> header = lines.value(1).trimmed().split(' ');
    const int count = header.value(1).toInt();
    for (int i = 0; i < count; ++i) {
        const QByteArray entry = lines.value(2 + i);
        if (!entry.contains(" n"))
            continue;
        const qint64 offset = entry.left(10).toLongLong();
        const qint64 object = header.value(0).toInt() + i;
        if (!pdf.mid(offset).startsWith(QByteArray(QByteArray::number(object) + " 0 obj")))
            return false;
    }
    return count > 0;
}

reports::Document sampleDocument()
{
    reports::Document d(QStringLiteral("报送函"));
    d.setRunningHeader(QStringLiteral("某某学会"));
    d.titleLine(QStringLiteral("关于报送 2025 年度材料的函"));
    d.heading(QStringLiteral("Heading in Hei"));
    d.paragraph(QStringLiteral("正文 and Latin text, 12345."));
    return d;
}

} // namespace

class TestPackageExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock { QDateTime(QDate(2026, 6, 30), QTime(9, 0)) };
    std::unique_ptr<storage::Database> m_db;
    std::optional<package::PackageResult> m_package; // 2025, made once

    std::optional<package::PackageResult> build(package::PackageOptions options, package::PackageError *error = nullptr)
    {
        package::PackageError e;
        std::optional<package::PackageResult> r = package::SubmissionPackage::build(*m_db, options, {}, &e);
        if (error)
            *error = e;
        else if (!r)
            qWarning("%s", qPrintable(e.message));
        return r;
    }
    static package::PackageOptions options2025()
    {
        package::PackageOptions o;
        o.year = 2025;
        o.packs = { QStringLiteral("cast-2017") };
        o.cover.reference = QStringLiteral("某学〔2026〕3号");
        return o;
    }
    /// preview() says exactly what build() then makes and leaves out.
    void comparePreview(const package::PackageOptions &options, const package::PackageResult &built)
    {
        package::PackageError error;
        const std::optional<package::PackagePreview> preview = package::SubmissionPackage::preview(*m_db, options, &error);
        QVERIFY2(preview, qPrintable(error.message));
        QCOMPARE(preview->bag, built.bag);
        QCOMPARE(preview->parts, built.parts);
        QCOMPARE(preview->missing, built.missing);
        QCOMPARE(preview->warnings, built.warnings);
    }
    static QMap<QString, QByteArray> files(const package::PackageResult &r)
    {
        QString error;
        const test::BagFiles bag = test::readBag(r.zip, &error);
        if (bag.bag.isEmpty())
            qWarning("%s", qPrintable(error));
        return bag.files;
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            QSKIP("pdftotext and pdfinfo (poppler-utils, in packaging/debian-packages.txt) are not installed");
        m_db = test::createDatabase(m_dir, QStringLiteral("package.societydesk"), &m_clock);
        QVERIFY(m_db);
        storage::StorageError error;
        demo::DemoMembersOptions members;
        members.members = 700;
        members.units = 20;
        QVERIFY2(demo::writeAll(*m_db, members, &error), qPrintable(error.message));
        m_package = build(options2025());
        QVERIFY(m_package);
        test::keepSample(QStringLiteral("package-2025.zip"), m_package->zip);
    }
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    // --- ZipWriter

    void zip_sortedFixedTimesNoExtras()
    {
        package::ZipWriter zip;
        QVERIFY(zip.add(QStringLiteral("b/data/z.txt"), "zzz"));
        QVERIFY(zip.add(QStringLiteral("b/bagit.txt"), "bagit"));
        QVERIFY(zip.add(QStringLiteral("b/data/a.txt"), QByteArray(100000, 'a')));
        QVERIFY(zip.add(QStringLiteral("b/bag-info.txt"), ""));
        const QByteArray bytes = zip.bytes();
        const QList<ZipHeader> headers = zipHeaders(bytes);
        QCOMPARE(headers.size(), 4);
        QStringList names;
        for (const ZipHeader &h : headers) {
            names << h.name;
            QCOMPARE(h.madeBy, quint16(0x0314));  // Unix, 2.0
            QCOMPARE(h.needed, quint16(20));      // no ZIP64
            QCOMPARE(h.localNeeded, quint16(20));
            QCOMPARE(h.flags, quint16(0));
            QCOMPARE(h.localFlags, quint16(0));
            QCOMPARE(h.method, quint16(8));       // deflated
            QCOMPARE(h.time, quint16(0));         // 00:00:00
            QCOMPARE(h.date, quint16(0x21));      // 1980-01-01
            QCOMPARE(h.localTime, quint16(0));
            QCOMPARE(h.localDate, quint16(0x21));
            QCOMPARE(h.extra, quint16(0));
            QCOMPARE(h.localExtra, quint16(0));
            QCOMPARE(h.comment, quint16(0));
            QCOMPARE(h.external, quint32(0100644) << 16);
        }
        QCOMPARE(names, (QStringList { QStringLiteral("b/bag-info.txt"), QStringLiteral("b/bagit.txt"),
                             QStringLiteral("b/data/a.txt"), QStringLiteral("b/data/z.txt") }));
        QCOMPARE(test::zipEntry(bytes, QStringLiteral("b/data/a.txt")), QByteArray(100000, 'a'));
        QVERIFY(bytes.size() < 2000); // deflated
        // No archive comment: the end record is the last 22 bytes.
        QCOMPARE(bytes.lastIndexOf(QByteArray("PK\x05\x06", 4)), bytes.size() - 22);
        // The same entries added in another order: the same bytes.
        package::ZipWriter again;
        again.add(QStringLiteral("b/bag-info.txt"), "");
        again.add(QStringLiteral("b/data/a.txt"), QByteArray(100000, 'a'));
        again.add(QStringLiteral("b/bagit.txt"), "bagit");
        again.add(QStringLiteral("b/data/z.txt"), "zzz");
        QCOMPARE(again.bytes(), bytes);
    }

    void zip_refusesUnsafeNames()
    {
        package::ZipWriter zip;
        for (const char *name : { "../x", "/etc/passwd", "a/../b", "C:/x", "a\\b", "dir/", "", "a//b", "./a" }) {
            QString error;
            QVERIFY2(!zip.add(QString::fromLatin1(name), "x", &error), name);
            QVERIFY(!error.isEmpty());
        }
        QCOMPARE(zip.count(), 0);
    }

    // --- reproducible documents

    void pdf_twoWritesASecondApartAreIdentical()
    {
        const reports::Document d = sampleDocument();
        // Qt stamps the clock: two plain writes a second apart differ.
        const QByteArray plainA = d.pdf();
        QThread::msleep(1100);
        const QByteArray plainB = d.pdf();
        QVERIFY(plainA != plainB);
        QVERIFY(plainA.contains("/CreationDate (D:"));

        QString error;
        const QByteArray a = reports::reproduciblePdf(d, QDate(2026, 6, 30), &error);
        QVERIFY2(!a.isEmpty(), qPrintable(error));
        QThread::msleep(1100);
        const QByteArray b = reports::reproduciblePdf(d, QDate(2026, 6, 30), &error);
        QCOMPARE(a, b);
        QVERIFY(a.contains("/CreationDate (D:20260630000000Z)"));
        QVERIFY(!a.contains("/ModDate") && !a.contains("/ID ["));
        QVERIFY(xrefPointsAtObjects(a));
        const PdfInfo info = pdfinfo(a);
        QCOMPARE(info.code, 0);
        QVERIFY2(info.err.isEmpty(), qPrintable(info.err));
        QVERIFY2(info.out.contains(u"CreationDate:") && info.out.contains(u"2026"), qPrintable(info.out));
        // Another date changes only the date's digits.
        const QByteArray c = reports::reproduciblePdf(d, QDate(2027, 1, 2), &error);
        QCOMPARE(c.size(), a.size());
        QVERIFY(c.contains("/CreationDate (D:20270102000000Z)"));
    }

    void pdf_localOffsetDateIsRewrittenAndTheXrefShifted()
    {
        // In a time zone east of UTC Qt writes "+08'00'": six bytes longer than "Z".
        const QByteArray oldTz = qgetenv("TZ");
        qputenv("TZ", "Asia/Shanghai");
        tzset();
        QByteArray pdf = sampleDocument().pdf();
        if (oldTz.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", oldTz);
        tzset();
        QVERIFY2(pdf.contains("+08'00')"), pdf.mid(pdf.indexOf("/CreationDate"), 40).constData());
        const qsizetype before = pdf.size();
        QVERIFY(reports::fixCreationDate(pdf, QDate(2026, 6, 30)));
        QCOMPARE(pdf.size(), before - 6);
        QVERIFY(pdf.contains("/CreationDate (D:20260630000000Z)"));
        QVERIFY(xrefPointsAtObjects(pdf));
        const PdfInfo info = pdfinfo(pdf);
        QCOMPARE(info.code, 0);
        QVERIFY2(info.err.isEmpty(), qPrintable(info.err));
        QVERIFY(!test::pdfText(pdf, nullptr).isEmpty());
    }

    void xlsx_twoWritesASecondApartAreIdentical()
    {
        const annual::AnnualFigures figures = annual::computeAnnualFigures(*m_db, 2025);
        QString error;
        const QByteArray a = package::StatisticsWorkbook::write(figures, QDate(2026, 6, 30), i18n::Language::Chinese, &error);
        QVERIFY2(!a.isEmpty(), qPrintable(error));
        QThread::msleep(1100);
        const QByteArray b = package::StatisticsWorkbook::write(figures, QDate(2026, 6, 30), i18n::Language::Chinese, &error);
        QCOMPARE(a, b);
        const QString core = QString::fromUtf8(test::zipEntry(a, QStringLiteral("docProps/core.xml")));
        QVERIFY2(core.contains(u"<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-06-30T00:00:00Z</dcterms:created>"), qPrintable(core));
        QVERIFY2(core.contains(u"<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2026-06-30T00:00:00Z</dcterms:modified>"), qPrintable(core));
        for (const ZipHeader &h : zipHeaders(a)) {
            QCOMPARE(h.date, quint16(0x21));
            QCOMPARE(h.time, quint16(0));
        }
        const QString workbook = QString::fromUtf8(test::zipEntry(a, QStringLiteral("xl/workbook.xml")));
        qsizetype at = 0;
        for (const QString &sheet : package::StatisticsWorkbook::sheetNames()) {
            const qsizetype found = workbook.indexOf(QStringLiteral("<sheet name=\"%1\"").arg(sheet));
            QVERIFY2(found > at, qPrintable(sheet));
            at = found;
        }
        // A leader's name is there; the counts are numbers.
        const QString strings = QString::fromUtf8(test::zipEntry(a, QStringLiteral("xl/sharedStrings.xml")));
        QVERIFY(!figures.governance.leaders.isEmpty());
        QVERIFY2(strings.contains(figures.governance.leaders.constFirst().name), qPrintable(strings.left(400)));
        const QString members = QString::fromUtf8(test::zipEntry(a, QStringLiteral("xl/worksheets/sheet1.xml")));
        QVERIFY(members.contains(QStringLiteral("<v>%1</v>").arg(figures.members.individual)));
    }

    // --- the bag

    void bag_tagFilesExact()
    {
        const QMap<QString, QByteArray> f = files(*m_package);
        QCOMPARE(f.value(QStringLiteral("bagit.txt")), QByteArray("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"));
        const storage::ProfileStore profiles(*m_db);
        const SocietyProfile profile = profiles.profile();
        QVERIFY(!profile.creditCode.isEmpty());
        QCOMPARE(m_package->bag, profile.creditCode + QStringLiteral("-2025"));
        QVERIFY(test::zipNames(m_package->zip).constFirst().startsWith(m_package->bag + u'/'));

        const QList<QByteArray> lines = f.value(QStringLiteral("bag-info.txt")).split('\n');
        QCOMPARE(lines.last(), QByteArray()); // ends with a newline
        QStringList labels;
        QMap<QString, QStringList> values;
        for (const QByteArray &line : lines.mid(0, lines.size() - 1)) {
            const qsizetype colon = line.indexOf(": ");
            QVERIFY2(colon > 0, line.constData());
            const QString label = QString::fromUtf8(line.left(colon));
            if (labels.isEmpty() || labels.last() != label)
                labels << label;
            values[label] << QString::fromUtf8(line.mid(colon + 2));
        }
        const QStringList expected { layout::kSourceOrganization, layout::kExternalIdentifier, layout::kBaggingDate,
            layout::kPayloadOxum, layout::kBagSoftwareAgent, layout::kReportYear, layout::kRulePacks, layout::kSupervisor,
            layout::kIndividualMembers, layout::kUnitMembers, layout::kCouncilSeats, layout::kStandingCouncilSeats,
            layout::kBranches, layout::kMeetings, layout::kActivities, layout::kMissingPart };
        QCOMPARE(labels, expected);
        QCOMPARE(values.value(layout::kSourceOrganization), QStringList { profile.name });
        QCOMPARE(values.value(layout::kExternalIdentifier), QStringList { profile.creditCode });
        QCOMPARE(values.value(layout::kBaggingDate), QStringList { QStringLiteral("2026-06-30") });
        QCOMPARE(values.value(layout::kReportYear), QStringList { QStringLiteral("2025") });
        QCOMPARE(values.value(layout::kRulePacks), QStringList { QStringLiteral("cast-2017") });
        QCOMPARE(values.value(layout::kSupervisor), QStringList { profile.supervisor });
        QVERIFY(values.value(layout::kBagSoftwareAgent).constFirst().startsWith(u"SocietyDesk "));
        const annual::AnnualFigures figures = annual::computeAnnualFigures(*m_db, 2025);
        QCOMPARE(values.value(layout::kIndividualMembers), QStringList { QString::number(figures.members.individual) });
        QCOMPARE(values.value(layout::kActivities), QStringList { QString::number(figures.activities.activities()) });

        // Payload-Oxum: the payload's bytes and files.
        qint64 bytes = 0;
        int count = 0;
        for (auto it = f.cbegin(); it != f.cend(); ++it) {
            if (it.key().startsWith(u"data/")) {
                bytes += it.value().size();
                ++count;
            }
        }
        QCOMPARE(values.value(layout::kPayloadOxum), QStringList { QStringLiteral("%1.%2").arg(bytes).arg(count) });
        QCOMPARE(count, m_package->parts.size());
    }

    void bag_everyManifestLineIsRight()
    {
        const QMap<QString, QByteArray> f = files(*m_package);
        for (const QString &manifest : { QStringLiteral("manifest-sha256.txt"), QStringLiteral("tagmanifest-sha256.txt") }) {
            const QByteArray text = f.value(manifest);
            QVERIFY(text.endsWith('\n'));
            QStringList paths;
            for (const QByteArray &line : text.chopped(1).split('\n')) {
                QCOMPARE(line.indexOf("  "), 64);
                const QString path = QString::fromUtf8(line.mid(66));
                QVERIFY2(f.contains(path), qPrintable(path));
                QCOMPARE(line.left(64), sha256Hex(f.value(path)));
                paths << path;
            }
            QStringList sorted = paths;
            sorted.sort();
            QCOMPARE(paths, sorted);
            if (manifest.startsWith(u"manifest"))
                QCOMPARE(paths, m_package->parts);
            else
                QCOMPARE(paths, (QStringList { QStringLiteral("bag-info.txt"), QStringLiteral("bagit.txt"),
                                    QStringLiteral("manifest-sha256.txt") }));
        }
        // The parts the demo's 2025 holds.
        for (const QString &part : { QStringLiteral("data/compliance.pdf"), QStringLiteral("data/compliance.json"),
                 QStringLiteral("data/annual-report.pdf"), QStringLiteral("data/annual-report.html"),
                 QStringLiteral("data/statistics.xlsx"), QStringLiteral("data/cover-letter.pdf") })
            QVERIFY2(m_package->parts.contains(part), qPrintable(part));
        bool minutes = false;
        for (const QString &p : m_package->parts)
            minutes = minutes || (p.startsWith(u"data/minutes/") && p.endsWith(u".pdf"));
        QVERIFY2(minutes, qPrintable(m_package->parts.join(u' ')));
        QCOMPARE(m_package->sha256, QString::fromLatin1(sha256Hex(m_package->zip)));
    }

    void bag_entriesSortedWithFixedTimes()
    {
        const QList<ZipHeader> headers = zipHeaders(m_package->zip);
        QVERIFY(headers.size() > 8);
        QStringList names;
        for (const ZipHeader &h : headers) {
            names << h.name;
            QVERIFY(!h.name.endsWith(u'/')); // no directory entries
            QCOMPARE(h.date, quint16(0x21));
            QCOMPARE(h.time, quint16(0));
            QCOMPARE(h.extra, quint16(0));
            QCOMPARE(h.method, quint16(8));
            QCOMPARE(h.external, quint32(0100644) << 16);
        }
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
        QCOMPARE(names, sorted);
    }

    void export_twiceASecondApartIsByteIdentical()
    {
        // The database's clock moves on by a second, and a real second passes for the PDF engine.
        m_clock.advanceSeconds(1);
        QThread::msleep(1100);
        const std::optional<package::PackageResult> again = build(options2025());
        m_clock.advanceSeconds(-1);
        QVERIFY(again);
        QCOMPARE(again->sha256, m_package->sha256);
        QCOMPARE(again->zip, m_package->zip);
    }

    void export_otherBaggingDateChangesOnlyItsDates()
    {
        package::PackageOptions o = options2025();
        o.baggingDate = QDate(2026, 7, 1);
        const std::optional<package::PackageResult> other = build(o);
        QVERIFY(other);
        QVERIFY(other->zip != m_package->zip);
        QCOMPARE(other->parts, m_package->parts);
        const QMap<QString, QByteArray> a = files(*m_package);
        const QMap<QString, QByteArray> b = files(*other);
        // bag-info.txt differs in its Bagging-Date line and the payload's size alone.
        const QList<QByteArray> infoA = a.value(QStringLiteral("bag-info.txt")).split('\n');
        const QList<QByteArray> infoB = b.value(QStringLiteral("bag-info.txt")).split('\n');
        QCOMPARE(infoA.size(), infoB.size());
        for (qsizetype i = 0; i < infoA.size(); ++i) {
            if (infoA.at(i) == infoB.at(i))
                continue;
            if (infoA.at(i).startsWith("Payload-Oxum: ")) {
                // The PDFs print other digits of the date, so their fonts' subsets differ in
                // size; the number of files does not change.
                QCOMPARE(infoA.at(i).mid(infoA.at(i).lastIndexOf('.')), infoB.at(i).mid(infoB.at(i).lastIndexOf('.')));
                continue;
            }
            QCOMPARE(infoA.at(i), QByteArray("Bagging-Date: 2026-06-30"));
            QCOMPARE(infoB.at(i), QByteArray("Bagging-Date: 2026-07-01"));
        }
        // The records' own files are the same; the generated documents carry the date.
        for (auto it = a.cbegin(); it != a.cend(); ++it) {
            const QString &path = it.key();
            const bool same = it.value() == b.value(path);
            if (path == u"data/compliance.json" || path.startsWith(u"data/regulations/") || path == u"bagit.txt")
                QVERIFY2(same, qPrintable(path));
            else if (path.endsWith(u".pdf") || path.endsWith(u".xlsx") || path == u"data/annual-report.html"
                || path.endsWith(u"manifest-sha256.txt") || path == u"bag-info.txt")
                continue; // dated: "generated on", the PDF's creation date, the workbook's created
            else
                QVERIFY2(same, qPrintable(path));
        }
        QVERIFY(a.value(QStringLiteral("data/statistics.xlsx")) != b.value(QStringLiteral("data/statistics.xlsx")));
        QVERIFY(a.value(QStringLiteral("data/cover-letter.pdf")) != b.value(QStringLiteral("data/cover-letter.pdf")));
        // A PDF differs in its dates only: the creation date, and the "generated on" line.
        const QByteArray pdfA = a.value(QStringLiteral("data/minutes/") + m_package->parts.filter(u"data/minutes/").constFirst().mid(13));
        QVERIFY(!pdfA.isEmpty());
    }

    void export_missingPartsNamed()
    {
        const QByteArray info = files(*m_package).value(QStringLiteral("bag-info.txt"));
        QVERIFY(info.contains("\nMissing-Part: data/reform-plan.pdf: "));
        QVERIFY(info.contains("\nMissing-Part: data/reform-plan.json: "));
        QCOMPARE(m_package->missing.size(), m_package->warnings.size());
        QVERIFY(m_package->missing.constFirst().startsWith(u"data/reform-plan.pdf: "));
        QVERIFY(!m_package->parts.contains(QStringLiteral("data/reform-plan.pdf")));

        // 2026's report is a draft: left out, said so, the export still made.
        package::PackageOptions o = options2025();
        o.year = 2026;
        const std::optional<package::PackageResult> draft = build(o);
        QVERIFY(draft);
        QVERIFY(!draft->parts.contains(QStringLiteral("data/annual-report.pdf")));
        QVERIFY(!draft->parts.contains(QStringLiteral("data/annual-report.html")));
        QVERIFY(draft->missing.filter(u"data/annual-report.pdf: ").size() == 1);
        QVERIFY(draft->missing.filter(u"data/annual-report.html: ").size() == 1);
        const QByteArray draftInfo = files(*draft).value(QStringLiteral("bag-info.txt"));
        QVERIFY(draftInfo.contains("\nMissing-Part: data/annual-report.pdf: "));
        QVERIFY(draftInfo.contains("Report-Year: 2026\n"));
        // The generated letter names what is left out.
        const QString letter = test::squeezed(test::pdfText(files(*draft).value(QStringLiteral("data/cover-letter.pdf")), nullptr));
        QVERIFY2(letter.contains(u"data/annual-report.pdf"), qPrintable(letter));
    }

    void export_coverLetterListsEveryPayloadFileAndItsHash()
    {
        const QMap<QString, QByteArray> f = files(*m_package);
        const QString text = test::squeezed(
            test::pdfText(f.value(QStringLiteral("data/cover-letter.pdf")), nullptr, test::PdfTextMode::Reading));
        const storage::ProfileStore profiles(*m_db);
        QVERIFY2(text.contains(test::squeezed(profiles.profile().supervisor)), qPrintable(text));
        QVERIFY2(text.contains(u"某学〔2026〕3号"), qPrintable(text));
        for (const QString &part : m_package->parts) {
            if (part == u"data/cover-letter.pdf")
                continue;
            QVERIFY2(text.contains(part), qPrintable(part));
            // In two lines of 32 digits (which a page break may part).
            const QString hash = QString::fromLatin1(sha256Hex(f.value(part)));
            QVERIFY2(text.contains(hash.left(32)) && text.contains(hash.mid(32)), qPrintable(part));
        }
    }

    void export_scannedLetterUsed()
    {
        QTemporaryDir dir;
        const QString scan = dir.filePath(QStringLiteral("scan.pdf"));
        const QByteArray bytes = "%PDF-1.4\n% a scanned, signed and stamped letter\n%%EOF\n";
        QFile f(scan);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        package::PackageOptions o = options2025();
        o.scannedCoverLetter = scan;
        const std::optional<package::PackageResult> r = build(o);
        QVERIFY(r);
        QCOMPARE(files(*r).value(QStringLiteral("data/cover-letter.pdf")), bytes);

        // Not a PDF: refused, nothing made.
        const QString text = dir.filePath(QStringLiteral("letter.pdf"));
        QFile t(text);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("not a pdf");
        t.close();
        o.scannedCoverLetter = text;
        package::PackageError error;
        QVERIFY(!build(o, &error));
        QCOMPARE(error.kind, package::PackageError::Kind::NotAPdf);
        QVERIFY(error.message.contains(text));
    }

    void preview_saysWhatBuildMakes()
    {
        comparePreview(options2025(), *m_package);
        QCOMPARE(package::SubmissionPackage::preview(*m_db, options2025(), nullptr)->packs, QStringList { QStringLiteral("cast-2017") });
        QVERIFY(m_package->parts.filter(u"data/minutes/").size() > 0); // the demo's minutes are in both
        package::PackageOptions o = options2025();
        o.year = 2026; // a draft report: left out
        const std::optional<package::PackageResult> draft = build(o);
        QVERIFY(draft);
        comparePreview(o, *draft);
        // The refusals build() makes before rendering, the same.
        package::PackageError error;
        o.packs = { QStringLiteral("no-such-pack") };
        QVERIFY(!package::SubmissionPackage::preview(*m_db, o, &error));
        QCOMPARE(error.kind, package::PackageError::Kind::UnknownPack);
        QTemporaryDir dir;
        QFile t(dir.filePath(QStringLiteral("letter.pdf")));
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("PK not a pdf");
        t.close();
        o = options2025();
        o.scannedCoverLetter = t.fileName();
        QVERIFY(!package::SubmissionPackage::preview(*m_db, o, &error));
        QCOMPARE(error.kind, package::PackageError::Kind::NotAPdf);
    }

    void export_cancelled()
    {
        package::PackageError error;
        int calls = 0;
        const auto progress = [&](const QString &, int done, int total) {
            ++calls;
            return done < total / 2;
        };
        QVERIFY(!package::SubmissionPackage::build(*m_db, options2025(), progress, &error));
        QCOMPARE(error.kind, package::PackageError::Kind::Cancelled);
        QVERIFY(calls > 1);
    }

    void write_atomicAndChecked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.zip"));
        QString error;
        QVERIFY2(package::SubmissionPackage::write(*m_package, path, &error), qPrintable(error));
        QCOMPARE(test::sha256(path), m_package->sha256.toLatin1());
        // A package whose manifest does not hold is not written.
        package::PackageResult broken = *m_package;
        QMap<QString, QByteArray> f = files(broken);
        package::ZipWriter zip;
        for (auto it = f.cbegin(); it != f.cend(); ++it)
            zip.add(broken.bag + u'/' + it.key(), it.key() == u"data/compliance.json" ? it.value() + ' ' : it.value());
        broken.zip = zip.bytes();
        const QString other = dir.filePath(QStringLiteral("broken.zip"));
        QVERIFY(!package::SubmissionPackage::write(broken, other, &error));
        QVERIFY2(error.contains(u"data/compliance.json"), qPrintable(error));
        QVERIFY(!QFile::exists(other));
    }

    void noIdNumbersPhonesOrEmails()
    {
        const QRegularExpression id(QStringLiteral("(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])"));
        const QRegularExpression mobile(QStringLiteral("(?<![0-9])1[3-9][0-9]{9}(?![0-9])"));
        const QRegularExpression email(QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"));
        // The patterns do find the demo's personal data.
        const std::optional<Member> member = members::MemberStore(*m_db).member(1);
        QVERIFY(member);
        QVERIFY2(id.match(member->idNumber).hasMatch(), qPrintable(member->idNumber));
        QVERIFY2(mobile.match(member->mobile).hasMatch(), qPrintable(member->mobile));
        QVERIFY2(email.match(member->email).hasMatch(), qPrintable(member->email));

        int scanned = 0;
        const QMap<QString, QByteArray> f = files(*m_package);
        for (auto it = f.cbegin(); it != f.cend(); ++it) {
            QStringList texts;
            if (it.key().endsWith(u".pdf")) {
                QString failure;
                texts << test::pdfText(it.value(), &failure);
                QVERIFY2(failure.isEmpty(), qPrintable(failure));
            } else if (it.key().endsWith(u".xlsx")) {
                for (const QString &entry : test::zipNames(it.value()))
                    texts << QString::fromUtf8(test::zipEntry(it.value(), entry));
            }
            texts << QString::fromUtf8(it.value()); // the raw bytes as well
            for (const QString &text : std::as_const(texts)) {
                QVERIFY2(!id.match(text).hasMatch(), qPrintable(it.key() + u' ' + id.match(text).captured()));
                QVERIFY2(!mobile.match(text).hasMatch(), qPrintable(it.key() + u' ' + mobile.match(text).captured()));
                QVERIFY2(!email.match(text).hasMatch(), qPrintable(it.key() + u' ' + email.match(text).captured()));
                ++scanned;
            }
        }
        QVERIFY(scanned > 20);
    }

    void export_refusedWithoutCreditCode()
    {
        storage::ProfileStore profiles(*m_db);
        SocietyProfile profile = profiles.profile();
        const SocietyProfile saved = profile;
        profile.creditCode.clear();
        storage::StorageError storageError;
        QVERIFY2(profiles.saveProfile(profile, &storageError), qPrintable(storageError.message));
        package::PackageError error;
        const bool built = build(options2025(), &error).has_value();
        QVERIFY(profiles.saveProfile(saved, &storageError));
        QVERIFY(!built);
        QCOMPARE(error.kind, package::PackageError::Kind::NoCreditCode);
        QVERIFY(profiles.saveProfile(profile, &storageError));
        package::PackageError previewError;
        const bool previewed = package::SubmissionPackage::preview(*m_db, options2025(), &previewError).has_value();
        QVERIFY(profiles.saveProfile(saved, &storageError));
        QVERIFY(!previewed);
        QCOMPARE(previewError.kind, package::PackageError::Kind::NoCreditCode);
        QCOMPARE(previewError.message, error.message);
    }

    void export_regulationsOfTheYear()
    {
        // Last: it adds records. Two regulations adopted in 2025, one with a file, one without.
        const QByteArray file = "%PDF-1.4\n% the rules\n%%EOF\n";
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("INSERT INTO attachment (file_name, media_type, size, sha256, content, added_at) "
                                 "VALUES ('会员 管理办法 v2.PDF', 'application/pdf', ?, ?, ?, '2025-03-01T00:00:00')"));
        q.addBindValue(file.size());
        q.addBindValue(QString::fromLatin1(sha256Hex(file)));
        q.addBindValue(file);
        QVERIFY(q.exec());
        const qint64 attachment = q.lastInsertId().toLongLong();
        q.prepare(QStringLiteral("INSERT INTO regulation (title, kind, adopted_on, attachment_id) VALUES ('会员管理办法', 'member_rules', '2025-03-02', ?)"));
        q.addBindValue(attachment);
        QVERIFY(q.exec());
        const qint64 withFile = q.lastInsertId().toLongLong();
        QVERIFY(q.exec(QStringLiteral("INSERT INTO regulation (title, kind, adopted_on) VALUES ('档案管理办法', 'archive_rules', '2025-12-31')")));
        const qint64 withoutFile = q.lastInsertId().toLongLong();
        QVERIFY(q.exec(QStringLiteral("INSERT INTO regulation (title, kind, adopted_on) VALUES ('旧制度', 'other', '2024-12-31')")));

        const std::optional<package::PackageResult> r = build(options2025());
        QVERIFY(r);
        const QString path = QStringLiteral("data/regulations/%1-v2.pdf").arg(withFile);
        QCOMPARE(package::SubmissionPackage::regulationFileName(withFile, QStringLiteral("会员 管理办法 v2.PDF")), path.mid(17));
        QVERIFY2(r->parts.contains(path), qPrintable(r->parts.join(u' ')));
        QCOMPARE(files(*r).value(path), file);
        comparePreview(options2025(), *r);
        QCOMPARE(r->missing.filter(QStringLiteral("data/regulations/%1: ").arg(withoutFile)).size(), 1);
        QVERIFY(files(*r).value(QStringLiteral("bag-info.txt")).contains(
            QStringLiteral("Missing-Part: data/regulations/%1: ").arg(withoutFile).toUtf8()));
        QCOMPARE(package::SubmissionPackage::regulationFileName(7, QStringLiteral("章程.pdf")), QStringLiteral("7-regulation.pdf"));
        QCOMPARE(package::SubmissionPackage::regulationFileName(7, QStringLiteral("council rules (2025).docx")),
            QStringLiteral("7-council_rules_2025.docx"));
        QCOMPARE(package::SubmissionPackage::minutesFileName(QStringLiteral("2025-理-01")), QStringLiteral("2025-理-01.pdf"));
        QCOMPARE(package::SubmissionPackage::minutesFileName(QStringLiteral("../a b")), QStringLiteral("_a_b.pdf"));
    }
};

QTEST_MAIN(TestPackageExport)
#include "tst_package_export.moc"
