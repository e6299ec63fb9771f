#pragma once

#include "exchange/Exporter.h"
#include "exchange/Importer.h"

#include <QList>
#include <QStringList>

#include <memory>

/// The governance registers of interchange.md — `terms`, `seats`, `staff`, `regulations` — as
/// import layouts and export sources for the foundation's one importer and exporter.
///
/// Seats carry two optional columns beyond interchange.md's list, 性别 gender and 单位性质
/// affiliation_type, because the composition counts women and affiliation types and an export
/// must not lose them.
namespace sd::governance {

/// "terms", "seats", "staff", "regulations".
[[nodiscard]] QStringList registerKinds();
[[nodiscard]] std::unique_ptr<exchange::ImportLayout> importLayout(QStringView kind);
[[nodiscard]] std::unique_ptr<exchange::ExportSource> exportSource(QStringView kind);

[[nodiscard]] const QList<exchange::ColumnSpec> &termColumns();
[[nodiscard]] const QList<exchange::ColumnSpec> &seatColumns();
[[nodiscard]] const QList<exchange::ColumnSpec> &staffColumns();
[[nodiscard]] const QList<exchange::ColumnSpec> &regulationColumns();

} // namespace sd::governance
