#pragma once

#include "meetings/Meeting.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace sd::storage {
class Database;
}

namespace sd::ui {

class RollModel;
class RollView;

/// 签到: the roll of the meeting chosen, marked by click or key, with the live quorum line
/// (MeetingStore::quorum on the lines as marked) and the tally. Save writes every mark in one
/// call; Regenerate rebuilds the roll from the seats (marks of people still on it are kept).
class RollPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RollPanel(QWidget *parent = nullptr);

    /// Shows the roll of `meeting` (none: empty). Unsaved marks are dropped: the page asks first.
    void load(storage::Database *db, const std::optional<meetings::Meeting> &meeting);
    [[nodiscard]] bool isDirty() const;
    /// Writes the marks; false (with the refusal shown) when the store refused them.
    bool save();
    void revert();
    void regenerate();
    /// The quorum of the lines as marked now.
    [[nodiscard]] const meetings::Quorum &quorum() const { return m_quorum; }
    [[nodiscard]] QString problem() const;

    [[nodiscard]] RollModel *model() const { return m_model; }
    [[nodiscard]] RollView *view() const { return m_view; }
    [[nodiscard]] QLabel *quorumLabel() const { return m_quorumLabel; }
    [[nodiscard]] QPushButton *saveButton() const { return m_save; }
    [[nodiscard]] QPushButton *revertButton() const { return m_revert; }
    [[nodiscard]] QPushButton *regenerateButton() const { return m_regenerate; }

signals:
    /// The marks changed (saved or not): the quorum and tally are new.
    void quorumChanged();
    /// The roll was written (marks saved or regenerated).
    void rollSaved();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateQuorum();
    void updateButtons();
    void showProblem(const QString &text);
    [[nodiscard]] bool writable() const;

    storage::Database *m_db = nullptr;
    std::optional<meetings::Meeting> m_meeting;
    meetings::Quorum m_quorum;
    RollModel *m_model;
    RollView *m_view;
    QLabel *m_quorumLabel;
    QLabel *m_tally;
    QLabel *m_hint;
    QLabel *m_problem;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_regenerate;
};

} // namespace sd::ui
