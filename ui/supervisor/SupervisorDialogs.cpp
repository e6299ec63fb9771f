#include "supervisor/SupervisorDialogs.h"

#include "common/FileDialog.h"
#include "package/Signature.h"
#include "pages/compliance/StatusStyle.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sd::ui {

using Result = supervisor::ImportOutcome::Result;

ImportResultsDialog::ImportResultsDialog(const QList<supervisor::ImportOutcome> &outcomes, const QStringList &skipped,
    const supervisor::SupervisorStore &store, QWidget *parent)
    : QDialog(parent)
    , m_outcomes(outcomes)
    , m_skipped(skipped)
    , m_store(store)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_detail(new QLabel(this))
{
    setObjectName(QStringLiteral("importResults"));
    m_detail->setObjectName(QStringLiteral("importResults.detail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 3);
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_summary->setObjectName(QStringLiteral("importResults.summary"));
    m_table->setObjectName(QStringLiteral("importResults.table"));
    m_summary->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setColumnCount(4);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    layout->addWidget(buttons);
    connect(m_table, &QTableWidget::currentCellChanged, this, &ImportResultsDialog::showDetail);
    resize(1100, 440);
    // The reasons wrap: the rows follow the width of the last column.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table, &QTableView::resizeRowsToContents);
    retranslateUi();
    m_table->setFocus();
}

QString ImportResultsDialog::resultText(Result result)
{
    switch (result) {
    case Result::Imported:
        return tr("Imported");
    case Result::Superseded:
        return tr("Imported, supersedes the earlier package");
    case Result::AlreadyImported:
        return tr("Already imported");
    case Result::Refused:
        return tr("Refused");
    }
    return {};
}

void ImportResultsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ImportResultsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_table->resizeRowsToContents();
}

void ImportResultsDialog::showDetail()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 3)) {
        m_detail->clear();
        return;
    }
    m_detail->setText(tr("%1: %2").arg(m_table->item(row, 0)->text(), m_table->item(row, 3)->text()));
}

void ImportResultsDialog::retranslateUi()
{
    setWindowTitle(tr("Import Results"));
    m_table->setHorizontalHeaderLabels({ tr("Package"), tr("Result"), tr("Society"), tr("Reason") });
    fill();
}

void ImportResultsDialog::fill()
{
    int imported = 0;
    int refused = 0;
    int already = 0;
    m_table->setRowCount(int(m_outcomes.size() + m_skipped.size()));
    int r = 0;
    for (const supervisor::ImportOutcome &o : std::as_const(m_outcomes)) {
        imported += o.result == Result::Imported || o.result == Result::Superseded ? 1 : 0;
        refused += o.result == Result::Refused ? 1 : 0;
        already += o.result == Result::AlreadyImported ? 1 : 0;
        auto *file = new QTableWidgetItem(QFileInfo(o.path).fileName());
        file->setToolTip(QDir::toNativeSeparators(o.path));
        m_table->setItem(r, 0, file);
        auto *result = new QTableWidgetItem(resultText(o.result));
        const rules::Status look = o.result == Result::Refused ? rules::Status::Fail
            : o.result == Result::AlreadyImported             ? rules::Status::NotApplicable
                                                              : rules::Status::Pass;
        result->setIcon(StatusStyle::icon(look));
        result->setData(Qt::UserRole, int(o.result));
        m_table->setItem(r, 1, result);
        QString society;
        if (o.submissionId > 0) {
            if (const auto s = m_store.submission(o.submissionId))
                society = tr("%1 (%2)").arg(s->society, QString::number(s->year));
        }
        m_table->setItem(r, 2, new QTableWidgetItem(society));
        QString reason = o.message;
        if (o.result == Result::Refused && !o.entry.isEmpty() && !o.message.contains(o.entry))
            reason = tr("%1 — entry: %2").arg(o.message, o.entry);
        auto *why = new QTableWidgetItem(reason);
        why->setToolTip(reason);
        m_table->setItem(r, 3, why);
        ++r;
    }
    for (const QString &path : std::as_const(m_skipped)) {
        auto *file = new QTableWidgetItem(QFileInfo(path).fileName());
        file->setToolTip(QDir::toNativeSeparators(path));
        m_table->setItem(r, 0, file);
        auto *result = new QTableWidgetItem(tr("Not imported"));
        result->setIcon(StatusStyle::icon(rules::Status::Pending));
        result->setData(Qt::UserRole, -1);
        m_table->setItem(r, 1, result);
        m_table->setItem(r, 2, new QTableWidgetItem());
        m_table->setItem(r, 3, new QTableWidgetItem(tr("The import was cancelled before this package.")));
        ++r;
    }
    QString summary = tr("%n package(s) imported", nullptr, imported);
    summary += tr(", %n already imported", nullptr, already);
    summary += tr(", %n refused", nullptr, refused);
    if (!m_skipped.isEmpty())
        summary += tr(", %n not imported (cancelled)", nullptr, int(m_skipped.size()));
    m_summary->setText(summary + tr("."));
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(0, qMin(m_table->columnWidth(0), 240));
    m_table->setColumnWidth(2, qMin(m_table->columnWidth(2), 200));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeRowsToContents();
    // The first refusal is the row to read first.
    int current = 0;
    for (int i = 0; i < m_outcomes.size(); ++i)
        if (m_outcomes.at(i).result == Result::Refused) {
            current = i;
            break;
        }
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(current, 0);
    showDetail();
}

