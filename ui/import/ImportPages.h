#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sd::ui {

class ImportWizard;

/// Step 1: the register and the file. Next reads the file's first rows; a file that cannot be
/// read keeps the page, with the reader's one sentence under the file name.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard &wizard);

    [[nodiscard]] QComboBox *registerBox() const { return m_register; }
    [[nodiscard]] QLineEdit *fileEdit() const { return m_file; }
    [[nodiscard]] QPushButton *browseButton() const { return m_browse; }
    [[nodiscard]] QLabel *errorLabel() const { return m_error; }

    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void browse();
    void showError(const QString &message);
    void retranslateUi();

    ImportWizard &m_wizard;
    QLabel *m_registerLabel;
    QComboBox *m_register;
    QLabel *m_fileLabel;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QLabel *m_error;
    QLabel *m_hint;
};

/// Step 2: the first rows as read, the encoding or the sheet, and how each column of the file
/// maps onto the layout — matched, unknown (ignored, with a warning) or required but missing
/// (an error: Next stays disabled).
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportPreviewPage(ImportWizard &wizard);

    [[nodiscard]] QComboBox *encodingBox() const { return m_encoding; }
    [[nodiscard]] QComboBox *sheetBox() const { return m_sheet; }
    [[nodiscard]] QTableWidget *previewTable() const { return m_rows; }
    [[nodiscard]] QTableWidget *mappingTable() const { return m_mapping; }
    [[nodiscard]] QLabel *summaryLabel() const { return m_summary; }
    [[nodiscard]] QLabel *errorLabel() const { return m_error; }

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void reread();
    void fill();
    void fillRows();
    void fillMapping();
    void retranslateUi();

    ImportWizard &m_wizard;
    QLabel *m_detected;
    QLabel *m_encodingLabel;
    QComboBox *m_encoding;
    QLabel *m_sheetLabel;
    QComboBox *m_sheet;
    QLabel *m_error;
    QLabel *m_rowsLabel;
    QTableWidget *m_rows;
    QLabel *m_mappingLabel;
    QTableWidget *m_mapping;
    QLabel *m_summary;
};

} // namespace sd::ui
