#pragma once

#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "members/MemberStore.h"

#include <memory>
#include <optional>

/// Every register a society file exchanges as a spreadsheet (interchange.md), in one list: the
/// CLI's import/export/template and the GUI's wizard and dialogs take their kinds from here, so
/// a register added by a later issue appears everywhere at once.
namespace sd::registers {

/// members, units, dues, terms, seats, staff, regulations, branches, filings, activities, meetings,
/// attendance, resolutions.
[[nodiscard]] QStringList kinds();
[[nodiscard]] std::unique_ptr<exchange::ImportLayout> importLayout(QStringView kind);
/// With `members`, the members and dues registers hold only the members that query selects.
[[nodiscard]] std::unique_ptr<exchange::ExportSource> exportSource(
    QStringView kind, const std::optional<members::MemberQuery> &members = std::nullopt);

} // namespace sd::registers
