// Society profile dialog: problems inline, Save only for a valid profile and charter, both saved
// through the store in one transaction.

#include "profile/CharterSettingsEditor.h"
#include "profile/ProfileDialog.h"
#include "profile/ProfileFields.h"
#include "UiTestSupport.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTranslator>

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

    void charter_showsStoredSettings();
    void charter_fractionAboveOne_showsProblemAndDisablesSave();
    void charter_emptyFraction_disablesSave();
    void save_storesProfileAndSettingsTogetherWithAudit();
    void save_unchangedCharter_writesNoSettingsAudit();
    void save_supervisoryShareAndProxy_stored();
    void saveProfileAndSettings_invalidProfile_writesNothing();
    void charter_mnemonicsReachTheirFields();
    void charter_civilAffairsLimits_roundTrip();
    void readOnlyFile_charterCannotBeEdited();
    void languageChange_retranslatesCharter();

private:
    /// A fresh dialog on the open file (after the test changed what it holds).
    void reopenDialog();
    void showCharter() const { m_dialog->tabs().setCurrentIndex(ui::ProfileDialog::CharterTab); }
    template <typename T> T *child(const QString &name) const
    {
        auto *widget = m_dialog->findChild<T *>(name);
        if (!widget)
            qWarning() << "no child" << name;
        return widget;
    }
    QLineEdit *fraction(SocietySetting key) const
    {
        return child<QLineEdit>(
            QStringLiteral("charter.") + QLatin1StringView(SocietySettings::spec(key).name));
    }
    QSpinBox *spin(SocietySetting key) const
    {
        return child<QSpinBox>(
            QStringLiteral("charter.") + QLatin1StringView(SocietySettings::spec(key).name));
    }
    QLabel *problem(SocietySetting key) const
    {
        return child<QLabel>(
            QStringLiteral("charter.problem.") + QLatin1StringView(SocietySettings::spec(key).name));
    }
    QList<storage::AuditEntry> auditOf(const QString &entity) const
    {
        QList<storage::AuditEntry> found;
        const auto entries = m_session->database()->audit().entries();
        for (const storage::AuditEntry &entry : entries)
            if (entry.entity == entity)
                found << entry;
        return found;
    }

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

