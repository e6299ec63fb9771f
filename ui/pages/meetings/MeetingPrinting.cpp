#include "pages/meetings/MeetingPrinting.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"

#include <QAction>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QToolBar>

namespace sd::ui {

bool MeetingPrinting::save(const reports::Document &document, const QString &path, QWidget *parent)
{
    QString problem;
    const bool odt = path.endsWith(QLatin1StringView(".odt"), Qt::CaseInsensitive);
    if (odt ? document.writeOdt(path, &problem) : document.writePdf(path, &problem))
        return true;
    MessageBox::warning(parent, tr("Save Document"), problem);
    return false;
}

void MeetingPrinting::preview(storage::Database &db, reports::MeetingDocumentKind kind, qint64 meetingId, QWidget *parent)
{
    const std::optional<reports::Document> document = reports::meetingDocument(db, kind, meetingId);
    if (!document) {
        MessageBox::warning(parent, tr("Print"), tr("The meeting is no longer recorded."));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    printer.setDocName(document->title());
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print Preview — %1").arg(document->title()));
    dialog.resize(900, 700);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
        [&document](QPrinter *target) { document->paint(target); });
    if (auto *bar = dialog.findChild<QToolBar *>()) {
        bar->addSeparator();
        const QString title = document->title();
        for (const bool odt : { false, true }) {
            QAction *action = bar->addAction(odt ? tr("Save as ODT…") : tr("Save as PDF…"));
            action->setToolTip(odt ? tr("An OpenDocument file to edit in Word or WPS") : tr("An A4 PDF with searchable text"));
            QObject::connect(action, &QAction::triggered, &dialog, [&dialog, &document, odt, title] {
                const QString path = FileDialog::getSaveFileName(&dialog, odt ? tr("Save as ODT") : tr("Save as PDF"),
                    title, odt ? tr("OpenDocument text (*.odt)") : tr("PDF (*.pdf)"),
                    odt ? QStringLiteral(".odt") : QStringLiteral(".pdf"));
                if (!path.isEmpty())
                    save(*document, path, &dialog);
            });
        }
    }
    dialog.exec();
}

} // namespace sd::ui
