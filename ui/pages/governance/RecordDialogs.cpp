#include "pages/governance/RecordDialogs.h"

#include "common/FileDialog.h"
#include "governance/GovernanceStore.h"
#include "pages/governance/DialogSupport.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd::ui {

using governance::GovernanceStore;
using governance::GovernanceText;

/// A chosen file's name and a Choose… button.
class AttachmentField : public QWidget
{
    Q_DECLARE_TR_FUNCTIONS(sd::ui::AttachmentField)
public:
    AttachmentField(const QString &objectName, QWidget *parent) : QWidget(parent), m_name(new QLabel(this))
    {
        setObjectName(objectName);
        m_name->setObjectName(objectName + QStringLiteral(".name"));
        m_name->setText(tr("No document"));
        auto *choose = new QPushButton(tr("C&hoose…"), this);
        choose->setObjectName(objectName + QStringLiteral(".choose"));
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_name, 1);
        layout->addWidget(choose);
        QObject::connect(choose, &QPushButton::clicked, this, [this] {
            const QString path = FileDialog::getOpenFileName(this, tr("Choose a Document"), QString(),
                tr("Documents (*.pdf *.doc *.docx *.ofd *.jpg *.jpeg *.png);;All files (*)"));
            if (path.isEmpty())
                return;
            m_path = path;
            m_name->setText(QFileInfo(path).fileName());
        });
    }
    [[nodiscard]] QString path() const { return m_path; }

private:
    QLabel *m_name;
    QString m_path;
};

