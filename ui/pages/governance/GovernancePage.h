#pragma once

#include "pages/PlaceholderPage.h"

namespace sd::ui {

class GovernancePage : public PlaceholderPage
{
    Q_OBJECT
public:
    explicit GovernancePage(QWidget *parent = nullptr)
        : PlaceholderPage(parent)
    {
        setObjectName(QStringLiteral("page.governance"));
        retranslateUi();
    }
    [[nodiscard]] QString title() const override { return tr("Governance"); }

protected:
    [[nodiscard]] QString description() const override
    {
        return tr("The congress, the council and the standing council: their terms, seats and elections, "
                  "with quorum and vote checks that follow the society's charter.");
    }
};

} // namespace sd::ui
