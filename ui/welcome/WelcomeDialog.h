#pragma once

#include <QDialog>

class QCommandLinkButton;
class QLabel;

namespace sd::ui {

/// Shown when there is nothing to open: three big choices. The dialog only records the
/// choice; FileActions carries it out (wizard, file dialog, demo).
class WelcomeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { None, NewSociety, OpenFile, OpenDemo };
    Q_ENUM(Choice)

    explicit WelcomeDialog(QWidget *parent = nullptr);

    [[nodiscard]] Choice choice() const { return m_choice; }
    [[nodiscard]] QCommandLinkButton *button(Choice choice) const;

signals:
    void chosen(sd::ui::WelcomeDialog::Choice choice);

protected:
    void changeEvent(QEvent *event) override;

private:
    void choose(Choice choice);
    void retranslateUi();

    QLabel *m_title;
    QLabel *m_intro;
    QCommandLinkButton *m_new;
    QCommandLinkButton *m_open;
    QCommandLinkButton *m_demo;
    QLabel *m_footer;
    Choice m_choice = Choice::None;
};

} // namespace sd::ui
