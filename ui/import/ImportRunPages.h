#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;

namespace sd::ui {

class ImportJob;
class ImportWizard;

/// Shows one ImportJob's progress: a bar and a line saying what is being done.
class ImportProgressPage : public QWizardPage
{
    Q_OBJECT
public:
    [[nodiscard]] QProgressBar *progressBar() const { return m_bar; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] bool isRunning() const { return m_running; }

    [[nodiscard]] bool isComplete() const override { return !m_running; }
    bool validatePage() override { return !m_running; }

protected:
    explicit ImportProgressPage(ImportWizard &wizard);
    /// Follows `job` while it validates in its worker.
    void follow(ImportJob *job);
    /// Runs the job's commit on the GUI thread once the bar shows it is busy, then finishes.
    void commitSoon(ImportJob *job, const QString &status);
    /// The run is over: Next is enabled and the wizard goes on by itself.
    void finish();
    void setStatus(const QString &text);
    void showBusy();
    /// After the commit, before finish().
    virtual void committed(ImportJob &job) { Q_UNUSED(job) }

    ImportWizard &m_wizard;
    QLabel *m_file;
    QProgressBar *m_bar;
    QLabel *m_status;
    bool m_running = false;

private:
    void showProgress(const ImportJob &job);
};

/// Step 3: every row read and checked in a worker, then compared with the register (a dry
/// run). Cancel stops it; nothing is written either way.
class ImportCheckPage : public ImportProgressPage
{
    Q_OBJECT
public:
    explicit ImportCheckPage(ImportWizard &wizard);

    void initializePage() override;
    /// Back while checking: the check stops.
    void cleanupPage() override;
    /// Starts (or restarts) the check with the wizard's current choices.
    void start();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
};

/// Step 5: the import itself — the file read again in a worker, then, when it is unchanged
/// since the check, written in one transaction on the GUI thread.
class ImportWritePage : public ImportProgressPage
{
    Q_OBJECT
public:
    explicit ImportWritePage(ImportWizard &wizard);

    void initializePage() override;
    /// Why nothing was written although the import ran (the file changed since the check).
    [[nodiscard]] QString failure() const { return m_failure; }

protected:
    void changeEvent(QEvent *event) override;

    void committed(ImportJob &job) override;

private:
    void onValidated(ImportJob *job);
    void retranslateUi();

    QString m_failure;
};

/// Step 6: rows written and the audit note, or why nothing was written.
class ImportDonePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportDonePage(ImportWizard &wizard);

    [[nodiscard]] QLabel *resultLabel() const { return m_result; }
    [[nodiscard]] QLabel *auditLabel() const { return m_audit; }

    void initializePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    ImportWizard &m_wizard;
    QLabel *m_result;
    QLabel *m_audit;
};

} // namespace sd::ui
