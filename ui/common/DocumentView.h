#pragma once

#include <QTextBrowser>

#include <memory>

class QTextDocument;

namespace sd::ui {

/// A read-only viewer of a generated document (reports::Document::build()): it owns the
/// document it shows, so a rebuilt one replaces — and frees — the last. The document is shown
/// as built, with its own layout: objects drawn by a handler registered on that layout (the
/// report's charts) appear as they do in the PDF. Links are not followed.
class DocumentView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit DocumentView(QWidget *parent = nullptr);
    ~DocumentView() override;

    /// Shows `document` (null: nothing), keeping the scroll position when `keepPosition`.
    void setBuiltDocument(std::unique_ptr<QTextDocument> document, bool keepPosition = false);
    /// How many documents were shown (tests count rebuilds).
    [[nodiscard]] int shownCount() const { return m_shown; }

private:
    std::unique_ptr<QTextDocument> m_document;
    int m_shown = 0;
};

} // namespace sd::ui
