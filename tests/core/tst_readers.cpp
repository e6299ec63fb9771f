#include "exchange/PrefetchReader.h"
#include "exchange/TabularReader.h"
#include "exchange/XlsxWriter.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <zip.h>

using namespace sd::exchange;
using namespace Qt::StringLiterals;
using Kind = ReadError::Kind;

Q_DECLARE_METATYPE(sd::exchange::ReadError::Kind)

namespace {

std::unique_ptr<TabularReader> openBytes(
    const QByteArray &bytes, const ReadOptions &options, ReadError *error)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    return TabularReader::open(std::move(buffer), QStringLiteral("test-input"), options, error);
}

QStringList texts(const Row &row)
{
    QStringList out;
    for (const Cell &c : row.cells)
        out << c.text;
    return out;
}

/// All rows, or as many as come before an error (then `error` says which).
QList<Row> readAll(TabularReader &reader)
{
    QList<Row> rows;
    Row row;
    while (reader.next(&row))
        rows << row;
    return rows;
}

QList<QStringList> allTexts(const QList<Row> &rows)
{
    QList<QStringList> out;
    for (const Row &r : rows)
        out << texts(r);
    return out;
}

struct Entry
{
    QString name;
    QByteArray data;
    // For hand-made headers: write `data` as already-deflated bytes, declaring this size.
    qint64 declaredSize = -1;
    quint32 crc = 0;
};

QByteArray zipOf(const QList<Entry> &entries)
{
    QTemporaryFile file;
    if (!file.open())
        qFatal("cannot create a temporary file");
    file.close();
    const QByteArray path = QFile::encodeName(file.fileName());
    zipFile zf = zipOpen64(path.constData(), APPEND_STATUS_CREATE);
    if (!zf)
        qFatal("cannot create a zip");
    for (const Entry &e : entries) {
        zip_fileinfo info {};
        const QByteArray name = e.name.toUtf8();
        const bool raw = e.declaredSize >= 0;
        if (zipOpenNewFileInZip2_64(zf, name.constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                Z_DEFAULT_COMPRESSION, raw ? 1 : 0, 0)
                != ZIP_OK
            || zipWriteInFileInZip(zf, e.data.constData(), unsigned(e.data.size())) != ZIP_OK)
            qFatal("cannot write a zip entry");
        if (raw)
            zipCloseFileInZipRaw64(zf, ZPOS64_T(e.declaredSize), e.crc);
        else
            zipCloseFileInZip(zf);
    }
    zipClose(zf, nullptr);
    QFile result(file.fileName());
    result.open(QIODevice::ReadOnly);
    return result.readAll();
}

/// Raw deflate of `data` (zlib's stream without its header and checksum).
QByteArray rawDeflate(const QByteArray &data)
{
    const QByteArray z = qCompress(data, 9); // 4-byte size, 2-byte zlib header, …, 4-byte adler32
    return z.mid(6, z.size() - 10);
}

quint32 crcOf(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

const QByteArray kNs("xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                     "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"");

QByteArray sheetXml(const QByteArray &rows)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet " + kNs + "><sheetData>"
        + rows + "</sheetData></worksheet>";
}

struct Sheet
{
    QByteArray name;
    QByteArray xml;
    bool hidden = false;
};

/// The parts of a minimal workbook, as Excel lays them out.
QList<Entry> workbookEntries(
    const QList<Sheet> &sheets, const QByteArray &sharedStrings = {}, const QByteArray &styles = {})
{
    QByteArray book = "<?xml version=\"1.0\"?><workbook " + kNs + "><sheets>";
    QByteArray rels
        = R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
    QList<Entry> entries;
    entries << Entry { QStringLiteral("[Content_Types].xml"), "<Types/>" };
    entries << Entry { QStringLiteral("_rels/.rels"),
        R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
        R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>)"
        "</Relationships>" };
    for (int i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        book += "<sheet name=\"" + sheets[i].name + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\""
            + (sheets[i].hidden ? " state=\"hidden\"" : "") + "/>";
        rels += "<Relationship Id=\"rId" + n
            + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
              "Target=\"worksheets/sheet"
            + n + ".xml\"/>";
        entries << Entry { QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), sheets[i].xml };
    }
    if (!sharedStrings.isEmpty()) {
        rels
            += R"(<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>)";
        entries << Entry { QStringLiteral("xl/sharedStrings.xml"), sharedStrings };
    }
    if (!styles.isEmpty()) {
        rels
            += R"(<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)";
        entries << Entry { QStringLiteral("xl/styles.xml"), styles };
    }
    entries << Entry { QStringLiteral("xl/workbook.xml"), book + "</sheets></workbook>" };
    entries << Entry { QStringLiteral("xl/_rels/workbook.xml.rels"), rels + "</Relationships>" };
    return entries;
}

QByteArray workbook(
    const QList<Sheet> &sheets, const QByteArray &sharedStrings = {}, const QByteArray &styles = {})
{
    return zipOf(workbookEntries(sheets, sharedStrings, styles));
}

QByteArray encoded(const char *encoding, const QString &text)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

QString fixture(const QString &name)
{
    return sd::test::dataDir() + QStringLiteral("/fixtures/") + name;
}

bool underSanitizer()
{
#if defined(__SANITIZE_ADDRESS__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#else
    return false;
#endif
#else
    return false;
#endif
}

} // namespace

class TestReaders : public QObject
{
    Q_OBJECT

private slots:
    // ---- CSV ----------------------------------------------------------------------------

    void csv_cornerCases_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QList<int>>("lines");

