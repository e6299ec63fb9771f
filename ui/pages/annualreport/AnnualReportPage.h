#pragma once

#include "pages/PlaceholderPage.h"

namespace sd::ui {

class AnnualReportPage : public PlaceholderPage
{
    Q_OBJECT
public:
    explicit AnnualReportPage(QWidget *parent = nullptr)
        : PlaceholderPage(parent)
    {
        setObjectName(QStringLiteral("page.annualReport"));
        retranslateUi();
    }
    [[nodiscard]] QString title() const override { return tr("Annual report"); }

protected:
    [[nodiscard]] QString description() const override
    {
        return tr("The annual work report, computed from the year's records with its statistics and charts,"
                  " written as PDF and HTML.");
    }
};

} // namespace sd::ui
