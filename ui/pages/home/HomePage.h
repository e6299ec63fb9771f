#pragma once

#include "pages/Page.h"

class QFormLayout;
class QGroupBox;
class QLabel;

namespace sd::ui {

class RecentChanges;

/// The society at a glance: its identity from the profile, the file (path, schema, last
/// automatic backup), the charter (rule packs that apply, document language), how many
/// records each register holds, and a banner when the file is
/// read-only or was recovered after an unclean shutdown, and the newest changes from the
/// audit log. Everything comes from ProfileStore
/// and Database; `refresh()` re-reads it after a change.
class HomePage : public Page
{
    Q_OBJECT
public:
    explicit HomePage(QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override { return tr("Home"); }
    void setDatabase(storage::Database *database) override;
    void refresh();

protected:
    void retranslateUi() override;

private:
    struct Row
    {
        QLabel *label = nullptr;
        QLabel *value = nullptr;
    };
    Row addRow(QFormLayout *form, const char *objectName);
    void fillRecordCounts();
    [[nodiscard]] QString tableLabel(const QString &table) const;

    QLabel *m_banner;
    QLabel *m_empty;
    QWidget *m_content;
    QLabel *m_name;
    QLabel *m_nameEn;
    QGroupBox *m_societyBox;
    QGroupBox *m_fileBox;
    QGroupBox *m_recordsBox;
    QGroupBox *m_charterBox;
    RecentChanges *m_recent;
    QFormLayout *m_recordsForm = nullptr;
    Row m_creditCode;
    Row m_supervisor;
    Row m_authority;
    Row m_address;
    Row m_founded;
    Row m_path;
    Row m_schema;
    Row m_lastBackup;
    Row m_rulePacks;
    Row m_documentLanguage;
};

} // namespace sd::ui
