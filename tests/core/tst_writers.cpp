#include "exchange/CsvWriter.h"
#include "exchange/TabularReader.h"
#include "exchange/XlsxWriter.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <unzip.h>

using namespace sd::exchange;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(sd::exchange::WriteOptions::Encoding)

namespace {

/// Rows that break naive writers: separators, quotes, line breaks, formula starts, IDs,
/// leading zeros, dates, Chinese, empty cells.
QList<QStringList> trickyRows()
{
    return {
        { u"会员编号"_s, u"姓名"_s, u"证件号码"_s, u"入会日期"_s, u"手机"_s, u"备注"_s },
        { u"007"_s, u"王　伟"_s, u"110105198809060016"_s, u"2017-06-01"_s, u"+86 138 0013 8000"_s,
            u"=1+1"_s },
        { u"0010"_s, u"Zhang, San"_s, u"11010519840618003X"_s, u"2016-04-17"_s, u"-5"_s, u"say \"hi\""_s },
        { u"D1"_s, u"李四"_s, QString(), u"2015-03-08"_s, u"@home"_s, u"第一行\r\n第二行\n第三行"_s },
        { u"D2"_s, u"'=already"_s, u"''=two"_s, u"'plain"_s, u"\tTab"_s, u"\rCR"_s },
        { u"D3"_s, u"  spaced  "_s, u"€𠀀"_s, u"1e5"_s, QString(), QString() },
    };
}

QList<QStringList> readBack(const QString &path, QString *encoding = nullptr, QList<Row> *rows = nullptr)
{
    ReadError error;
    auto reader = TabularReader::open(path, {}, &error);
    if (!reader) {
        qWarning() << error.message;
        return {};
    }
    if (encoding)
        *encoding = reader->encoding();
    QList<QStringList> out;
    Row row;
    while (reader->next(&row)) {
        if (rows)
            *rows << row;
        QStringList texts;
        for (const Cell &c : row.cells)
            texts << c.text;
        out << texts;
    }
    if (reader->error())
        qWarning() << reader->error().message;
    return out;
}

/// What a reader gives back: trailing empty cells are not stored in XLSX.
QList<QStringList> withoutTrailingEmpty(QList<QStringList> rows)
{
    for (QStringList &r : rows) {
        while (!r.isEmpty() && r.last().isEmpty())
            r.removeLast();
    }
    return rows;
}

QByteArray zipEntry(const QString &zipPath, const QString &name)
{
    unzFile zf = unzOpen64(QFile::encodeName(zipPath).constData());
    QByteArray data;
    if (zf && unzLocateFile(zf, name.toUtf8().constData(), 0) == UNZ_OK && unzOpenCurrentFile(zf) == UNZ_OK) {
        char buffer[65536];
        int n = 0;
        while ((n = unzReadCurrentFile(zf, buffer, sizeof buffer)) > 0)
            data.append(buffer, n);
        unzCloseCurrentFile(zf);
    }
    if (zf)
        unzClose(zf);
    return data;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestWriters : public QObject
{
    Q_OBJECT

private slots:
    void csv_roundTrip_data()
    {
        QTest::addColumn<WriteOptions::Encoding>("encoding");
        QTest::addColumn<QString>("detected");
        QTest::newRow("UTF-8 BOM") << WriteOptions::Encoding::Utf8Bom << u"UTF-8 BOM"_s;
        QTest::newRow("GB18030") << WriteOptions::Encoding::Gb18030 << u"GB18030"_s;
    }

    void csv_roundTrip()
    {
        QFETCH(WriteOptions::Encoding, encoding);
        QFETCH(QString, detected);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.csv"_s);
        WriteOptions options;
        options.encoding = encoding;
        WriteError error;
        auto writer = CsvWriter::create(path, options, &error);
        QVERIFY2(writer, qPrintable(error.message));
        for (const QStringList &row : trickyRows())
            QVERIFY(writer->writeRow(row));
        QVERIFY2(writer->close(&error), qPrintable(error.message));

        QString readEncoding;
        QCOMPARE(readBack(path, &readEncoding), trickyRows());
        QCOMPARE(readEncoding, detected);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { u"out.csv"_s });
    }

    void csv_bytes_quotedNeutralisedCrlf()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.csv"_s);
        auto writer = CsvWriter::create(path, {}, nullptr);
        QVERIFY(writer);
        QVERIFY(writer->writeRow(
            { u"a"_s, u"b,c"_s, u"d\"e"_s, u"=1+1"_s, u"-5"_s, u"-5"_s, u"'=x"_s, u"x\ny"_s },
            { false, false, false, false, false, true, false, false }));
        QVERIFY(writer->writeRow({}));
        QVERIFY(writer->close(nullptr));
        QCOMPARE(fileBytes(path),
            QByteArray("\xEF\xBB\xBF"
                       "a,\"b,c\",\"d\"\"e\",'=1+1,'-5,-5,''=x,\"x\ny\"\r\n\r\n"));
    }

