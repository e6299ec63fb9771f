#include "profile/ProfileDialog.h"

#include "profile/CharterSettingsEditor.h"
#include "profile/ProfileFields.h"
#include "session/Session.h"
#include "storage/ProfileStore.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sd::ui {

using Row = ProfileFields::Row;

ProfileDialog::ProfileDialog(Session &session, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
    , m_profilePage(new QWidget(m_tabs))
    , m_fields(new ProfileFields(m_profilePage, clock))
    , m_charter(new CharterSettingsEditor(this))
    , m_note(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("profileDialog"));
    setMinimumWidth(620);
    m_tabs->setObjectName(QStringLiteral("profile.tabs"));
    m_note->setObjectName(QStringLiteral("profile.note"));
    m_note->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("profile.error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *profileLayout = new QVBoxLayout(m_profilePage);
    profileLayout->addLayout(form);
    profileLayout->addStretch(1);
    m_fields->addRows(form,
        { Row::Name, Row::NameEn, Row::CreditCode, Row::Supervisor, Row::RegistrationAuthority, Row::Address,
            Row::Founded });

    // The charter has more rows than a small screen is tall: it scrolls inside its tab.
    auto *charterPage = new QWidget;
    auto *charterLayout = new QVBoxLayout(charterPage);
    charterLayout->addWidget(m_charter);
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setObjectName(QStringLiteral("profile.charterScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(charterPage);
    m_tabs->addTab(m_profilePage, QString());
    m_tabs->addTab(scroll, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    // Never scroll sideways; tall enough to show the whole charter where the screen allows it.
    scroll->setMinimumWidth(
        charterPage->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());
    const int hidden = charterPage->sizeHint().height() - scroll->sizeHint().height();
    const int available = screen()->availableGeometry().height() - 80; // title bar and margins
    resize(sizeHint().width(), qMin(sizeHint().height() + qMax(0, hidden), available));

    storage::Database *db = session.database();
    const bool readOnly = !db || db->isReadOnly();
    if (db) {
        const storage::ProfileStore store(*db);
        m_fields->setProfile(store.profile());
        m_charter->setSettings(store.settings());
    }
    m_fields->setReadOnly(readOnly);
    m_charter->setReadOnly(readOnly);
    m_note->setVisible(readOnly);

    connect(m_fields, &ProfileFields::edited, this, &ProfileDialog::updateButtons);
    connect(m_charter, &CharterSettingsEditor::edited, this, &ProfileDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    updateButtons();
}

bool ProfileDialog::save()
{
    storage::StorageError error;
    if (!m_session.saveProfileAndSettings(m_fields->profile(), m_charter->settings(), &error)) {
        m_error->setText(error.message);
        m_error->show();
        return false;
    }
    accept();
    return true;
}

void ProfileDialog::updateButtons()
{
    storage::Database *db = m_session.database();
    const bool writable = db && !db->isReadOnly();
    const SocietyProfile profile = m_fields->profile();
    const bool profileOk = !profile.name.isEmpty() && m_fields->problems().isEmpty();
    const bool charterOk = !m_charter->hasProblems();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(writable && profileOk && charterOk);
    // Save may be disabled by a problem on the tab not shown: mark the tab that has one.
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    m_tabs->setTabIcon(ProfileTab, profileOk ? QIcon() : warning);
    m_tabs->setTabIcon(CharterTab, charterOk ? QIcon() : warning);
    m_error->hide();
}

void ProfileDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ProfileDialog::retranslateUi()
{
    setWindowTitle(tr("Society Profile"));
    m_tabs->setTabText(ProfileTab, tr("&Profile"));
    m_tabs->setTabText(CharterTab, tr("C&harter and rules"));
    m_note->setText(tr("This file is open read-only; the profile and charter cannot be changed."));
    m_fields->retranslateUi();
}

} // namespace sd::ui