void TestProfileDialog::reopenDialog()
{
    m_dialog = std::make_unique<ui::ProfileDialog>(*m_session, Clock::system());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestProfileDialog::charter_showsStoredSettings()
{
    SocietySettings settings;
    QVERIFY(settings.setStored(SocietySetting::CouncilMajority, QStringLiteral("3/5")));
    settings.setFlag(SocietySetting::PilotSociety, true);
    QVERIFY(settings.setStored(SocietySetting::SupervisoryQuorum, QStringLiteral("3/5")));
    settings.setFlag(SocietySetting::ProxyCountsForQuorum, true);
    settings.setList(SocietySetting::RulePacks, { QStringLiteral("hubei-2017") });
    settings.setText(SocietySetting::DocumentLanguage, QStringLiteral("en"));
    storage::StorageError error;
    QVERIFY2(storage::ProfileStore(*m_session->database()).saveSettings(settings, &error),
        qPrintable(error.message));
    reopenDialog();
    showCharter();

    QCOMPARE(fraction(SocietySetting::CouncilMajority)->text(), QStringLiteral("3/5"));
    QCOMPARE(
        child<QLabel>(QStringLiteral("charter.percent.council_majority"))->text(), QStringLiteral("60.0%"));
    QCOMPARE(fraction(SocietySetting::CongressMajority)->text(), QStringLiteral("1/2")); // default
    QCOMPARE(fraction(SocietySetting::SupervisoryQuorum)->text(), QStringLiteral("3/5"));
    QCOMPARE(fraction(SocietySetting::SupervisoryMajority)->text(), QStringLiteral("1/2")); // default
    QVERIFY(child<QCheckBox>(QStringLiteral("charter.proxy_counts_for_quorum"))->isChecked());
    QCOMPARE(spin(SocietySetting::YoungAgeThreshold)->value(), 45);
    QCOMPARE(spin(SocietySetting::YoungAgeThreshold)->maximum(), 100);
    QCOMPARE(spin(SocietySetting::BackupsToKeep)->maximum(), 1000);
    QVERIFY(child<QCheckBox>(QStringLiteral("charter.pilot_society"))->isChecked());
    QVERIFY(child<QCheckBox>(QStringLiteral("charter.pack.hubei-2017"))->isChecked());
    QVERIFY(!child<QCheckBox>(QStringLiteral("charter.pack.cast-2017"))->isChecked());
    QCOMPARE(child<QComboBox>(QStringLiteral("charter.document_language"))->currentData().toString(),
        QStringLiteral("en"));
    QCOMPARE(m_dialog->charter().settings(), settings);
    QVERIFY(saveButton()->isEnabled());
}

void TestProfileDialog::charter_fractionAboveOne_showsProblemAndDisablesSave()
{
    showCharter();
    QSignalSpy edited(&m_dialog->charter(), &ui::CharterSettingsEditor::edited);
    QLabel *label = problem(SocietySetting::CongressQuorum);
    QVERIFY(!label->isVisible());
    QVERIFY(m_dialog->tabs().tabIcon(ui::ProfileDialog::CharterTab).isNull());

    test::typeText(fraction(SocietySetting::CongressQuorum), QStringLiteral("4/3"));
    QVERIFY(edited.count() > 0);
    QVERIFY(m_dialog->charter().hasProblems());
    QVERIFY(!saveButton()->isEnabled());
    QVERIFY(label->isVisible());
    // The message is core's own, from the one validation layer.
    QString expected;
    QVERIFY(!SocietySettings().setStored(SocietySetting::CongressQuorum, QStringLiteral("4/3"), &expected));
    QCOMPARE(label->text(), expected);
    // The tab is marked, since Save may be pressed while the other tab is shown.
    QVERIFY(!m_dialog->tabs().tabIcon(ui::ProfileDialog::CharterTab).isNull());
    QVERIFY(m_dialog->tabs().tabIcon(ui::ProfileDialog::ProfileTab).isNull());
    // The refused text never reaches the settings.
    QCOMPARE(m_dialog->charter().settings().fraction(SocietySetting::CongressQuorum), Fraction(2, 3));

    test::typeText(fraction(SocietySetting::CongressQuorum), QStringLiteral("3/4"));
    QVERIFY(!m_dialog->charter().hasProblems());
    QVERIFY(saveButton()->isEnabled());
    QVERIFY(!label->isVisible());
    QVERIFY(m_dialog->tabs().tabIcon(ui::ProfileDialog::CharterTab).isNull());
}

void TestProfileDialog::charter_emptyFraction_disablesSave()
{
    showCharter();
    test::typeText(fraction(SocietySetting::StandingCouncilMajority), QString());
    QVERIFY(!saveButton()->isEnabled());
    QVERIFY(problem(SocietySetting::StandingCouncilMajority)->isVisible());
    test::typeText(fraction(SocietySetting::StandingCouncilMajority), QStringLiteral("0/3"));
    QVERIFY(!saveButton()->isEnabled());
    test::typeText(fraction(SocietySetting::StandingCouncilMajority), QStringLiteral(" 1/2 "));
    QVERIFY(saveButton()->isEnabled());
}

void TestProfileDialog::save_storesProfileAndSettingsTogetherWithAudit()
{
    QSignalSpy changed(m_session.get(), &ui::Session::profileChanged);
    const qint64 auditBefore = m_session->database()->audit().count();
    test::typeText(edit("profile.address"), QString::fromUtf16(u"武汉市武昌区中南路99号"));
    showCharter();
    test::typeText(fraction(SocietySetting::CouncilQuorum), QStringLiteral("3/4"));
    QSpinBox *young = spin(SocietySetting::YoungAgeThreshold);
    young->setFocus();
    young->selectAll();
    QTest::keyClicks(young, QStringLiteral("40"));
    QCOMPARE(young->value(), 40);
    child<QCheckBox>(QStringLiteral("charter.pack.cast-2017"))->click();
    QVERIFY(saveButton()->isEnabled());
    saveButton()->click();

    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(changed.count(), 1);
    const storage::ProfileStore store(*m_session->database());
    QCOMPARE(store.profile().address, QString::fromUtf16(u"武汉市武昌区中南路99号"));
    const SocietySettings saved = store.settings();
    QCOMPARE(saved.fraction(SocietySetting::CouncilQuorum), Fraction(3, 4));
    QCOMPARE(saved.stored(SocietySetting::CouncilQuorum), QStringLiteral("3/4"));
    QCOMPARE(saved.integer(SocietySetting::YoungAgeThreshold), 40);
    QCOMPARE(saved.list(SocietySetting::RulePacks), QStringList { QStringLiteral("civil-affairs") });
    QVERIFY(saved.isDefault(SocietySetting::CongressQuorum)); // untouched stays default

    // One entry for the profile and one for the settings, naming exactly what changed.
    QCOMPARE(m_session->database()->audit().count(), auditBefore + 2);
    const auto settingsAudit = auditOf(QStringLiteral("society_setting"));
    QCOMPARE(settingsAudit.size(), 1);
    const QJsonObject after = settingsAudit.first().after;
    QCOMPARE(after.value(QStringLiteral("council_quorum")).toString(), QStringLiteral("3/4"));
    QCOMPARE(after.value(QStringLiteral("young_age_threshold")).toString(), QStringLiteral("40"));
    QCOMPARE(after.value(QStringLiteral("rule_packs")).toString(), QStringLiteral("civil-affairs"));
    QCOMPARE(settingsAudit.first().before.value(QStringLiteral("council_quorum")).toString(),
        QStringLiteral("2/3"));
    QCOMPARE(after.keys().size(), 3);
    QCOMPARE(auditOf(QStringLiteral("society_profile")).size(), 2); // created, then this update
}

void TestProfileDialog::save_supervisoryShareAndProxy_stored()
{
    showCharter();
    QCheckBox *proxies = child<QCheckBox>(QStringLiteral("charter.proxy_counts_for_quorum"));
    QVERIFY(!proxies->isChecked()); // the default: a proxy is not counted as present
    test::typeText(fraction(SocietySetting::SupervisoryMajority), QStringLiteral("2/3"));
    QCOMPARE(child<QLabel>(QStringLiteral("charter.percent.supervisory_majority"))->text(), QStringLiteral("66.7%"));
    proxies->click();
    QVERIFY(saveButton()->isEnabled());
    saveButton()->click();

    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    const SocietySettings saved = storage::ProfileStore(*m_session->database()).settings();
    QCOMPARE(saved.fraction(SocietySetting::SupervisoryMajority), Fraction(2, 3));
    QVERIFY(saved.flag(SocietySetting::ProxyCountsForQuorum));
    QVERIFY(saved.isDefault(SocietySetting::SupervisoryQuorum));
}

void TestProfileDialog::save_unchangedCharter_writesNoSettingsAudit()
{
    // Stored packs in an order other than the list's: ticking nothing must not reorder them.
    SocietySettings settings;
    settings.setList(
        SocietySetting::RulePacks, { QStringLiteral("civil-affairs"), QStringLiteral("cast-2017") });
    storage::StorageError error;
    QVERIFY(storage::ProfileStore(*m_session->database()).saveSettings(settings, &error));
    reopenDialog();
    const qint64 settingsEntries = auditOf(QStringLiteral("society_setting")).size();
    test::typeText(edit("profile.supervisor"), QString::fromUtf16(u"中国科学技术协会"));
    saveButton()->click();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(auditOf(QStringLiteral("society_setting")).size(), settingsEntries);
    QCOMPARE(storage::ProfileStore(*m_session->database()).settings(), settings);
}

void TestProfileDialog::saveProfileAndSettings_invalidProfile_writesNothing()
{
    const qint64 auditBefore = m_session->database()->audit().count();
    QSignalSpy changed(m_session.get(), &ui::Session::profileChanged);
    SocietyProfile profile = test::sampleProfile();
    profile.creditCode = test::kCorruptedCreditCode;
    SocietySettings settings;
    settings.setInteger(SocietySetting::AbsenceThreshold, 3);
    storage::StorageError error;
    QVERIFY(!m_session->saveProfileAndSettings(profile, settings, &error));
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_session->database()->audit().count(), auditBefore);
    QVERIFY(
        storage::ProfileStore(*m_session->database()).settings().isDefault(SocietySetting::AbsenceThreshold));
}

