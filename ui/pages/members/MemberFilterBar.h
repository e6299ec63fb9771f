#pragma once

#include "members/MemberStore.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QTimer;
class QToolButton;

namespace sd::ui {

/// The register's search box and filters. Typing in the search box announces the query once
/// the typing pauses (kDebounceMs); a filter announces at once. Only search, filters and the
/// grade list live here — the sort belongs to the table's header.
class MemberFilterBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 150;

    explicit MemberFilterBar(QWidget *parent = nullptr);

    /// The grade filter's choices (grades come from the society file).
    void setGrades(const QList<MemberGrade> &grades);
    /// The year the year filters end at (the clock's year).
    void setCurrentYear(int year);
    /// Search and filters as a query (sort left at its default).
    [[nodiscard]] members::MemberQuery query() const;
    [[nodiscard]] QLineEdit *searchEdit() const { return m_search; }
    /// Back to no search and no filter (announces when something changed).
    void clear();
    /// Announces the query at once (Return in the search box).
    void announceNow();

    void retranslateUi();

signals:
    void queryChanged();

private:
    QLineEdit *m_search;
    QComboBox *m_grade;
    QComboBox *m_status;
    QComboBox *m_frontLine;
    QSpinBox *m_joinYear;
    QSpinBox *m_duesYear;
    QToolButton *m_clear;
    QTimer *m_debounce;
};

} // namespace sd::ui
