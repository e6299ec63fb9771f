#include "common/RichTextEditor.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextList>
#include <QToolButton>
#include <QVBoxLayout>

namespace sd::ui {

RichTextEditor::RichTextEditor(QWidget *parent)
    : QWidget(parent)
    , m_editor(new QTextEdit(this))
{
    m_editor->setAcceptRichText(true);
    m_editor->setTabChangesFocus(true);
    setFocusProxy(m_editor);

    static constexpr const char *names[FormatCount] = { "bold", "italic", "underline", "bullets", "numbering" };
    const QKeySequence keys[FormatCount] = { QKeySequence::Bold, QKeySequence::Italic, QKeySequence::Underline,
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7) };
    auto *bar = new QHBoxLayout;
    bar->setSpacing(2);
    for (int i = 0; i < FormatCount; ++i) {
        auto *action = new QAction(this);
        action->setShortcut(keys[i]);
        action->setShortcutContext(Qt::WidgetShortcut);
        action->setCheckable(i < Bullets);
        m_editor->addAction(action);
        connect(action, &QAction::triggered, this, [this, i] { apply(static_cast<Format>(i)); });
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("richText.%1").arg(QLatin1StringView(names[i])));
        button->setDefaultAction(action);
        button->setFocusPolicy(Qt::NoFocus); // the shortcuts reach them from the editor
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_buttons << button;
        bar->addWidget(button);
    }
    bar->addStretch(1);

    connect(m_editor, &QTextEdit::currentCharFormatChanged, this, [this](const QTextCharFormat &f) {
        m_buttons.at(Bold)->defaultAction()->setChecked(f.fontWeight() >= QFont::Bold);
        m_buttons.at(Italic)->defaultAction()->setChecked(f.fontItalic());
        m_buttons.at(Underline)->defaultAction()->setChecked(f.fontUnderline());
    });
    connect(m_editor, &QTextEdit::textChanged, this, [this] {
        if (!m_loading && !m_editor->isReadOnly())
            emit textEdited();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_editor, 1);
    retranslateUi();
}

void RichTextEditor::setText(const QString &text)
{
    m_loading = true;
    if (Qt::mightBeRichText(text))
        m_editor->setHtml(text);
    else
        m_editor->setPlainText(text);
    m_editor->document()->setModified(false);
    m_loading = false;
}

QString RichTextEditor::text() const
{
    return m_editor->document()->isEmpty() ? QString() : m_editor->toHtml();
}

void RichTextEditor::setReadOnly(bool readOnly)
{
    m_editor->setReadOnly(readOnly);
    for (QToolButton *button : std::as_const(m_buttons))
        button->setEnabled(!readOnly);
}

bool RichTextEditor::isReadOnly() const
{
    return m_editor->isReadOnly();
}

bool RichTextEditor::isModified() const
{
    return m_editor->document()->isModified();
}

void RichTextEditor::setModified(bool modified)
{
    m_editor->document()->setModified(modified);
}

void RichTextEditor::apply(Format which)
{
    if (m_editor->isReadOnly())
        return;
    QTextCursor cursor = m_editor->textCursor();
    if (which == Bullets || which == Numbering) {
        const QTextListFormat::Style style = which == Bullets ? QTextListFormat::ListDisc : QTextListFormat::ListDecimal;
        if (QTextList *list = cursor.currentList(); list && list->format().style() == style) {
            // Again: the paragraph leaves the list.
            QTextBlockFormat block = cursor.blockFormat();
            list->remove(cursor.block());
            block.setIndent(0);
            cursor.setBlockFormat(block);
        } else {
            cursor.createList(style);
        }
        return;
    }
    QTextCharFormat format;
    if (which == Bold)
        format.setFontWeight(m_buttons.at(Bold)->defaultAction()->isChecked() ? QFont::Bold : QFont::Normal);
    else if (which == Italic)
        format.setFontItalic(m_buttons.at(Italic)->defaultAction()->isChecked());
    else
        format.setFontUnderline(m_buttons.at(Underline)->defaultAction()->isChecked());
    m_editor->mergeCurrentCharFormat(format);
}

void RichTextEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RichTextEditor::retranslateUi()
{
    const QString names[FormatCount] = { tr("Bold"), tr("Italic"), tr("Underline"), tr("Bullets"), tr("Numbering") };
    for (int i = 0; i < FormatCount; ++i) {
        QAction *action = m_buttons.at(i)->defaultAction();
        action->setText(names[i]);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(names[i], action->shortcut().toString(QKeySequence::NativeText)));
    }
}

} // namespace sd::ui
