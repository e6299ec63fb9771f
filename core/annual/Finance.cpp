#include "annual/Finance.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace sd::annual {

namespace {

using Side = FinanceCategory::Side;

QString cellsOf(const QMap<QString, qint64> &cents)
{
    QStringList parts;
    for (auto it = cents.cbegin(); it != cents.cend(); ++it)
        parts << it.key() + u'=' + Finance::yuan(it.value());
    return parts.join(u", ");
}

} // namespace

std::optional<qint64> FinanceSummary::amount(const QString &code) const
{
    const auto it = cents.constFind(code);
    return it == cents.cend() ? std::nullopt : std::optional<qint64>(*it);
}

qint64 FinanceSummary::incomeTotal() const
{
    qint64 total = 0;
    for (const FinanceCategory &c : Finance::categories())
        total += c.side == Side::Income ? cents.value(QLatin1StringView(c.code)) : 0;
    return total;
}

qint64 FinanceSummary::expenseTotal() const
{
    qint64 total = 0;
    for (const FinanceCategory &c : Finance::categories())
        total += c.side == Side::Expense ? cents.value(QLatin1StringView(c.code)) : 0;
    return total;
}

Finance::Finance(storage::Database &db)
    : m_db(db)
{
}

const QList<FinanceCategory> &Finance::categories()
{
    static const QList<FinanceCategory> list {
        { "donations", u"捐赠收入", Side::Income },
        { "dues", u"会费收入", Side::Income },
        { "services", u"提供服务收入", Side::Income },
        { "government_grants", u"政府补助收入", Side::Income },
        { "sales", u"商品销售收入", Side::Income },
        { "investment", u"投资收益", Side::Income },
        { "other_income", u"其他收入", Side::Income },
        { "program_costs", u"业务活动成本", Side::Expense },
        { "administrative", u"管理费用", Side::Expense },
        { "fundraising", u"筹资费用", Side::Expense },
        { "other_expenses", u"其他费用", Side::Expense },
        { "net_assets", u"年末净资产", Side::NetAssets },
    };
    return list;
}

const FinanceCategory *Finance::category(QStringView codeOrName)
{
    const QStringView v = codeOrName.trimmed();
    for (const FinanceCategory &c : categories()) {
        if (v.compare(QLatin1StringView(c.code), Qt::CaseInsensitive) == 0 || v == QStringView(c.zh))
            return &c;
    }
    return nullptr;
}

const char *Finance::labelSource(const FinanceCategory &c)
{
    static const QMap<QString, const char *> names {
        { QStringLiteral("donations"), QT_TR_NOOP("Donations") },
        { QStringLiteral("dues"), QT_TR_NOOP("Membership dues") },
        { QStringLiteral("services"), QT_TR_NOOP("Services rendered") },
        { QStringLiteral("government_grants"), QT_TR_NOOP("Government grants") },
        { QStringLiteral("sales"), QT_TR_NOOP("Sales of goods") },
        { QStringLiteral("investment"), QT_TR_NOOP("Investment income") },
        { QStringLiteral("other_income"), QT_TR_NOOP("Other income") },
        { QStringLiteral("program_costs"), QT_TR_NOOP("Programme costs") },
        { QStringLiteral("administrative"), QT_TR_NOOP("Administrative expenses") },
        { QStringLiteral("fundraising"), QT_TR_NOOP("Fundraising expenses") },
        { QStringLiteral("other_expenses"), QT_TR_NOOP("Other expenses") },
        { QStringLiteral("net_assets"), QT_TR_NOOP("Net assets at year end") },
    };
    return names.value(QLatin1StringView(c.code), c.code);
}

QString Finance::label(const FinanceCategory &c)
{
    return tr(labelSource(c));
}

QString Finance::groupedYuan(qint64 cents)
{
    QString text = yuan(cents);
    const qsizetype digitsFrom = text.startsWith(u'-') ? 1 : 0;
    for (qsizetype at = text.indexOf(u'.') - 3; at > digitsFrom; at -= 3)
        text.insert(at, u',');
    return text;
}

std::optional<qint64> Finance::parseYuan(QString text)
{
    // Full-width digits and signs (１２３，－), thousands separators, a trailing 元.
    for (QChar &ch : text) {
        const char16_t u = ch.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            ch = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x2212) // − minus sign
            ch = QChar(u'-');
    }
    text = text.trimmed();
    if (text.endsWith(u'元'))
        text.chop(1);
    text.remove(u',');
    text.remove(u' ');
    static const QRegularExpression amount(QStringLiteral("^([-+]?)(\\d{1,13})(?:\\.(\\d{1,2}))?$"));
    const QRegularExpressionMatch m = amount.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QString decimals = m.captured(3).leftJustified(2, u'0');
    const qint64 cents = m.captured(2).toLongLong() * 100 + decimals.toLongLong();
    return m.captured(1) == u"-" ? -cents : cents;
}

QString Finance::yuan(qint64 cents)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

