#include "common/DocumentView.h"

#include <QScrollBar>
#include <QTextDocument>

namespace sd::ui {

DocumentView::DocumentView(QWidget *parent)
    : QTextBrowser(parent)
{
    setReadOnly(true);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
}

DocumentView::~DocumentView()
{
    // The editor lets go of the document before it goes (it never owned it).
    setDocument(nullptr);
}

void DocumentView::setBuiltDocument(std::unique_ptr<QTextDocument> document, bool keepPosition)
{
    const int position = verticalScrollBar()->value();
    // setDocument() does not take the document over: this view keeps it, and frees the last
    // one only once the editor no longer shows it.
    if (document)
        setDocument(document.get());
    else
        setDocument(nullptr);
    m_document = std::move(document);
    ++m_shown;
    if (keepPosition)
        verticalScrollBar()->setValue(position);
}

} // namespace sd::ui
