#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace sd::storage {
class Database;
}

namespace sd::ui {

class MemberForm;

/// Adds a member (`memberId` 0) or edits one, through MemberStore::addMember/updateMember
/// (each audited). Save stays disabled while the form shows a problem. In the edit dialog the
/// ID number stays masked unless the user presses Reveal, which reads it through the audited
/// MemberStore::revealIdNumber.
class MemberDialog : public QDialog
{
    Q_OBJECT
public:
    MemberDialog(storage::Database &db, qint64 memberId, QWidget *parent = nullptr);

    [[nodiscard]] MemberForm *form() const { return m_form; }
    [[nodiscard]] QPushButton *saveButton() const;
    [[nodiscard]] qint64 memberId() const { return m_memberId; }
    /// The member exists (edit) or was found (add: always true).
    [[nodiscard]] bool isLoaded() const { return m_loaded; }

    /// Saves when the form is valid; shows the store's message when the file refuses.
    void accept() override;
    /// Reads the full ID number (audited "reveal") and shows it.
    void revealIdNumber();

signals:
    void saved(qint64 memberId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateSaveButton();

    storage::Database &m_db;
    qint64 m_memberId;
    bool m_loaded = true;
    MemberForm *m_form;
    QLabel *m_readOnly;
    QDialogButtonBox *m_buttons;
};

} // namespace sd::ui
