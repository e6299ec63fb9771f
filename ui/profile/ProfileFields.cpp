#include "profile/ProfileFields.h"

#include "util/Clock.h"

#include <algorithm>
#include <QDateEdit>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sd::ui {

namespace {

/// QDateEdit cannot be empty: its minimum date stands for "not set" (shown as special text).
const QDate kUnsetDate(1900, 1, 1);

QLabel *makeProblemLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    label->hide();
    return label;
}

} // namespace

ProfileFields::ProfileFields(QWidget *owner, const Clock &clock)
    : QObject(owner)
    , m_clock(clock)
    , m_name(new QLineEdit(owner))
    , m_nameEn(new QLineEdit(owner))
    , m_creditCode(new QLineEdit(owner))
    , m_supervisor(new QLineEdit(owner))
    , m_authority(new QLineEdit(owner))
    , m_address(new QLineEdit(owner))
    , m_founded(new QDateEdit(owner))
{
    m_name->setObjectName(QStringLiteral("profile.name"));
    m_nameEn->setObjectName(QStringLiteral("profile.nameEn"));
    m_creditCode->setObjectName(QStringLiteral("profile.creditCode"));
    m_supervisor->setObjectName(QStringLiteral("profile.supervisor"));
    m_authority->setObjectName(QStringLiteral("profile.registrationAuthority"));
    m_address->setObjectName(QStringLiteral("profile.address"));
    m_founded->setObjectName(QStringLiteral("profile.founded"));

    m_creditCode->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_creditCode->setMaxLength(40);
    m_founded->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_founded->setCalendarPopup(true);
    m_founded->setMinimumDate(kUnsetDate);
    m_founded->setDate(kUnsetDate);

    m_problemLabels.insert(
        ProfileProblem::Field::Name, makeProblemLabel(owner, QStringLiteral("problem.name")));
    m_problemLabels.insert(
        ProfileProblem::Field::NameEn, makeProblemLabel(owner, QStringLiteral("problem.nameEn")));
    m_problemLabels.insert(
        ProfileProblem::Field::CreditCode, makeProblemLabel(owner, QStringLiteral("problem.creditCode")));
    m_problemLabels.insert(
        ProfileProblem::Field::Founded, makeProblemLabel(owner, QStringLiteral("problem.founded")));

    for (QLineEdit *edit : { m_name, m_nameEn, m_creditCode, m_supervisor, m_authority, m_address })
        connect(edit, &QLineEdit::textEdited, this, &ProfileFields::revalidate);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameTouched = true; });
    connect(m_founded, &QDateEdit::dateChanged, this, &ProfileFields::revalidate);

    retranslateUi();
}

QWidget *ProfileFields::fieldWidget(Row row, QWidget *parent)
{
    QWidget *edit = editor(row);
    QLabel *problem = nullptr;
    switch (row) {
    case Row::Name:
        problem = m_problemLabels.value(ProfileProblem::Field::Name);
        break;
    case Row::NameEn:
        problem = m_problemLabels.value(ProfileProblem::Field::NameEn);
        break;
    case Row::CreditCode:
        problem = m_problemLabels.value(ProfileProblem::Field::CreditCode);
        break;
    case Row::Founded:
        problem = m_problemLabels.value(ProfileProblem::Field::Founded);
        break;
    default:
        break;
    }
    if (!problem)
        return edit;
    // The editor with its problem label underneath, as one field of the form.
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(edit);
    layout->addWidget(problem);
    return box;
}

void ProfileFields::addRows(QFormLayout *form, std::initializer_list<Row> rows)
{
    for (Row row : rows) {
        auto *label = new QLabel(form->parentWidget());
        label->setBuddy(editor(row));
        m_labels.insert(row, label);
        form->addRow(label, fieldWidget(row, form->parentWidget()));
    }
    retranslateUi();
}

