#pragma once

#include "rules/Finding.h"
#include "rules/RulePack.h"

#include <QDate>

namespace sd::storage {
class Database;
}

namespace sd::rules {

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
};

} // namespace sd::rules
