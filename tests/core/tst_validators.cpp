#include "validation/Contact.h"
#include "validation/Dates.h"
#include "validation/Normalize.h"
#include "validation/ResidentId.h"
#include "validation/Values.h"

#include <QSet>
#include <QTest>
#include <QTranslator>

#include <limits>

using namespace sd::validation;

Q_DECLARE_METATYPE(sd::validation::Gender)
Q_DECLARE_METATYPE(sd::validation::ResidentIdResult::Problem)
Q_DECLARE_METATYPE(sd::validation::PhoneResult::Problem)
Q_DECLARE_METATYPE(sd::validation::PhoneResult::Kind)
Q_DECLARE_METATYPE(sd::validation::EmailResult::Problem)
Q_DECLARE_METATYPE(sd::validation::DateResult::Problem)
Q_DECLARE_METATYPE(sd::validation::DateResult::Warning)

namespace {

const QDate kToday(2026, 11, 22);
const QString kValidId = QStringLiteral("11010519491231002X");

/// Marks every string of the validators' contexts as ⟦source⟧ and records the contexts asked for.
class RecordingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (!QByteArrayView(context).startsWith("sd::validation::"))
            return {};
        contexts.insert(QString::fromUtf8(context));
        return u'⟦' + QString::fromUtf8(source) + u'⟧';
    }
    bool isEmpty() const override { return false; }
    mutable QSet<QString> contexts;
};

} // namespace

class TestValidators : public QObject
{
    Q_OBJECT

private slots:
    // --- Normalize ---------------------------------------------------------------------------