QWidget *ProfileFields::editor(Row row) const
{
    switch (row) {
    case Row::Name:
        return m_name;
    case Row::NameEn:
        return m_nameEn;
    case Row::CreditCode:
        return m_creditCode;
    case Row::Supervisor:
        return m_supervisor;
    case Row::RegistrationAuthority:
        return m_authority;
    case Row::Address:
        return m_address;
    case Row::Founded:
        return m_founded;
    }
    return nullptr;
}

QLabel *ProfileFields::problemLabel(ProfileProblem::Field field) const
{
    return m_problemLabels.value(field);
}

SocietyProfile ProfileFields::profile() const
{
    SocietyProfile p;
    p.name = m_name->text().trimmed();
    p.nameEn = m_nameEn->text().trimmed();
    p.creditCode = m_creditCode->text().trimmed().toUpper();
    p.supervisor = m_supervisor->text().trimmed();
    p.registrationAuthority = m_authority->text().trimmed();
    p.address = m_address->text().trimmed();
    if (m_founded->date() != kUnsetDate)
        p.founded = m_founded->date();
    return p;
}

void ProfileFields::setProfile(const SocietyProfile &p)
{
    m_name->setText(p.name);
    m_nameEn->setText(p.nameEn);
    m_creditCode->setText(p.creditCode);
    m_supervisor->setText(p.supervisor);
    m_authority->setText(p.registrationAuthority);
    m_address->setText(p.address);
    m_founded->setDate(p.founded.isValid() ? p.founded : kUnsetDate);
    m_nameTouched = !p.name.isEmpty();
    revalidate();
}

void ProfileFields::setReadOnly(bool readOnly)
{
    for (QLineEdit *edit : { m_name, m_nameEn, m_creditCode, m_supervisor, m_authority, m_address })
        edit->setReadOnly(readOnly);
    m_founded->setReadOnly(readOnly);
}

bool ProfileFields::hasProblem(ProfileProblem::Field field) const
{
    return std::any_of(m_problems.cbegin(), m_problems.cend(),
        [field](const ProfileProblem &problem) { return problem.field == field; });
}

void ProfileFields::revalidate()
{
    m_problems = validateProfile(profile(), m_clock.today());
    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it) {
        QStringList messages;
        for (const ProfileProblem &problem : std::as_const(m_problems)) {
            if (problem.field != it.key())
                continue;
            if (problem.field == ProfileProblem::Field::Name && !m_nameTouched)
                continue;
            messages << problem.message;
        }
        it.value()->setText(messages.join(u'\n'));
        it.value()->setVisible(!messages.isEmpty());
    }
    emit edited();
}

void ProfileFields::retranslateUi()
{
    const auto setLabel = [this](Row row, const QString &text) {
        if (QLabel *label = m_labels.value(row))
            label->setText(text);
    };
    setLabel(Row::Name, tr("&Name:"));
    setLabel(Row::NameEn, tr("&English name:"));
    setLabel(Row::CreditCode, tr("Unified social &credit code:"));
    setLabel(Row::Supervisor, tr("&Supervising unit:"));
    setLabel(Row::RegistrationAuthority, tr("&Registration authority:"));
    setLabel(Row::Address, tr("&Address:"));
    setLabel(Row::Founded, tr("&Founded:"));

    m_name->setPlaceholderText(tr("The full registered name, e.g. Hubei Society of Mechanical Engineering"));
    m_nameEn->setPlaceholderText(tr("As printed on English documents"));
    m_creditCode->setPlaceholderText(tr("18 characters; may stay empty until the first submission"));
    m_supervisor->setPlaceholderText(tr("e.g. Hubei Association for Science and Technology"));
    m_authority->setPlaceholderText(tr("e.g. Hubei Provincial Department of Civil Affairs"));
    m_founded->setSpecialValueText(tr("Not set"));
    // Problem messages come translated from core: re-run the validation to refresh them.
    revalidate();
}

} // namespace sd::ui
