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

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    [[nodiscard]] QString describe(const QString &entity, const QString &action) const;

    QTreeWidget *m_list;
    storage::Database *m_database = nullptr;
};

} // namespace sd::ui