    void csv_neutralised_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("written");
        QTest::newRow("equals") << u"=SUM(A1)"_s << u"'=SUM(A1)"_s;
        QTest::newRow("plus") << u"+86"_s << u"'+86"_s;
        QTest::newRow("minus") << u"-1"_s << u"'-1"_s;
        QTest::newRow("at") << u"@x"_s << u"'@x"_s;
        QTest::newRow("tab") << u"\tx"_s << u"'\tx"_s;
        QTest::newRow("CR") << u"\rx"_s << u"'\rx"_s;
        QTest::newRow("apostrophe then equals") << u"'=x"_s << u"''=x"_s;
        QTest::newRow("plain apostrophe") << u"'x"_s << u"'x"_s;
        QTest::newRow("inner equals") << u"a=b"_s << u"a=b"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void csv_neutralised()
    {
        QFETCH(QString, text);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::neutralised(text), written);
    }

    void csv_gb18030_hasNoBomAndEncodesChinese()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.csv"_s);
        WriteOptions options;
        options.encoding = WriteOptions::Encoding::Gb18030;
        auto writer = CsvWriter::create(path, options, nullptr);
        QVERIFY(writer);
        QVERIFY(writer->writeRow({ u"姓名"_s, u"王伟"_s }));
        QVERIFY(writer->close(nullptr));
        QStringEncoder gb("GB18030");
        QCOMPARE(fileBytes(path), QByteArray(gb.encode(u"姓名,王伟\r\n"_s)));
    }

    void xlsx_roundTrip_stringsStayStrings()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.xlsx"_s);
        WriteOptions options;
        options.sheetName = u"会员/名单"_s;
        WriteError error;
        auto writer = XlsxWriter::create(path, options, &error);
        QVERIFY2(writer, qPrintable(error.message));
        for (const QStringList &row : trickyRows())
            QVERIFY(writer->writeRow(row));
        QVERIFY(writer->writeRow({ u"D4"_s, u"12.50"_s, u"-3"_s, u"abc"_s }, { false, true, true, true }));
        QVERIFY2(writer->close(&error), qPrintable(error.message));

        QList<Row> rows;
        QString encoding;
        QList<QStringList> expected = trickyRows();
        expected << QStringList { u"D4"_s, u"12.5"_s, u"-3"_s, u"abc"_s };
        QCOMPARE(readBack(path, &encoding, &rows), withoutTrailingEmpty(expected));
        QCOMPARE(encoding, u"xlsx"_s);
        for (int r = 0; r < trickyRows().size(); ++r) {
            QCOMPARE(rows[r].line, r + 1);
            for (const Cell &c : rows[r].cells) {
                QVERIFY(c.kind == Cell::Kind::Text || c.kind == Cell::Kind::Empty);
                QVERIFY(!c.fromFormula);
            }
        }
        const Row &numbers = rows.last();
        QCOMPARE(numbers.cells[1].kind, Cell::Kind::Number);
        QCOMPARE(numbers.cells[1].number, 12.5);
        QCOMPARE(numbers.cells[2].number, -3.0);
        QCOMPARE(numbers.cells[3].kind, Cell::Kind::Text); // marked numeric, but not a number

        auto reader = TabularReader::open(path, {}, nullptr);
        QCOMPARE(reader->sheetNames(), QStringList { u"会员_名单"_s });
        const QByteArray sheet = zipEntry(path, u"xl/worksheets/sheet1.xml"_s);
        QVERIFY(!sheet.contains("<f>"));
        QVERIFY(sheet.contains("<cols>"));
        QVERIFY(zipEntry(path, u"xl/styles.xml"_s).contains("<b/>"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { u"out.xlsx"_s });
    }

    void create_choosesBySuffix()
    {
        QTemporaryDir dir;
        for (const QString &name : { u"a.XLSX"_s, u"b.csv"_s, u"c.txt"_s }) {
            const QString path = dir.filePath(name);
            auto writer = TabularWriter::create(path, {}, nullptr);
            QVERIFY(writer);
            QVERIFY(writer->writeRow({ u"x"_s }));
            QVERIFY(writer->close(nullptr));
            QCOMPARE(fileBytes(path).startsWith("PK"), name.endsWith(u"XLSX"));
        }
    }

    void atomic_unwritableTarget_leavesNothing_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("csv") << u".csv"_s;
        QTest::newRow("xlsx") << u".xlsx"_s;
    }

    void atomic_unwritableTarget_leavesNothing()
    {
        QFETCH(QString, suffix);
        QTemporaryDir dir;
        // A "folder" that is a file refuses new files even for root, unlike permissions.
        const QString notADir = dir.filePath(u"file"_s);
        QFile f(notADir);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        WriteError error;
        QVERIFY(!TabularWriter::create(notADir + u"/out"_s + suffix, {}, &error));
        QCOMPARE(error.kind, WriteError::Kind::NotWritable);
        QVERIFY(error.message.contains(u"out"_s + suffix));
        QVERIFY(!TabularWriter::create(dir.filePath(u"missing/out"_s + suffix), {}, &error));
        QCOMPARE(error.kind, WriteError::Kind::NotWritable);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList { u"file"_s });
    }

    void atomic_failureOrCancel_keepsTheOldFile_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<bool>("cancel");
        QTest::newRow("csv cancelled") << u".csv"_s << true;
        QTest::newRow("xlsx cancelled") << u".xlsx"_s << true;
        QTest::newRow("xlsx cell too long") << u".xlsx"_s << false;
        QTest::newRow("csv destroyed unclosed") << u".csv"_s << false;
    }

    void atomic_failureOrCancel_keepsTheOldFile()
    {
        QFETCH(QString, suffix);
        QFETCH(bool, cancel);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"export"_s + suffix);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old contents");
        old.close();
        {
            auto writer = TabularWriter::create(path, {}, nullptr);
            QVERIFY(writer);
            for (int i = 0; i < 100; ++i)
                QVERIFY(writer->writeRow({ u"row"_s, QString::number(i) }));
            WriteError error;
            if (cancel) {
                writer->cancel();
                QVERIFY(!writer->writeRow({ u"more"_s }));
                QVERIFY(!writer->close(&error));
                QCOMPARE(error.kind, WriteError::Kind::Cancelled);
            } else if (suffix == u".xlsx") {
                QVERIFY(!writer->writeRow({ QString(XlsxWriter::kMaxCellChars + 1, u'x') }));
                QCOMPARE(writer->error().kind, WriteError::Kind::TooLarge);
                QVERIFY(!writer->close(&error));
                QCOMPARE(error.kind, WriteError::Kind::TooLarge);
                QVERIFY(error.message.contains(u"32767"));
            } // else: destroyed without close()
        }
        QCOMPARE(fileBytes(path), QByteArray("old contents"));
        QCOMPARE(
            QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { u"export"_s + suffix });
    }

    void xlsx_overwritesOnSuccess()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"export.xlsx"_s);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old contents");
        old.close();
        auto writer = TabularWriter::create(path, {}, nullptr);
        QVERIFY(writer && writer->writeRow({ u"新"_s }) && writer->close(nullptr));
        QCOMPARE(readBack(path), QList<QStringList> { { u"新"_s } });
        QVERIFY(QFileInfo(path).permissions() & QFile::ReadOther);
    }
};

QTEST_GUILESS_MAIN(TestWriters)
#include "tst_writers.moc"