        using L = QList<QStringList>;
        QTest::newRow("quoted commas")
            << QByteArray("a,\"b,c\",d\r\n") << "UTF-8" << L { { "a", "b,c", "d" } } << QList<int> { 1 };
        QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",x\r\n") << "UTF-8"
                                        << L { { "say \"hi\"", "x" } } << QList<int> { 1 };
        QTest::newRow("quoted CRLF keeps row numbers")
            << QByteArray("h1,h2\r\n\"line1\r\nline2\",z\r\nnext,row\r\n") << "UTF-8"
            << L { { "h1", "h2" }, { "line1\r\nline2", "z" }, { "next", "row" } } << QList<int> { 1, 2, 3 };
        QTest::newRow("CR only") << QByteArray("a,b\rc,d\r") << "UTF-8" << L { { "a", "b" }, { "c", "d" } }
                                 << QList<int> { 1, 2 };
        QTest::newRow("LF, no trailing newline")
            << QByteArray("a,b\nc,d") << "UTF-8" << L { { "a", "b" }, { "c", "d" } } << QList<int> { 1, 2 };
        QTest::newRow("empty fields") << QByteArray("a,,c\r\n,,\r\n") << "UTF-8"
                                      << L { { "a", "", "c" }, { "", "", "" } } << QList<int> { 1, 2 };
        QTest::newRow("empty last field")
            << QByteArray("a,b,\r\n") << "UTF-8" << L { { "a", "b", "" } } << QList<int> { 1 };
        QTest::newRow("empty last field at EOF")
            << QByteArray("a,b,") << "UTF-8" << L { { "a", "b", "" } } << QList<int> { 1 };
        QTest::newRow("blank line is a row") << QByteArray("a\r\n\r\nb\r\n") << "UTF-8"
                                             << L { { "a" }, { "" }, { "b" } } << QList<int> { 1, 2, 3 };
        QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF姓名,手机\r\n张三,138\r\n") << "UTF-8 BOM"
                                   << L { { "姓名", "手机" }, { "张三", "138" } } << QList<int> { 1, 2 };
        QTest::newRow("UTF-8 without BOM")
            << QByteArray("姓名,手机\r\n王　伟,１３８\r\n") << "UTF-8"
            << L { { "姓名", "手机" }, { "王　伟", "１３８" } } << QList<int> { 1, 2 };
        QTest::newRow("UTF-16LE BOM")
            << QByteArray("\xFF\xFE") + encoded("UTF-16LE", u"姓名,手机\r\n张三,\"1\n2\"\r\n"_s) << "UTF-16LE"
            << L { { "姓名", "手机" }, { "张三", "1\n2" } } << QList<int> { 1, 2 };
        QTest::newRow("UTF-16BE BOM")
            << QByteArray("\xFE\xFF") + encoded("UTF-16BE", u"姓名,手机\r\n张三,138"_s) << "UTF-16BE"
            << L { { "姓名", "手机" }, { "张三", "138" } } << QList<int> { 1, 2 };
        QTest::newRow("GB18030 detected")
            << encoded("GB18030", u"姓名,手机\r\n王　伟,１３８\r\n𠀀,€\r\n"_s) << "GB18030"
            << L { { "姓名", "手机" }, { "王　伟", "１３８" }, { "𠀀", "€" } } << QList<int> { 1, 2, 3 };
        QTest::newRow("header only") << QByteArray("姓名,手机\r\n") << "UTF-8" << L { { "姓名", "手机" } }
                                     << QList<int> { 1 };
        QTest::newRow("empty file") << QByteArray() << "UTF-8" << L {} << QList<int> {};
        QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << "UTF-8 BOM" << L {} << QList<int> {};
        QTest::newRow("apostrophe-neutralised cells")
            << QByteArray("'=1+1,'+86,'-5,'@x,'abc,''=y,'\t1,'\r\n") << "UTF-8"
            << L { { "=1+1", "+86", "-5", "@x", "'abc", "'=y", "\t1", "'" } } << QList<int> { 1 };
        QTest::newRow("quoted neutralised cell")
            << QByteArray("\"'=A1,B1\"\r\n") << "UTF-8" << L { { "=A1,B1" } } << QList<int> { 1 };
        QTest::newRow("stray quote kept")
            << QByteArray("ab\"c,d\r\n") << "UTF-8" << L { { "ab\"c", "d" } } << QList<int> { 1 };
        QTest::newRow("text after closing quote")
            << QByteArray("\"ab\"c,d\r\n") << "UTF-8" << L { { "abc", "d" } } << QList<int> { 1 };
        QTest::newRow("semicolons") << QByteArray("a;b;c\r\n1;2,5;3\r\n") << "UTF-8"
                                    << L { { "a", "b", "c" }, { "1", "2,5", "3" } } << QList<int> { 1, 2 };
        QTest::newRow("tabs") << QByteArray("a\tb\r\n1\t2\r\n") << "UTF-8" << L { { "a", "b" }, { "1", "2" } }
                              << QList<int> { 1, 2 };
        QTest::newRow("quoted empty")
            << QByteArray("\"\",x\r\n") << "UTF-8" << L { { "", "x" } } << QList<int> { 1 };
    }

    void csv_cornerCases()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, encoding);
        QFETCH(QList<QStringList>, rows);
        QFETCH(QList<int>, lines);

        ReadError error;
        auto reader = openBytes(input, {}, &error);
        QVERIFY2(reader, qPrintable(error.message));
        QCOMPARE(reader->encoding(), encoding);
        QVERIFY(reader->sheetNames().isEmpty());
        const QList<Row> read = readAll(*reader);
        QVERIFY2(!reader->error(), qPrintable(reader->error().message));
        QCOMPARE(allTexts(read), rows);
        QList<int> readLines;
        for (const Row &r : read)
            readLines << r.line;
        QCOMPARE(readLines, lines);
        for (const Row &r : read) {
            for (const Cell &c : r.cells)
                QCOMPARE(c.kind, c.text.isEmpty() ? Cell::Kind::Empty : Cell::Kind::Text);
        }
        QCOMPARE(reader->bytesRead(), qint64(input.size()));
    }

    void csv_errors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<int>("rowsBefore");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("GBK bytes forced as UTF-8") << QByteArray("abc,def\r\n\xC4\xE3,x\r\n") << "utf-8"
                                                   << Kind::BadEncoding << qint64(9) << 0 << "0xC4";
        QTest::newRow("truncated UTF-8 at end")
            << QByteArray("ab\xE4\xB8") << "utf-8" << Kind::BadEncoding << qint64(2) << 0 << "offset 2";
        QTest::newRow("bad byte after BOM, forced")
            << QByteArray("\xEF\xBB\xBF"
                          "ab\xFF")
            << "UTF-8" << Kind::BadEncoding << qint64(5) << 0 << "0xFF";
        QTest::newRow("neither UTF-8 nor GB18030")
            << QByteArray("你好,\xFF\r\n") << "auto" << Kind::BadEncoding << qint64(7) << 0 << "GB18030";
        QTest::newRow("bad GB18030 forced")
            << QByteArray("ab\x81\x20") << "gb18030" << Kind::BadEncoding << qint64(2) << 0 << "GB18030";
        QTest::newRow("binary with NUL")
            << QByteArray("a,b\0c", 5) << "auto" << Kind::BadEncoding << qint64(3) << 0 << "NUL";
        QTest::newRow("unknown encoding")
            << QByteArray("a,b") << "latin-9" << Kind::BadEncoding << qint64(-1) << 0 << "latin-9";
        QTest::newRow("missing closing quote") << QByteArray("a,b\r\n\"open,c\r\nd,e\r\n") << "auto"
                                               << Kind::BadCsv << qint64(-1) << 1 << "row 2";
        QTest::newRow("xls file") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0", 12) << "auto"
                                  << Kind::NotXlsx << qint64(-1) << 0 << ".xls";
    }

    void csv_errors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, encoding);
        QFETCH(Kind, kind);
        QFETCH(qint64, offset);
        QFETCH(int, rowsBefore);
        QFETCH(QString, mentions);

        ReadOptions options;
        options.encoding = encoding;
        ReadError error;
        auto reader = openBytes(input, options, &error);
        if (reader) {
            QCOMPARE(readAll(*reader).size(), rowsBefore);
            error = reader->error();
        }
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.offset, offset);
        QVERIFY2(error.message.contains(u"test-input"), qPrintable(error.message));
        QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
    }

    void csv_lineEndSplitAcrossChunks_isOneLineEnd()
    {
        // 262 144 bytes are read at a time: put the CR last in the first chunk, its LF first in the next.
        const QByteArray first(262143, 'x');
        auto reader = openBytes(first + "\r\ny\r\n", {}, nullptr);
        QVERIFY(reader);
        const QList<Row> rows = readAll(*reader);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].cells.first().text, u"y"_s);
        QCOMPARE(rows[1].line, 2);
    }

    void csv_largeGb18030File_streamsAllRowsAcrossChunks()
    {
        QString text = u"姓名,备注\r\n"_s;
        for (int i = 0; i < 20000; ++i)
            text += QStringLiteral("王伟%1,\"第一行\n第二行，\"\"引号\"\" %1\"\r\n").arg(i);
        auto reader = openBytes(encoded("GB18030", text), {}, nullptr);
        QVERIFY(reader);
        QCOMPARE(reader->encoding(), u"GB18030"_s);
        const QList<Row> rows = readAll(*reader);
        QVERIFY(!reader->error());
        QCOMPARE(rows.size(), 20001);
        for (int i = 0; i < 20000; i += 997) {
            QCOMPARE(rows[i + 1].line, i + 2);
            QCOMPARE(texts(rows[i + 1]),
                (QStringList {
                    QStringLiteral("王伟%1").arg(i), QStringLiteral("第一行\n第二行，\"引号\" %1").arg(i) }));
        }
    }

    // Reading ahead on a thread gives the same rows in the same order, the inner reader's error
    // at the end, and stops cleanly when dropped half-way.
    void prefetch_sameRowsAsTheReader_errorsAtTheEnd_stopsWhenDropped()
    {
        QString text = u"姓名,序号\r\n"_s;
        for (int i = 0; i < 5000; ++i)
            text += QStringLiteral("王伟%1,%1\r\n").arg(i);
        const QByteArray bytes = encoded("GB18030", text);
        auto direct = openBytes(bytes, {}, nullptr);
        QVERIFY(direct);
        const QList<QStringList> expected = allTexts(readAll(*direct));
        QCOMPARE(expected.size(), 5001);

        auto inner = openBytes(bytes, {}, nullptr);
        Row header;
        QVERIFY(inner->next(&header)); // a reader already read from, as the importer hands it over
        PrefetchReader ahead(std::move(inner), QStringLiteral("test-input"), {});
        QCOMPARE(ahead.encoding(), u"GB18030"_s);
        QList<Row> rows { header };
        rows << readAll(ahead);
        QVERIFY(!ahead.error());
        QCOMPARE(allTexts(rows), expected);
        QCOMPARE(rows.constLast().line, 5001);
        QCOMPARE(ahead.bytesRead(), ahead.totalBytes());

        // A broken file: the rows before the error, then the error.
        QByteArray broken = "a,b\r\n";
        for (int i = 0; i < 3000; ++i)
            broken += "x,y\r\n";
        broken += "\"never closed,";
        broken += QByteArray(2 * 1024 * 1024, 'z');
        ReadOptions options;
        options.limits.maxRecordChars = 1024 * 1024;
        PrefetchReader bad(openBytes(broken, options, nullptr), QStringLiteral("test-input"), options);
        QCOMPARE(readAll(bad).size(), 3001);
        QCOMPARE(bad.error().kind, Kind::BadCsv);

        // Dropped after a few rows, with the read-ahead queue full: no hang, no leak (ASan).
        {
            PrefetchReader dropped(openBytes(bytes, {}, nullptr), QStringLiteral("test-input"), {});
            Row row;
            QVERIFY(dropped.next(&row));
            QTest::qWait(50);
        }
    }

    void csv_neverClosedQuoteInLargeFile_isBadCsvNotAHang()
    {
        QByteArray data = "a,b\r\n\"never closed,";
        data += QByteArray(3 * 1024 * 1024, 'z');
        ReadOptions options;
        options.limits.maxRecordChars = 1024 * 1024;
        auto reader = openBytes(data, options, nullptr);
        QVERIFY(reader);
        QCOMPARE(readAll(*reader).size(), 1);
        QCOMPARE(reader->error().kind, Kind::BadCsv);
        QVERIFY2(reader->error().message.contains(u"row 2"), qPrintable(reader->error().message));
    }

    void csv_cancelled_stopsWithCancelled()
    {
        QByteArray data;
        for (int i = 0; i < 1000; ++i)
            data += "a,b\r\n";
        std::atomic<bool> cancel { false };
        ReadOptions options;
        options.cancel = &cancel;
        auto reader = openBytes(data, options, nullptr);
        QVERIFY(reader);
        Row row;
        QVERIFY(reader->next(&row));
        cancel = true;
        QVERIFY(!reader->next(&row));
        QCOMPARE(reader->error().kind, Kind::Cancelled);
    }

    void csv_gb18030Fixture_readsEveryRowRaw()
    {
        ReadError error;
        auto reader = TabularReader::open(fixture(QStringLiteral("members-gb18030.csv")), {}, &error);
        QVERIFY2(reader, qPrintable(error.message));
        QCOMPARE(reader->encoding(), u"GB18030"_s);
        const QList<Row> rows = readAll(*reader);
        QVERIFY2(!reader->error(), qPrintable(reader->error().message));
        QCOMPARE(rows.size(), 51);
        QCOMPARE(texts(rows[0]).first(), u"会员编号"_s);
        QCOMPARE(texts(rows[0]).last(), u"备注"_s);
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows[i].line, i + 1);
            QCOMPARE(rows[i].cells.size(), 19);
        }
        QCOMPARE(rows[4].cells[1].text, u"王\u3000伟"_s); // row 5
        QCOMPARE(rows[5].cells[12].text, u"１３８００１３８０００"_s); // row 6
        QCOMPARE(rows[6].cells[15].text, u"2017.6"_s); // row 7
        QCOMPARE(rows[7].cells[18].text, u"备注里有\n换行，和\"引号\""_s); // row 8, kept whole
        QCOMPARE(rows[8].cells[0].text, u"D0007"_s); // row 9 keeps its number
        QCOMPARE(rows[9].cells[17].text, u"2019年3月1日"_s); // row 10
        QCOMPARE(rows[10].cells[15].text, u"2015/3/8"_s); // row 11
        QCOMPARE(rows[11].cells[18].text, u"=1+1"_s); // row 12
        QCOMPARE(rows[5].cells[11].kind, Cell::Kind::Empty); // empty 是否基层一线
        QCOMPARE(rows[50].cells[0].text, u"D0049"_s);
    }

    void csv_gb18030FixtureForcedAsUtf8_isBadEncodingAtFirstChineseByte()
    {
        ReadOptions options;
        options.encoding = QStringLiteral("utf-8");
        ReadError error;
        auto reader = TabularReader::open(fixture(QStringLiteral("members-gb18030.csv")), options, &error);
        QVERIFY(!reader);
        QCOMPARE(error.kind, Kind::BadEncoding);
        QCOMPARE(error.offset, qint64(0));
        QVERIFY(error.message.contains(u"members-gb18030.csv"));
    }

    void open_missingFileOrFolder_isNotFoundOrNotReadable()
    {
        ReadError error;
        QVERIFY(!TabularReader::open(QStringLiteral("/nonexistent/x.csv"), {}, &error));
        QCOMPARE(error.kind, Kind::NotFound);
        QVERIFY(error.message.contains(u"x.csv"));
        QTemporaryDir dir;
        QVERIFY(!TabularReader::open(dir.path(), {}, &error));
        QCOMPARE(error.kind, Kind::NotReadable);
    }

    // ---- XLSX ---------------------------------------------------------------------------

    void xlsx_cellTypes()
    {
        const QByteArray styles
            = R"(<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd"/></numFmts>)"
              R"(<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>)"
              R"(<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>)";
        const QByteArray rows
            = R"(<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c>)"
              R"(<c r="B1" t="inlineStr"><is><r><t>王</t></r><r><rPr><b/></rPr><t xml:space="preserve">　伟 </t></r></is></c>)"
              R"(<c r="C1" t="str"><f>A1&amp;""</f><v>x&lt;y</v></c>)"
              R"(<c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><v>#DIV/0!</v></c>)"
              R"(<c r="F1"><v>42</v></c><c r="H1" s="1"><v>43000</v></c><c r="I1" s="2"><v>43000.5</v></c>)"
              R"(<c r="J1" s="2"/><c r="K1"><f>1+1</f><v>2</v></c></row>)"
              R"(<row r="3"><c r="C3"><v>1.1010519880906E+017</v></c></row>)"
              R"(<row r="4"><c t="inlineStr"><is><t>no refs</t></is></c><c><v>7</v></c></row>)";
        ReadError error;
        auto reader = openBytes(workbook({ { "Sheet1", sheetXml(rows) } }, {}, styles), {}, &error);
        QVERIFY2(reader, qPrintable(error.message));
        QCOMPARE(reader->encoding(), u"xlsx"_s);
        const QList<Row> read = readAll(*reader);
        QVERIFY2(!reader->error(), qPrintable(reader->error().message));
        QCOMPARE(read.size(), 3);

        const QList<Cell> &c = read[0].cells;
        QCOMPARE(read[0].line, 1);
        QCOMPARE(c.size(), 11);
        QCOMPARE(c[0].kind, Cell::Kind::Text);
        QCOMPARE(c[0].text, u"姓名"_s);
        QCOMPARE(c[1].text, u"王　伟 "_s);
        QCOMPARE(c[2].kind, Cell::Kind::Text);
        QCOMPARE(c[2].text, u"x<y"_s);
        QVERIFY(c[2].fromFormula);
        QCOMPARE(c[3].kind, Cell::Kind::Bool);
        QCOMPARE(c[3].number, 1.0);
        QCOMPARE(c[4].kind, Cell::Kind::Error);
        QCOMPARE(c[4].text, u"#DIV/0!"_s);
        QCOMPARE(c[5].kind, Cell::Kind::Number);
        QCOMPARE(c[5].number, 42.0);
        QVERIFY(!c[5].isDateFormatted);
        QVERIFY(!c[5].fromFormula);
        QCOMPARE(c[6].kind, Cell::Kind::Empty); // G1 missing
        QCOMPARE(c[7].kind, Cell::Kind::Number);
        QVERIFY(c[7].isDateFormatted); // built-in 14
        QVERIFY(c[8].isDateFormatted); // custom yyyy\-mm\-dd
        QCOMPARE(c[8].number, 43000.5);
        QCOMPARE(c[9].kind, Cell::Kind::Empty); // styled, no value
        QCOMPARE(c[10].kind, Cell::Kind::Number);
        QCOMPARE(c[10].number, 2.0);
        QVERIFY(c[10].fromFormula);

        QCOMPARE(read[1].line, 3);
        QCOMPARE(read[1].cells.size(), 3);
        QCOMPARE(read[1].cells[0].kind, Cell::Kind::Empty);
        QCOMPARE(read[1].cells[2].kind, Cell::Kind::Number);
        QCOMPARE(read[1].cells[2].text, u"1.1010519880906E+017"_s);
        QCOMPARE(read[1].cells[2].number, 1.1010519880906e17);

        QCOMPARE(read[2].line, 4);
        QCOMPARE(texts(read[2]), (QStringList { "no refs", "7" }));
    }

    void xlsx_dateFormats_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("date");
        QTest::newRow("general") << 0 << QString() << false;
        QTest::newRow("0.00") << 2 << QString() << false;
        QTest::newRow("14 m/d/yyyy") << 14 << QString() << true;
        QTest::newRow("22 m/d/yy h:mm") << 22 << QString() << true;
        QTest::newRow("31 yyyy年m月d日") << 31 << QString() << true;
        QTest::newRow("45 mm:ss") << 45 << QString() << true;
        QTest::newRow("49 text") << 49 << QString() << false;
        QTest::newRow("57 zh date") << 57 << QString() << true;
        QTest::newRow("escaped dashes") << 164 << QStringLiteral("yyyy\\-mm\\-dd") << true;
        QTest::newRow("General custom") << 164 << QStringLiteral("General") << false;
        QTest::newRow("decimals") << 164 << QStringLiteral("0.00") << false;
        QTest::newRow("colour") << 164 << QStringLiteral("[Red]0.00") << false;
        QTest::newRow("quoted d") << 164 << QStringLiteral("\"days\" 0") << false;
        QTest::newRow("escaped d") << 164 << QStringLiteral("\\d0") << false;
        QTest::newRow("elapsed hours") << 164 << QStringLiteral("[h]:mm:ss") << true;
        QTest::newRow("chinese date") << 164 << QStringLiteral("yyyy\"年\"m\"月\"d\"日\"") << true;
        QTest::newRow("locale prefix") << 164 << QStringLiteral("[$-804]yyyy年m月d日") << true;
        QTest::newRow("text") << 164 << QStringLiteral("@") << false;
        QTest::newRow("accounting") << 164 << QStringLiteral("#,##0.00_);[Red](#,##0.00)") << false;
        QTest::newRow("scientific") << 164 << QStringLiteral("0.0E+00") << false;
        QTest::newRow("custom overrides builtin id") << 14 << QStringLiteral("0.00") << false;
    }

    void xlsx_dateFormats()
    {
        QFETCH(int, id);
        QFETCH(QString, code);
        QFETCH(bool, date);
        QByteArray numFmts;
        if (!code.isNull())
            numFmts = "<numFmts count=\"1\"><numFmt numFmtId=\"" + QByteArray::number(id) + "\" formatCode=\""
                + code.toHtmlEscaped().toUtf8() + "\"/></numFmts>";
        const QByteArray styles = "<styleSheet>" + numFmts
            + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"" + QByteArray::number(id)
            + "\"/></cellXfs></styleSheet>";
        auto reader = openBytes(
            workbook(
                { { "S", sheetXml(R"(<row r="1"><c r="A1" s="1"><v>40000</v></c></row>)") } }, {}, styles),
            {}, nullptr);
        QVERIFY(reader);
        Row row;
        QVERIFY(reader->next(&row));
        QCOMPARE(row.cells.first().isDateFormatted, date);
    }

    void xlsx_sharedStrings_richTextPhoneticAndEscapes()
    {
        const QByteArray sst = "<sst " + kNs
            + R"( count="4" uniqueCount="4">)"
              R"(<si><r><rPr><b/></rPr><t>会员</t></r><r><t>编号</t></r><rPh sb="0" eb="1"><t>かいいん</t></rPh></si>)"
              R"(<si><t>a_x000D_b_x005F_x0041_</t></si>)"
              R"(<si><t xml:space="preserve"> 007 </t></si>)"
              R"(<si><t/></si></sst>)";
        const QByteArray rows
            = R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>)"
              R"(<c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>0</v></c></row>)";
        ReadError error;
        auto reader = openBytes(workbook({ { "S", sheetXml(rows) } }, sst), {}, &error);
        QVERIFY2(reader, qPrintable(error.message));
        Row row;
        QVERIFY(reader->next(&row));
        QCOMPARE(texts(row), (QStringList { "会员编号", "a\rb_x0041_", " 007 ", "", "会员编号" }));
        QCOMPARE(row.cells[3].kind, Cell::Kind::Empty);
    }

    void xlsx_sheetSelection()
    {
        const QByteArray first
            = sheetXml(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>first</t></is></c></row>)");
        const QByteArray second
            = sheetXml(R"(<row r="2"><c r="B2" t="inlineStr"><is><t>second</t></is></c></row>)");
        const QByteArray book = workbook({ { "首页", first }, { "Second", second } });

        ReadOptions options;
        options.sheet = QStringLiteral("second");
        ReadError error;
        auto reader = openBytes(book, options, &error);
        QVERIFY2(reader, qPrintable(error.message));
        QCOMPARE(reader->sheetNames(), (QStringList { u"首页"_s, u"Second"_s }));
        Row row;
        QVERIFY(reader->next(&row));
        QCOMPARE(row.line, 2);
        QCOMPARE(texts(row), (QStringList { "", "second" }));

        reader = openBytes(book, {}, &error);
        QVERIFY(reader && reader->next(&row));
        QCOMPARE(texts(row), QStringList { "first" });

        options.sheet = QStringLiteral("第三页");
        QVERIFY(!openBytes(book, options, &error));
        QCOMPARE(error.kind, Kind::NoSuchSheet);
        QVERIFY2(error.message.contains(u"第三页") && error.message.contains(u"首页, Second"),
            qPrintable(error.message));

        // The first visible sheet when none is named (templates hide their lists).
        reader = openBytes(workbook({ { "lists", first, true }, { "data", second } }), {}, &error);
        QVERIFY(reader && reader->next(&row));
        QCOMPARE(texts(row).last(), u"second"_s);
    }

    void xlsx_refused_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("mentions");

        const QByteArray row = R"(<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>)";
        const QByteArray laughs
            = R"(<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">)"
              R"(<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">)"
              R"(<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>)"
              "<worksheet "
            + kNs
            + R"(><sheetData><row r="1"><c t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>)";
        const QByteArray external
            = R"(<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>)"
              "<sst "
            + kNs + "><si><t>&e;</t></si></sst>";

        QTest::newRow("billion laughs in a sheet")
            << workbook({ { "S", laughs } }) << Kind::BadXml << "document type";
        QTest::newRow("external entity in shared strings")
            << workbook({ { "S", sheetXml(row) } }, external) << Kind::BadXml << "sharedStrings.xml";
        QTest::newRow("malformed sheet XML")
            << workbook({ { "S", sheetXml("<row r=\"1\"><c r=\"A1\"><v>1</v></row>") } }) << Kind::BadXml
            << "line";
        QTest::newRow("shared string out of range")
            << workbook({ { "S", sheetXml(R"(<row r="1"><c r="A1" t="s"><v>5</v></c></row>)") } },
                   "<sst><si><t>a</t></si></sst>")
            << Kind::BadXml << "5";
        QTest::newRow("column beyond XFD")
            << workbook({ { "S", sheetXml(R"(<row r="1"><c r="XFE1"><v>1</v></c></row>)") } }) << Kind::BadXml
            << "XFE1";
        QTest::newRow("not a zip, starts like one")
            << QByteArray("PK\x03\x04garbage garbage garbage") << Kind::NotXlsx << "zip";
        QTest::newRow("zip without a workbook") << zipOf({ { QStringLiteral("word/document.xml"), "<w/>" } })
                                                << Kind::NotXlsx << "xl/workbook.xml";
        QTest::newRow("sheet part missing") << zipOf({ workbookEntries({ { "S", sheetXml(row) } }).mid(0, 1)
            + workbookEntries({ { "S", sheetXml(row) } }).mid(3) })
                                            << Kind::NotXlsx << "\"S\"";

        // Zip bombs: a 2 MB sheet of spaces compresses far beyond 200:1.
        QTest::newRow("compression ratio")
            << workbook({ { "S", sheetXml(row + QByteArray(2 << 20, ' ')) } }) << Kind::ZipBomb << "200 to 1";
        // A header declaring 600 MB for a small entry.
        const QByteArray small = sheetXml(row);
        QList<Entry> entries = workbookEntries({ { "S", small } });
        for (Entry &e : entries) {
            if (e.name.endsWith(u"sheet1.xml")) {
                e.data = rawDeflate(small);
                e.declaredSize = qint64(600) << 20;
                e.crc = crcOf(small);
            }
        }
        QTest::newRow("declared 600 MB") << zipOf(entries) << Kind::ZipBomb << "512 MB";
        const QByteArray sst = R"(<sst uniqueCount="99999999"><si><t>a</t></si></sst>)";
        QTest::newRow("shared strings count")
            << workbook({ { "S", sheetXml(row) } }, sst) << Kind::ZipBomb << "5000000";
    }

    void xlsx_refused()
    {
        QFETCH(QByteArray, file);
        QFETCH(Kind, kind);
        QFETCH(QString, mentions);
        ReadError error;
        auto reader = openBytes(file, {}, &error);
        if (reader) {
            readAll(*reader);
            error = reader->error();
        }
        QCOMPARE(error.kind, kind);
        QVERIFY2(error.message.contains(u"test-input"), qPrintable(error.message));
        QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
        QVERIFY(!error.message.contains(u"root:")); // nothing of /etc/passwd
    }

    void xlsx_fuzzFindings_areReadSafely()
    {
        // Found by fuzz_xlsx_reader: a negative uniqueCount (std::length_error from reserve()).
        ReadError error;
        auto reader
            = openBytes(workbook({ { "S", sheetXml(R"(<row r="1"><c r="A1" t="s"><v>0</v></c></row>)") } },
                            R"(<sst uniqueCount="-3"><si><t>a</t></si></sst>)"),
                {}, &error);
        QVERIFY2(reader, qPrintable(error.message));
        QCOMPARE(allTexts(readAll(*reader)), QList<QStringList> { { u"a"_s } });
        // …and a row inside a cell, which reset the column the cell was then stored at (-1).
        reader
            = openBytes(workbook({ { "S",
                            sheetXml(R"(<row r="1"><c r="B1" t="inlineStr"><is><t>x</t></is>)"
                                     R"(<row r="7"/></c><c t="inlineStr"><is><t>y</t></is></c></row>)") } }),
                {}, &error);
        QVERIFY2(reader, qPrintable(error.message));
        const QList<Row> rows = readAll(*reader);
        QVERIFY(!reader->error());
        QCOMPARE(rows.size(), 1);
        QCOMPARE(texts(rows[0]), (QStringList { u""_s, u"x"_s, u"y"_s }));
    }

    void xlsx_lyingSizeHeader_neverUnpacksMoreThanDeclared()
    {
        // 20 MB of zeros declared as 1 000 bytes: whatever minizip does, the reader must fail
        // (damaged or bomb) and never hand out more.
        const QByteArray zeros = sheetXml(QByteArray(20 << 20, ' '));
        QList<Entry> entries = workbookEntries({ { "S", zeros } });
        for (Entry &e : entries) {
            if (e.name.endsWith(u"sheet1.xml")) {
                e.data = rawDeflate(zeros);
                e.declaredSize = 1000;
                e.crc = crcOf(zeros);
            }
        }
        ReadError error;
        auto reader = openBytes(zipOf(entries), {}, &error);
        if (reader) {
            readAll(*reader);
            error = reader->error();
            QVERIFY(reader->bytesRead() <= 1000);
        }
        QVERIFY2(error.kind == Kind::NotXlsx || error.kind == Kind::ZipBomb || error.kind == Kind::BadXml,
            qPrintable(error.message));
    }

    void xlsx_limits_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("entry size") << 0;
        QTest::newRow("entry count") << 1;
        QTest::newRow("shared strings") << 2;
        QTest::newRow("cell text") << 3;
    }

    void xlsx_limits()
    {
        QFETCH(int, which);
        const ReadLimits defaults;
        QCOMPARE(defaults.maxEntryBytes, qint64(512) << 20);
        QCOMPARE(defaults.maxCompressionRatio, 200);
        QCOMPARE(defaults.ratioCheckFrom, qint64(1) << 20);
        QCOMPARE(defaults.maxZipEntries, 10000);
        QCOMPARE(defaults.maxSharedStrings, 5'000'000);
        QCOMPARE(defaults.maxColumns, 16384);

        QByteArray rows;
        for (int i = 1; i <= 2000; ++i)
            rows += "<row r=\"" + QByteArray::number(i) + "\"><c t=\"s\"><v>" + QByteArray::number(i % 3)
                + "</v></c><c><v>" + QByteArray::number(i * 7919 % 100003) + "</v></c></row>";
        const QByteArray book = workbook(
            { { "S", sheetXml(rows) } }, "<sst><si><t>a</t></si><si><t>b</t></si><si><t>c</t></si></sst>");
        ReadOptions options;
        if (which == 0)
            options.limits.maxEntryBytes = 20000;
        else if (which == 1)
            options.limits.maxZipEntries = 5;
        else if (which == 2)
            options.limits.maxSharedStrings = 2;
        else
            options.limits.maxCellBytes = 3; // the numbers have up to 5 digits
        ReadError error;
        auto reader = openBytes(book, options, &error);
        if (reader) {
            readAll(*reader);
            error = reader->error();
        }
        QCOMPARE(error.kind, Kind::ZipBomb);
        QVERIFY(openBytes(book, {}, &error));
    }

    void xlsx_nonZipNamedXlsx_isNotXlsx()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("members.xlsx"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("姓名,手机\r\n张三,13800138000\r\n");
        f.close();
        ReadError error;
        QVERIFY(!TabularReader::open(path, {}, &error));
        QCOMPARE(error.kind, Kind::NotXlsx);
        QVERIFY(error.message.contains(u"members.xlsx"));
    }

    void xlsx_cancelledAndProgress()
    {
        QByteArray rows;
        for (int i = 1; i <= 30000; ++i)
            rows += "<row r=\"" + QByteArray::number(i) + "\"><c r=\"A" + QByteArray::number(i) + "\"><v>"
                + QByteArray::number(i) + "</v></c></row>";
        const QByteArray book = workbook({ { "S", sheetXml(rows) } });
        auto reader = openBytes(book, {}, nullptr);
        QVERIFY(reader);
        QVERIFY(reader->totalBytes() > 30000 * 20);
        QCOMPARE(readAll(*reader).size(), 30000);
        QCOMPARE(reader->bytesRead(), reader->totalBytes());

        std::atomic<bool> cancel { false };
        ReadOptions options;
        options.cancel = &cancel;
        reader = openBytes(book, options, nullptr);
        Row row;
        QVERIFY(reader->next(&row));
        cancel = true;
        while (reader->next(&row)) { } // rows already parsed may still come
        QCOMPARE(reader->error().kind, Kind::Cancelled);
    }

    void xlsx_libreOfficeFixture_equalsTheCsv()
    {
        ReadError error;
        auto xlsx = TabularReader::open(fixture(QStringLiteral("members-libreoffice.xlsx")), {}, &error);
        QVERIFY2(xlsx, qPrintable(error.message));
        QCOMPARE(xlsx->sheetNames(), QStringList { u"members-for-calc"_s });
        QVERIFY(!xlsx->uses1904Dates());
        const QList<Row> rows = readAll(*xlsx);
        QVERIFY2(!xlsx->error(), qPrintable(xlsx->error().message));
        auto csv = TabularReader::open(fixture(QStringLiteral("members-gb18030.csv")), {}, &error);
        QVERIFY(csv);
        const QList<Row> csvRows = readAll(*csv);
        QCOMPARE(rows.size(), csvRows.size());

        // Birth date D8: a date serial with a date style.
        const Cell &d8 = rows[7].cells[3];
        QCOMPARE(d8.kind, Cell::Kind::Number);
        QVERIFY(d8.isDateFormatted);
        QCOMPARE(QDate(1899, 12, 30).addDays(qint64(d8.number)), QDate(1972, 6, 20));
        // P7: the number 2017.6 in a General cell, not date-formatted.
        const Cell &p7 = rows[6].cells[15];
        QCOMPARE(p7.kind, Cell::Kind::Number);
        QCOMPARE(p7.number, 2017.6);
        QCOMPARE(p7.text, u"2017.6"_s);
        QVERIFY(!p7.isDateFormatted);
        // S12: =1+1 with cached 2.
        const Cell &s12 = rows[11].cells[18];
        QCOMPARE(s12.kind, Cell::Kind::Number);
        QCOMPARE(s12.number, 2.0);
        QVERIFY(s12.fromFormula);
        // Row 8's note kept whole; row 9 keeps its number.
        QCOMPARE(rows[7].cells[18].text, u"备注里有\n换行，和\"引号\""_s);
        QCOMPARE(rows[8].line, 9);
        QCOMPARE(rows[8].cells[0].text, u"D0007"_s);
        QCOMPARE(rows[4].cells[1].text, u"王\u3000伟"_s);

        // Everything else as in the CSV: text cells equal, date cells equal as ISO dates.
        for (int r = 0; r < rows.size(); ++r) {
            QCOMPARE(rows[r].line, csvRows[r].line);
            for (int c = 0; c < csvRows[r].cells.size(); ++c) {
                const QString expected = csvRows[r].cells[c].text;
                const Cell cell = c < rows[r].cells.size() ? rows[r].cells[c] : Cell {};
                if ((r == 6 && c == 15) || (r == 11 && c == 18))
                    continue; // the two cells Calc changed
                if (cell.kind == Cell::Kind::Number && cell.isDateFormatted) {
                    QCOMPARE(
                        QDate(1899, 12, 30).addDays(qint64(cell.number)).toString(Qt::ISODate), expected);
                } else if (cell.kind == Cell::Kind::Number) {
                    QCOMPARE(cell.text, expected);
                } else {
                    QCOMPARE(cell.text, expected);
                }
            }
        }
    }

    void xlsx_idsAsNumbersFixture_keepsTheNumbers()
    {
        ReadError error;
        auto reader = TabularReader::open(fixture(QStringLiteral("members-ids-as-numbers.xlsx")), {}, &error);
        QVERIFY2(reader, qPrintable(error.message));
        const QList<Row> rows = readAll(*reader);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0].cells[5].text, u"证件号码"_s);
        QCOMPARE(rows[1].cells[5].kind, Cell::Kind::Number);
        QCOMPARE(rows[1].cells[5].text, u"1.1010519880906E+017"_s);
        QCOMPARE(rows[1].cells[5].number, 1.1010519880906e17);
        QVERIFY(!rows[1].cells[5].isDateFormatted);
        QCOMPARE(rows[2].cells[5].kind, Cell::Kind::Text);
        QVERIFY(rows[2].cells[5].text.endsWith(u'X'));
        QCOMPARE(rows[3].cells[5].kind, Cell::Kind::Number);
        QCOMPARE(rows[1].cells[12].kind, Cell::Kind::Number); // mobile as a number too
        QCOMPARE(rows[1].cells[12].text, u"13790779946"_s);
    }

    void samples_readAsDocumented_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<Kind>("kind");
        for (const QString &folder : { u"csv"_s, u"xlsx"_s }) {
            const QDir dir(sd::test::dataDir() + u"/exchange/"_s + folder);
            const QStringList names = dir.entryList(QDir::Files);
            QVERIFY(!names.isEmpty());
            for (const QString &name : names)
                QTest::newRow(qPrintable(name))
                    << dir.filePath(name) << (name == u"unclosed-quote.csv" ? Kind::BadCsv : Kind::None);
        }
    }

    void samples_readAsDocumented()
    {
        QFETCH(QString, path);
        QFETCH(Kind, kind);
        ReadError error;
        auto reader = TabularReader::open(path, {}, &error);
        QVERIFY2(reader, qPrintable(error.message));
        QVERIFY(!readAll(*reader).isEmpty());
        QCOMPARE(reader->error().kind, kind);
    }

    void samples_typesAndStylesWorkbook()
    {
        ReadError error;
        auto reader = TabularReader::open(
            sd::test::dataDir() + u"/exchange/xlsx/types-and-styles.xlsx"_s, {}, &error);
        QVERIFY2(reader, qPrintable(error.message));
        QCOMPARE(reader->sheetNames(), (QStringList { u"会员"_s, u"Second"_s }));
        const QList<Row> rows = readAll(*reader);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(texts(rows[0]), (QStringList { u"会员编号"_s, u"入会日期"_s, u"a\rb"_s }));
        QCOMPARE(rows[1].cells[0].text, u"王　伟"_s);
        QVERIFY(rows[1].cells[1].isDateFormatted);
        QVERIFY(rows[1].cells[2].isDateFormatted); // 2017.6 in a date style: the importer decides
        QCOMPARE(rows[1].cells[3].text, u"王　伟"_s);
        QVERIFY(rows[1].cells[3].fromFormula);
        QCOMPARE(rows[1].cells[4].kind, Cell::Kind::Bool);
        QCOMPARE(rows[1].cells[5].text, u"#N/A"_s);
        QVERIFY(!rows[1].cells[7].isDateFormatted); // [Red]0.00
        QCOMPARE(rows[2].line, 4);
        QCOMPARE(rows[2].cells[2].text, u"rich text"_s);
    }

    // ---- Speed --------------------------------------------------------------------------

    void speed_xlsx100kRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.xlsx"));
        const int rowCount = 100000;
        const int columns = 20;
        {
            WriteError error;
            auto writer = XlsxWriter::create(path, {}, &error);
            QVERIFY2(writer, qPrintable(error.message));
            QStringList header;
            for (int c = 0; c < columns; ++c)
                header << QStringLiteral("列%1").arg(c);
            QVERIFY(writer->writeRow(header));
            QList<bool> numeric(columns, false);
            numeric[3] = true;
            QStringList cells(columns);
            for (int r = 0; r < rowCount; ++r) {
                for (int c = 0; c < columns; ++c)
                    cells[c]
                        = c == 3 ? QString::number(r * 3 + 1) : QStringLiteral("王伟%1-%2").arg(r).arg(c);
                writer->writeRow(cells, numeric);
            }
            QVERIFY2(writer->close(&error), qPrintable(error.message));
        }
        QElapsedTimer timer;
        timer.start();
        ReadError error;
        auto reader = TabularReader::open(path, {}, &error);
        QVERIFY2(reader, qPrintable(error.message));
        Row row;
        int count = 0;
        qint64 cells = 0;
        while (reader->next(&row)) {
            ++count;
            cells += row.cells.size();
        }
        const qint64 ms = timer.elapsed();
        QVERIFY(!reader->error());
        QCOMPARE(count, rowCount + 1);
        QCOMPARE(cells, qint64(rowCount + 1) * columns);
        QCOMPARE(row.cells[3].kind, Cell::Kind::Number);
        qInfo("read %d rows x %d columns of XLSX (%lld bytes) in %lld ms", count, columns,
            static_cast<long long>(QFileInfo(path).size()), static_cast<long long>(ms));
        if (!underSanitizer())
            QVERIFY2(ms < 5000,
                "reading 100k rows (0.85 s on an idle machine) must stay under LibreOffice's 4.4 s");
    }

    void speed_csv100kRowsGb18030()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        {
            QString text = u"会员编号,姓名,性别,出生日期,证件号码,工作单位,手机,邮箱,入会日期,备注\r\n"_s;
            for (int r = 0; r < 100000; ++r)
                text += QStringLiteral(
                    "D%1,王　伟%1,男,1972-06-18,110105197206180073,北京大学化学与分子工程学院,"
                    "13385451171,d%1@example.cn,2016-10-08,\"备注，第%1行\"\r\n")
                            .arg(r);
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(encoded("GB18030", text));
        }
        QElapsedTimer timer;
        timer.start();
        auto reader = TabularReader::open(path, {}, nullptr);
        QVERIFY(reader);
        Row row;
        int count = 0;
        while (reader->next(&row))
            ++count;
        const qint64 ms = timer.elapsed();
        QCOMPARE(reader->encoding(), u"GB18030"_s);
        QCOMPARE(count, 100001);
        qInfo("read 100001 rows of GB18030 CSV (%lld bytes) in %lld ms",
            static_cast<long long>(QFileInfo(path).size()), static_cast<long long>(ms));
        if (!underSanitizer())
            QVERIFY2(
                ms < 2000, "reading 100k CSV rows (50 ms on an idle machine) must take well under a second");
    }
};

QTEST_GUILESS_MAIN(TestReaders)
#include "tst_readers.moc"
