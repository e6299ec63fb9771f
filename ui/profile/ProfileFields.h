#pragma once

#include "domain/SocietyProfile.h"

#include <initializer_list>
#include <QHash>
#include <QObject>

class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace sd {
class Clock;
}

namespace sd::ui {

/// The editors of a society profile with an inline problem label under each field that can
/// have one, shared by the wizard's pages and the profile dialog. Every edit re-runs
/// `validateProfile` — the one validation layer — and shows each problem's translated
/// message under its field; `edited` lets a page re-evaluate whether it is complete.
///
/// The owner places rows with `addRows` and calls `retranslateUi` on LanguageChange (this is
/// not a widget, so it does not receive the event itself).
class ProfileFields : public QObject
{
    Q_OBJECT
public:
    enum class Row { Name, NameEn, CreditCode, Supervisor, RegistrationAuthority, Address, Founded };

    explicit ProfileFields(QWidget *owner, const Clock &clock);

    void addRows(QFormLayout *form, std::initializer_list<Row> rows);

    [[nodiscard]] SocietyProfile profile() const;
    void setProfile(const SocietyProfile &profile);
    void setReadOnly(bool readOnly);

    [[nodiscard]] QList<ProfileProblem> problems() const { return m_problems; }
    [[nodiscard]] bool hasProblem(ProfileProblem::Field field) const;
    [[nodiscard]] QWidget *editor(Row row) const;
    /// The label under a field that shows its problem (hidden when there is none).
    [[nodiscard]] QLabel *problemLabel(ProfileProblem::Field field) const;

    void retranslateUi();

signals:
    void edited();

private:
    void revalidate();
    [[nodiscard]] QWidget *fieldWidget(Row row, QWidget *parent);

    const Clock &m_clock;
    QLineEdit *m_name;
    QLineEdit *m_nameEn;
    QLineEdit *m_creditCode;
    QLineEdit *m_supervisor;
    QLineEdit *m_authority;
    QLineEdit *m_address;
    QDateEdit *m_founded;
    QHash<Row, QLabel *> m_labels;
    QHash<ProfileProblem::Field, QLabel *> m_problemLabels;
    QList<ProfileProblem> m_problems;
    bool m_nameTouched = false; ///< "name required" is shown only once the user has typed
};

} // namespace sd::ui
