#pragma once

#include "domain/Member.h"

#include <QDate>
#include <QHash>
#include <QWidget>

#include <functional>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sd::ui {

/// The editors of one member with an inline problem label under each field that can have one
/// (the look of ProfileFields: red text under the field). Every edit re-runs core's validators —
/// validation::checkResidentId, checkMobile, checkEmail, parseDate, normalizeName and
/// members::checkMemberRecord for the rules across fields — and shows their translated messages.
/// A valid resident ID fills an empty birth date and an unknown gender.
///
/// With `setMember(member, true)` the ID number is shown masked and read-only until
/// `showIdNumber()` is called (after an audited reveal).
class MemberForm : public QWidget
{
    Q_OBJECT
public:
    enum class Field {
        MemberNo,
        Name,
        Gender,
        BirthDate,
        IdType,
        IdNumber,
        PoliticalStatus,
        Mobile,
        Email,
        Affiliation,
        AffiliationType,
        Position,
        ProfessionalTitle,
        FrontLine,
        Grade,
        Status,
        AppliedOn,
        ApprovedOn,
        JoinDate,
        ExitDate,
        Notes
    };

    MemberForm(QDate today, QWidget *parent = nullptr);

    void setGrades(const QList<MemberGrade> &grades, qint64 defaultGradeId);
    /// Shows `member`; `maskIdNumber` keeps its ID number masked until showIdNumber().
    void setMember(const Member &member, bool maskIdNumber);
    /// The member as edited (fields that do not parse keep their previous value).
    [[nodiscard]] Member member() const;
    [[nodiscard]] bool isValid() const { return m_errors.isEmpty(); }
    [[nodiscard]] bool hasProblem(Field field) const { return m_errors.contains(field); }
    [[nodiscard]] QWidget *editor(Field field) const { return m_editors.value(field); }
    [[nodiscard]] QLabel *problemLabel(Field field) const { return m_problems.value(field); }
    /// The button next to a masked ID number (hidden otherwise).
    [[nodiscard]] QPushButton *revealButton() const { return m_reveal; }
    [[nodiscard]] bool isIdNumberMasked() const { return m_masked; }
    /// Unmasks the ID number (the caller fetched it through the audited reveal).
    void showIdNumber(const QString &idNumber);
    /// Looks up who else holds an ID number: returns a message naming them, or empty.
    void setDuplicateCheck(std::function<QString(const QString &idNumber)> check);

    void retranslateUi();

signals:
    void validityChanged(bool valid);

protected:
    void changeEvent(QEvent *event) override;

private:
    void revalidate();
    void onIdEdited();
    void addRow(QFormLayout *form, Field field, QWidget *editor);
    void setProblem(Field field, const QString &message, bool warning = false);
    [[nodiscard]] QDate dateOf(Field field) const;
    [[nodiscard]] QString text(Field field) const;

    QDate m_today;
    Member m_base; ///< the member shown; fields not on the form pass through
    bool m_masked = false;
    bool m_nameTouched = false;
    QHash<Field, QWidget *> m_editors;
    QHash<Field, QLabel *> m_labels;
    QHash<Field, QLabel *> m_problems;
    QHash<Field, QString> m_errors;
    QGroupBox *m_personBox;
    QGroupBox *m_workBox;
    QGroupBox *m_membershipBox;
    QPushButton *m_reveal;
    QComboBox *m_gender;
    QComboBox *m_idType;
    QComboBox *m_frontLine;
    QComboBox *m_grade;
    QComboBox *m_status;
    std::function<QString(const QString &)> m_duplicateCheck;
    bool m_lastValid = false;
};

} // namespace sd::ui
