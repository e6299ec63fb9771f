#pragma once

#include "domain/SocietyProfile.h"

#include <QWizard>

namespace sd {
class Clock;
}

namespace sd::ui {

class LocationPage;
class ProfileFields;

/// New society: name and English name, the unified social credit code, supervisor,
/// registration authority, address and founding date, then where to save the file. Each page
/// is complete only when `validateProfile` finds no problem in its fields, so an invalid
/// credit code keeps Next disabled with the reason shown under the field.
class ProfileWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { NamePage, CreditCodePage, DetailsPage, SaveLocationPage };

    explicit ProfileWizard(QWidget *parent, const Clock &clock);

    [[nodiscard]] SocietyProfile profile() const;
    [[nodiscard]] QString savePath() const;
    [[nodiscard]] ProfileFields &fields() const { return *m_fields; }
    [[nodiscard]] LocationPage &locationPage() const { return *m_location; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    ProfileFields *m_fields;
    LocationPage *m_location;
};

} // namespace sd::ui
