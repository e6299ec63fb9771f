#pragma once

#include <QTemporaryDir>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sd::storage {
class Database;
}

namespace sd::ui {

/// One of the governance page's record lists — staff, regulations or attestations — with its
/// Add… button (and Open for a regulation's or attestation's document).
class RecordsTab : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Staff, Regulations, Attestations };

    RecordsTab(Kind kind, QWidget *parent = nullptr);
    ~RecordsTab() override;

    void setDatabase(storage::Database *db);
    void reload();
    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QPushButton *addButton() const { return m_add; }
    /// Regulations only: replaces the current regulation's document.
    [[nodiscard]] QPushButton *replaceButton() const { return m_replace; }
    [[nodiscard]] QString message() const;
    /// Selects the row of the record `id` (reloading once when it is not listed); false when
    /// there is none.
    bool selectRecord(qint64 id);

public slots:
    void add();
    /// Writes the current row's document to a temporary folder and opens it.
    void openDocument();
    /// Regulations: a new file for the current regulation's document (the old one stays stored).
    void replaceDocument();

signals:
    void changed();
    /// A document was written to `path` for opening (tests read it here).
    void documentExported(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    void showMessage(const QString &text, bool problem);

    Kind m_kind;
    storage::Database *m_db = nullptr;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_open;
    QPushButton *m_replace;
    QLabel *m_message;
    std::unique_ptr<QTemporaryDir> m_exportDir;
};

} // namespace sd::ui
