#include "i18n/Language.h"
#include "settings/SocietySettings.h"

#include <QCoreApplication>
#include <QTest>

using namespace sd;

class TestI18n : public QObject
{
    Q_OBJECT

private slots:
    void codes()
    {
        QCOMPARE(i18n::fromCode(u"zh_CN"), i18n::Language::Chinese);
        QCOMPARE(i18n::fromCode(u"zh"), i18n::Language::Chinese);
        QCOMPARE(i18n::fromCode(u"en_GB"), i18n::Language::English);
        QCOMPARE(i18n::code(i18n::Language::Chinese), QStringLiteral("zh_CN"));
        QVERIFY(!i18n::isKnownCode(u"fr"));
    }

    void install_switchesAtRuntime()
    {
        QVERIFY(i18n::install(i18n::Language::Chinese));
        QCOMPARE(SocietySettings::label(SocietySetting::YoungAgeThreshold), QStringLiteral("中青年：年龄不超过"));
        QVERIFY(i18n::install(i18n::Language::English));
        QCOMPARE(SocietySettings::label(SocietySetting::YoungAgeThreshold),
            QStringLiteral("Young and middle-aged: at most this age"));
    }

    void documents_followTheDocumentLanguageNotTheScreen()
    {
        QVERIFY(i18n::install(i18n::Language::English)); // screens in English
        const i18n::DocumentTranslator chinese(i18n::Language::Chinese);
        QCOMPARE(chinese.translate("sd::SocietySettings", "Rule packs that apply"), QStringLiteral("适用的规则包"));
        QCOMPARE(SocietySettings::label(SocietySetting::RulePacks), QStringLiteral("Rule packs that apply"));

        QVERIFY(i18n::install(i18n::Language::Chinese)); // screens in Chinese
        const i18n::DocumentTranslator english(i18n::Language::English);
        QCOMPARE(english.translate("sd::SocietySettings", "Rule packs that apply"), QStringLiteral("Rule packs that apply"));
        QCOMPARE(chinese.translate("no::Context", "Untranslated"), QStringLiteral("Untranslated"));
        i18n::install(i18n::Language::English);
    }
};

QTEST_GUILESS_MAIN(TestI18n)
#include "tst_i18n.moc"
