#pragma once

#include "rules/Finding.h"
#include "rules/RulePack.h"

#include <QDate>

namespace sd::storage {
class Database;
}

namespace sd::rules {

/// One evaluation: what the check command prints, the compliance report renders, the
/// Compliance page shows and the submission package carries (compliance.json).
struct ComplianceRun
{
    QString society;     ///< the society's name on the day
    QDate referenceDate;
    int year = 0;        ///< the report year
    QList<RulePack> packs;
    QList<Finding> findings;

    [[nodiscard]] bool anyFails() const;
    /// The check command's JSON: {"society","reference_date","year","packs":[ids],"findings":[…]}.
    [[nodiscard]] QJsonObject toJson() const;
};

/// Evaluates rule packs over a society file.
class Engine
{
    Q_DECLARE_TR_FUNCTIONS(sd::rules::Engine)

public:
    /// The reference date (reform-requirements.md): `explicitDate` when valid, else 31 December
    /// of `year` when that year is over on `today`, else `today`.
    [[nodiscard]] static QDate referenceDate(int year, QDate explicitDate, QDate today);
    /// Whether a requirement applies in `year` (election year: a non-draft term starts in it;
    /// pilot: the society setting). `why` says why not.
    [[nodiscard]] static bool applies(storage::Database &db, const Applicability &applicability, int year, QString *why);
    /// Every check of every requirement of `packs`, in pack order. `referenceDate` invalid:
    /// computed by referenceDate() from db.clock().
    [[nodiscard]] static QList<Finding> evaluate(storage::Database &db, const QList<RulePack> &packs, int year,
        QDate referenceDate = {});
    /// evaluate() with the society's name and the reference date it used.
    [[nodiscard]] static ComplianceRun run(storage::Database &db, const QList<RulePack> &packs, int year, QDate referenceDate = {});
};

} // namespace sd::rules
