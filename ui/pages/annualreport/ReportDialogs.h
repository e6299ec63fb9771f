#pragma once

#include <QDate>
#include <QDialog>
#include <QMap>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;

namespace sd::storage {
class Database;
}

namespace sd::ui {

/// 发布: the approved report is published on a date (today by default, within the report's year
/// or after it, not in the future — the store says so when it is not); it is locked from then on.
class PublishDialog : public QDialog
{
    Q_OBJECT
public:
    PublishDialog(storage::Database &db, int year, QDate today, QWidget *parent = nullptr);

    [[nodiscard]] QDateEdit *dateEdit() const { return m_date; }
    /// The store's refusal shown, if any.
    [[nodiscard]] QString problem() const;
    /// Publishes on the date chosen; on refusal the dialog stays with the store's message.
    void save();

signals:
    void saved();

private:
    storage::Database &m_db;
    int m_year;
    QDateEdit *m_date;
    QLabel *m_problem;
};

/// 保存版本: the working copy kept as the next version, with an optional note.
class SaveVersionDialog : public QDialog
{
    Q_OBJECT
public:
    SaveVersionDialog(storage::Database &db, int year, QWidget *parent = nullptr);

    [[nodiscard]] QLineEdit *noteEdit() const { return m_note; }
    [[nodiscard]] QString problem() const;
    void save();

signals:
    /// Saved as `version`.
    void saved(int version);

private:
    storage::Database &m_db;
    int m_year;
    QLineEdit *m_note;
    QLabel *m_problem;
};

/// 更正: a published report corrected — the sections chosen among those edited take their new
/// text, kept as a new version with a note (required) saying what it corrects.
class ReportCorrectionDialog : public QDialog
{
    Q_OBJECT
public:
    /// `edited`: section code → corrected text, every one offered and checked.
    ReportCorrectionDialog(storage::Database &db, int year, const QMap<QString, QString> &edited, QWidget *parent = nullptr);

    [[nodiscard]] QListWidget *sectionList() const { return m_sections; }
    [[nodiscard]] QLineEdit *noteEdit() const { return m_note; }
    [[nodiscard]] QString problem() const;
    void save();

signals:
    void saved();

private:
    storage::Database &m_db;
    int m_year;
    QMap<QString, QString> m_edited;
    QListWidget *m_sections;
    QLineEdit *m_note;
    QLabel *m_problem;
};

} // namespace sd::ui
