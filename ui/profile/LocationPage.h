#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sd::ui {

/// The wizard's last page: where the new society file is saved. The page is complete only
/// for a full path to a file that does not exist yet, in a folder that can be written to
/// (the file is created with OpenMode::CreateNew, which never overwrites).
class LocationPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit LocationPage(QWidget *parent = nullptr);

    /// The chosen path, with ".societydesk" appended when it has no such suffix.
    [[nodiscard]] QString savePath() const;
    void setSavePath(const QString &path);
    /// Why the path cannot be used (translated), or empty.
    [[nodiscard]] QString problem() const;
    [[nodiscard]] bool isComplete() const override;

    /// `<data folder>/society.societydesk`, or society-2, -3… when that exists.
    [[nodiscard]] static QString defaultPath();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void browse();
    void refreshProblem();

    QLabel *m_label;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLabel *m_problem;
};

} // namespace sd::ui
