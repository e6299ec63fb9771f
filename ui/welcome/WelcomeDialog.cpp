#include "welcome/WelcomeDialog.h"

#include "util/AppIdentity.h"
#include "util/Version.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace sd::ui {

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_new(new QCommandLinkButton(this))
    , m_open(new QCommandLinkButton(this))
    , m_demo(new QCommandLinkButton(this))
    , m_footer(new QLabel(this))
{
    setObjectName(QStringLiteral("welcome"));
    m_new->setObjectName(QStringLiteral("welcome.new"));
    m_open->setObjectName(QStringLiteral("welcome.open"));
    m_demo->setObjectName(QStringLiteral("welcome.demo"));
    setMinimumWidth(600);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_intro->setWordWrap(true);
    m_footer->setEnabled(false); // muted
    m_footer->setWordWrap(true);

    m_new->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_open->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_demo->setIcon(style()->standardIcon(QStyle::SP_DirHomeIcon));
    for (QCommandLinkButton *button : { m_new, m_open, m_demo }) {
        button->setIconSize(QSize(32, 32));
        button->setMinimumHeight(72);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addSpacing(12);
    layout->addWidget(m_new);
    layout->addWidget(m_open);
    layout->addWidget(m_demo);
    layout->addStretch(1);
    layout->addWidget(m_footer);

    connect(m_new, &QCommandLinkButton::clicked, this, [this] { choose(Choice::NewSociety); });
    connect(m_open, &QCommandLinkButton::clicked, this, [this] { choose(Choice::OpenFile); });
    connect(m_demo, &QCommandLinkButton::clicked, this, [this] { choose(Choice::OpenDemo); });
    retranslateUi();
}

QCommandLinkButton *WelcomeDialog::button(Choice choice) const
{
    switch (choice) {
    case Choice::NewSociety:
        return m_new;
    case Choice::OpenFile:
        return m_open;
    case Choice::OpenDemo:
        return m_demo;
    case Choice::None:
        break;
    }
    return nullptr;
}

void WelcomeDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
    emit chosen(choice);
}

void WelcomeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void WelcomeDialog::retranslateUi()
{
    setWindowTitle(tr("Welcome to SocietyDesk"));
    m_title->setText(tr("Welcome to SocietyDesk"));
    m_intro->setText(
        tr("SocietyDesk keeps a society's members, governance records and reports in one file on "
           "this computer. How would you like to begin?"));
    m_new->setText(tr("Create a new society"));
    m_new->setDescription(tr("Enter the society's name, credit code and registration details, "
                             "then choose where to keep its file."));
    m_open->setText(tr("Open a society file…"));
    m_open->setDescription(tr("Open a .societydesk file made on this or another computer."));
    m_demo->setText(tr("Explore the demo society"));
    m_demo->setDescription(tr("A made-up society to try SocietyDesk without touching real records."));
    m_footer->setText(
        tr("SocietyDesk %1 · New society files are kept in %2 unless you choose another folder.")
            .arg(version(), QDir::toNativeSeparators(dataFolder())));
}

} // namespace sd::ui
