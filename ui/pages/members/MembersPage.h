#pragma once

#include "pages/PlaceholderPage.h"

namespace sd::ui {

class MembersPage : public PlaceholderPage
{
    Q_OBJECT
public:
    explicit MembersPage(QWidget *parent = nullptr)
        : PlaceholderPage(parent)
    {
        setObjectName(QStringLiteral("page.members"));
        retranslateUi();
    }
    [[nodiscard]] QString title() const override { return tr("Members"); }

protected:
    [[nodiscard]] QString description() const override
    {
        return tr("The register of individual and unit members: joining, dues, status and the statistics "
                  "the annual report needs, with import from and export to spreadsheets.");
    }
};

} // namespace sd::ui
