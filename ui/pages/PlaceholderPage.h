#pragma once

#include "pages/Page.h"

class QLabel;

namespace sd::ui {

/// A page whose work is not built yet: its heading, what it will hold, and a note that it is
/// coming. It shows no data, made up or otherwise. A subclass only names the page:
///
///     QString title() const override { return tr("Members"); }
///     QString description() const override { return tr("The register of ..."); }
class PlaceholderPage : public Page
{
    Q_OBJECT
public:
    explicit PlaceholderPage(QWidget *parent = nullptr);

protected:
    /// What the page will hold, one or two sentences.
    [[nodiscard]] virtual QString description() const = 0;
    void retranslateUi() override;

private:
    QLabel *m_heading;
    QLabel *m_description;
    QLabel *m_coming;
};

} // namespace sd::ui
