#pragma once

#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "members/MemberStore.h"

#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace sd::members {

/// The spreadsheet layouts of the member registers (interchange.md): `members` (个人会员),
/// `units` (单位会员) and `dues` (会费). Each is a column table for the generic Importer, with
/// the register's cross-field rules, its batched duplicate check and its writer, and an export
/// source writing the same columns, so an unmasked export re-imports unchanged.
///
/// Units carry two optional columns beyond interchange.md's list, 退会日期 exit_date and 备注
/// notes, because the register keeps them and an export must not lose them.

/// "members", "units", "dues".
[[nodiscard]] QStringList registerKinds();

/// The import layout of `kind`; null when there is no such register.
[[nodiscard]] std::unique_ptr<exchange::ImportLayout> importLayout(QStringView kind);
/// The export source of `kind`; null when there is no such register. With `members`, the members
/// and dues registers hold only the members that register query selects (what the Members page
/// shows); the units register has no such filter.
[[nodiscard]] std::unique_ptr<exchange::ExportSource> exportSource(
    QStringView kind, const std::optional<MemberQuery> &members = std::nullopt);

/// The column tables, in the order templates and exports write them.
[[nodiscard]] const QList<exchange::ColumnSpec> &memberColumns();
[[nodiscard]] const QList<exchange::ColumnSpec> &unitColumns();
[[nodiscard]] const QList<exchange::ColumnSpec> &duesColumns();

} // namespace sd::members
