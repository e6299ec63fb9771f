#pragma once

#include "pages/PlaceholderPage.h"

namespace sd::ui {

class BranchesPage : public PlaceholderPage
{
    Q_OBJECT
public:
    explicit BranchesPage(QWidget *parent = nullptr)
        : PlaceholderPage(parent)
    {
        setObjectName(QStringLiteral("page.branches"));
        retranslateUi();
    }
    [[nodiscard]] QString title() const override { return tr("Branches"); }

protected:
    [[nodiscard]] QString description() const override
    {
        return tr("The branches and specialised committees: their filings, leaders and the activities they "
                  "hold each year.");
    }
};

} // namespace sd::ui
