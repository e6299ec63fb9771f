#pragma once

#include "meetings/Meeting.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTextEdit;

namespace sd::storage {
class Database;
}

namespace sd::ui {

class RichTextEditor;

/// 纪要: the minutes of the meeting chosen, in rich text, with their versions. A draft is
/// edited and saved; 签发 signs the latest version off (chair and date) and locks it; a
/// correction of signed minutes is a new version with a note. An earlier version is shown
/// read-only when picked in the list.
class MinutesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MinutesPanel(QWidget *parent = nullptr);

    void load(storage::Database *db, const std::optional<meetings::Meeting> &meeting);
    /// Text typed and not saved (a draft or a correction).
    [[nodiscard]] bool isDirty() const;
    /// Saves the draft (a correction asks its note first); false when refused or cancelled.
    bool saveDraft();
    /// Opens the sign-off dialog (the draft is saved first).
    void signOff();
    /// Starts a correction of signed minutes: the text becomes editable.
    void startCorrection();
    void cancelCorrection();
    [[nodiscard]] bool isCorrecting() const { return m_correcting; }
    [[nodiscard]] QString problem() const;

    [[nodiscard]] QTextEdit *editor() const;
    [[nodiscard]] QListWidget *versionList() const { return m_versions; }
    [[nodiscard]] QLabel *stateLabel() const { return m_state; }
    [[nodiscard]] QPushButton *saveButton() const { return m_save; }
    [[nodiscard]] QPushButton *signButton() const { return m_sign; }
    [[nodiscard]] QPushButton *correctButton() const { return m_correct; }

signals:
    /// A version was saved, signed or corrected.
    void minutesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reload(int selectVersion);
    void fillVersions(int selectVersion);
    void showVersion();
    void updateState();
    void updateButtons();
    void showProblem(const QString &text);
    [[nodiscard]] bool writable() const;
    [[nodiscard]] bool latestSigned() const;
    [[nodiscard]] bool viewingLatest() const;

    storage::Database *m_db = nullptr;
    std::optional<meetings::Meeting> m_meeting;
    QList<meetings::MinutesVersion> m_list;
    bool m_correcting = false;
    QListWidget *m_versions;
    QLabel *m_versionsCaption;
    QLabel *m_state;
    RichTextEditor *m_text;
    QLabel *m_problem;
    QPushButton *m_save;
    QPushButton *m_sign;
    QPushButton *m_correct;
    QPushButton *m_cancelCorrection;
};

} // namespace sd::ui
