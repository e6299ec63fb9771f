#pragma once

#include "pages/PlaceholderPage.h"

namespace sd::ui {

class SubmissionPage : public PlaceholderPage
{
    Q_OBJECT
public:
    explicit SubmissionPage(QWidget *parent = nullptr)
        : PlaceholderPage(parent)
    {
        setObjectName(QStringLiteral("page.submission"));
        retranslateUi();
    }
    [[nodiscard]] QString title() const override { return tr("Submission"); }

protected:
    [[nodiscard]] QString description() const override
    {
        return tr("The package for the supervising unit: the year's report and registers in one file that "
                  "the supervisor can verify and import.");
    }
};

} // namespace sd::ui
