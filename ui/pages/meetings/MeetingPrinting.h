#pragma once

#include "reports/MeetingRecords.h"

#include <QCoreApplication>

class QWidget;

namespace sd::storage {
class Database;
}

namespace sd::ui {

/// A meeting's minutes, sign-in sheet or notice in a print preview (A4, as the PDF), with
/// "Save as PDF…" and "Save as ODT…" in its tool bar for the secretariat's own edits.
class MeetingPrinting
{
    Q_DECLARE_TR_FUNCTIONS(sd::ui::MeetingPrinting)

public:
    static void preview(storage::Database &db, reports::MeetingDocumentKind kind, qint64 meetingId, QWidget *parent);
    /// Writes the document to `path` (.pdf or .odt); false with the reason shown to the user.
    static bool save(const reports::Document &document, const QString &path, QWidget *parent);
};

} // namespace sd::ui
