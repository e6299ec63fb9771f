#include "pages/members/MemberForm.h"

#include "members/MemberStore.h"
#include "validation/Contact.h"
#include "validation/Dates.h"
#include "validation/Masking.h"
#include "validation/Normalize.h"
#include "validation/ResidentId.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace sd::ui {

namespace {

using Field = MemberForm::Field;

constexpr std::array kDateFields = { Field::BirthDate, Field::AppliedOn, Field::ApprovedOn, Field::JoinDate,
    Field::ExitDate };
/// Fields that can show a problem under their editor.
constexpr std::array kCheckedFields = { Field::Name, Field::BirthDate, Field::IdNumber, Field::Mobile, Field::Email,
    Field::AppliedOn, Field::ApprovedOn, Field::JoinDate, Field::ExitDate };

const char *fieldName(Field field)
{
    switch (field) {
    case Field::MemberNo:
        return "memberNo";
    case Field::Name:
        return "name";
    case Field::Gender:
        return "gender";
    case Field::BirthDate:
        return "birthDate";
    case Field::IdType:
        return "idType";
    case Field::IdNumber:
        return "idNumber";
    case Field::PoliticalStatus:
        return "politicalStatus";
    case Field::Mobile:
        return "mobile";
    case Field::Email:
        return "email";
    case Field::Affiliation:
        return "affiliation";
    case Field::AffiliationType:
        return "affiliationType";
    case Field::Position:
        return "position";
    case Field::ProfessionalTitle:
        return "professionalTitle";
    case Field::FrontLine:
        return "frontLine";
    case Field::Grade:
        return "grade";
    case Field::Status:
        return "status";
    case Field::AppliedOn:
        return "appliedOn";
    case Field::ApprovedOn:
        return "approvedOn";
    case Field::JoinDate:
        return "joinDate";
    case Field::ExitDate:
        return "exitDate";
    case Field::Notes:
        return "notes";
    }
    return "";
}

std::optional<Field> fieldOf(members::MemberProblem::Field field)
{
    switch (field) {
    case members::MemberProblem::Field::Name:
        return Field::Name;
    case members::MemberProblem::Field::AppliedOn:
        return Field::AppliedOn;
    case members::MemberProblem::Field::ApprovedOn:
        return Field::ApprovedOn;
    case members::MemberProblem::Field::JoinDate:
        return Field::JoinDate;
    case members::MemberProblem::Field::ExitDate:
        return Field::ExitDate;
    }
    return std::nullopt;
}

QString isoOrEmpty(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

MemberForm::MemberForm(QDate today, QWidget *parent)
    : QWidget(parent)
    , m_today(today)
    , m_personBox(new QGroupBox(this))
    , m_workBox(new QGroupBox(this))
    , m_membershipBox(new QGroupBox(this))
    , m_reveal(new QPushButton(this))
    , m_gender(new QComboBox(this))
    , m_idType(new QComboBox(this))
    , m_frontLine(new QComboBox(this))
    , m_grade(new QComboBox(this))
    , m_status(new QComboBox(this))
{
    const auto lineEdit = [this](int maxLength = 200) {
        auto *edit = new QLineEdit(this);
        edit->setMaxLength(maxLength);
        connect(edit, &QLineEdit::textEdited, this, &MemberForm::revalidate);
        return edit;
    };
    QLineEdit *idNumber = lineEdit(40);
    idNumber->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    disconnect(idNumber, &QLineEdit::textEdited, this, &MemberForm::revalidate);
    connect(idNumber, &QLineEdit::textEdited, this, &MemberForm::onIdEdited);
    QLineEdit *name = lineEdit(60);
    connect(name, &QLineEdit::textEdited, this, [this] { m_nameTouched = true; });

    for (Gender g : { Gender::Unknown, Gender::Male, Gender::Female })
        m_gender->addItem(QString(), static_cast<int>(g));
    for (IdType t : { IdType::ResidentId, IdType::Passport, IdType::HongKongMacau, IdType::Taiwan,
             IdType::ForeignPermanent, IdType::Other })
        m_idType->addItem(QString(), static_cast<int>(t));
    for (int i = 0; i < 3; ++i)
        m_frontLine->addItem(QString(), i); // unknown, yes, no
    for (MemberStatus s : MemberText::allStatuses())
        m_status->addItem(QString(), static_cast<int>(s));
    for (QComboBox *box : { m_gender, m_idType, m_frontLine, m_grade, m_status })
        connect(box, &QComboBox::currentIndexChanged, this, &MemberForm::revalidate);

    m_reveal->setObjectName(QStringLiteral("member.revealIdNumber"));
    m_reveal->hide();
    auto *idField = new QWidget(this);
    auto *idRow = new QHBoxLayout(idField);
    idRow->setContentsMargins(0, 0, 0, 0);
    idRow->setSpacing(6);
    idRow->addWidget(idNumber, 1);
    idRow->addWidget(m_reveal);

    auto *person = new QFormLayout(m_personBox);
    auto *work = new QFormLayout(m_workBox);
    auto *membership = new QFormLayout(m_membershipBox);
    for (QFormLayout *form : { person, work, membership }) {
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setLabelAlignment(Qt::AlignLeft);
        form->setVerticalSpacing(6);
    }
    addRow(person, Field::Name, name);
    addRow(person, Field::Gender, m_gender);
    addRow(person, Field::BirthDate, lineEdit(20));
    addRow(person, Field::IdType, m_idType);
    m_editors.insert(Field::IdNumber, idNumber);
    addRow(person, Field::IdNumber, idField);
    addRow(person, Field::PoliticalStatus, lineEdit(40));
    addRow(person, Field::Mobile, lineEdit(30));
    addRow(person, Field::Email, lineEdit(120));
    addRow(person, Field::Notes, lineEdit(1000));

    addRow(work, Field::Affiliation, lineEdit());
    addRow(work, Field::AffiliationType, lineEdit(40));
    addRow(work, Field::Position, lineEdit(60));
    addRow(work, Field::ProfessionalTitle, lineEdit(60));
    addRow(work, Field::FrontLine, m_frontLine);

    addRow(membership, Field::MemberNo, lineEdit(30));
    addRow(membership, Field::Grade, m_grade);
    addRow(membership, Field::Status, m_status);
    addRow(membership, Field::AppliedOn, lineEdit(20));
    addRow(membership, Field::ApprovedOn, lineEdit(20));
    addRow(membership, Field::JoinDate, lineEdit(20));
    addRow(membership, Field::ExitDate, lineEdit(20));

    auto *right = new QVBoxLayout;
    right->setSpacing(12);
    right->addWidget(m_workBox);
    right->addWidget(m_membershipBox);
    right->addStretch(1);
    auto *left = new QVBoxLayout;
    left->addWidget(m_personBox);
    left->addStretch(1);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(12);
    grid->addLayout(left, 0, 0);
    grid->addLayout(right, 0, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    retranslateUi();
}

void MemberForm::addRow(QFormLayout *form, Field field, QWidget *fieldWidget)
{
    const QString name = QLatin1StringView(fieldName(field));
    QWidget *editor = m_editors.value(field, fieldWidget);
    editor->setObjectName(QStringLiteral("member.") + name);
    m_editors.insert(field, editor);
    auto *label = new QLabel(form->parentWidget() ? form->parentWidget() : this);
    label->setBuddy(editor);
    m_labels.insert(field, label);
    if (std::find(kCheckedFields.begin(), kCheckedFields.end(), field) == kCheckedFields.end()) {
        form->addRow(label, fieldWidget);
        return;
    }
    // The editor with its problem label underneath, as one field of the form.
    auto *problem = new QLabel(this);
    problem->setObjectName(QStringLiteral("member.problem.") + name);
    problem->setWordWrap(true);
    problem->hide();
    m_problems.insert(field, problem);
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(fieldWidget);
    layout->addWidget(problem);
    form->addRow(label, box);
}

QString MemberForm::text(Field field) const
{
    auto *edit = qobject_cast<QLineEdit *>(m_editors.value(field));
    return edit ? edit->text().trimmed() : QString();
}

QDate MemberForm::dateOf(Field field) const
{
    const QString t = text(field);
    if (t.isEmpty())
        return {};
    const validation::DateResult r = validation::parseDate(t, m_today);
    return r.isValid() ? r.value : QDate();
}

void MemberForm::setGrades(const QList<MemberGrade> &grades, qint64 defaultGradeId)
{
    const QSignalBlocker block(m_grade);
    m_grade->clear();
    for (const MemberGrade &g : grades)
        m_grade->addItem(g.name, g.id);
    m_grade->setCurrentIndex(std::max(0, m_grade->findData(defaultGradeId)));
}

void MemberForm::setMember(const Member &m, bool maskIdNumber)
{
    m_base = m;
    m_masked = maskIdNumber && !m.idNumber.isEmpty();
    const auto set = [this](Field field, const QString &value) {
        if (auto *edit = qobject_cast<QLineEdit *>(m_editors.value(field)))
            edit->setText(value);
    };
    const QSignalBlocker b1(m_gender), b2(m_idType), b3(m_frontLine), b4(m_grade), b5(m_status);
    set(Field::MemberNo, m.memberNo);
    set(Field::Name, m.name);
    m_gender->setCurrentIndex(std::max(0, m_gender->findData(static_cast<int>(m.gender))));
    set(Field::BirthDate, isoOrEmpty(m.birthDate));
    m_idType->setCurrentIndex(std::max(0, m_idType->findData(static_cast<int>(m.idType))));
    set(Field::IdNumber, m_masked ? validation::maskIdNumber(m.idNumber) : m.idNumber);
    set(Field::PoliticalStatus, m.politicalStatus);
    set(Field::Mobile, m.mobile);
    set(Field::Email, m.email);
    set(Field::Affiliation, m.affiliation);
    set(Field::AffiliationType, m.affiliationType);
    set(Field::Position, m.position);
    set(Field::ProfessionalTitle, m.professionalTitle);
    m_frontLine->setCurrentIndex(m.frontLine ? (*m.frontLine ? 1 : 2) : 0);
    if (m.gradeId > 0)
        m_grade->setCurrentIndex(std::max(0, m_grade->findData(m.gradeId)));
    m_status->setCurrentIndex(std::max(0, m_status->findData(static_cast<int>(m.status))));
    set(Field::AppliedOn, isoOrEmpty(m.appliedOn));
    set(Field::ApprovedOn, isoOrEmpty(m.approvedOn));
    set(Field::JoinDate, isoOrEmpty(m.joinDate));
    set(Field::ExitDate, isoOrEmpty(m.exitDate));
    set(Field::Notes, m.notes);
    // An existing member keeps its number; a new one may be given one or gets the next free.
    qobject_cast<QLineEdit *>(m_editors.value(Field::MemberNo))->setReadOnly(m.id > 0);
    auto *idEdit = qobject_cast<QLineEdit *>(m_editors.value(Field::IdNumber));
    idEdit->setReadOnly(m_masked);
    m_reveal->setVisible(m_masked);
    m_nameTouched = !m.name.isEmpty();
    revalidate();
}

void MemberForm::showIdNumber(const QString &idNumber)
{
    m_masked = false;
    auto *idEdit = qobject_cast<QLineEdit *>(m_editors.value(Field::IdNumber));
    idEdit->setText(idNumber);
    idEdit->setReadOnly(false);
    m_reveal->hide();
    revalidate();
}

void MemberForm::setDuplicateCheck(std::function<QString(const QString &)> check)
{
    m_duplicateCheck = std::move(check);
    revalidate();
}

Member MemberForm::member() const
{
    Member m = m_base;
    m.memberNo = text(Field::MemberNo);
    m.name = validation::normalizeName(text(Field::Name)).value;
    m.gender = static_cast<Gender>(m_gender->currentData().toInt());
    m.birthDate = dateOf(Field::BirthDate);
    m.idType = static_cast<IdType>(m_idType->currentData().toInt());
    if (!m_masked) {
        const QString id = text(Field::IdNumber);
        m.idNumber = id.isEmpty() || m.idType != IdType::ResidentId
            ? validation::toHalfWidth(id)
            : validation::checkResidentId(id, m_today).value;
    }
    m.politicalStatus = text(Field::PoliticalStatus);
    const QString mobile = text(Field::Mobile);
    const validation::PhoneResult phone = validation::checkMobile(mobile);
    m.mobile = mobile.isEmpty() ? QString() : phone.isValid() ? phone.value : mobile;
    const QString email = text(Field::Email);
    const validation::EmailResult mail = validation::checkEmail(email);
    m.email = email.isEmpty() ? QString() : mail.isValid() ? mail.value : email;
    m.affiliation = validation::normalizeName(text(Field::Affiliation)).value;
    m.affiliationType = text(Field::AffiliationType);
    m.position = text(Field::Position);
    m.professionalTitle = text(Field::ProfessionalTitle);
    const int frontLine = m_frontLine->currentData().toInt();
    m.frontLine = frontLine == 0 ? std::nullopt : std::optional<bool>(frontLine == 1);
    m.gradeId = m_grade->currentData().toLongLong();
    m.status = static_cast<MemberStatus>(m_status->currentData().toInt());
    m.appliedOn = dateOf(Field::AppliedOn);
    m.approvedOn = dateOf(Field::ApprovedOn);
    m.joinDate = dateOf(Field::JoinDate);
    m.exitDate = isExit(m.status) ? dateOf(Field::ExitDate) : QDate();
    m.notes = text(Field::Notes);
    return m;
}

void MemberForm::onIdEdited()
{
    // A valid resident ID fills what is still empty: birth date and gender.
    const QString id = text(Field::IdNumber);
    if (static_cast<IdType>(m_idType->currentData().toInt()) == IdType::ResidentId && !id.isEmpty()) {
        const validation::ResidentIdResult r = validation::checkResidentId(id, m_today);
        if (r.isValid()) {
            auto *birth = qobject_cast<QLineEdit *>(m_editors.value(Field::BirthDate));
            if (birth->text().trimmed().isEmpty())
                birth->setText(validation::birthDateOf(r.value).toString(Qt::ISODate));
            if (m_gender->currentIndex() <= 0) {
                const QSignalBlocker block(m_gender);
                m_gender->setCurrentIndex(std::max(0, m_gender->findData(static_cast<int>(validation::genderOf(r.value)))));
            }
        }
    }
    revalidate();
}

void MemberForm::setProblem(Field field, const QString &message, bool warning)
{
    QLabel *label = m_problems.value(field);
    if (!warning)
        m_errors.insert(field, message);
    if (!label || !label->isHidden())
        return; // the first problem of a field is the one shown
    label->setText(message);
    label->setStyleSheet(warning ? QStringLiteral("QLabel { color: #8a5a00; }")
                                 : QStringLiteral("QLabel { color: #b3261e; }"));
    label->setVisible(!message.isEmpty());
}

void MemberForm::revalidate()
{
    m_errors.clear();
    for (QLabel *label : std::as_const(m_problems)) {
        label->clear();
        label->hide();
    }
    const bool exit = isExit(static_cast<MemberStatus>(m_status->currentData().toInt()));
    m_editors.value(Field::ExitDate)->setEnabled(exit);

    for (Field field : kDateFields) {
        const QString t = text(field);
        if (t.isEmpty() || (field == Field::ExitDate && !exit))
            continue;
        const validation::DateResult r = validation::parseDate(t, m_today);
        if (!r.isValid())
            setProblem(field, r.message);
        else if (!r.warningMessage.isEmpty())
            setProblem(field, r.warningMessage, true);
    }

    const auto idType = static_cast<IdType>(m_idType->currentData().toInt());
    const QString id = m_masked ? m_base.idNumber : text(Field::IdNumber);
    if (idType == IdType::ResidentId && !id.isEmpty()) {
        const auto gender = static_cast<Gender>(m_gender->currentData().toInt());
        const validation::ResidentIdResult r = validation::checkResidentId(id, m_today, dateOf(Field::BirthDate), gender);
        if (!r.isValid()) {
            QString message = r.message;
            if (m_masked) // never show a number the user has not asked to see
                message.replace(m_base.idNumber, validation::maskIdNumber(m_base.idNumber));
            setProblem(Field::IdNumber, message);
        } else if (m_duplicateCheck && r.value != m_base.idNumber) {
            const QString duplicate = m_duplicateCheck(r.value);
            if (!duplicate.isEmpty())
                setProblem(Field::IdNumber, duplicate);
        }
    }
    if (const QString mobile = text(Field::Mobile); !mobile.isEmpty()) {
        const validation::PhoneResult r = validation::checkMobile(mobile);
        if (!r.isValid())
            setProblem(Field::Mobile, r.message);
    }
    if (const QString email = text(Field::Email); !email.isEmpty()) {
        const validation::EmailResult r = validation::checkEmail(email);
        if (!r.isValid())
            setProblem(Field::Email, r.message);
    }

    // Rules across fields, for fields whose own value parsed.
    const QList<members::MemberProblem> problems = members::checkMemberRecord(member());
    for (const members::MemberProblem &p : problems) {
        const std::optional<Field> field = fieldOf(p.field);
        if (!field || m_errors.contains(*field))
            continue;
        if (*field == Field::Name && !m_nameTouched) {
            m_errors.insert(Field::Name, p.message); // "name required" waits until the user typed
            continue;
        }
        setProblem(*field, p.message);
    }

    const bool valid = m_errors.isEmpty();
    if (valid != m_lastValid) {
        m_lastValid = valid;
        emit validityChanged(valid);
    }
}

void MemberForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MemberForm::retranslateUi()
{
    m_personBox->setTitle(tr("Person"));
    m_workBox->setTitle(tr("Work"));
    m_membershipBox->setTitle(tr("Membership"));
    const auto setLabel = [this](Field field, const QString &text) {
        if (QLabel *label = m_labels.value(field))
            label->setText(text);
    };
    setLabel(Field::MemberNo, tr("Member &no.:"));
    setLabel(Field::Name, tr("&Name:"));
    setLabel(Field::Gender, tr("&Gender:"));
    setLabel(Field::BirthDate, tr("Date of &birth:"));
    setLabel(Field::IdType, tr("ID &type:"));
    setLabel(Field::IdNumber, tr("&ID number:"));
    setLabel(Field::PoliticalStatus, tr("&Political status:"));
    setLabel(Field::Mobile, tr("&Mobile:"));
    setLabel(Field::Email, tr("&Email:"));
    setLabel(Field::Affiliation, tr("&Affiliation:"));
    setLabel(Field::AffiliationType, tr("Affiliation t&ype:"));
    setLabel(Field::Position, tr("P&osition:"));
    setLabel(Field::ProfessionalTitle, tr("Professional &title:"));
    setLabel(Field::FrontLine, tr("&Front line:"));
    setLabel(Field::Grade, tr("G&rade:"));
    setLabel(Field::Status, tr("&Status:"));
    setLabel(Field::AppliedOn, tr("Appli&cation date:"));
    setLabel(Field::ApprovedOn, tr("Appro&val date:"));
    setLabel(Field::JoinDate, tr("&Join date:"));
    setLabel(Field::ExitDate, tr("E&xit date:"));
    setLabel(Field::Notes, tr("No&tes:"));

    m_gender->setItemText(0, tr("Unknown"));
    m_gender->setItemText(1, MemberText::label(Gender::Male));
    m_gender->setItemText(2, MemberText::label(Gender::Female));
    for (int i = 0; i < m_idType->count(); ++i)
        m_idType->setItemText(i, MemberText::label(static_cast<IdType>(m_idType->itemData(i).toInt())));
    m_frontLine->setItemText(0, tr("Unknown"));
    m_frontLine->setItemText(1, tr("Yes"));
    m_frontLine->setItemText(2, tr("No"));
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(i, MemberText::label(static_cast<MemberStatus>(m_status->itemData(i).toInt())));

    const QString datePlaceholder = tr("YYYY-MM-DD");
    for (Field field : kDateFields) {
        if (auto *edit = qobject_cast<QLineEdit *>(m_editors.value(field)))
            edit->setPlaceholderText(datePlaceholder);
    }
    qobject_cast<QLineEdit *>(m_editors.value(Field::MemberNo))->setPlaceholderText(tr("Assigned when saved"));
    qobject_cast<QLineEdit *>(m_editors.value(Field::IdNumber))->setPlaceholderText(tr("18 characters"));
    qobject_cast<QLineEdit *>(m_editors.value(Field::Mobile))->setPlaceholderText(tr("11 digits"));
    qobject_cast<QLineEdit *>(m_editors.value(Field::ExitDate))
        ->setToolTip(tr("Required when the status is withdrawn, expelled or deceased"));
    m_reveal->setText(tr("Reveal"));
    m_reveal->setToolTip(tr("Show the full ID number (the audit log records it)"));
    // Problem messages come translated from core: re-run the validation to refresh them.
    revalidate();
}

} // namespace sd::ui
