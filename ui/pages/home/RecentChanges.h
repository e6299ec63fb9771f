#pragma once

#include <QGroupBox>

class QTreeWidget;

namespace sd::storage {
class Database;
}

namespace sd::ui {

/// The newest entries of the audit log (who changed what, when), newest first.
class RecentChanges : public QGroupBox
{
    Q_OBJECT
public:
    static constexpr int kShown = 12;

    explicit RecentChanges(QWidget *parent = nullptr);
    void refresh(storage::Database *database);
    /// "Recent changes", in the current language (a tab names the list with it).
    static QString heading();
    /// Whether the group shows its heading (not when a tab already does).
    void setHeadingShown(bool shown);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    [[nodiscard]] QString describe(const QString &entity, const QString &action) const;

    QTreeWidget *m_list;
    storage::Database *m_database = nullptr;
    bool m_headingShown = true;
};

} // namespace sd::ui
