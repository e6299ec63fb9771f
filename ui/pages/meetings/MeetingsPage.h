#pragma once

#include "pages/PlaceholderPage.h"

namespace sd::ui {

class MeetingsPage : public PlaceholderPage
{
    Q_OBJECT
public:
    explicit MeetingsPage(QWidget *parent = nullptr)
        : PlaceholderPage(parent)
    {
        setObjectName(QStringLiteral("page.meetings"));
        retranslateUi();
    }
    [[nodiscard]] QString title() const override { return tr("Meetings"); }

protected:
    [[nodiscard]] QString description() const override
    {
        return tr("Meetings of every body: notices, attendance, resolutions and their follow-up.");
    }
};

} // namespace sd::ui