TrustKeyDialog::TrustKeyDialog(const QString &creditCode, QWidget *parent)
    : QDialog(parent)
    , m_code(new QLineEdit(creditCode, this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_codeLabel(new QLabel(this))
    , m_fileLabel(new QLabel(this))
    , m_fingerprintCaption(new QLabel(this))
    , m_fingerprint(new QLabel(this))
    , m_note(new QLabel(this))
    , m_ok(nullptr)
{
    setObjectName(QStringLiteral("trustKeyDialog"));
    m_code->setObjectName(QStringLiteral("trust.creditCode"));
    m_file->setObjectName(QStringLiteral("trust.file"));
    m_browse->setObjectName(QStringLiteral("trust.browse"));
    m_fingerprint->setObjectName(QStringLiteral("trust.fingerprint"));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setWordWrap(true);
    m_note->setWordWrap(true);
    m_codeLabel->setBuddy(m_code);
    m_fileLabel->setBuddy(m_file);
    m_code->setMinimumWidth(260);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(m_codeLabel, m_code);
    form->addRow(m_fileLabel, fileRow);
    form->addRow(m_fingerprintCaption, m_fingerprint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_code, &QLineEdit::textChanged, this, &TrustKeyDialog::updateOk);
    connect(m_file, &QLineEdit::textChanged, this, &TrustKeyDialog::readKey);
    connect(m_browse, &QPushButton::clicked, this, &TrustKeyDialog::browse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    setTabOrder(m_code, m_file);
    setTabOrder(m_file, m_browse);
    retranslateUi();
    readKey();
    resize(620, sizeHint().height());
}

QString TrustKeyDialog::creditCode() const
{
    return m_code->text().trimmed();
}

void TrustKeyDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void TrustKeyDialog::retranslateUi()
{
    setWindowTitle(tr("Trust Public Key"));
    m_codeLabel->setText(tr("&Credit code:"));
    m_fileLabel->setText(tr("Public &key file:"));
    m_browse->setText(tr("&Browse…"));
    m_fingerprintCaption->setText(tr("Fingerprint:"));
    m_note->setText(tr("Compare the fingerprint with the one the society gave you by another way (a letter or a call) "
                       "before you confirm. From then on, every package of this society must carry a valid signature."));
    m_ok->setText(tr("&Trust Key"));
    readKey();
}

void TrustKeyDialog::browse()
{
    const QString path = FileDialog::getOpenFileName(
        this, tr("Choose Public Key"), m_file->text(), tr("Public keys (*.pub);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(QDir::toNativeSeparators(path));
}

void TrustKeyDialog::readKey()
{
    m_key.reset();
    m_keyError.clear();
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (path.isEmpty()) {
        m_fingerprint->setText(tr("(choose a key file)"));
    } else {
        m_key = package::Signature::readPublicKey(path, &m_keyError);
        if (m_key) {
            m_fingerprint->setText(package::Signature::fingerprint(*m_key));
            m_fingerprint->setStyleSheet(QString());
        } else {
            m_fingerprint->setText(m_keyError);
            m_fingerprint->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
        }
    }
    updateOk();
}

void TrustKeyDialog::updateOk()
{
    if (m_ok)
        m_ok->setEnabled(m_key.has_value() && !creditCode().isEmpty());
}

} // namespace sd::ui
