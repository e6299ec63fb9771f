// Society profile dialog: problems inline, Save only for a valid profile, saved through the store.

#include "profile/ProfileDialog.h"
#include "profile/ProfileFields.h"
#include "UiTestSupport.h"
#include "util/Clock.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace sd;

class TestProfileDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void open_showsStoredProfile();
    void invalidCreditCode_disablesSaveWithMessage();
    void save_storesThroughProfileStoreAndAnnounces();

private:
    QPushButton *saveButton() const
    {
        return m_dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    }
    QLineEdit *edit(const char *name) const
    {
        return m_dialog->findChild<QLineEdit *>(QLatin1StringView(name));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<ui::Session> m_session;
    std::unique_ptr<ui::ProfileDialog> m_dialog;
};

void TestProfileDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = test::makeSociety(*m_dir, QStringLiteral("s.societydesk"));
    m_preferences = test::temporaryPreferences(*m_dir);
    m_session = std::make_unique<ui::Session>(*m_preferences);
    m_session->setAutomaticBackups(false);
    storage::StorageError error;
    QVERIFY(m_session->open(path, &error));
    QVERIFY(test::waitForCheck(*m_session));
    m_dialog = std::make_unique<ui::ProfileDialog>(*m_session, Clock::system());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestProfileDialog::cleanup()
{
    m_dialog.reset();
    m_session.reset();
}

void TestProfileDialog::open_showsStoredProfile()
{
    QCOMPARE(edit("profile.name")->text(), test::sampleProfile().name);
    QCOMPARE(edit("profile.creditCode")->text(), test::kValidCreditCode);
    QVERIFY(!m_dialog->findChild<QLabel *>(QStringLiteral("profile.note"))->isVisible());
}

void TestProfileDialog::invalidCreditCode_disablesSaveWithMessage()
{
    QLineEdit *code = edit("profile.creditCode");
    test::typeText(code, test::kCorruptedCreditCode);
    QVERIFY(!saveButton()->isEnabled());
    auto *problem = m_dialog->findChild<QLabel *>(QStringLiteral("problem.creditCode"));
    QVERIFY(problem->isVisible());
    QVERIFY(!problem->text().isEmpty());
    test::typeText(code, test::kValidCreditCode);
    QVERIFY(saveButton()->isEnabled());
    QVERIFY(!problem->isVisible());
}

void TestProfileDialog::save_storesThroughProfileStoreAndAnnounces()
{
    QSignalSpy changed(m_session.get(), &ui::Session::profileChanged);
    QLineEdit *address = edit("profile.address");
    test::typeText(address, QString::fromUtf16(u"武汉市武昌区中南路99号"));
    QVERIFY(saveButton()->isEnabled());
    saveButton()->click();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(storage::ProfileStore(*m_session->database()).profile().address,
        QString::fromUtf16(u"武汉市武昌区中南路99号"));
    QCOMPARE(m_session->database()->audit().count(), 2);
}

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