void TestProfileDialog::charter_mnemonicsReachTheirFields()
{
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    QTest::keyClick(m_dialog.get(), Qt::Key_H, Qt::AltModifier);
    QCOMPARE(m_dialog->tabs().currentIndex(), int(ui::ProfileDialog::CharterTab));
    // Alt+A is Address on the profile tab and absences here: only the visible tab's counts.
    QTest::keyClick(m_dialog.get(), Qt::Key_A, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), spin(SocietySetting::AbsenceThreshold));
    QTest::keyClick(m_dialog.get(), Qt::Key_U, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), fraction(SocietySetting::CouncilQuorum));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), fraction(SocietySetting::CouncilMajority));
    QTest::keyClick(m_dialog.get(), Qt::Key_P, Qt::AltModifier);
    QCOMPARE(m_dialog->tabs().currentIndex(), int(ui::ProfileDialog::ProfileTab));
}

void TestProfileDialog::charter_civilAffairsLimits_roundTrip()
{
    showCharter();
    // The civil-affairs defaults, bounded by their specs.
    QCOMPARE(spin(SocietySetting::TermYears)->value(), 5);
    QCOMPARE(spin(SocietySetting::LeaderMaxAge)->value(), 70);
    QCOMPARE(spin(SocietySetting::LeaderMaxTerms)->value(), 2);
    QCOMPARE(spin(SocietySetting::SupervisoryMinSize)->value(), 3);
    QCOMPARE(spin(SocietySetting::SupervisoryMaxSize)->value(), 9);
    QCOMPARE(spin(SocietySetting::TermYears)->maximum(), 10);
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    QTest::keyClick(m_dialog.get(), Qt::Key_V, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), spin(SocietySetting::SupervisoryMinSize));
    spin(SocietySetting::SupervisoryMaxSize)->setValue(11);
    spin(SocietySetting::TermYears)->setValue(4);
    saveButton()->click();
    const SocietySettings saved = storage::ProfileStore(*m_session->database()).settings();
    QCOMPARE(saved.integer(SocietySetting::SupervisoryMaxSize), 11);
    QCOMPARE(saved.integer(SocietySetting::TermYears), 4);
    QVERIFY(saved.isDefault(SocietySetting::LeaderMaxAge));
}