namespace {

/// Stores the chosen file (if any); the attachment id, 0 without a file, -1 on a refusal.
qint64 storeAttachment(storage::Database &db, const AttachmentField *field, QLabel *problem)
{
    if (field->path().isEmpty())
        return 0;
    governance::Attachment attachment;
    storage::StorageError error;
    if (!GovernanceStore(db).addAttachment(field->path(), &attachment, &error)) {
        gov::showProblem(problem, error.message);
        return -1;
    }
    return attachment.id;
}

QDialogButtonBox *makeButtons(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

QString regulationKindLabel(const QString &code)
{
    static const QHash<QString, const char *> labels {
        { QStringLiteral("meeting_rules"), QT_TRANSLATE_NOOP("sd::ui::RegulationDialog", "Meeting rules") },
        { QStringLiteral("member_rules"), QT_TRANSLATE_NOOP("sd::ui::RegulationDialog", "Membership rules") },
        { QStringLiteral("branch_rules"), QT_TRANSLATE_NOOP("sd::ui::RegulationDialog", "Branch rules") },
        { QStringLiteral("part_time_conduct"), QT_TRANSLATE_NOOP("sd::ui::RegulationDialog", "Part-time leaders' conduct") },
        { QStringLiteral("hr_rules"), QT_TRANSLATE_NOOP("sd::ui::RegulationDialog", "Personnel rules") },
        { QStringLiteral("finance_rules"), QT_TRANSLATE_NOOP("sd::ui::RegulationDialog", "Finance rules") },
        { QStringLiteral("archive_rules"), QT_TRANSLATE_NOOP("sd::ui::RegulationDialog", "Archive rules") },
        { QStringLiteral("supervision_rules"), QT_TRANSLATE_NOOP("sd::ui::RegulationDialog", "Supervision rules") },
        { QStringLiteral("disclosure_rules"), QT_TRANSLATE_NOOP("sd::ui::RegulationDialog", "Disclosure rules") },
        { QStringLiteral("major_decisions"), QT_TRANSLATE_NOOP("sd::ui::RegulationDialog", "Major decisions") },
        { QStringLiteral("service_conduct"), QT_TRANSLATE_NOOP("sd::ui::RegulationDialog", "Service conduct") },
        { QStringLiteral("staff_conduct"), QT_TRANSLATE_NOOP("sd::ui::RegulationDialog", "Staff conduct") },
        { QStringLiteral("supervisory_rules"), QT_TRANSLATE_NOOP("sd::ui::RegulationDialog", "Supervisory board rules") },
        { QStringLiteral("dispute_resolution"), QT_TRANSLATE_NOOP("sd::ui::RegulationDialog", "Dispute resolution") },
        { QStringLiteral("member_feedback"), QT_TRANSLATE_NOOP("sd::ui::RegulationDialog", "Member feedback") },
        { QStringLiteral("charter"), QT_TRANSLATE_NOOP("sd::ui::RegulationDialog", "Charter") },
        { QStringLiteral("other"), QT_TRANSLATE_NOOP("sd::ui::RegulationDialog", "Other") },
    };
    const char *label = labels.value(code);
    return label ? QCoreApplication::translate("sd::ui::RegulationDialog", label) : code;
}

QString attestationKindLabel(const QString &code)
{
    static const QHash<QString, const char *> labels {
        { QStringLiteral("party_organisation"), QT_TRANSLATE_NOOP("sd::ui::AttestationDialog", "Party organisation") },
        { QStringLiteral("premises"), QT_TRANSLATE_NOOP("sd::ui::AttestationDialog", "Premises") },
        { QStringLiteral("secretary_general_appraisal"), QT_TRANSLATE_NOOP("sd::ui::AttestationDialog", "Secretary-general appraisal") },
        { QStringLiteral("leader_age_exception"), QT_TRANSLATE_NOOP("sd::ui::AttestationDialog", "Leader age exception") },
        { QStringLiteral("party_working_group"), QT_TRANSLATE_NOOP("sd::ui::AttestationDialog", "Party-building working group") },
        { QStringLiteral("charter_party_clause"), QT_TRANSLATE_NOOP("sd::ui::AttestationDialog", "Party leadership in the charter") },
        { QStringLiteral("cross_appointment"), QT_TRANSLATE_NOOP("sd::ui::AttestationDialog", "Cross appointment of leaders") },
        { QStringLiteral("annual_plan"), QT_TRANSLATE_NOOP("sd::ui::AttestationDialog", "Annual work plan") },
        { QStringLiteral("mid_year_review"), QT_TRANSLATE_NOOP("sd::ui::AttestationDialog", "Mid-year progress check") },
        { QStringLiteral("year_end_summary"), QT_TRANSLATE_NOOP("sd::ui::AttestationDialog", "Year-end work summary") },
        { QStringLiteral("work_report_supervisor"), QT_TRANSLATE_NOOP("sd::ui::AttestationDialog", "Annual work report to the supervisor") },
        { QStringLiteral("work_report_registration"), QT_TRANSLATE_NOOP("sd::ui::AttestationDialog", "Annual work report to the registration authority") },
        { QStringLiteral("retired_official_post"), QT_TRANSLATE_NOOP("sd::ui::AttestationDialog", "Retired official: one unpaid post") },
        { QStringLiteral("journal"), QT_TRANSLATE_NOOP("sd::ui::AttestationDialog", "The society's journal") },
        { QStringLiteral("other"), QT_TRANSLATE_NOOP("sd::ui::AttestationDialog", "Other") },
    };
    const char *label = labels.value(code);
    return label ? QCoreApplication::translate("sd::ui::AttestationDialog", label) : code;
}

// --- StaffDialog

StaffDialog::StaffDialog(storage::Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_name(new QLineEdit(this))
    , m_role(new QLineEdit(this))
    , m_employment(new QComboBox(this))
    , m_birth(gov::makeDateEdit(this, QStringLiteral("staff.birth")))
    , m_start(gov::makeDateEdit(this, QStringLiteral("staff.start")))
    , m_end(gov::makeDateEdit(this, QStringLiteral("staff.end")))
    , m_problem(gov::makeProblemLabel(this, QStringLiteral("staff.problem")))
{
    setObjectName(QStringLiteral("dialog.staff"));
    setWindowTitle(tr("Add Staff Member"));
    m_name->setObjectName(QStringLiteral("staff.name"));
    m_role->setObjectName(QStringLiteral("staff.role"));
    m_role->setPlaceholderText(tr("e.g. office director"));
    m_employment->setObjectName(QStringLiteral("staff.employment"));
    for (auto e : { governance::Employment::FullTime, governance::Employment::PartTime, governance::Employment::Contracted })
        m_employment->addItem(GovernanceText::label(e), static_cast<int>(e));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Post:"), m_role);
    form->addRow(tr("E&mployment:"), m_employment);
    form->addRow(tr("&Born:"), m_birth);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("&End:"), m_end);
    auto *buttons = makeButtons(this);
    connect(buttons, &QDialogButtonBox::accepted, this, &StaffDialog::save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(400);
}

void StaffDialog::save()
{
    const auto birth = gov::dateOf(m_birth);
    const auto start = gov::dateOf(m_start);
    const auto end = gov::dateOf(m_end);
    if (m_name->text().trimmed().isEmpty())
        return gov::showProblem(m_problem, tr("Enter the name."));
    if (!birth || !start || !end)
        return gov::showProblem(m_problem, tr("Enter dates as YYYY-MM-DD, or leave them empty."));
    governance::StaffMember member;
    member.name = m_name->text().trimmed();
    member.role = m_role->text().trimmed();
    member.employment = static_cast<governance::Employment>(m_employment->currentData().toInt());
    member.birthDate = *birth;
    member.startDate = *start;
    member.endDate = *end;
    storage::StorageError error;
    if (!GovernanceStore(m_db).addStaff(member, &error))
        return gov::showProblem(m_problem, error.message.isEmpty() ? tr("Not saved.") : error.message);
    emit saved(member.id);
    accept();
}

// --- RegulationDialog

RegulationDialog::RegulationDialog(storage::Database &db, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_title(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_adopted(gov::makeDateEdit(this, QStringLiteral("regulation.adopted"), today))
    , m_meeting(new QLineEdit(this))
    , m_file(new AttachmentField(QStringLiteral("regulation.file"), this))
    , m_problem(gov::makeProblemLabel(this, QStringLiteral("regulation.problem")))
{
    setObjectName(QStringLiteral("dialog.regulation"));
    setWindowTitle(tr("Add Regulation"));
    m_title->setObjectName(QStringLiteral("regulation.title"));
    m_kind->setObjectName(QStringLiteral("regulation.kind"));
    const QStringList kinds = governance::Regulation::kinds();
    for (const QString &kind : kinds)
        m_kind->addItem(regulationKindLabel(kind), kind);
    m_meeting->setObjectName(QStringLiteral("regulation.meeting"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Adopted on:"), m_adopted);
    form->addRow(tr("Adopted &by:"), m_meeting);
    form->addRow(tr("Document:"), m_file);
    auto *buttons = makeButtons(this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RegulationDialog::save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void RegulationDialog::save()
{
    const auto adopted = gov::dateOf(m_adopted);
    if (m_title->text().trimmed().isEmpty())
        return gov::showProblem(m_problem, tr("Enter the title."));
    if (!adopted)
        return gov::showProblem(m_problem, tr("Enter the date as YYYY-MM-DD, or leave it empty."));
    const qint64 attachmentId = storeAttachment(m_db, m_file, m_problem);
    if (attachmentId < 0)
        return;
    governance::Regulation regulation;
    regulation.title = m_title->text().trimmed();
    regulation.kind = m_kind->currentData().toString();
    regulation.adoptedOn = *adopted;
    regulation.meeting = m_meeting->text().trimmed();
    regulation.attachmentId = attachmentId;
    storage::StorageError error;
    if (!GovernanceStore(m_db).addRegulation(regulation, &error))
        return gov::showProblem(m_problem, error.message.isEmpty() ? tr("Not saved.") : error.message);
    emit saved(regulation.id);
    accept();
}

// --- AttestationDialog

AttestationDialog::AttestationDialog(storage::Database &db, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_kind(new QComboBox(this))
    , m_date(gov::makeDateEdit(this, QStringLiteral("attestation.date"), today))
    , m_by(new QLineEdit(this))
    , m_detail(new QPlainTextEdit(this))
    , m_file(new AttachmentField(QStringLiteral("attestation.file"), this))
    , m_problem(gov::makeProblemLabel(this, QStringLiteral("attestation.problem")))
{
    setObjectName(QStringLiteral("dialog.attestation"));
    setWindowTitle(tr("Add Attestation"));
    m_kind->setObjectName(QStringLiteral("attestation.kind"));
    const QStringList kinds = governance::Attestation::kinds();
    for (const QString &kind : kinds)
        m_kind->addItem(attestationKindLabel(kind), kind);
    m_by->setObjectName(QStringLiteral("attestation.by"));
    m_detail->setObjectName(QStringLiteral("attestation.detail"));
    m_detail->setTabChangesFocus(true);
    m_detail->setMaximumHeight(m_detail->fontMetrics().height() * 5);
    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("Attested &by:"), m_by);
    form->addRow(tr("De&tail:"), m_detail);
    form->addRow(tr("Document:"), m_file);
    auto *buttons = makeButtons(this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AttestationDialog::save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void AttestationDialog::save()
{
    const auto date = gov::dateOf(m_date);
    if (!date || !date->isValid())
        return gov::showProblem(m_problem, tr("Enter the date as YYYY-MM-DD."));
    if (m_by->text().trimmed().isEmpty())
        return gov::showProblem(m_problem, tr("Enter who attested it."));
    const qint64 attachmentId = storeAttachment(m_db, m_file, m_problem);
    if (attachmentId < 0)
        return;
    governance::Attestation attestation;
    attestation.kind = m_kind->currentData().toString();
    attestation.date = *date;
    attestation.attestedBy = m_by->text().trimmed();
    attestation.detail = m_detail->toPlainText().trimmed();
    attestation.attachmentId = attachmentId;
    storage::StorageError error;
    if (!GovernanceStore(m_db).addAttestation(attestation, &error))
        return gov::showProblem(m_problem, error.message.isEmpty() ? tr("Not saved.") : error.message);
    emit saved(attestation.id);
    accept();
}

} // namespace sd::ui
