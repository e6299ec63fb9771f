#pragma once

#include "annual/AnnualReportStore.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QTextBrowser;

namespace sd::storage {
class Database;
}

namespace sd::ui {

/// 比较: two versions of a year's report — or a version and the working copy — section by
/// section (AnnualReportStore::compare): which sections' text changed, which sections' figures
/// changed, and the chosen section's text diff with the removed runs struck through in red and
/// the added ones underlined in green (so the difference does not rest on colour alone).
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    /// `from` and `to` are version numbers, 0 for the working copy.
    CompareDialog(storage::Database &db, int year, int from, int to, QWidget *parent = nullptr);

    /// Compares the versions chosen (0: the working copy).
    void compare(int from, int to);
    [[nodiscard]] QComboBox *fromCombo() const { return m_from; }
    [[nodiscard]] QComboBox *toCombo() const { return m_to; }
    [[nodiscard]] QListWidget *sectionList() const { return m_sections; }
    [[nodiscard]] QTextBrowser *diffView() const { return m_diff; }
    [[nodiscard]] const QList<annual::SectionComparison> &comparison() const { return m_comparison; }

    /// The diff as HTML: same text plain, removed struck through on red, added underlined on
    /// green, line breaks kept; every text escaped.
    [[nodiscard]] static QString diffHtml(const QList<annual::DiffSpan> &spans);

private:
    void fillCombos(int from, int to);
    void onChoice();
    void showSection();
    [[nodiscard]] annual::ReportContent content(int version) const;

    storage::Database &m_db;
    int m_year;
    QList<annual::ReportVersion> m_versions;
    QList<annual::SectionComparison> m_comparison;
    QComboBox *m_from;
    QComboBox *m_to;
    QLabel *m_summary;
    QListWidget *m_sections;
    QTextBrowser *m_diff;
};

} // namespace sd::ui