void TestProfileDialog::readOnlyFile_charterCannotBeEdited()
{
    m_dialog.reset();
    m_session->close();
    const QString path = m_dir->filePath(QStringLiteral("s.societydesk"));
    QVERIFY(test::makeTooNew(path));
    storage::StorageError error;
    QVERIFY(m_session->open(path, &error));
    QCOMPARE(error.kind, storage::StorageError::Kind::TooNew);
    QVERIFY(m_session->database()->isReadOnly());
    QVERIFY(test::waitForCheck(*m_session));
    reopenDialog();
    showCharter();

    QVERIFY(!saveButton()->isEnabled());
    QVERIFY(child<QLabel>(QStringLiteral("profile.note"))->isVisible());
    QLineEdit *quorum = fraction(SocietySetting::CongressQuorum);
    QCOMPARE(quorum->text(), QStringLiteral("2/3")); // shown, to be read
    QVERIFY(quorum->isReadOnly());
    for (const auto key : { SocietySetting::YoungAgeThreshold, SocietySetting::AbsenceThreshold,
             SocietySetting::BackupsToKeep, SocietySetting::TermYears, SocietySetting::SupervisoryMaxSize })
        QVERIFY(spin(key)->isReadOnly());
    QVERIFY(!child<QCheckBox>(QStringLiteral("charter.pilot_society"))->isEnabled());
    QVERIFY(!child<QCheckBox>(QStringLiteral("charter.pack.cast-2017"))->isEnabled());
    QVERIFY(!child<QComboBox>(QStringLiteral("charter.document_language"))->isEnabled());
    // Typing into a read-only field changes nothing.
    quorum->setFocus();
    QTest::keyClick(quorum, Qt::Key_End);
    QTest::keyClicks(quorum, QStringLiteral("9"));
    QCOMPARE(quorum->text(), QStringLiteral("2/3"));
}

void TestProfileDialog::languageChange_retranslatesCharter()
{
    showCharter();
    test::typeText(fraction(SocietySetting::CouncilMajority), QStringLiteral("5/4")); // a problem shown
    test::PseudoTranslator pseudo;
    QCoreApplication::installTranslator(&pseudo);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    const auto translated = [](const QString &text) { return text.startsWith(u'⟦'); };

    QVERIFY(translated(m_dialog->windowTitle()));
    QVERIFY(translated(m_dialog->tabs().tabText(ui::ProfileDialog::CharterTab)));
    const auto labels = m_dialog->charter().findChildren<QLabel *>();
    int captions = 0;
    for (QLabel *label : labels) {
        // Named labels hold data (ids, percentages) or core's messages.
        if (!label->isVisible() || !label->objectName().isEmpty())
            continue;
        QVERIFY2(translated(label->text()), qPrintable(label->text()));
        ++captions;
    }
    QVERIFY(captions >= 9);
    const auto boxes = m_dialog->charter().findChildren<QGroupBox *>();
    QCOMPARE(boxes.size(), 5); // quorum, counting, documents, civil-affairs limits, packs
    for (QGroupBox *box : boxes)
        QVERIFY2(translated(box->title()), qPrintable(box->title()));
    QVERIFY(translated(child<QCheckBox>(QStringLiteral("charter.pilot_society"))->text()));
    QVERIFY(translated(child<QCheckBox>(QStringLiteral("charter.proxy_counts_for_quorum"))->text()));
    QVERIFY(translated(spin(SocietySetting::YoungAgeThreshold)->suffix()));
    QVERIFY(translated(spin(SocietySetting::SupervisoryMaxSize)->suffix()));
    QVERIFY(translated(fraction(SocietySetting::CongressQuorum)->placeholderText()));
    // Values survive: the refused text stays where the user typed it.
    QCOMPARE(fraction(SocietySetting::CouncilMajority)->text(), QStringLiteral("5/4"));
    QVERIFY(problem(SocietySetting::CouncilMajority)->isVisible());

    QCoreApplication::removeTranslator(&pseudo);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(m_dialog->tabs().tabText(ui::ProfileDialog::CharterTab), QStringLiteral("C&harter and rules"));
}

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
