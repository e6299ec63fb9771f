#pragma once

#include "rules/Finding.h"

#include <QWidget>

namespace sd::storage {
class Database;
}

namespace sd::ui {

/// One page of the main window. The window lists pages by `title()` in its navigation and
/// hands each the open database (null when none is open). A page retranslates itself on
/// QEvent::LanguageChange; every subclass calls its own retranslateUi() at the end of its
/// constructor (a base constructor cannot reach the subclass's override).
class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(QWidget *parent = nullptr);

    /// The page's name in the navigation and its heading.
    [[nodiscard]] virtual QString title() const = 0;
    virtual void setDatabase(storage::Database *database) { m_database = database; }
    [[nodiscard]] storage::Database *database() const { return m_database; }
    /// Shows the record `id` of `kind` (see rules::RecordKind for what the id is) if this page
    /// holds such records; returns whether it did. The main window calls it on the page that
    /// owns the kind after switching to it.
    virtual bool showRecord(rules::RecordKind kind, const QString &id)
    {
        Q_UNUSED(kind)
        Q_UNUSED(id)
        return false;
    }

signals:
    /// Asks the main window to open a record on its own page (evidence of a finding, an item
    /// on the Home page's due list).
    void openRecordRequested(sd::rules::RecordKind kind, const QString &id);

protected:
    void changeEvent(QEvent *event) override;
    virtual void retranslateUi() = 0;

private:
    storage::Database *m_database = nullptr;
};

} // namespace sd::ui
