#pragma once

#include "annual/AnnualReportStore.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace sd::storage {
class Database;
}

namespace sd::ui {

/// The versions of the year's report, oldest first — number, when saved, the report's status
/// then, the note — with Save Version… (a note; refused once published), Compare… (the version
/// chosen against the working copy, or any two, in a CompareDialog) and Restore (the chosen
/// version becomes the working copy, after confirming; a draft only). A refusal shows the
/// store's message and changes nothing.
class VersionsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit VersionsPanel(QWidget *parent = nullptr);

    /// Lists the versions of `year`'s report (`report` none: no report yet).
    void load(storage::Database *db, int year, const std::optional<annual::AnnualReport> &report);
    /// Called before a version is saved, compared or restored so that what is on screen is in the
    /// store first; returning false stops the action.
    void setBeforeUse(std::function<bool()> beforeUse) { m_beforeUse = std::move(beforeUse); }

    [[nodiscard]] QTreeWidget *list() const { return m_list; }
    [[nodiscard]] QPushButton *saveButton() const { return m_save; }
    [[nodiscard]] QPushButton *compareButton() const { return m_compare; }
    [[nodiscard]] QPushButton *restoreButton() const { return m_restore; }
    /// The version chosen in the list (0: none).
    [[nodiscard]] int currentVersion() const;
    /// Chooses `version` in the list.
    void selectVersion(int version);

public slots:
    /// Opens the Save Version dialog.
    void saveVersion();
    /// Opens the comparison of the version chosen (the latest if none) with the working copy.
    void compare();
    /// Restores the version chosen, after confirming.
    void restore();

signals:
    /// A version was saved or restored (the working copy may have changed).
    void changed();
    /// The store refused an action: its message.
    void refused(const QString &message);
    /// Something was done (a line for the page's message).
    void done(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();
    void updateButtons();
    [[nodiscard]] bool ready();

    storage::Database *m_db = nullptr;
    int m_year = 0;
    std::optional<annual::AnnualReport> m_report;
    QList<annual::ReportVersion> m_versions;
    std::function<bool()> m_beforeUse;
    QLabel *m_empty;
    QTreeWidget *m_list;
    QPushButton *m_save;
    QPushButton *m_compare;
    QPushButton *m_restore;
};

} // namespace sd::ui
