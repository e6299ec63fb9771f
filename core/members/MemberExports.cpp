#include "domain/Member.h"
#include "exchange/LayoutSupport.h"
#include "members/MemberLayouts.h"
#include "validation/Masking.h"
#include "validation/Normalize.h"
#include "validation/ResidentId.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

// The export sources of the member layouts: the same columns the import reads, so an unmasked
// export imports again unchanged.

namespace sd::members {

/// The translation context of the exports' messages.
class MemberExports
{
    Q_DECLARE_TR_FUNCTIONS(sd::members::MemberExports)
};

using exchange::ColumnSpec;

namespace {

QString cents(qint64 amount)
{
    return QStringLiteral("%1.%2").arg(amount / 100).arg(amount % 100, 2, 10, QChar(u'0'));
}

/// Parses the status filter; false with `why` when a status is unknown.
bool statusCodes(const exchange::ExportOptions &options, QStringList *codes, QString *why)
{
    for (const QString &s : options.statuses) {
        const std::optional<MemberStatus> status
            = MemberText::statusFromSheet(validation::toHalfWidth(s).trimmed());
        if (!status) {
            if (why) {
                QStringList accepted;
                for (const MemberStatus each : MemberText::allStatuses())
                    accepted << MemberText::sheetValue(each);
                *why = MemberExports::tr("\"%1\" is not a status; the statuses are %2.")
                           .arg(s, accepted.join(QStringLiteral("、")));
            }
            return false;
        }
        codes->append(MemberText::code(*status));
    }
    return true;
}

/// The rows an export selects: the status filter and, for registers of members, the register
/// query — as " WHERE …" over `member m` and its values.
struct Selection
{
    QString where;
    QVariantList values;
};

Selection selectionOf(const QStringList &codes, const std::optional<MemberQuery> &query)
{
    QStringList terms;
    QVariantList values;
    if (!codes.isEmpty()) {
        terms << QString(u"m.status IN (" + QStringList(codes.size(), QStringLiteral("?")).join(u',') + u')');
        for (const QString &c : codes)
            values << c;
    }
    if (query && narrows(*query)) {
        const MemberFilterSql filter = memberFilterSql(*query);
        terms << QString(u"m.id IN (SELECT m.id FROM member m" + filter.where + u')');
        values << filter.values;
    }
    return { terms.isEmpty() ? QString() : QString(u" WHERE " + terms.join(QStringLiteral(" AND "))), values };
}

bool runQuery(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error)
{
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

qint64 countOf(const QSqlDatabase &connection, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(connection);
    QString ignored;
    return runQuery(q, sql, values, &ignored) && q.next() ? q.value(0).toLongLong() : 0;
}

class StatusFiltered : public exchange::ExportSource
{
public:
    explicit StatusFiltered(std::optional<MemberQuery> members = std::nullopt) : m_members(std::move(members)) { }

    bool checkOptions(const exchange::ExportOptions &options, QString *why) const override
    {
        QStringList codes;
        return statusCodes(options, &codes, why);
    }

protected:
    /// The rows selected by the options' statuses and, when there is one, the register query.
    bool selection(const exchange::ExportOptions &options, Selection *selection, QString *error) const
    {
        QStringList codes;
        if (!statusCodes(options, &codes, error))
            return false;
        *selection = selectionOf(codes, m_members);
        return true;
    }

private:
    std::optional<MemberQuery> m_members;
};

class MembersExport final : public StatusFiltered
{
public:
    using StatusFiltered::StatusFiltered;
    QString kind() const override { return QStringLiteral("members"); }
    QString auditEntity() const override { return QStringLiteral("member"); }
    QStringList headers() const override { return exchange::headersOf(memberColumns()); }
    QStringList exampleRow() const override
    {
        const QString first17 = QStringLiteral("42010219800506001");
        return { QStringLiteral("M000001"), QStringLiteral("王伟"), QStringLiteral("男"),
            QStringLiteral("1980-05-06"), QStringLiteral("居民身份证"),
            first17 + validation::residentIdCheckCharacter(first17), QStringLiteral("中共党员"),
            QStringLiteral("华中科技大学"), QStringLiteral("高等院校"), QStringLiteral("教授"),
            QStringLiteral("正高级"), QStringLiteral("是"), QStringLiteral("13800138000"),
            QStringLiteral("wang.wei@example.com"), QStringLiteral("会员"), QStringLiteral("2015-01-10"),
            QStringLiteral("2015-02-20"), QStringLiteral("2015-03-01"), QStringLiteral("正常"), QString(),
            QString(), QString() };
    }

    bool forEachRow(const QSqlDatabase &connection, const exchange::ExportOptions &options,
        const std::function<bool(const QStringList &)> &row, qint64 *total, QString *error) const override
    {
        Selection selected;
        if (!selection(options, &selected, error))
            return false;
        const QString &where = selected.where;
        *total = countOf(connection, QStringLiteral("SELECT count(*) FROM member m") + where, selected.values);
        QSqlQuery q(connection);
        if (!runQuery(q,
                QStringLiteral(
                    "SELECT m.id, m.member_no, m.name, m.gender, m.birth_date, m.id_type, m.id_number, "
                    "m.political_status, a.name, m.affiliation_type, m.position, m.professional_title, "
                    "m.front_line, m.mobile, m.email, g.name, m.applied_on, m.approved_on, m.join_date, "
                    "m.status, m.exit_date, m.notes FROM member m "
                    "LEFT JOIN affiliation a ON a.id = m.affiliation_id "
                    "LEFT JOIN member_grade g ON g.id = m.grade_id")
                    + where + QStringLiteral(" ORDER BY m.id"),
                selected.values, error))
            return false;
        // Branch links in the same order, merged in step (no query per member).
        QSqlQuery links(connection);
        if (!runQuery(links,
                QStringLiteral(
                    "SELECT mb.member_id, b.name FROM member_branch mb JOIN branch b ON b.id = mb.branch_id "
                    "JOIN member m ON m.id = mb.member_id")
                    + where + QStringLiteral(" ORDER BY mb.member_id, b.name"),
                selected.values, error))
            return false;
        bool moreLinks = links.next();
        const bool masked = !options.unmasked;
        QStringList cells;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            QStringList branches;
            while (moreLinks && links.value(0).toLongLong() <= id) {
                if (links.value(0).toLongLong() == id)
                    branches << links.value(1).toString();
                moreLinks = links.next();
            }
            const QString gender = q.value(3).toString();
            const QString idNumber = q.value(6).toString();
            const QString mobile = q.value(13).toString();
            const QString email = q.value(14).toString();
            const QVariant frontLine = q.value(12);
            cells = QStringList {
                q.value(1).toString(),
                q.value(2).toString(),
                gender == u"M"       ? QStringLiteral("男")
                    : gender == u"F" ? QStringLiteral("女")
                                     : QString(),
                q.value(4).toString(),
                MemberText::sheetValue(
                    MemberText::idTypeFromCode(q.value(5).toString()).value_or(IdType::Other)),
                masked && !idNumber.isEmpty() ? validation::maskIdNumber(idNumber) : idNumber,
                q.value(7).toString(),
                q.value(8).toString(),
                q.value(9).toString(),
                q.value(10).toString(),
                q.value(11).toString(),
                frontLine.isNull()           ? QString()
                    : frontLine.toInt() == 1 ? QStringLiteral("是")
                                             : QStringLiteral("否"),
                masked && !mobile.isEmpty() ? validation::maskPhone(mobile) : mobile,
                masked && !email.isEmpty() ? validation::maskEmail(email) : email,
                q.value(15).toString(),
                q.value(16).toString(),
                q.value(17).toString(),
                q.value(18).toString(),
                MemberText::sheetValue(
                    MemberText::statusFromCode(q.value(19).toString()).value_or(MemberStatus::Active)),
                q.value(20).toString(),
                branches.join(QStringLiteral("；")),
                q.value(21).toString(),
            };
            if (!row(cells))
                return true;
        }
        if (q.lastError().isValid()) {
            *error = q.lastError().text();
            return false;
        }
        return true;
    }
};

class UnitsExport final : public StatusFiltered
{
public:
    QString kind() const override { return QStringLiteral("units"); }
    QString auditEntity() const override { return QStringLiteral("unit_member"); }
    QStringList headers() const override { return exchange::headersOf(unitColumns()); }
    QStringList exampleRow() const override
    {
        return { QStringLiteral("楚天检测科技有限公司"), QStringLiteral("91350100M000100Y43"),
            QStringLiteral("企业"), QStringLiteral("张敏"), QStringLiteral("027-87654321"),
            QStringLiteral("contact@example.com"), QStringLiteral("2016-05-01"), QStringLiteral("正常"),
            QString(), QString() };
    }

