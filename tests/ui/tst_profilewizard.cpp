// The new-society wizard validates as the user types: an invalid unified social credit code
// keeps Next disabled with the reason under the field; a valid one lets the user on.

#include "common/FileDialog.h"
#include "domain/SocietyProfile.h"
#include "profile/LocationPage.h"
#include "profile/ProfileFields.h"
#include "profile/ProfileWizard.h"
#include "session/FileActions.h"
#include "UiTestSupport.h"
#include "util/AppIdentity.h"
#include "util/Clock.h"

#include <QAbstractButton>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QTimeZone>

using namespace sd;
using sd::ui::ProfileFields;
using sd::ui::ProfileWizard;

class TestProfileWizard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void name_empty_blocksNext();
    void creditCode_oneCharacterCorrupted_blocksNextWithMessage();
    void creditCode_valid_allowsNext();
    void creditCode_empty_allowsNext();
    void creditCode_wrongLength_blocksNext();
    void founded_inTheFuture_blocksNext();
    void location_default_isInDataFolder();
    void location_existingFile_blocksFinish();
    void finish_throughFileActions_createsAndOpensSociety();

private:
    void type(const char *editor, const QString &text);
    void goTo(int pageId);
    [[nodiscard]] bool nextEnabled() const { return m_wizard->button(QWizard::NextButton)->isEnabled(); }
    [[nodiscard]] QLabel *problem(const char *name) const
    {
        return m_wizard->findChild<QLabel *>(QLatin1StringView(name));
    }

    FixedClock m_clock { QDateTime(QDate(2025, 3, 1), QTime(10, 0), QTimeZone::utc()) };
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileWizard> m_wizard;
};

void TestProfileWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_wizard = std::make_unique<ProfileWizard>(nullptr, m_clock);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
}

void TestProfileWizard::cleanup()
{
    m_wizard.reset();
    m_dir.reset();
}

void TestProfileWizard::type(const char *editor, const QString &text)
{
    auto *edit = m_wizard->findChild<QLineEdit *>(QLatin1StringView(editor));
    QVERIFY2(edit, editor);
    test::typeText(edit, text);
}

void TestProfileWizard::goTo(int pageId)
{
    type("profile.name", test::sampleProfile().name);
    while (m_wizard->currentId() < pageId) {
        QVERIFY2(nextEnabled(), qPrintable(QStringLiteral("stuck on page %1").arg(m_wizard->currentId())));
        m_wizard->next();
    }
    QCOMPARE(m_wizard->currentId(), pageId);
}

void TestProfileWizard::name_empty_blocksNext()
{
    QCOMPARE(m_wizard->currentId(), int(ProfileWizard::NamePage));
    QVERIFY(!nextEnabled());
    type("profile.name", QStringLiteral("湖北省机械工程学会"));
    QVERIFY(nextEnabled());
    type("profile.name", QString());
    QVERIFY(!nextEnabled());
    // Once typed in and emptied, the field says why.
    QVERIFY(problem("problem.name")->isVisible());
}

void TestProfileWizard::creditCode_oneCharacterCorrupted_blocksNextWithMessage()
{
    goTo(ProfileWizard::CreditCodePage);
    type("profile.creditCode", test::kCorruptedCreditCode);
    QVERIFY(!nextEnabled());
    QLabel *label = problem("problem.creditCode");
    QVERIFY(label->isVisible());
    SocietyProfile expected;
    expected.name = QStringLiteral("x");
    expected.creditCode = test::kCorruptedCreditCode;
    const auto problems = validateProfile(expected, m_clock.today());
    QCOMPARE(problems.size(), 1);
    QCOMPARE(label->text(), problems.first().message);
    m_wizard->button(QWizard::NextButton)->click(); // disabled: nothing happens
    QCOMPARE(m_wizard->currentId(), int(ProfileWizard::CreditCodePage));
    m_wizard->next(); // refused: the page does not validate
    QCOMPARE(m_wizard->currentId(), int(ProfileWizard::CreditCodePage));
}

