#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTabWidget;

namespace sd {
class Clock;
}

namespace sd::ui {

class CharterSettingsEditor;
class ProfileFields;
class Session;

/// Edits the open society's profile and, on a second tab, its charter settings. Problems show
/// under their fields as the user types, mark their tab and keep Save disabled; Save stores
/// both through the session in one transaction (ProfileStore validates again and audits the
/// change) and a refusal is shown in the dialog, which then stays open.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    ProfileDialog(Session &session, const Clock &clock, QWidget *parent = nullptr);

    enum Tab { ProfileTab, CharterTab };

    [[nodiscard]] ProfileFields &fields() const { return *m_fields; }
    [[nodiscard]] CharterSettingsEditor &charter() const { return *m_charter; }
    [[nodiscard]] QTabWidget &tabs() const { return *m_tabs; }
    /// Saves and closes; false (and the reason shown) when the store refused.
    bool save();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();

    Session &m_session;
    QTabWidget *m_tabs;
    QWidget *m_profilePage;
    ProfileFields *m_fields;
    CharterSettingsEditor *m_charter;
    QLabel *m_note;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace sd::ui
