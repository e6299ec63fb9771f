#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;

namespace sd::ui {

class ImportReportView;
class ImportWizard;

/// Step 4: what the check found — rows read, valid, rejected, warnings — and every bad row and
/// warning in a table. The choices that follow from it: what to do with rows already in the
/// register (changing it checks the file again, so the counts stay true), whether to import the
/// valid rows when others are bad, and where the rejected rows are saved. Its button imports;
/// with bad rows it stays disabled until "import the valid rows" is chosen.
class ImportReportPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportReportPage(ImportWizard &wizard);

    [[nodiscard]] ImportReportView *reportView() const { return m_view; }
    [[nodiscard]] QLabel *countLabel(int which) const { return m_counts.value(which); }
    [[nodiscard]] QLabel *messageLabel() const { return m_message; }
    [[nodiscard]] QComboBox *duplicateBox() const { return m_duplicates; }
    [[nodiscard]] QCheckBox *skipInvalidBox() const { return m_skipInvalid; }
    [[nodiscard]] QPushButton *saveRejectsButton() const { return m_saveRejects; }
    [[nodiscard]] QLabel *rejectsLabel() const { return m_rejects; }

    enum Count { Read, Valid, Rejected, Warnings, CountCount };

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] qint64 rowsToWrite() const;
    [[nodiscard]] bool hasErrors() const;
    void chooseRejectsFile();
    void updateMessage();
    void updateRejects();
    void retranslateUi();

    ImportWizard &m_wizard;
    QList<QLabel *> m_counts;
    QList<QLabel *> m_countNames;
    QLabel *m_message;
    ImportReportView *m_view;
    QGroupBox *m_options;
    QLabel *m_duplicatesLabel;
    QComboBox *m_duplicates;
    QCheckBox *m_skipInvalid;
    QPushButton *m_saveRejects;
    QLabel *m_rejects;
};

} // namespace sd::ui
