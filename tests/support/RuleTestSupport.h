#pragma once

// What the rule tests share: a one-check pack around a check function, a shipped check evaluated
// alone, and the finding's evidence ids.

#include "rules/Finding.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace sd::storage {
class Database;
}

namespace sd::test {

/// A pack "t" with one requirement R-1 whose one check `c` calls `function` with `params` (JSON
/// text), applying as `applicability` (JSON text).
QByteArray onePackJson(const QString &function, const QString &params,
    const QString &applicability = QStringLiteral("\"every_year\""));
/// That pack's finding on `db` for `year` on `on` (invalid: the engine's reference date); an empty
/// finding, with a warning, when the pack is refused.
rules::Finding evaluateOne(storage::Database &db, const QString &function, const QString &params, int year, QDate on = {},
    const QString &applicability = QStringLiteral("\"every_year\""));
/// The shipped check `checkId` ("CAST17-09.council_size_cap") alone, with its pack's parameters
/// and its requirement's applicability; `year` 0: the year of `on`.
rules::Finding shippedCheck(storage::Database &db, const QString &checkId, QDate on, int year = 0);
/// The ids of a finding's evidence, in order.
QStringList evidenceIds(const rules::Finding &f);

} // namespace sd::test
