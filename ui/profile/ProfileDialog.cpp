#include "profile/ProfileDialog.h"

#include "profile/ProfileFields.h"
#include "session/Session.h"
#include "storage/ProfileStore.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd::ui {

using Row = ProfileFields::Row;

ProfileDialog::ProfileDialog(Session &session, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_fields(new ProfileFields(this, clock))
    , m_note(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("profileDialog"));
    setMinimumWidth(620);
    m_note->setObjectName(QStringLiteral("profile.note"));
    m_note->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("profile.error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    m_fields->addRows(form,
        { Row::Name, Row::NameEn, Row::CreditCode, Row::Supervisor, Row::RegistrationAuthority, Row::Address,
            Row::Founded });

    storage::Database *db = session.database();
    const bool readOnly = !db || db->isReadOnly();
    if (db)
        m_fields->setProfile(storage::ProfileStore(*db).profile());
    m_fields->setReadOnly(readOnly);
    m_note->setVisible(readOnly);

    connect(m_fields, &ProfileFields::edited, this, &ProfileDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    updateButtons();
}

bool ProfileDialog::save()
{
    storage::StorageError error;
    if (!m_session.saveProfile(m_fields->profile(), &error)) {
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
    m_buttons->button(QDialogButtonBox::Save)
        ->setEnabled(writable && !profile.name.isEmpty() && m_fields->problems().isEmpty());
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
    m_note->setText(tr("This file is open read-only; the profile cannot be changed."));
    m_fields->retranslateUi();
}

} // namespace sd::ui
