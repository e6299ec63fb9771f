#include "pages/members/MemberDialog.h"

#include "common/MessageBox.h"
#include "members/MemberStore.h"
#include "pages/members/MemberForm.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd::ui {

MemberDialog::MemberDialog(storage::Database &db, qint64 memberId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_memberId(memberId)
    , m_form(new MemberForm(db.clock().today(), this))
    , m_readOnly(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("memberDialog"));
    m_form->setObjectName(QStringLiteral("memberForm"));
    m_readOnly->setObjectName(QStringLiteral("member.readOnly"));
    m_readOnly->setWordWrap(true);
    m_readOnly->setVisible(db.isReadOnly());

    members::MemberStore store(db);
    m_form->setGrades(store.grades(), store.defaultGradeId());
    Member member;
    member.status = MemberStatus::Active;
    member.gradeId = store.defaultGradeId();
    if (memberId > 0) {
        const std::optional<Member> stored = store.member(memberId);
        m_loaded = stored.has_value();
        if (stored)
            member = *stored;
    }
    m_form->setDuplicateCheck([this](const QString &idNumber) {
        const std::optional<qint64> other = members::MemberStore(m_db).idByIdNumber(idNumber);
        if (!other || *other == m_memberId)
            return QString();
        const std::optional<Member> holder = members::MemberStore(m_db).member(*other);
        return tr("This ID number already belongs to member %1 (%2).")
            .arg(holder ? holder->memberNo : QString(), holder ? holder->name : QString());
    });
    m_form->setMember(member, memberId > 0);

    connect(m_form, &MemberForm::validityChanged, this, &MemberDialog::updateSaveButton);
    connect(m_form->revealButton(), &QPushButton::clicked, this, &MemberDialog::revealIdNumber);
    m_form->revealButton()->setEnabled(!db.isReadOnly()); // a reveal is audited: it writes
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MemberDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MemberDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    retranslateUi();
    updateSaveButton();
    // Room for problem messages that appear under the fields after the dialog was laid out
    // (a top-level window does not grow for wrapped text by itself).
    resize(std::max(sizeHint().width(), 980), std::max(sizeHint().height() + 60, 600));
}

QPushButton *MemberDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

void MemberDialog::updateSaveButton()
{
    saveButton()->setEnabled(m_loaded && !m_db.isReadOnly() && m_form->isValid());
}

void MemberDialog::revealIdNumber()
{
    if (m_memberId <= 0)
        return;
    storage::StorageError error;
    const QString full = members::MemberStore(m_db).revealIdNumber(m_memberId, &error);
    if (error.isError()) {
        MessageBox::warning(this, tr("ID Number"), error.message);
        return;
    }
    m_form->showIdNumber(full);
}

void MemberDialog::accept()
{
    if (!saveButton()->isEnabled())
        return;
    Member member = m_form->member();
    members::MemberStore store(m_db);
    storage::StorageError error;
    const bool ok = m_memberId > 0 ? store.updateMember(member, &error) : store.addMember(member, &error);
    if (!ok) {
        MessageBox::critical(this, tr("Member Not Saved"),
            error.message.isEmpty() ? tr("The member could not be saved.") : error.message);
        return;
    }
    m_memberId = member.id;
    emit saved(member.id);
    QDialog::accept();
}

void MemberDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void MemberDialog::retranslateUi()
{
    const Member m = m_form->member();
    setWindowTitle(m_memberId > 0 ? tr("Member %1 — %2").arg(m.memberNo, m.name) : tr("Add Member"));
    m_readOnly->setText(tr("The file is open read-only: changes cannot be saved."));
}

} // namespace sd::ui
