#pragma once

#include "settings/SocietySettings.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLayout;
class QLineEdit;
class QSpinBox;

namespace sd::ui {

/// Edits the society's charter settings: the quorum and majority fractions of the four bodies,
/// whether a proxy counts as present, the counting
/// thresholds, pilot status, the civil-affairs limits (term years, the leaders' age and
/// consecutive terms, the supervisory board's size), the rule packs that apply, the language of
/// generated documents and how many automatic backups are kept.
///
/// Fractions are typed as text and checked on every keystroke by `SocietySettings::setStored`
/// — the one validation layer; a refused value shows core's message under its field and makes
/// `hasProblems()` true, so the owner keeps Save disabled. Numbers are spin boxes bounded by
/// the specs, so they cannot be out of range. Settings that are not shown pass through
/// `settings()` unchanged.
class CharterSettingsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit CharterSettingsEditor(QWidget *parent = nullptr);

    /// The edited settings; a fraction that has a problem keeps the value last set.
    [[nodiscard]] SocietySettings settings() const;
    void setSettings(const SocietySettings &settings);
    void setReadOnly(bool readOnly);
    [[nodiscard]] bool hasProblems() const;

signals:
    /// The user changed a value (not emitted by setSettings).
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct FractionField
    {
        SocietySetting key;
        QLineEdit *edit;
        QLabel *percent; ///< "66.7%" beside a valid value
        QLabel *problem; ///< core's message under the field, hidden when there is none
    };
    struct PackRow
    {
        QString id;
        QCheckBox *check;
        QLabel *idLabel;
    };

    [[nodiscard]] QLayout *fractionField(SocietySetting key);
    [[nodiscard]] QLabel *label(QWidget *buddy);
    void userEdited();
    void revalidate();
    void retranslateUi();

    SocietySettings m_settings; ///< as last set
    bool m_loading = false;
    QList<FractionField> m_fractions;
    QList<PackRow> m_packs;
    QGroupBox *m_quorumBox;
    QGroupBox *m_countingBox;
    QGroupBox *m_packsBox;
    QGroupBox *m_documentsBox;
    QGroupBox *m_limitsBox;
    QLabel *m_quorumHeader;
    QLabel *m_majorityHeader;
    QLabel *m_fractionNote;
    QSpinBox *m_youngAge;
    QSpinBox *m_absences;
    QSpinBox *m_lapseYears;
    QSpinBox *m_withdrawalYears;
    QCheckBox *m_pilot;
    QCheckBox *m_proxies;
    QComboBox *m_language;
    QSpinBox *m_backups;
    QSpinBox *m_termYears;
    QSpinBox *m_leaderMaxAge;
    QSpinBox *m_leaderMaxTerms;
    QSpinBox *m_supervisoryMin;
    QSpinBox *m_supervisoryMax;
    QLabel *m_supervisoryTo;
    [[nodiscard]] QList<std::pair<QSpinBox *, SocietySetting>> limitSpins() const;
    QHash<QWidget *, QLabel *> m_labels; ///< row label by its buddy
};

} // namespace sd::ui
