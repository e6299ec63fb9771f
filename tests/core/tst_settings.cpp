#include "TestSupport.h"

#include "demo/DemoSociety.h"
#include "settings/Preferences.h"
#include "settings/SocietySettings.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"
#include "validation/CreditCode.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void specs_coverEveryKeyInOrderWithValidDefaults()
    {
        const auto specs = SocietySettings::specs();
        SocietySettings s;
        for (size_t i = 0; i < specs.size(); ++i) {
            QCOMPARE(int(specs[i].key), int(i)); // the table is indexed by the enum
            SocietySettings probe;
            QVERIFY2(probe.setStored(specs[i].key, QLatin1StringView(specs[i].defaultValue)), specs[i].name);
            QVERIFY(probe.isDefault(specs[i].key));
            SocietySetting back {};
            QVERIFY(SocietySettings::keyFromName(QString::fromLatin1(specs[i].name), &back));
            QCOMPARE(back, specs[i].key);
        }
    }

    void defaults_areTheCivilAffairsCharter()
    {
        const SocietySettings s;
        QCOMPARE(s.fraction(SocietySetting::CouncilQuorum), Fraction(2, 3));
        QCOMPARE(s.fraction(SocietySetting::CongressMajority), Fraction(1, 2));
        QCOMPARE(s.integer(SocietySetting::YoungAgeThreshold), 45);
        QCOMPARE(s.integer(SocietySetting::AbsenceThreshold), 2);
        QCOMPARE(s.flag(SocietySetting::PilotSociety), false);
        QCOMPARE(s.text(SocietySetting::DocumentLanguage), QStringLiteral("zh_CN"));
        QCOMPARE(s.list(SocietySetting::RulePacks), (QStringList { QStringLiteral("cast-2017"), QStringLiteral("civil-affairs") }));
    }

    void invalidValues_areRefusedAndChangeNothing_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("fraction text") << int(SocietySetting::CouncilQuorum) << QStringLiteral("most");
        QTest::newRow("fraction above 1") << int(SocietySetting::CouncilQuorum) << QStringLiteral("4/3");
        QTest::newRow("fraction zero") << int(SocietySetting::CouncilQuorum) << QStringLiteral("0/3");
        QTest::newRow("age too low") << int(SocietySetting::YoungAgeThreshold) << QStringLiteral("3");
        QTest::newRow("age not a number") << int(SocietySetting::YoungAgeThreshold) << QStringLiteral("四十五");
        QTest::newRow("bool") << int(SocietySetting::PilotSociety) << QStringLiteral("maybe");
        QTest::newRow("unknown pack") << int(SocietySetting::RulePacks) << QStringLiteral("cast-2017,mars-2030");
        QTest::newRow("language") << int(SocietySetting::DocumentLanguage) << QStringLiteral("fr");
    }

    void invalidValues_areRefusedAndChangeNothing()
    {
        QFETCH(int, key);
        QFETCH(QString, value);
        SocietySettings s;
        const QString before = s.stored(SocietySetting(key));
        QString error;
        QVERIFY(!s.setStored(SocietySetting(key), value, &error));
        QVERIFY(error.startsWith(SocietySettings::label(SocietySetting(key)))); // named as screens show it
        QCOMPARE(s.stored(SocietySetting(key)), before);
    }

    void fullWidthInput_isFolded()
    {
        SocietySettings s;
        QVERIFY(s.setStored(SocietySetting::CouncilQuorum, QStringLiteral("３／４")));
        QCOMPARE(s.stored(SocietySetting::CouncilQuorum), QStringLiteral("3/4"));
        QVERIFY(s.setStored(SocietySetting::YoungAgeThreshold, QStringLiteral("４０")));
        QCOMPARE(s.integer(SocietySetting::YoungAgeThreshold), 40);
    }

    void values_roundTripThroughTheDatabaseWithAudit()
    {
        QTemporaryDir dir;
        storage::StorageError error;
        auto db = test::createDatabase(dir, QStringLiteral("s.societydesk"));
        QVERIFY(db);
        storage::ProfileStore store(*db);
        SocietySettings s;
        s.setFraction(SocietySetting::CongressMajority, Fraction(2, 3));
        s.setInteger(SocietySetting::YoungAgeThreshold, 40);
        s.setFlag(SocietySetting::PilotSociety, true);
        s.setList(SocietySetting::RulePacks, { QStringLiteral("cast-2017"), QStringLiteral("hubei-2017") });
        const qint64 auditBefore = db->audit().count();
        QVERIFY2(store.saveSettings(s, &error), qPrintable(error.message));
        QCOMPARE(store.settings(), s);
        QCOMPARE(db->audit().count(), auditBefore + 1);
        QVERIFY(store.saveSettings(s, &error)); // unchanged: no new audit entry
        QCOMPARE(db->audit().count(), auditBefore + 1);
        s.setInteger(SocietySetting::YoungAgeThreshold, 45); // back to the default: row removed
        QVERIFY(store.saveSettings(s, &error));
        QVERIFY(store.settings().isDefault(SocietySetting::YoungAgeThreshold));
    }

    void profileAndSettings_saveTogetherOrNotAtAll()
    {
        QTemporaryDir dir;
        storage::StorageError error;
        auto db = test::createDatabase(dir, QStringLiteral("s.societydesk"));
        QVERIFY(db);
        storage::ProfileStore store(*db);
        SocietyProfile profile;
        profile.name = QStringLiteral("湖北省测试学会");
        SocietySettings settings;
        settings.setInteger(SocietySetting::AbsenceThreshold, 3);
        QVERIFY2(store.save(profile, settings, &error), qPrintable(error.message));
        QCOMPARE(store.profile().name, profile.name);
        QCOMPARE(store.settings().integer(SocietySetting::AbsenceThreshold), 3);

        const qint64 audit = db->audit().count();
        SocietyProfile bad = profile;
        bad.creditCode = QStringLiteral("91350100M000100Y44");
        SocietySettings changed = settings;
        changed.setInteger(SocietySetting::AbsenceThreshold, 5);
        QVERIFY(!store.save(bad, changed, &error));
        QCOMPARE(error.kind, storage::StorageError::Kind::Invalid);
        QCOMPARE(store.settings().integer(SocietySetting::AbsenceThreshold), 3); // rolled back with the profile
        QCOMPARE(db->audit().count(), audit);
    }

    void labels_nameEverySettingAndPack()
    {
        for (const auto &spec : SocietySettings::specs())
            QVERIFY2(SocietySettings::label(spec.key) != QLatin1StringView(spec.name), spec.name);
        for (const QString &pack : SocietySettings::knownRulePacks())
            QVERIFY2(SocietySettings::rulePackTitle(pack) != pack, qPrintable(pack));
    }

    void preferences_typedKeysDefaultsAndRecentFiles()
    {
        QTemporaryDir dir;
        Preferences prefs(new QSettings(dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat));
        QCOMPARE(prefs.operatorName(), Preferences::systemUserName());
        QSignalSpy spy(&prefs, &Preferences::changed);
        prefs.setValue(Preferences::OperatorName, QStringLiteral("秘书处小王"));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(prefs.operatorName(), QStringLiteral("秘书处小王"));
        prefs.setValue(Preferences::OperatorName, QStringLiteral("秘书处小王"));
        QCOMPARE(spy.size(), 1);
        for (int i = 0; i < 10; ++i)
            prefs.addRecentFile(dir.filePath(QStringLiteral("f%1.societydesk").arg(i)));
        prefs.addRecentFile(dir.filePath(QStringLiteral("f5.societydesk")));
        const QStringList recent = prefs.recentFiles();
        QCOMPARE(recent.size(), 8);
        QCOMPARE(recent.constFirst(), dir.filePath(QStringLiteral("f5.societydesk")));
        QCOMPARE(recent.count(dir.filePath(QStringLiteral("f5.societydesk"))), 1);
    }

    void demo_isDeterministicAndValid()
    {
        const demo::DemoSociety a = demo::generate(7);
        const demo::DemoSociety b = demo::generate(7);
        QCOMPARE(a.profile, b.profile);
        QCOMPARE(a.settings, b.settings);
        QVERIFY(validation::checkCreditCode(a.profile.creditCode).isValid());
        QVERIFY(a.profile.creditCode.startsWith(QStringLiteral("51")));
        QVERIFY(validateProfile(a.profile, QDate(2026, 11, 22)).isEmpty());
        bool someDiffer = false;
        for (quint32 seed = 1; seed < 20; ++seed)
            someDiffer |= demo::generate(seed).profile.name != a.profile.name;
        QVERIFY(someDiffer);

        QTemporaryDir dir;
        storage::StorageError error;
        auto db = test::createDatabase(dir, QStringLiteral("demo.societydesk"));
        QVERIFY(db);
        QVERIFY(demo::write(*db, a, &error));
        QCOMPARE(storage::ProfileStore(*db).profile(), a.profile);
        QCOMPARE(storage::ProfileStore(*db).settings(), a.settings);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
