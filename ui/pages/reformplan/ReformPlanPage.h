#pragma once

#include "pages/PlaceholderPage.h"

namespace sd::ui {

class ReformPlanPage : public PlaceholderPage
{
    Q_OBJECT
public:
    explicit ReformPlanPage(QWidget *parent = nullptr)
        : PlaceholderPage(parent)
    {
        setObjectName(QStringLiteral("page.reformPlan"));
        retranslateUi();
    }
    [[nodiscard]] QString title() const override { return tr("Reform plan"); }

protected:
    [[nodiscard]] QString description() const override
    {
        return tr("The reform plan: measures, who is responsible and by when, followed up against the "
                  "compliance findings.");
    }
};

} // namespace sd::ui