    void halfWidth_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("letters digits punctuation")
            << QStringLiteral("ＡＢｃ１２３！～＠．") << QStringLiteral("ABc123!~@.");
        QTest::newRow("ideographic space") << QStringLiteral("王　伟") << QStringLiteral("王 伟");
        QTest::newRow("full-width comma, CJK full stop kept")
            << QStringLiteral("中文，句号。") << QStringLiteral("中文,句号。");
        QTest::newRow("compatibility characters untouched")
            << QStringLiteral("①㈱ﾊ") << QStringLiteral("①㈱ﾊ");
        QTest::newRow("plain") << QStringLiteral("abc 王伟") << QStringLiteral("abc 王伟");
        QTest::newRow("empty") << QString() << QString();
    }

    void halfWidth()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(toHalfWidth(input), expected);
    }

    void normalizeName_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("changed");
        QTest::newRow("ideographic space inside")
            << QStringLiteral("王　伟") << QStringLiteral("王伟") << true;
        QTest::newRow("padding around") << QStringLiteral("  王伟\t") << QStringLiteral("王伟") << true;
        QTest::newRow("several spaces") << QStringLiteral("欧 阳  修") << QStringLiteral("欧阳修") << true;
        QTest::newRow("zero-width space")
            << QStringLiteral("欧阳\u200B修") << QStringLiteral("欧阳修") << true;
        QTest::newRow("already clean") << QStringLiteral("王伟") << QStringLiteral("王伟") << false;
        QTest::newRow("latin collapsed")
            << QStringLiteral("John   Smith") << QStringLiteral("John Smith") << true;
        QTest::newRow("latin clean") << QStringLiteral("John Smith") << QStringLiteral("John Smith") << false;
        QTest::newRow("latin full-width")
            << QStringLiteral("　Ｊｏｈｎ　Ｓｍｉｔｈ　") << QStringLiteral("John Smith") << true;
        QTest::newRow("initials") << QStringLiteral("J.  R. R.  Tolkien")
                                  << QStringLiteral("J. R. R. Tolkien") << true;
        QTest::newRow("transliterated name")
            << QStringLiteral("阿卜杜勒 · 买买提") << QStringLiteral("阿卜杜勒·买买提") << true;
        QTest::newRow("mixed") << QStringLiteral("王 John") << QStringLiteral("王John") << true;
        QTest::newRow("extension B after latin")
            << QStringLiteral("John \U000201D4") << QStringLiteral("John\U000201D4") << true;
        QTest::newRow("extension B before latin")
            << QStringLiteral("\U000201D4 John") << QStringLiteral("\U000201D4John") << true;
        QTest::newRow("extension B between han")
            << QStringLiteral("王 \U000201D4") << QStringLiteral("王\U000201D4") << true;
        QTest::newRow("only spaces") << QStringLiteral(" 　 ") << QString() << true;
        QTest::newRow("empty") << QString() << QString() << false;
    }

    void normalizeName()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(bool, changed);
        const NormalizedName n = sd::validation::normalizeName(input);
        QCOMPARE(n.value, expected);
        QCOMPARE(n.changed, changed);
    }

    // --- Resident ID -------------------------------------------------------------------------

    void residentId_data()
    {
        using P = ResidentIdResult::Problem;
        QTest::addColumn<QString>("input");
        QTest::addColumn<QDate>("birthDate");
        QTest::addColumn<Gender>("gender");
        QTest::addColumn<P>("problem");
        QTest::addColumn<QString>("value");
        const QDate none;
        const Gender any = Gender::Unknown;
        QTest::newRow("worked example") << kValidId << none << any << P::None << kValidId;
        QTest::newRow("lower-case x")
            << QStringLiteral("11010519491231002x") << none << any << P::None << kValidId;
        QTest::newRow("full-width") << QStringLiteral("１１０１０５１９４９１２３１００２ｘ") << none << any
                                    << P::None << kValidId;
        QTest::newRow("spaces") << QStringLiteral(" 110105 19491231 002X　") << none << any << P::None
                                << kValidId;
        QTest::newRow("text prefix") << QStringLiteral("'11010519491231002X") << none << any << P::None
                                     << kValidId;
        QTest::newRow("matching birth date and gender")
            << kValidId << QDate(1949, 12, 31) << Gender::Female << P::None << kValidId;
        QTest::newRow("male") << QStringLiteral("110105194912310011") << none << Gender::Male << P::None
                              << QStringLiteral("110105194912310011");
        QTest::newRow("born today") << QStringLiteral("110105202611220028") << none << any << P::None
                                    << QStringLiteral("110105202611220028");
        QTest::newRow("valid and ending in 000") << QStringLiteral("110105194912301000") << none << any
                                                 << P::None << QStringLiteral("110105194912301000");
        QTest::newRow("empty") << QStringLiteral("  ") << none << any << P::Empty << QString();
        QTest::newRow("scientific E+")
            << QStringLiteral("1.10105E+17") << none << any << P::LostDigits << QStringLiteral("1.10105E+17");
        QTest::newRow("scientific e")
            << QStringLiteral("1.10105e17") << none << any << P::LostDigits << QStringLiteral("1.10105e17");
        QTest::newRow("trailing 000, check fails") << QStringLiteral("110105194912310000") << none << any
                                                   << P::LostDigits << QStringLiteral("110105194912310000");
        QTest::newRow("17 characters") << QStringLiteral("11010519491231002") << none << any << P::WrongLength
                                       << QStringLiteral("11010519491231002");
        QTest::newRow("19 characters") << QStringLiteral("11010519491231002X1") << none << any
                                       << P::WrongLength << QStringLiteral("11010519491231002X1");
        QTest::newRow("old 15 digits") << QStringLiteral("110105491231002") << none << any << P::WrongLength
                                       << QStringLiteral("110105491231002");
        QTest::newRow("X inside") << QStringLiteral("1101051949123100XX") << none << any << P::BadCharacter
                                  << QStringLiteral("1101051949123100XX");
        QTest::newRow("letter Y last") << QStringLiteral("11010519491231002Y") << none << any
                                       << P::BadCharacter << QStringLiteral("11010519491231002Y");
        QTest::newRow("wrong check") << QStringLiteral("110105194912310021") << none << any
                                     << P::BadCheckCharacter << QStringLiteral("110105194912310021");
        QTest::newRow("31 February") << QStringLiteral("110105194902310026") << none << any << P::BadBirthDate
                                     << QStringLiteral("110105194902310026");
        QTest::newRow("year 1700") << QStringLiteral("11010517000101002X") << none << any << P::BadBirthDate
                                   << QStringLiteral("11010517000101002X");
        QTest::newRow("born tomorrow") << QStringLiteral("110105202611230023") << none << any
                                       << P::BirthDateInFuture << QStringLiteral("110105202611230023");
        QTest::newRow("born 2030") << QStringLiteral("110105203001010028") << none << any
                                   << P::BirthDateInFuture << QStringLiteral("110105203001010028");
        QTest::newRow("other birth date")
            << kValidId << QDate(1949, 12, 30) << any << P::BirthDateMismatch << kValidId;
        QTest::newRow("woman's ID, male given")
            << kValidId << none << Gender::Male << P::GenderMismatch << kValidId;
        QTest::newRow("man's ID, female given")
            << QStringLiteral("110105194912310011") << none << Gender::Female << P::GenderMismatch
            << QStringLiteral("110105194912310011");
    }

    void residentId()
    {
        QFETCH(QString, input);
        QFETCH(QDate, birthDate);
        QFETCH(Gender, gender);
        QFETCH(ResidentIdResult::Problem, problem);
        QFETCH(QString, value);
        const ResidentIdResult r = checkResidentId(input, kToday, birthDate, gender);
        QCOMPARE(r.problem, problem);
        QCOMPARE(r.value, value);
        QCOMPARE(r.isValid(), problem == ResidentIdResult::Problem::None);
        QCOMPARE(r.message.isEmpty(), r.isValid());
        if (!r.isValid() && !value.isEmpty())
            QVERIFY2(r.message.contains(value), qPrintable(r.message));
    }

    void residentId_everySingleCharacterCorruptionIsCaught()
    {
        const QString alphabet = QStringLiteral("0123456789X");
        int tried = 0;
        for (qsizetype i = 0; i < kValidId.size(); ++i) {
            for (const QChar c : alphabet) {
                if (c == kValidId[i])
                    continue;
                QString corrupted = kValidId;
                corrupted[i] = c;
                QVERIFY2(!checkResidentId(corrupted, kToday).isValid(), qPrintable(corrupted));
                ++tried;
            }
        }
        QCOMPARE(tried, 18 * 10);
    }

    void residentId_checkCharacterAndParts()
    {
        QCOMPARE(residentIdCheckCharacter(u"11010519491231002"), QChar(u'X'));
        QCOMPARE(residentIdCheckCharacter(u"11010519491231001"), QChar(u'1'));
        QCOMPARE(residentIdCheckCharacter(u"1101051949123100"), QChar());
        QCOMPARE(residentIdCheckCharacter(u"1101051949123100A"), QChar());
        QCOMPARE(birthDateOf(kValidId), QDate(1949, 12, 31));
        QCOMPARE(birthDateOf(u"11010519491231002x"), QDate(1949, 12, 31));
        QCOMPARE(birthDateOf(u"110105194902310026"), QDate());
        QCOMPARE(birthDateOf(u"1101051949"), QDate());
        QCOMPARE(genderOf(kValidId), Gender::Female);
        QCOMPARE(genderOf(u"110105194912310011"), Gender::Male);
        QCOMPARE(genderOf(u"123"), Gender::Unknown);
        QCOMPARE(genderOf(u"1101051949123100AX"), Gender::Unknown);
    }

    void residentId_numericCell()
    {
        using P = ResidentIdResult::Problem;
        const ResidentIdResult lost = checkResidentIdNumber(1.10105194912310e17);
        QCOMPARE(lost.problem, P::LostDigits);
        QCOMPARE(lost.value, QStringLiteral("1.1010519491231E+17"));
        QCOMPARE(checkResidentIdNumber(110105194912310000.0).problem, P::LostDigits);
        QCOMPARE(checkResidentIdNumber(1101051949123100.0).problem, P::LostDigits);
        const ResidentIdResult old = checkResidentIdNumber(110105491231002.0);
        QCOMPARE(old.problem, P::WrongLength);
        QCOMPARE(old.value, QStringLiteral("110105491231002"));
    }

    void residentId_messages()
    {
        QCOMPARE(checkResidentId(u"1.10105E+17", kToday).message,
            QStringLiteral(
                "The ID number \"1.10105E+17\" was turned into a number by the spreadsheet and has lost "
                "digits; format the column as text and enter the number again."));
        QCOMPARE(checkResidentId(u"11010519491231002", kToday).message,
            QStringLiteral("The ID number \"11010519491231002\" should have 18 characters but has 17."));
        QCOMPARE(checkResidentId(kValidId, kToday, QDate(1949, 12, 30)).message,
            QStringLiteral("The ID number \"11010519491231002X\" gives the birth date 1949-12-31, which "
                           "differs from the "
                           "birth date 1949-12-30."));
        QCOMPARE(checkResidentId(kValidId, kToday, {}, Gender::Male).message,
            QStringLiteral(
                "The ID number \"11010519491231002X\" is a woman's, but the gender given is male."));
        // Without a valid today, a future birth date is not judged.
        QVERIFY(checkResidentId(u"110105203001010028", QDate()).isValid());
    }

    // --- Phones and email ----------------------------------------------------------------------

    void phone_data()
    {
        using P = PhoneResult::Problem;
        using K = PhoneResult::Kind;
        QTest::addColumn<QString>("input");
        QTest::addColumn<P>("problem");
        QTest::addColumn<K>("kind");
        QTest::addColumn<QString>("value");
        const QString mobile = QStringLiteral("13800138000");
        QTest::newRow("mobile") << mobile << P::None << K::Mobile << mobile;
        QTest::newRow("+86 with spaces")
            << QStringLiteral("+86 138 0013 8000") << P::None << K::Mobile << mobile;
        QTest::newRow("dashes") << QStringLiteral("138-0013-8000") << P::None << K::Mobile << mobile;
        QTest::newRow("full-width") << QStringLiteral("１３８００１３８０００") << P::None << K::Mobile
                                    << mobile;
        QTest::newRow("full-width +86 and dash")
            << QStringLiteral("＋８６－１３８００１３８０００") << P::None << K::Mobile << mobile;
        QTest::newRow("0086") << QStringLiteral("0086 13800138000") << P::None << K::Mobile << mobile;
        QTest::newRow("86") << QStringLiteral("8613800138000") << P::None << K::Mobile << mobile;
        QTest::newRow("(+86)") << QStringLiteral("(+86)13800138000") << P::None << K::Mobile << mobile;
        QTest::newRow("em dash") << QStringLiteral("138—0013—8000") << P::None << K::Mobile << mobile;
        QTest::newRow("segment 192") << QStringLiteral("19212345678") << P::None << K::Mobile
                                     << QStringLiteral("19212345678");
        QTest::newRow("segment 12") << QStringLiteral("12800138000") << P::NotPhone << K::None
                                    << QStringLiteral("12800138000");
        QTest::newRow("10 digits") << QStringLiteral("1380013800") << P::NotPhone << K::None
                                   << QStringLiteral("1380013800");
        QTest::newRow("12 digits") << QStringLiteral("138001380001") << P::NotPhone << K::None
                                   << QStringLiteral("138001380001");
        QTest::newRow("landline") << QStringLiteral("010-12345678") << P::None << K::Landline
                                  << QStringLiteral("010-12345678");
        QTest::newRow("extension") << QStringLiteral("010-12345678-123") << P::None << K::Landline
                                   << QStringLiteral("010-12345678-123");
        QTest::newRow("parentheses") << QStringLiteral("(0571)87654321") << P::None << K::Landline
                                     << QStringLiteral("0571-87654321");
        QTest::newRow("full-width parentheses") << QStringLiteral("（０５７１）８７６５ ４３２１") << P::None
                                                << K::Landline << QStringLiteral("0571-87654321");
        QTest::newRow("space") << QStringLiteral("010 12345678") << P::None << K::Landline
                               << QStringLiteral("010-12345678");
        QTest::newRow("run together, 3-digit area")
            << QStringLiteral("01012345678") << P::None << K::Landline << QStringLiteral("010-12345678");
        QTest::newRow("run together, 4-digit area")
            << QStringLiteral("057187654321") << P::None << K::Landline << QStringLiteral("0571-87654321");
        QTest::newRow("7-digit number")
            << QStringLiteral("0571-8765432") << P::None << K::Landline << QStringLiteral("0571-8765432");
        QTest::newRow("转 extension") << QStringLiteral("010-12345678 转 123") << P::None << K::Landline
                                      << QStringLiteral("010-12345678-123");
        QTest::newRow("ext. extension") << QStringLiteral("020-12345678 ext. 88") << P::None << K::Landline
                                        << QStringLiteral("020-12345678-88");
        QTest::newRow("international landline")
            << QStringLiteral("+86 10 1234 5678") << P::None << K::Landline << QStringLiteral("010-12345678");
        QTest::newRow("no area code")
            << QStringLiteral("12345678") << P::NotPhone << K::None << QStringLiteral("12345678");
        QTest::newRow("6-digit number")
            << QStringLiteral("010-123456") << P::NotPhone << K::None << QStringLiteral("010-123456");
        QTest::newRow("7-digit extension") << QStringLiteral("010-12345678-1234567") << P::NotPhone << K::None
                                           << QStringLiteral("010-12345678-1234567");
        QTest::newRow("letters") << QStringLiteral("电话待定") << P::NotPhone << K::None
                                 << QStringLiteral("电话待定");
        QTest::newRow("empty") << QStringLiteral(" ") << P::Empty << K::None << QString();
    }

    void phone()
    {
        QFETCH(QString, input);
        QFETCH(PhoneResult::Problem, problem);
        QFETCH(PhoneResult::Kind, kind);
        QFETCH(QString, value);
        const PhoneResult r = checkPhone(input);
        QCOMPARE(r.problem, problem);
        QCOMPARE(r.kind, kind);
        QCOMPARE(r.value, value);
        QCOMPARE(r.message.isEmpty(), r.isValid());

        // The specific checks agree with the combined one.
        const PhoneResult m = checkMobile(input);
        const PhoneResult l = checkLandline(input);
        QCOMPARE(m.isValid(), kind == PhoneResult::Kind::Mobile);
        QCOMPARE(l.isValid(), kind == PhoneResult::Kind::Landline);
        if (kind == PhoneResult::Kind::Mobile)
            QCOMPARE(m.value, value);
        if (kind == PhoneResult::Kind::Landline)
            QCOMPARE(l.value, value);
    }

    void phone_messages()
    {
        QCOMPARE(checkMobile(u"12800138000").problem, PhoneResult::Problem::NotMobile);
        QCOMPARE(checkMobile(u"12800138000").message,
            QStringLiteral("\"12800138000\" is not a mainland mobile number, which has 11 digits beginning "
                           "with 13 to 19."));
        QCOMPARE(checkLandline(u"13800138000").problem, PhoneResult::Problem::NotLandline);
        QVERIFY(checkPhone(u"12345678").message.contains(u"\"12345678\""));
        QCOMPARE(checkMobile(u"").problem, PhoneResult::Problem::Empty);
    }

    void email_data()
    {
        using P = EmailResult::Problem;
        QTest::addColumn<QString>("input");
        QTest::addColumn<P>("problem");
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << QStringLiteral("zhangsan@example.com") << P::None
                               << QStringLiteral("zhangsan@example.com");
        QTest::newRow("domain lower-cased, local kept") << QStringLiteral(" Zhang.San@Example.COM ")
                                                        << P::None << QStringLiteral("Zhang.San@example.com");
        QTest::newRow("full-width") << QStringLiteral("ｚｈａｎｇｓａｎ＠ｅｘａｍｐｌｅ．ｃｏｍ") << P::None
                                    << QStringLiteral("zhangsan@example.com");
        QTest::newRow("ideographic full stop")
            << QStringLiteral("zhangsan@example。com") << P::None << QStringLiteral("zhangsan@example.com");
        QTest::newRow("plus and subdomains") << QStringLiteral("li.si+news@mail.sub.example.cn") << P::None
                                             << QStringLiteral("li.si+news@mail.sub.example.cn");
        QTest::newRow("digits and hyphen") << QStringLiteral("12345@vip.163-mail.com") << P::None
                                           << QStringLiteral("12345@vip.163-mail.com");
        QTest::newRow("punycode TLD")
            << QStringLiteral("a@example.xn--fiqs8s") << P::None << QStringLiteral("a@example.xn--fiqs8s");
        QTest::newRow("space") << QStringLiteral("zhang san@example.com") << P::Whitespace
                               << QStringLiteral("zhang san@example.com");
        QTest::newRow("ideographic space") << QStringLiteral("zhangsan@　example.com") << P::Whitespace
                                           << QStringLiteral("zhangsan@ example.com");
        QTest::newRow("no @") << QStringLiteral("zhangsan.example.com") << P::NoAt
                              << QStringLiteral("zhangsan.example.com");
        QTest::newRow("two @") << QStringLiteral("a@b@example.com") << P::SeveralAt
                               << QStringLiteral("a@b@example.com");
        QTest::newRow("nothing before @")
            << QStringLiteral("@example.com") << P::BadLocalPart << QStringLiteral("@example.com");
        QTest::newRow("leading dot") << QStringLiteral(".zhang@example.com") << P::BadLocalPart
                                     << QStringLiteral(".zhang@example.com");
        QTest::newRow("double dot") << QStringLiteral("zhang..san@example.com") << P::BadLocalPart
                                    << QStringLiteral("zhang..san@example.com");
        QTest::newRow("chinese local part")
            << QStringLiteral("王伟@example.com") << P::BadLocalPart << QStringLiteral("王伟@example.com");
        QTest::newRow("nothing after @")
            << QStringLiteral("zhangsan@") << P::BadDomain << QStringLiteral("zhangsan@");
        QTest::newRow("no TLD") << QStringLiteral("zhangsan@example") << P::BadDomain
                                << QStringLiteral("zhangsan@example");
        QTest::newRow("1-letter TLD")
            << QStringLiteral("zhangsan@example.c") << P::BadDomain << QStringLiteral("zhangsan@example.c");
        QTest::newRow("digit TLD") << QStringLiteral("zhangsan@example.123") << P::BadDomain
                                   << QStringLiteral("zhangsan@example.123");
        QTest::newRow("hyphen at label start") << QStringLiteral("zhangsan@-example.com") << P::BadDomain
                                               << QStringLiteral("zhangsan@-example.com");
        QTest::newRow("empty label") << QStringLiteral("zhangsan@example..com") << P::BadDomain
                                     << QStringLiteral("zhangsan@example..com");
        QTest::newRow("comma for dot")
            << QStringLiteral("zhangsan@qq,com") << P::BadDomain << QStringLiteral("zhangsan@qq,com");
        QTest::newRow("empty") << QString() << P::Empty << QString();
    }

    void email()
    {
        QFETCH(QString, input);
        QFETCH(EmailResult::Problem, problem);
        QFETCH(QString, value);
        const EmailResult r = checkEmail(input);
        QCOMPARE(r.problem, problem);
        QCOMPARE(r.value, value);
        QCOMPARE(r.message.isEmpty(), r.isValid());
        if (!r.isValid() && !value.isEmpty())
            QVERIFY2(r.message.contains(value), qPrintable(r.message));
    }

    // --- Dates ---------------------------------------------------------------------------------

    void parseDate_data()
    {
        using P = DateResult::Problem;
        using W = DateResult::Warning;
        QTest::addColumn<QString>("input");
        QTest::addColumn<P>("problem");
        QTest::addColumn<W>("warning");
        QTest::addColumn<QDate>("value");
        const QDate june1(2017, 6, 1);
        QTest::newRow("ISO") << QStringLiteral("2017-06-01") << P::None << W::None << june1;
        QTest::newRow("ISO short") << QStringLiteral("2017-6-1") << P::None << W::None << june1;
        QTest::newRow("slashes") << QStringLiteral("2017/6/1") << P::None << W::None << june1;
        QTest::newRow("dots") << QStringLiteral("2017.6.1") << P::None << W::None << june1;
        QTest::newRow("chinese") << QStringLiteral("2017年6月1日") << P::None << W::None << june1;
        QTest::newRow("chinese spaced")
            << QStringLiteral(" 2017 年 06 月 01 日 ") << P::None << W::None << june1;
        QTest::newRow("chinese 号") << QStringLiteral("2017年6月1号") << P::None << W::None << june1;
        QTest::newRow("chinese without 日") << QStringLiteral("2017年6月1") << P::None << W::None << june1;
        QTest::newRow("8 digits") << QStringLiteral("20170601") << P::None << W::None << june1;
        QTest::newRow("full-width ISO")
            << QStringLiteral("２０１７－０６－０１") << P::None << W::None << june1;
        QTest::newRow("full-width chinese")
            << QStringLiteral("２０１７年６月１日") << P::None << W::None << june1;
        QTest::newRow("full-width 8 digits")
            << QStringLiteral("２０１７０６０１") << P::None << W::None << june1;
        QTest::newRow("with time") << QStringLiteral("2017-06-01 00:00:00") << P::None << W::None << june1;
        QTest::newRow("with short time") << QStringLiteral("2017/6/1 8:30") << P::None << W::None << june1;
        QTest::newRow("ISO with T") << QStringLiteral("2017-06-01T08:30:00") << P::None << W::None << june1;
        QTest::newRow("1900-01-01") << QStringLiteral("1900-01-01") << P::None << W::None
                                    << QDate(1900, 1, 1);
        QTest::newRow("leap day 2000")
            << QStringLiteral("2000-02-29") << P::None << W::None << QDate(2000, 2, 29);
        QTest::newRow("leap day 2024")
            << QStringLiteral("2024/2/29") << P::None << W::None << QDate(2024, 2, 29);
        QTest::newRow("1800") << QStringLiteral("1800-01-01") << P::None << W::None << QDate(1800, 1, 1);
        QTest::newRow("month dots") << QStringLiteral("2017.6") << P::None << W::MonthOnly << june1;
        QTest::newRow("month dots, October")
            << QStringLiteral("2017.10") << P::None << W::MonthOnly << QDate(2017, 10, 1);
        QTest::newRow("month ISO") << QStringLiteral("2017-06") << P::None << W::MonthOnly << june1;
        QTest::newRow("month slash") << QStringLiteral("2017/6") << P::None << W::MonthOnly << june1;
        QTest::newRow("month chinese") << QStringLiteral("2017年6月") << P::None << W::MonthOnly << june1;
        QTest::newRow("month full-width")
            << QStringLiteral("２０１７．６") << P::None << W::MonthOnly << june1;
        QTest::newRow("30 February") << QStringLiteral("2023-02-30") << P::NotACalendarDate << W::None
                                     << QDate();
        QTest::newRow("30 February compact")
            << QStringLiteral("20230230") << P::NotACalendarDate << W::None << QDate();
        QTest::newRow("1900 not leap")
            << QStringLiteral("1900-02-29") << P::NotACalendarDate << W::None << QDate();
        QTest::newRow("2100 not leap")
            << QStringLiteral("2100-02-29") << P::NotACalendarDate << W::None << QDate();
        QTest::newRow("2023 not leap")
            << QStringLiteral("2023年2月29日") << P::NotACalendarDate << W::None << QDate();
        QTest::newRow("month 13") << QStringLiteral("2017-13-01") << P::NotACalendarDate << W::None
                                  << QDate();
        QTest::newRow("month 13 alone")
            << QStringLiteral("2017.13") << P::NotACalendarDate << W::None << QDate();
        QTest::newRow("month 0 alone")
            << QStringLiteral("2017-00") << P::NotACalendarDate << W::None << QDate();
        QTest::newRow("day 0") << QStringLiteral("2017-06-00") << P::NotACalendarDate << W::None << QDate();
        QTest::newRow("1799") << QStringLiteral("1799-12-31") << P::YearOutOfRange << W::None << QDate();
        QTest::newRow("year typo") << QStringLiteral("0217-06-01") << P::YearOutOfRange << W::None << QDate();
        QTest::newRow("mixed separators")
            << QStringLiteral("2017/06-01") << P::Unrecognized << W::None << QDate();
        QTest::newRow("two-digit year") << QStringLiteral("17-6-1") << P::Unrecognized << W::None << QDate();
        QTest::newRow("year alone") << QStringLiteral("2017") << P::Unrecognized << W::None << QDate();
        QTest::newRow("6 digits") << QStringLiteral("201761") << P::Unrecognized << W::None << QDate();
        QTest::newRow("words") << QStringLiteral("去年") << P::Unrecognized << W::None << QDate();
        QTest::newRow("empty") << QStringLiteral(" ") << P::Empty << W::None << QDate();
        QTest::newRow("10 years ahead")
            << QStringLiteral("2036-11-22") << P::None << W::None << QDate(2036, 11, 22);
        QTest::newRow("over 10 years ahead")
            << QStringLiteral("2036-11-23") << P::None << W::FarFuture << QDate(2036, 11, 23);
        QTest::newRow("year typo ahead")
            << QStringLiteral("2107-06-01") << P::None << W::FarFuture << QDate(2107, 6, 1);
    }

    void parseDate()
    {
        QFETCH(QString, input);
        QFETCH(DateResult::Problem, problem);
        QFETCH(DateResult::Warning, warning);
        QFETCH(QDate, value);
        const DateResult r = sd::validation::parseDate(input, kToday);
        QCOMPARE(r.problem, problem);
        QCOMPARE(r.warning, warning);
        QCOMPARE(r.value, value);
        QCOMPARE(r.message.isEmpty(), r.isValid());
        QCOMPARE(r.warningMessage.isEmpty(), warning == DateResult::Warning::None);
    }

    void parseDate_messages()
    {
        QCOMPARE(sd::validation::parseDate(u"2023-02-30", kToday).message,
            QStringLiteral("\"2023-02-30\" is not a date of the calendar."));
        QCOMPARE(sd::validation::parseDate(u"2017年6月", kToday).warningMessage,
            QStringLiteral("\"2017年6月\" gives only a month, so its first day 2017-06-01 was taken."));
        QCOMPARE(sd::validation::parseDate(u"soon", kToday).message,
            QStringLiteral("\"soon\" is not a date; write it as YYYY-MM-DD, such as 2017-06-01."));
        // Without a valid today, nothing is far ahead.
        QCOMPARE(sd::validation::parseDate(u"2107-06-01", QDate()).warning, DateResult::Warning::None);
    }

    void excelSerial_data()
    {
        using P = DateResult::Problem;
        QTest::addColumn<double>("serial");
        QTest::addColumn<P>("problem");
        QTest::addColumn<QDate>("value");
        QTest::newRow("1") << 1.0 << P::None << QDate(1900, 1, 1);
        QTest::newRow("1 with time") << 1.75 << P::None << QDate(1900, 1, 1);
        QTest::newRow("59") << 59.0 << P::None << QDate(1900, 2, 28);
        QTest::newRow("60 phantom") << 60.0 << P::PhantomLeapDay << QDate();
        QTest::newRow("60 phantom with time") << 60.5 << P::PhantomLeapDay << QDate();
        QTest::newRow("61") << 61.0 << P::None << QDate(1900, 3, 1);
        QTest::newRow("2000-01-01") << 36526.0 << P::None << QDate(2000, 1, 1);
        QTest::newRow("2017-06-01") << 42887.0 << P::None << QDate(2017, 6, 1);
        QTest::newRow("2025-01-01 noon") << 45658.5 << P::None << QDate(2025, 1, 1);
        QTest::newRow("last") << 2958465.0 << P::None << QDate(9999, 12, 31);
        QTest::newRow("last with time") << 2958465.99 << P::None << QDate(9999, 12, 31);
        QTest::newRow("0") << 0.0 << P::SerialOutOfRange << QDate();
        QTest::newRow("0.5") << 0.5 << P::SerialOutOfRange << QDate();
        QTest::newRow("negative") << -1.0 << P::SerialOutOfRange << QDate();
        QTest::newRow("past last") << 2958466.0 << P::SerialOutOfRange << QDate();
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << P::SerialOutOfRange << QDate();
        QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << P::SerialOutOfRange
                                  << QDate();
    }

    void excelSerial()
    {
        QFETCH(double, serial);
        QFETCH(DateResult::Problem, problem);
        QFETCH(QDate, value);
        const DateResult r = dateFromExcelSerial(serial);
        QCOMPARE(r.problem, problem);
        QCOMPARE(r.value, value);
        QCOMPARE(r.warning, DateResult::Warning::None);
        QCOMPARE(r.message.isEmpty(), r.isValid());
    }

    void spreadsheetNumber_data()
    {
        using P = DateResult::Problem;
        using W = DateResult::Warning;
        QTest::addColumn<double>("number");
        QTest::addColumn<P>("problem");
        QTest::addColumn<W>("warning");
        QTest::addColumn<QDate>("value");
        QTest::newRow("2017.6") << 2017.6 << P::None << W::YearMonthNumber << QDate(2017, 6, 1);
        QTest::newRow("2017.06") << 2017.06 << P::None << W::YearMonthNumber << QDate(2017, 6, 1);
        QTest::newRow("2017.12") << 2017.12 << P::None << W::YearMonthNumber << QDate(2017, 12, 1);
        QTest::newRow("2017.1") << 2017.1 << P::None << W::YearMonthNumber << QDate(2017, 1, 1);
        QTest::newRow("2017.11") << 2017.11 << P::None << W::YearMonthNumber << QDate(2017, 11, 1);
        QTest::newRow("2017.05") << 2017.05 << P::None << W::YearMonthNumber << QDate(2017, 5, 1);
        QTest::newRow("2017.9") << 2017.9 << P::None << W::YearMonthNumber << QDate(2017, 9, 1);
        QTest::newRow("1900.01") << 1900.01 << P::None << W::YearMonthNumber << QDate(1900, 1, 1);
        QTest::newRow("2100.12") << 2100.12 << P::None << W::YearMonthNumber << QDate(2100, 12, 1);
        QTest::newRow("2017.13") << 2017.13 << P::NotACalendarDate << W::None << QDate();
        QTest::newRow("2017.99") << 2017.99 << P::NotACalendarDate << W::None << QDate();
        QTest::newRow("whole 2017 is a serial") << 2017.0 << P::None << W::None << QDate(1905, 7, 9);
        QTest::newRow("three decimals is a serial") << 2017.123 << P::None << W::None << QDate(1905, 7, 9);
        QTest::newRow("1899.5 is a serial") << 1899.5 << P::None << W::None << QDate(1905, 3, 13);
        QTest::newRow("2101.5 is a serial") << 2101.5 << P::None << W::None << QDate(1905, 10, 1);
        QTest::newRow("serial") << 42887.0 << P::None << W::None << QDate(2017, 6, 1);
        QTest::newRow("serial with time") << 42887.25 << P::None << W::None << QDate(2017, 6, 1);
        QTest::newRow("serial 60") << 60.0 << P::PhantomLeapDay << W::None << QDate();
        QTest::newRow("serial 0") << 0.0 << P::SerialOutOfRange << W::None << QDate();
    }

    void spreadsheetNumber()
    {
        QFETCH(double, number);
        QFETCH(DateResult::Problem, problem);
        QFETCH(DateResult::Warning, warning);
        QFETCH(QDate, value);
        const DateResult r = dateFromSpreadsheetNumber(number);
        QCOMPARE(r.problem, problem);
        QCOMPARE(r.warning, warning);
        QCOMPARE(r.value, value);
        QCOMPARE(r.message.isEmpty(), r.isValid());
        QCOMPARE(r.warningMessage.isEmpty(), warning == DateResult::Warning::None);
    }

    void spreadsheetNumber_messages()
    {
        QCOMPARE(dateFromSpreadsheetNumber(2017.6).warningMessage,
            QStringLiteral(
                "The number 2017.6 was read as the month 2017-06 and taken as its first day 2017-06-01."));
        QCOMPARE(dateFromSpreadsheetNumber(2017.1).warningMessage,
            QStringLiteral("The number 2017.1 was read as the month 2017-01 and taken as 2017-01-01; if "
                           "2017.10 (October) "
                           "was typed, the spreadsheet dropped its last zero."));
        QCOMPARE(dateFromSpreadsheetNumber(2017.13).message,
            QStringLiteral("The number 2017.13 looks like a year and month, but 13 is not a month."));
        QCOMPARE(dateFromExcelSerial(2958466).message,
            QStringLiteral("The number 2958466 is not an Excel date, which lies between 1 and 2958465."));
        QCOMPARE(dateFromSpreadsheetNumber(2099.6, kToday).warning,
            DateResult::Warning::YearMonthNumber); // one warning: the format's
        QCOMPARE(dateFromExcelSerial(80000, kToday).warning, DateResult::Warning::FarFuture); // 2119-01-10
    }

    // --- Values --------------------------------------------------------------------------------

    void yesNo_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("expected"); // -1 unknown, 0 no, 1 yes
        const QList<std::pair<const char16_t *, int>> accepted = {
            { u"是", 1 },
            { u"否", 0 },
            { u"Y", 1 },
            { u"n", 0 },
            { u"yes", 1 },
            { u"NO", 0 },
            { u"True", 1 },
            { u"false", 0 },
            { u"1", 1 },
            { u"0", 0 },
            { u"１", 1 },
            { u"ｙｅｓ", 1 },
            { u"Ｎ", 0 },
            { u" 是 ", 1 },
            { u"", -1 },
            { u"　", -1 },
        };
        for (const auto &[text, expected] : accepted)
            QTest::newRow(qPrintable(QString::fromUtf16(text)))
                << QString::fromUtf16(text) << true << expected;
        for (const char16_t *text : { u"有", u"2", u"yes!", u"√", u"ja", u"是否" })
            QTest::newRow(qPrintable(QString::fromUtf16(text))) << QString::fromUtf16(text) << false << -1;
    }

    void yesNo()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(int, expected);
        const YesNoResult r = parseYesNo(input);
        QCOMPARE(r.isValid(), valid);
        QCOMPARE(r.value.has_value(), expected >= 0);
        if (expected >= 0)
            QCOMPARE(*r.value, expected == 1);
        QCOMPARE(r.message.isEmpty(), valid);
    }

    void yesNo_message()
    {
        QCOMPARE(parseYesNo(u"有").message,
            QStringLiteral("\"有\" is not a yes/no value; the accepted spellings are 是/否, Y/N, yes/no, "
                           "true/false, 1/0."));
    }

    void gender_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<Gender>("expected");
        QTest::newRow("男") << QStringLiteral("男") << true << Gender::Male;
        QTest::newRow("女") << QStringLiteral("女") << true << Gender::Female;
        QTest::newRow("男性") << QStringLiteral(" 男性 ") << true << Gender::Male;
        QTest::newRow("女性") << QStringLiteral("女性") << true << Gender::Female;
        QTest::newRow("M") << QStringLiteral("M") << true << Gender::Male;
        QTest::newRow("f") << QStringLiteral("f") << true << Gender::Female;
        QTest::newRow("Male") << QStringLiteral("Male") << true << Gender::Male;
        QTest::newRow("FEMALE") << QStringLiteral("FEMALE") << true << Gender::Female;
        QTest::newRow("full-width M") << QStringLiteral("Ｍ") << true << Gender::Male;
        QTest::newRow("empty") << QString() << true << Gender::Unknown;
        QTest::newRow("X") << QStringLiteral("X") << false << Gender::Unknown;
        QTest::newRow("man") << QStringLiteral("man") << false << Gender::Unknown;
        QTest::newRow("男女") << QStringLiteral("男女") << false << Gender::Unknown;
    }

    void gender()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(Gender, expected);
        const GenderResult r = parseGender(input);
        QCOMPARE(r.isValid(), valid);
        QCOMPARE(r.value, expected);
        QCOMPARE(r.message.isEmpty(), valid);
    }

    void choice_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("defaultValue");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("expected");
        QTest::newRow("exact") << QStringLiteral("中级") << QString() << true << QStringLiteral("中级");
        QTest::newRow("spaces") << QStringLiteral(" 中　级 ") << QString() << true << QStringLiteral("中级");
        QTest::newRow("empty with default")
            << QString() << QStringLiteral("无") << true << QStringLiteral("无");
        QTest::newRow("empty without default") << QStringLiteral(" ") << QString() << true << QString();
        QTest::newRow("not allowed") << QStringLiteral("高级") << QStringLiteral("无") << false
                                     << QStringLiteral("高级");
        QTest::newRow("prefix is not enough")
            << QStringLiteral("正高") << QString() << false << QStringLiteral("正高");
    }

    void choice()
    {
        QFETCH(QString, input);
        QFETCH(QString, defaultValue);
        QFETCH(bool, valid);
        QFETCH(QString, expected);
        const QStringList titles = { QStringLiteral("正高级"), QStringLiteral("副高级"),
            QStringLiteral("中级"), QStringLiteral("初级"), QStringLiteral("无") };
        const ChoiceResult r = checkChoice(input, titles, defaultValue);
        QCOMPARE(r.isValid(), valid);
        QCOMPARE(r.value, expected);
        QCOMPARE(r.message.isEmpty(), valid);
    }

    void choice_aliasesAndMessage()
    {
        const QList<Choice> statuses = {
            { QStringLiteral("申请中"), { QStringLiteral("applied") } },
            { QStringLiteral("正常"), { QStringLiteral("active") } },
            { QStringLiteral("退会"), { QStringLiteral("withdrawn") } },
        };
        QCOMPARE(checkChoice(u"正常", statuses).value, QStringLiteral("正常"));
        QCOMPARE(checkChoice(u"Active", statuses).value, QStringLiteral("正常"));
        QCOMPARE(checkChoice(u"ＡＣＴＩＶＥ", statuses).value, QStringLiteral("正常"));
        QCOMPARE(checkChoice(u"", statuses, u"正常").value, QStringLiteral("正常"));
        const ChoiceResult bad = checkChoice(u"normal", statuses);
        QCOMPARE(bad.problem, ChoiceResult::Problem::NotAllowed);
        QCOMPARE(
            bad.message, QStringLiteral("\"normal\" is not one of the accepted values: 申请中, 正常, 退会."));
        QCOMPARE(
            checkChoice(u"Other", QStringList { QStringLiteral("other") }).value, QStringLiteral("other"));
    }

    // --- Translation -----------------------------------------------------------------------------

    /// The contexts used at run time are the ones lupdate files the strings under.
    void messagesAreTranslatedInTheirContexts()
    {
        RecordingTranslator translator;
        QCoreApplication::installTranslator(&translator);
        const QStringList messages = {
            checkResidentId(u"1.10105E+17", kToday).message,
            checkPhone(u"12345678").message,
            checkEmail(u"a@b").message,
            sd::validation::parseDate(u"2017.6", kToday).warningMessage,
            parseYesNo(u"?").message,
        };
        QCoreApplication::removeTranslator(&translator);
        for (const QString &message : messages)
            QVERIFY2(message.startsWith(u'⟦') && message.endsWith(u'⟧'), qPrintable(message));
        const QSet<QString> expected = { QStringLiteral("sd::validation::ResidentIdValidation"),
            QStringLiteral("sd::validation::ContactValidation"), QStringLiteral("sd::validation::DateValidation"),
            QStringLiteral("sd::validation::ValueValidation") };
        QCOMPARE(translator.contexts, expected);
    }
};

QTEST_GUILESS_MAIN(TestValidators)
#include "tst_validators.moc"