FinanceSummary Finance::summary(int year) const
{
    FinanceSummary s;
    s.year = year;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT category, amount_cents FROM annual_finance WHERE year = ?"));
    q.addBindValue(year);
    if (q.exec()) {
        while (q.next())
            s.cents.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    return s;
}

bool Finance::set(int year, const QMap<QString, qint64> &cents, storage::StorageError *error)
{
    const auto refuse = [&](const QString &message) {
        if (error) {
            error->kind = storage::StorageError::Kind::Invalid;
            error->file = m_db.path();
            error->message = message;
        }
        return false;
    };
    if (year < 1900 || year > 2999)
        return refuse(tr("%1 is not a year the finance summary can cover.").arg(year));
    for (auto it = cents.cbegin(); it != cents.cend(); ++it) {
        if (!category(it.key()))
            return refuse(tr("\"%1\" is not a category of the activity statement.").arg(it.key()));
    }
    if (cents.isEmpty())
        return true;
    return write(year, cents, {}, error);
}

std::optional<QStringList> Finance::codesOf(int year, const QStringList &keys, storage::StorageError *error) const
{
    const auto refuse = [&](const QString &message) {
        if (error) {
            error->kind = storage::StorageError::Kind::Invalid;
            error->file = m_db.path();
            error->message = message;
        }
        return std::nullopt;
    };
    if (year < 1900 || year > 2999)
        return refuse(tr("%1 is not a year the finance summary can cover.").arg(year));
    QStringList codes;
    for (const QString &key : keys) {
        const FinanceCategory *c = category(key);
        if (!c)
            return refuse(tr("\"%1\" is not a category of the activity statement.").arg(key));
        const QString code = QLatin1StringView(c->code);
        if (codes.contains(code))
            return refuse(tr("%1 is named twice.").arg(QString::fromUtf16(c->zh)));
        codes << code;
    }
    return codes;
}

bool Finance::clear(int year, const QStringList &codes, storage::StorageError *error)
{
    const std::optional<QStringList> checked = codesOf(year, codes, error);
    if (!checked)
        return false;
    const FinanceSummary before = summary(year);
    QStringList removals;
    for (const QString &code : *checked) {
        if (before.cents.contains(code))
            removals << code;
    }
    return removals.isEmpty() || write(year, {}, removals, error);
}

bool Finance::replace(int year, const QMap<QString, std::optional<qint64>> &amounts, storage::StorageError *error)
{
    const std::optional<QStringList> codes = codesOf(year, amounts.keys(), error);
    if (!codes)
        return false;
    const FinanceSummary before = summary(year);
    QMap<QString, qint64> sets;
    QStringList removals;
    qsizetype i = 0;
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it, ++i) {
        const QString &code = codes->at(i); // codesOf() keeps the keys' order
        if (it.value() && before.amount(code) != it.value())
            sets.insert(code, *it.value());
        else if (!it.value() && before.cents.contains(code))
            removals << code;
    }
    if (sets.isEmpty() && removals.isEmpty())
        return true;
    return write(year, sets, removals, error);
}

bool Finance::write(int year, const QMap<QString, qint64> &sets, const QStringList &removals, storage::StorageError *error)
{
    const FinanceSummary before = summary(year);
    const auto failed = [&](const QSqlQuery &q) {
        if (error) {
            error->kind = storage::StorageError::Kind::Sql;
            error->file = m_db.path();
            error->message = tr("The finance summary could not be written (%1).").arg(q.lastError().text());
        }
        return false;
    };
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("INSERT INTO annual_finance (year, category, amount_cents) VALUES (?, ?, ?) "
                                     "ON CONFLICT (year, category) DO UPDATE SET amount_cents = excluded.amount_cents"));
            for (auto it = sets.cbegin(); it != sets.cend(); ++it) {
                q.addBindValue(year);
                q.addBindValue(QLatin1StringView(category(it.key())->code));
                q.addBindValue(it.value());
                if (!q.exec())
                    return failed(q);
            }
            QSqlQuery d(m_db.connection());
            d.prepare(QStringLiteral("DELETE FROM annual_finance WHERE year = ? AND category = ?"));
            for (const QString &code : removals) {
                d.addBindValue(year);
                d.addBindValue(code);
                if (!d.exec())
                    return failed(d);
            }
            QJsonObject after;
            if (!sets.isEmpty())
                after.insert(QStringLiteral("amounts"), cellsOf(sets));
            if (!removals.isEmpty())
                after.insert(QStringLiteral("removed"), removals.join(u", "));
            return m_db.audit().record(QStringLiteral("annual_finance"), year, QStringLiteral("update"),
                QJsonObject { { QStringLiteral("amounts"), cellsOf(before.cents) } }, after, error);
        },
        error);
}

DuesCrossCheck Finance::duesCrossCheck(int year) const
{
    DuesCrossCheck c;
    c.entered = summary(year).amount(QStringLiteral("dues"));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT coalesce(sum(amount_cents), 0), count(*) FROM dues_payment "
                             "WHERE (paid_on IS NOT NULL AND paid_on >= ? AND paid_on <= ?) OR (paid_on IS NULL AND year = ?)"));
    q.addBindValue(QDate(year, 1, 1).toString(Qt::ISODate));
    q.addBindValue(QDate(year, 12, 31).toString(Qt::ISODate));
    q.addBindValue(year);
    if (q.exec() && q.next()) {
        c.received = q.value(0).toLongLong();
        c.payments = q.value(1).toLongLong();
    }
    return c;
}

} // namespace sd::annual
