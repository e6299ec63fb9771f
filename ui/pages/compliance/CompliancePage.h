#pragma once

#include "pages/PlaceholderPage.h"

namespace sd::ui {

class CompliancePage : public PlaceholderPage
{
    Q_OBJECT
public:
    explicit CompliancePage(QWidget *parent = nullptr)
        : PlaceholderPage(parent)
    {
        setObjectName(QStringLiteral("page.compliance"));
        retranslateUi();
    }
    [[nodiscard]] QString title() const override { return tr("Compliance"); }

protected:
    [[nodiscard]] QString description() const override
    {
        return tr("The society's records checked against the rule packs that apply to it, each finding with"
                  " its evidence and the rule it cites.");
    }
};

} // namespace sd::ui
