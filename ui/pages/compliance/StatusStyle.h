#pragma once

#include "rules/Finding.h"

#include <QColor>
#include <QIcon>

namespace sd::ui {

/// How a finding's status looks on the Compliance and Home pages: one colour per status, shared by the
/// icons of the findings, the summary chart and its legend, and a small painted icon whose
/// glyph (✓ ✕ ! … – ?) tells the statuses apart without the colour.
class StatusStyle
{
public:
    [[nodiscard]] static QColor color(rules::Status status);
    [[nodiscard]] static QIcon icon(rules::Status status);
    /// How much a status needs attention: a requirement shows its checks' highest
    /// (fail, missing data, warning, pending, pass, not applicable).
    [[nodiscard]] static int severity(rules::Status status);
    /// The statuses in the order the summary lists them.
    [[nodiscard]] static QList<rules::Status> summaryOrder();
};

} // namespace sd::ui
