#pragma once

#include "exchange/Exporter.h"
#include "exchange/Importer.h"

#include <QList>
#include <QStringList>

#include <memory>

/// The branch registers of interchange.md — `branches`, `filings`, `activities` — as import
/// layouts and export sources for the one importer and exporter.
namespace sd::branches {

/// "branches", "filings", "activities".
[[nodiscard]] QStringList registerKinds();
[[nodiscard]] std::unique_ptr<exchange::ImportLayout> importLayout(QStringView kind);
[[nodiscard]] std::unique_ptr<exchange::ExportSource> exportSource(QStringView kind);

[[nodiscard]] const QList<exchange::ColumnSpec> &branchColumns();
[[nodiscard]] const QList<exchange::ColumnSpec> &filingColumns();
[[nodiscard]] const QList<exchange::ColumnSpec> &activityColumns();

} // namespace sd::branches
