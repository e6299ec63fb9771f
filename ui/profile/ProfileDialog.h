#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace sd {
class Clock;
}

namespace sd::ui {

class ProfileFields;
class Session;

/// Edits the open society's profile. Problems show under their fields as the user types and
/// keep Save disabled; Save stores through the session (ProfileStore validates again and
/// audits the change) and a refusal is shown in the dialog, which then stays open.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    ProfileDialog(Session &session, const Clock &clock, QWidget *parent = nullptr);

    [[nodiscard]] ProfileFields &fields() const { return *m_fields; }
    /// Saves and closes; false (and the reason shown) when the store refused.
    bool save();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();

    Session &m_session;
    ProfileFields *m_fields;
    QLabel *m_note;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace sd::ui
