#pragma once

#include <QWidget>

class QTextEdit;
class QToolButton;

namespace sd::ui {

/// A rich-text editor with its small formatting bar — bold, italic, underline, bulleted and
/// numbered list, each also on its shortcut while the editor has focus (Ctrl+B, Ctrl+I, Ctrl+U,
/// Ctrl+Shift+8, Ctrl+Shift+7; a list button again takes the paragraph out of the list). Used
/// where the secretariat writes formatted text that documents print: the minutes, the annual
/// report's narratives. Read-only greys the bar too. Tab moves the focus on (it types no tab).
class RichTextEditor : public QWidget
{
    Q_OBJECT
public:
    enum Format { Bold, Italic, Underline, Bullets, Numbering, FormatCount };

    explicit RichTextEditor(QWidget *parent = nullptr);

    [[nodiscard]] QTextEdit *editor() const { return m_editor; }
    [[nodiscard]] QToolButton *formatButton(Format format) const { return m_buttons.at(format); }

    /// Shows `text` as stored — rich text (HTML) or plain text — as unmodified; emits no
    /// textEdited().
    void setText(const QString &text);
    /// The text as stored: HTML, or empty when nothing is written.
    [[nodiscard]] QString text() const;
    void setReadOnly(bool readOnly);
    [[nodiscard]] bool isReadOnly() const;
    /// Changed since setText() (typing or formatting).
    [[nodiscard]] bool isModified() const;
    void setModified(bool modified);

signals:
    /// The user changed the text or its formatting (not setText()).
    void textEdited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void apply(Format format);

    QTextEdit *m_editor;
    QList<QToolButton *> m_buttons;
    bool m_loading = false;
};

} // namespace sd::ui
