#include "domain/Fraction.h"
#include "domain/SocietyProfile.h"
#include "validation/CreditCode.h"
#include "validation/Masking.h"

#include <QTest>

using namespace sd;
using namespace sd::validation;
using Problem = CreditCodeResult::Problem;

Q_DECLARE_METATYPE(sd::validation::CreditCodeResult::Problem)

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void creditCode_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<Problem>("problem");
        QTest::newRow("worked example") << QStringLiteral("91350100M000100Y43") << Problem::None;
        QTest::newRow("lower case and spaces") << QStringLiteral("  91350100m000100y43 ") << Problem::None;
        QTest::newRow("social group 51") << QStringLiteral("51420000MJ0000001H") << Problem::None;
        QTest::newRow("check char corrupted") << QStringLiteral("91350100M000100Y44") << Problem::BadCheckCharacter;
        QTest::newRow("first char corrupted") << QStringLiteral("81350100M000100Y43") << Problem::BadCheckCharacter;
        QTest::newRow("middle char corrupted") << QStringLiteral("91350100M000101Y43") << Problem::BadCheckCharacter;
        QTest::newRow("letter corrupted") << QStringLiteral("91350100N000100Y43") << Problem::BadCheckCharacter;
        QTest::newRow("letter I not in alphabet") << QStringLiteral("91350100I000100Y43") << Problem::BadCharacter;
        QTest::newRow("letter O") << QStringLiteral("91350100O000100Y43") << Problem::BadCharacter;
        QTest::newRow("letter Z") << QStringLiteral("91350100Z000100Y43") << Problem::BadCharacter;
        QTest::newRow("letter S") << QStringLiteral("91350100S000100Y43") << Problem::BadCharacter;
        QTest::newRow("letter V") << QStringLiteral("91350100V000100Y43") << Problem::BadCharacter;
        QTest::newRow("full-width digit") << QStringLiteral("９1350100M000100Y43") << Problem::BadCharacter;
        QTest::newRow("17 chars") << QStringLiteral("91350100M000100Y4") << Problem::WrongLength;
        QTest::newRow("19 chars") << QStringLiteral("91350100M000100Y433") << Problem::WrongLength;
        QTest::newRow("empty") << QString() << Problem::Empty;
    }

    void creditCode()
    {
        QFETCH(QString, input);
        QFETCH(Problem, problem);
        QCOMPARE(checkCreditCode(input).problem, problem);
    }

    void creditCode_everySingleCharacterCorruptionIsCaught()
    {
        const QString valid = QStringLiteral("91350100M000100Y43");
        const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
        for (qsizetype i = 0; i < valid.size(); ++i) {
            for (const QChar c : alphabet) {
                if (c == valid[i])
                    continue;
                QString corrupted = valid;
                corrupted[i] = c;
                QVERIFY2(!checkCreditCode(corrupted).isValid(), qPrintable(corrupted));
            }
        }
    }

    void creditCode_checkCharacter()
    {
        QCOMPARE(creditCodeCheckCharacter(u"91350100M000100Y4"), QChar(u'3'));
        QCOMPARE(creditCodeCheckCharacter(u"91350100M000100Y"), QChar());
        QCOMPARE(creditCodeCheckCharacter(u"91350100I000100Y4"), QChar());
    }

    void masking()
    {
        QCOMPARE(maskIdNumber(u"11010519491231002X"), QStringLiteral("1101**********002X"));
        QCOMPARE(maskPhone(u"13800138000"), QStringLiteral("138****8000"));
        QCOMPARE(maskEmail(u"zhangsan@example.com"), QStringLiteral("z***@example.com"));
        QCOMPARE(maskPhone(u"123"), QStringLiteral("***"));
        QCOMPARE(maskEmail(u"not-an-email"), QStringLiteral("************"));
    }

    void fraction_comparesExactly()
    {
        const Fraction threeQuarters(3, 4);
        QVERIFY(threeQuarters.isReachedBy(90, 120));
        QVERIFY(!threeQuarters.isReachedBy(89, 120));
        QVERIFY(!threeQuarters.isReachedBy(0, 0));
        QVERIFY(Fraction(2, 3) == Fraction(4, 6));
        QVERIFY(Fraction(1, 3) < Fraction(34, 100));
        QCOMPARE(Fraction::parse(u" 2 / 3 "), Fraction(2, 3));
        QCOMPARE(Fraction::parse(u"２／３"), Fraction(2, 3)); // full-width, as Chinese input methods type it
        QVERIFY(!Fraction::parse(u"2/0").isValid());
        QVERIFY(!Fraction::parse(u"abc").isValid());
        QVERIFY(!Fraction::parse(u"-1/2").isValid());
        QCOMPARE(Fraction(2, 3).toPercent(), QStringLiteral("66.7%"));
    }

    void profile_validation()
    {
        const QDate today(2026, 11, 22);
        SocietyProfile p;
        QCOMPARE(validateProfile(p, today).size(), 1); // name required
        p.name = QStringLiteral("湖北省机械工程学会");
        QVERIFY(validateProfile(p, today).isEmpty());
        p.creditCode = QStringLiteral("91350100M000100Y44");
        QCOMPARE(validateProfile(p, today).constFirst().field, ProfileProblem::Field::CreditCode);
        p.creditCode = QStringLiteral("91350100M000100Y43");
        p.founded = QDate(2027, 1, 1);
        QCOMPARE(validateProfile(p, today).constFirst().field, ProfileProblem::Field::Founded);
        p.founded = QDate(1979, 5, 12);
        QVERIFY(validateProfile(p, today).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
