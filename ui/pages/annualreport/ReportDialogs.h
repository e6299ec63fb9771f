#pragma once

#include <QDate>
#include <QDialog>
#include <QMap>

#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;

namespace sd::annual {
struct FinanceCategory;
}

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

/// 财务汇总: the year's finance summary (annual::Finance) entered in the app, as the activity
/// statement (业务活动表) gives it: income, expenses and net assets under their headings, one
/// right-aligned field per category in yuan with the statement's name (and, in another
/// language, the category's own). An empty field is not entered — never 0. The totals
/// (income, expenses, surplus) and the dues cross-check follow what is typed; dues entered
/// that differ from the register are warned about, not refused.
///
/// Saving reads every field first: one that is not an amount is named on the problem line and
/// focused, and nothing is saved. Otherwise the fields changed since the dialog opened are
/// written whole or not at all (Finance::replace); a field emptied removes its amount. Allowed
/// whatever the report's status: the summary is a record, and a published report keeps the
/// snapshot it was published with.
class FinanceDialog : public QDialog
{
    Q_OBJECT
public:
    FinanceDialog(storage::Database &db, int year, QWidget *parent = nullptr);

    /// The field of the category `code` ("dues", …); null when there is none.
    [[nodiscard]] QLineEdit *field(const QString &code) const;
    /// The totals as shown: income, expenses, surplus ("—" while nothing on a side is entered).
    [[nodiscard]] QLabel *incomeTotal() const { return m_incomeTotal; }
    [[nodiscard]] QLabel *expenseTotal() const { return m_expenseTotal; }
    [[nodiscard]] QLabel *surplus() const { return m_surplus; }
    /// What the dues register shows received in the year.
    [[nodiscard]] QLabel *duesCheck() const { return m_duesCheck; }
    /// The warning when the dues typed differ from the register (hidden otherwise).
    [[nodiscard]] QLabel *duesWarning() const { return m_duesWarning; }
    /// The problem shown, if any.
    [[nodiscard]] QString problem() const;
    /// Saves the fields changed; on a field that is not an amount, or on the store's refusal,
    /// the dialog stays with the problem shown and nothing is written.
    void save();

    /// Yuan with thousands separators and two decimals, as the fields show it: 1234567 →

signals:
    /// Something was written (not emitted when nothing changed).
    void saved();

private:
    /// The category's name as the dialog says it: the statement's, or the translated one.
    [[nodiscard]] static QString nameOf(const annual::FinanceCategory &category);
    /// The totals, the unreadable fields and the dues warning, from what is typed.
    void updateTotals();

    storage::Database &m_db;
    int m_year;
    QMap<QString, QLineEdit *> m_fields;           ///< by category code
    QMap<QString, std::optional<qint64>> m_shown;  ///< what each field showed when opened
    qint64 m_duesReceived = 0;
    QLabel *m_incomeTotal;
    QLabel *m_expenseTotal;
    QLabel *m_surplus;
    QLabel *m_unread;
    QLabel *m_duesCheck;
    QLabel *m_duesWarning;
    QLabel *m_problem;
};

} // namespace sd::ui