void TestProfileWizard::creditCode_valid_allowsNext()
{
    goTo(ProfileWizard::CreditCodePage);
    type("profile.creditCode", test::kCorruptedCreditCode);
    QVERIFY(!nextEnabled());
    type("profile.creditCode", test::kValidCreditCode);
    QVERIFY(nextEnabled());
    QVERIFY(!problem("problem.creditCode")->isVisible());
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(ProfileWizard::DetailsPage));
    QCOMPARE(m_wizard->profile().creditCode, test::kValidCreditCode);
}

void TestProfileWizard::creditCode_empty_allowsNext()
{
    goTo(ProfileWizard::CreditCodePage);
    QVERIFY(nextEnabled()); // optional until the first submission
}

void TestProfileWizard::creditCode_wrongLength_blocksNext()
{
    goTo(ProfileWizard::CreditCodePage);
    type("profile.creditCode", QStringLiteral("91350100M000100Y4"));
    QVERIFY(!nextEnabled());
    QVERIFY(problem("problem.creditCode")->isVisible());
    // Lower case is accepted and normalised.
    type("profile.creditCode", test::kValidCreditCode.toLower());
    QVERIFY(nextEnabled());
}

void TestProfileWizard::founded_inTheFuture_blocksNext()
{
    goTo(ProfileWizard::DetailsPage);
    auto *founded = m_wizard->findChild<QDateEdit *>(QStringLiteral("profile.founded"));
    QVERIFY(founded);
    founded->setDate(m_clock.today().addDays(1));
    QVERIFY(!nextEnabled());
    QVERIFY(problem("problem.founded")->isVisible());
    founded->setDate(QDate(1958, 10, 1));
    QVERIFY(nextEnabled());
    QCOMPARE(m_wizard->profile().founded, QDate(1958, 10, 1));
}

void TestProfileWizard::location_default_isInDataFolder()
{
    goTo(ProfileWizard::SaveLocationPage);
    QCOMPARE(m_wizard->savePath(), ui::LocationPage::defaultPath());
    QVERIFY(m_wizard->savePath().startsWith(dataFolder() + u'/'));
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());
}

void TestProfileWizard::location_existingFile_blocksFinish()
{
    goTo(ProfileWizard::SaveLocationPage);
    const QString existing = test::makeSociety(*m_dir, QStringLiteral("taken.societydesk"));
    m_wizard->locationPage().setSavePath(existing);
    QVERIFY(!m_wizard->button(QWizard::FinishButton)->isEnabled());
    QVERIFY(problem("problem.location")->isVisible());
    // Without the suffix, it is added.
    m_wizard->locationPage().setSavePath(m_dir->filePath(QStringLiteral("new")));
    QCOMPARE(m_wizard->savePath(), m_dir->filePath(QStringLiteral("new.societydesk")));
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());
    m_wizard->locationPage().setSavePath(QStringLiteral("relative.societydesk"));
    QVERIFY(!m_wizard->button(QWizard::FinishButton)->isEnabled());
}

void TestProfileWizard::finish_throughFileActions_createsAndOpensSociety()
{
    m_wizard.reset();
    auto preferences = test::temporaryPreferences(*m_dir);
    QWidget window;
    ui::Session session(*preferences);
    ui::FileActions actions(session, *preferences, m_clock, &window);
    window.show();
    actions.newSociety();
    auto *wizard = window.findChild<ProfileWizard *>();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    auto *name = wizard->findChild<QLineEdit *>(QStringLiteral("profile.name"));
    test::typeText(name, test::sampleProfile().name);
    wizard->next();
    test::typeText(
        wizard->findChild<QLineEdit *>(QStringLiteral("profile.creditCode")), test::kValidCreditCode);
    wizard->next();
    wizard->next();
    const QString path = m_dir->filePath(QStringLiteral("created.societydesk"));
    wizard->locationPage().setSavePath(path);
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    wizard->button(QWizard::FinishButton)->click();

    QVERIFY(session.database());
    QCOMPARE(session.database()->path(), path);
    const SocietyProfile stored = storage::ProfileStore(*session.database()).profile();
    QCOMPARE(stored.name, test::sampleProfile().name);
    QCOMPARE(stored.creditCode, test::kValidCreditCode);
    QVERIFY(test::waitForCheck(session));
    session.close();
}

QTEST_MAIN(TestProfileWizard)
#include "tst_profilewizard.moc"
