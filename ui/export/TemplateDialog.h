#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace sd::ui {

/// 下载导入模板: the register's import layout as an empty spreadsheet — its headers and one
/// example row — to fill in and import (Exporter::writeTemplate).
class TemplateDialog : public QDialog
{
    Q_OBJECT
public:
    /// `folder`: where the template is suggested (the society file's folder).
    TemplateDialog(const QString &kind, const QString &folder, QWidget *parent = nullptr);

    /// Writes the template of `kind` to `path` (XLSX or CSV by its name); false with `error`.
    static bool writeTemplate(const QString &kind, const QString &path, QString *error);

    [[nodiscard]] QComboBox *registerBox() const { return m_register; }
    [[nodiscard]] QRadioButton *xlsxButton() const { return m_xlsx; }
    [[nodiscard]] QRadioButton *csvButton() const { return m_csv; }
    [[nodiscard]] QLineEdit *fileEdit() const { return m_file; }
    [[nodiscard]] QPushButton *saveButton() const { return m_save; }
    [[nodiscard]] QLabel *resultLabel() const { return m_result; }

public slots:
    /// Writes the template where the dialog says (the Save button).
    void save();

protected:
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] QString suggestedPath() const;
    void browse();
    void updateHint();
    void retranslateUi();

    QString m_folder;
    QLabel *m_registerLabel;
    QComboBox *m_register;
    QRadioButton *m_xlsx;
    QRadioButton *m_csv;
    QLabel *m_fileLabel;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QLabel *m_hint;
    QLabel *m_result;
    QPushButton *m_save;
    QPushButton *m_close;
};

} // namespace sd::ui
