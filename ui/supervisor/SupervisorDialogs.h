#pragma once

#include "supervisor/SupervisorStore.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sd::ui {

/// What became of each package of an import: one row per package — its file, the result
/// (imported, superseded, already imported, refused, not imported because cancelled), the society
/// and year it holds, and the reason with the offending entry for a refusal.
class ImportResultsDialog : public QDialog
{
    Q_OBJECT
public:
    /// `skipped`: the packages not reached because the import was cancelled.
    ImportResultsDialog(const QList<supervisor::ImportOutcome> &outcomes, const QStringList &skipped,
        const supervisor::SupervisorStore &store, QWidget *parent = nullptr);

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    /// The whole reason of the current row, wrapped.
    [[nodiscard]] QLabel *detail() const { return m_detail; }
    /// The result of an outcome in words ("Imported", "Refused" …).
    [[nodiscard]] static QString resultText(supervisor::ImportOutcome::Result result);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void fill();
    void showDetail();

    QList<supervisor::ImportOutcome> m_outcomes;
    QStringList m_skipped;
    const supervisor::SupervisorStore &m_store;
    QLabel *m_summary;
    QTableWidget *m_table;
    QLabel *m_detail;
};

/// Pins a society's public key: the credit code and a `.pub` key file; the key's fingerprint is
/// shown as soon as the file reads, so it can be compared with the one the society gave by
/// another way before it is confirmed.
class TrustKeyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TrustKeyDialog(const QString &creditCode, QWidget *parent = nullptr);

    [[nodiscard]] QString creditCode() const;
    /// The key read from the file; nullopt while none reads.
    [[nodiscard]] std::optional<QByteArray> publicKey() const { return m_key; }

    [[nodiscard]] QLineEdit *creditCodeEdit() const { return m_code; }
    [[nodiscard]] QLineEdit *fileEdit() const { return m_file; }
    [[nodiscard]] QLabel *fingerprintLabel() const { return m_fingerprint; }
    [[nodiscard]] QPushButton *okButton() const { return m_ok; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void readKey();
    void browse();
    void updateOk();

    QLineEdit *m_code;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QLabel *m_codeLabel;
    QLabel *m_fileLabel;
    QLabel *m_fingerprintCaption;
    QLabel *m_fingerprint;
    QLabel *m_note;
    QPushButton *m_ok;
    std::optional<QByteArray> m_key;
    QString m_keyError;
};

} // namespace sd::ui
