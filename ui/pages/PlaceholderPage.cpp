#include "pages/PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace sd::ui {

PlaceholderPage::PlaceholderPage(QWidget *parent)
    : Page(parent)
    , m_heading(new QLabel(this))
    , m_description(new QLabel(this))
    , m_coming(new QLabel(this))
{
    m_heading->setObjectName(QStringLiteral("placeholder.heading"));
    m_description->setObjectName(QStringLiteral("placeholder.description"));
    m_coming->setObjectName(QStringLiteral("placeholder.coming"));

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_description->setWordWrap(true);
    m_description->setMaximumWidth(720);
    m_coming->setEnabled(false); // the palette's muted text colour

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    layout->addWidget(m_description);
    layout->addWidget(m_coming);
    layout->addStretch(1);
}

void PlaceholderPage::retranslateUi()
{
    m_heading->setText(title());
    m_description->setText(description());
    m_coming->setText(tr("This page is coming in a later version of SocietyDesk."));
}

} // namespace sd::ui