    bool forEachRow(const QSqlDatabase &connection, const exchange::ExportOptions &options,
        const std::function<bool(const QStringList &)> &row, qint64 *total, QString *error) const override
    {
        Selection selected; // over `unit_member m`: only its status
        if (!selection(options, &selected, error))
            return false;
        *total = countOf(connection, QStringLiteral("SELECT count(*) FROM unit_member m") + selected.where, selected.values);
        QSqlQuery q(connection);
        if (!runQuery(q,
                QStringLiteral("SELECT m.name, m.credit_code, m.unit_type, m.contact, m.phone, m.email, m.join_date, "
                               "m.status, m.exit_date, m.notes FROM unit_member m")
                    + selected.where + QStringLiteral(" ORDER BY m.id"),
                selected.values, error))
            return false;
        const bool masked = !options.unmasked;
        while (q.next()) {
            const QString phone = q.value(4).toString();
            const QString email = q.value(5).toString();
            const QStringList cells { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(), masked && !phone.isEmpty() ? validation::maskPhone(phone) : phone,
                masked && !email.isEmpty() ? validation::maskEmail(email) : email, q.value(6).toString(),
                MemberText::sheetValue(
                    MemberText::statusFromCode(q.value(7).toString()).value_or(MemberStatus::Active)),
                q.value(8).toString(), q.value(9).toString() };
            if (!row(cells))
                return true;
        }
        return true;
    }
};

class DuesExport final : public StatusFiltered
{
public:
    using StatusFiltered::StatusFiltered;
    QString kind() const override { return QStringLiteral("dues"); }
    QString auditEntity() const override { return QStringLiteral("dues_payment"); }
    QStringList headers() const override { return exchange::headersOf(duesColumns()); }
    QList<bool> numericColumns() const override { return { false, true, true, false, false }; }
    QStringList exampleRow() const override
    {
        return { QStringLiteral("M000001"), QStringLiteral("2024"), QStringLiteral("200.00"),
            QStringLiteral("2024-03-15"), QStringLiteral("HB2024-0000001") };
    }

