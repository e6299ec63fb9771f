#pragma once

#include "rules/Finding.h"
#include "rules/RulePack.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTableWidget;
class QTextBrowser;

namespace sd::ui {

/// The finding chosen on the Compliance page: its status, measured value against the
/// threshold, what to do, the requirement's citation and the society settings it used (named
/// as the profile names them), and its evidence — the records it counted. Activating an
/// evidence row (double-click, Enter) asks for that record to be opened on its own page;
/// evidence of no known kind is listed but cannot be opened.
class EvidencePanel : public QWidget
{
    Q_OBJECT
public:
    explicit EvidencePanel(QWidget *parent = nullptr);

    /// A check's finding, with its requirement and pack when known.
    void showFinding(const rules::Finding &finding, const rules::Requirement *requirement, const rules::RulePack *pack);
    /// A requirement row: its citation; its checks' evidence is shown when one is chosen.
    void showRequirement(const rules::Requirement &requirement, const rules::RulePack *pack);
    void clear();

    [[nodiscard]] QTextBrowser *details() const { return m_details; }
    [[nodiscard]] QTableWidget *evidenceTable() const { return m_evidence; }
    /// The check shown, or empty.
    [[nodiscard]] QString check() const { return m_finding ? m_finding->check : QString(); }

    /// A record kind for people ("Meeting", "Seat" …).
    [[nodiscard]] static QString kindLabel(rules::RecordKind kind);

signals:
    void openRequested(sd::rules::RecordKind kind, const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void render();
    void activateRow(int row);

    QTextBrowser *m_details;
    QLabel *m_evidenceCaption;
    QTableWidget *m_evidence;
    std::optional<rules::Finding> m_finding;
    std::optional<rules::Requirement> m_requirement;
    std::optional<rules::RulePack> m_pack; ///< without its requirements (only its titles are shown)
};

} // namespace sd::ui
