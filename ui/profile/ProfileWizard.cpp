#include "profile/ProfileWizard.h"

#include "profile/LocationPage.h"
#include "profile/ProfileFields.h"

#include <QEvent>
#include <QFormLayout>
#include <QWizardPage>

namespace sd::ui {

namespace {

using Field = ProfileProblem::Field;
using Row = ProfileFields::Row;

/// A wizard page holding some of the profile's fields; complete when none of `checked` has a
/// problem (and, with `nameRequired`, the name is filled in).
class FieldsPage : public QWizardPage
{
public:
    FieldsPage(
        ProfileFields &fields, std::initializer_list<Row> rows, QList<Field> checked, bool nameRequired)
        : m_fields(fields)
        , m_checked(std::move(checked))
        , m_nameRequired(nameRequired)
    {
        auto *form = new QFormLayout(this);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        m_fields.addRows(form, rows);
        connect(&m_fields, &ProfileFields::edited, this, &QWizardPage::completeChanged);
    }

    [[nodiscard]] bool isComplete() const override
    {
        if (m_nameRequired && m_fields.profile().name.isEmpty())
            return false;
        return std::none_of(
            m_checked.cbegin(), m_checked.cend(), [this](Field field) { return m_fields.hasProblem(field); });
    }

    /// QWizard::next() (and so any caller) is refused too, not only the disabled button.
    bool validatePage() override { return isComplete(); }

private:
    ProfileFields &m_fields;
    QList<Field> m_checked;
    bool m_nameRequired;
};

} // namespace

ProfileWizard::ProfileWizard(QWidget *parent, const Clock &clock)
    : QWizard(parent)
    , m_fields(new ProfileFields(this, clock))
    , m_location(new LocationPage(this))
{
    setObjectName(QStringLiteral("profileWizard"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setMinimumSize(640, 460);

    auto *name = new FieldsPage(*m_fields, { Row::Name, Row::NameEn }, { Field::Name, Field::NameEn }, true);
    auto *code = new FieldsPage(*m_fields, { Row::CreditCode }, { Field::CreditCode }, false);
    auto *details = new FieldsPage(*m_fields,
        { Row::Supervisor, Row::RegistrationAuthority, Row::Address, Row::Founded }, { Field::Founded },
        false);
    name->setObjectName(QStringLiteral("wizard.name"));
    code->setObjectName(QStringLiteral("wizard.creditCode"));
    details->setObjectName(QStringLiteral("wizard.details"));
    setPage(NamePage, name);
    setPage(CreditCodePage, code);
    setPage(DetailsPage, details);
    setPage(SaveLocationPage, m_location);
    retranslateUi();
}

SocietyProfile ProfileWizard::profile() const
{
    return m_fields->profile();
}

QString ProfileWizard::savePath() const
{
    return m_location->savePath();
}

void ProfileWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void ProfileWizard::retranslateUi()
{
    setWindowTitle(tr("New Society"));
    page(NamePage)->setTitle(tr("The society's name"));
    page(NamePage)->setSubTitle(tr("As registered with the civil affairs authority; it heads every report."));
    page(CreditCodePage)->setTitle(tr("Unified social credit code"));
    page(CreditCodePage)
        ->setSubTitle(tr("The 18-character code on the registration certificate. It is checked as you type; "
                         "you may leave it empty and add it before the first submission."));
    page(DetailsPage)->setTitle(tr("Supervision and registration"));
    page(DetailsPage)
        ->setSubTitle(tr("The supervising unit, the registration authority, the address and "
                         "the founding date, as on the certificate."));
    m_fields->retranslateUi();
}

} // namespace sd::ui
