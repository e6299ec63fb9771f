#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace sd::storage {
class Database;
struct StorageError;
}

namespace sd::annual {

/// A line of the yearly finance summary: the 民间非营利组织会计制度 activity statement's (业务活动表)
/// income and expense categories, and the net assets at year end.
struct FinanceCategory
{
    enum class Side { Income, Expense, NetAssets };
    const char *code;   ///< stored: donations, dues, … net_assets
    const char16_t *zh; ///< the statement's own name: 捐赠收入 …
    Side side;
};

/// A year's summary as the secretariat entered it: amounts in fen, by category code; a category
/// not entered is absent (unknown), never 0.
struct FinanceSummary
{
    int year = 0;
    QMap<QString, qint64> cents;

    [[nodiscard]] std::optional<qint64> amount(const QString &code) const;
    [[nodiscard]] qint64 incomeTotal() const;  ///< of the income categories entered
    [[nodiscard]] qint64 expenseTotal() const; ///< of the expense categories entered

    friend bool operator==(const FinanceSummary &, const FinanceSummary &) = default;
};

/// The 会费收入 entered against the dues the register shows received in the year.
struct DuesCrossCheck
{
    std::optional<qint64> entered; ///< the summary's 会费收入; none: not entered
    qint64 received = 0;           ///< dues payments paid in the year (by payment date; by dues year when it has none)
    qint64 payments = 0;
    [[nodiscard]] bool differs() const { return entered && *entered != received; }

    friend bool operator==(const DuesCrossCheck &, const DuesCrossCheck &) = default;
};

class Finance
{
    Q_DECLARE_TR_FUNCTIONS(sd::annual::Finance)

public:
    explicit Finance(storage::Database &db);

    /// Every category, in the statement's order: income, expenses, then net assets.
    static const QList<FinanceCategory> &categories();
    /// The category named by its code or its Chinese name; null when none.
    static const FinanceCategory *category(QStringView codeOrName);
    /// The category's name in the current language.
    static QString label(const FinanceCategory &category);
    /// The category's English name, untranslated (the source label() translates).
    static const char *labelSource(const FinanceCategory &category);
    /// Yuan as a secretariat writes it (12345.6, 12,345.60, -300, 1200元, full-width digits) in
    /// fen, exactly; nullopt when it is not an amount (more than two decimals, letters …).
    static std::optional<qint64> parseYuan(QString text);
    /// Fen as yuan with two decimals: -1234567 → "-12345.67".
    static QString yuan(qint64 cents);
    /// The same with thousands separated, as a statement prints it: -123456789 → "-1,234,567.89".
    static QString groupedYuan(qint64 cents);

    [[nodiscard]] FinanceSummary summary(int year) const;
    /// Sets the given categories of `year` (others unchanged) in one audited transaction.
    bool set(int year, const QMap<QString, qint64> &cents, storage::StorageError *error);
    /// Removes the given categories of `year` (by code or Chinese name; others unchanged): they
    /// are not entered again, not 0. One audited transaction; a category not entered is
    /// skipped, and nothing to remove writes nothing.
    bool clear(int year, const QStringList &codes, storage::StorageError *error);
    /// Sets the categories given a value and removes those given none, in one audited
    /// transaction, so an edit of the whole summary (the Annual report page's form) is saved
    /// whole or not at all. Categories not named are unchanged; only what differs from the
    /// store is written, and nothing differing writes nothing (no audit entry). Refused whole
    /// when a key is no category or names one twice.
    bool replace(int year, const QMap<QString, std::optional<qint64>> &amounts, storage::StorageError *error);
    [[nodiscard]] DuesCrossCheck duesCrossCheck(int year) const;

private:
    /// Checks the year and the keys; the category codes, each once; nullopt (with `error`) when refused.
    [[nodiscard]] std::optional<QStringList> codesOf(int year, const QStringList &keys, storage::StorageError *error) const;
    /// Writes `sets` and deletes `removals` (codes) in one transaction, audited as one update.
    bool write(int year, const QMap<QString, qint64> &sets, const QStringList &removals, storage::StorageError *error);

    storage::Database &m_db;
};

} // namespace sd::annual
