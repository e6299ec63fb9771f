#pragma once

#include "exchange/Exporter.h"
#include "exchange/Importer.h"

#include <QList>
#include <QStringList>

#include <memory>

/// The meeting registers of interchange.md — `meetings` (会议), `attendance` (签到) and
/// `resolutions` (决议) — as import layouts and export sources for the one importer and exporter.
///
/// - meetings: one row per meeting; its roll is generated from the body's seats on the date, and
///   a 纪要 cell becomes the minutes draft.
/// - attendance: one row per person marked, matched to a line of the meeting's roll by 会员编号,
///   else by 姓名; 委托 needs 受托人 (proxy_to), a column of ours the interchange layout allows.
///   The meeting must be in the register already (an import reads one register).
/// - resolutions: one row per follow-up (落实), or one per resolution without one; rows with the
///   same 会议编号 and 决议事项 are one resolution. An empty 表决规则 is the charter's default for
///   the meeting's body and the resolution's kind.
namespace sd::meetings {

/// "meetings", "attendance", "resolutions".
[[nodiscard]] QStringList registerKinds();
[[nodiscard]] std::unique_ptr<exchange::ImportLayout> importLayout(QStringView kind);
[[nodiscard]] std::unique_ptr<exchange::ExportSource> exportSource(QStringView kind);

[[nodiscard]] const QList<exchange::ColumnSpec> &meetingColumns();
[[nodiscard]] const QList<exchange::ColumnSpec> &attendanceColumns();
[[nodiscard]] const QList<exchange::ColumnSpec> &resolutionColumns();

/// Minutes as a spreadsheet cell carries them: rich text (HTML) becomes its plain text.
[[nodiscard]] QString minutesCellText(const QString &minutes);

} // namespace sd::meetings