    bool forEachRow(const QSqlDatabase &connection, const exchange::ExportOptions &options,
        const std::function<bool(const QStringList &)> &row, qint64 *total, QString *error) const override
    {
        Selection selected;
        if (!selection(options, &selected, error))
            return false;
        const QString from
            = QStringLiteral(" FROM dues_payment d JOIN member m ON m.id = d.member_id") + selected.where;
        *total = countOf(connection, QStringLiteral("SELECT count(*)") + from, selected.values);
        QSqlQuery q(connection);
        if (!runQuery(q,
                QStringLiteral("SELECT m.member_no, d.year, d.amount_cents, d.paid_on, d.receipt_no") + from
                    + QStringLiteral(" ORDER BY d.id"),
                selected.values, error))
            return false;
        while (q.next()) {
            const QStringList cells { q.value(0).toString(), q.value(1).toString(),
                cents(q.value(2).toLongLong()), q.value(3).toString(), q.value(4).toString() };
            if (!row(cells))
                return true;
        }
        return true;
    }
};

} // namespace

std::unique_ptr<exchange::ExportSource> exportSource(QStringView kind, const std::optional<MemberQuery> &members)
{
    if (kind == u"members")
        return std::make_unique<MembersExport>(members);
    if (kind == u"units")
        return std::make_unique<UnitsExport>();
    if (kind == u"dues")
        return std::make_unique<DuesExport>(members);
    return nullptr;
}

} // namespace sd::members
