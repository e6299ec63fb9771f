#include "profile/CharterSettingsEditor.h"

#include <algorithm>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sd::ui {

namespace {

using Key = SocietySetting;

QString objectNameFor(const char *prefix, Key key)
{
    return QLatin1StringView(prefix) + QLatin1StringView(SocietySettings::spec(key).name);
}

/// Small text in the palette's secondary colour (ids, percentages, notes).
QLabel *secondaryLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QSpinBox *spinBox(QWidget *parent, Key key)
{
    const SocietySettings::Spec &spec = SocietySettings::spec(key);
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectNameFor("charter.", key));
    spin->setRange(spec.minimum, spec.maximum);
    return spin;
}

QFormLayout *formFor(QGroupBox *box)
{
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    return form;
}

} // namespace

CharterSettingsEditor::CharterSettingsEditor(QWidget *parent)
    : QWidget(parent)
    , m_quorumBox(new QGroupBox(this))
    , m_countingBox(new QGroupBox(this))
    , m_packsBox(new QGroupBox(this))
    , m_documentsBox(new QGroupBox(this))
    , m_limitsBox(new QGroupBox(this))
    , m_quorumHeader(new QLabel(m_quorumBox))
    , m_majorityHeader(new QLabel(m_quorumBox))
    , m_fractionNote(secondaryLabel(m_quorumBox))
{
    setObjectName(QStringLiteral("charterSettingsEditor"));
    QList<QWidget *> tabOrder;

    // Quorum and majorities: one row per body, quorum and majority side by side, each
    // field's problem in the row under it (an empty row takes no space).
    auto *grid = new QGridLayout(m_quorumBox);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    grid->setHorizontalSpacing(16);
    grid->addWidget(m_quorumHeader, 0, 1);
    grid->addWidget(m_majorityHeader, 0, 2);
    const std::pair<Key, Key> bodies[]
        = { { Key::CongressQuorum, Key::CongressMajority }, { Key::CouncilQuorum, Key::CouncilMajority },
              { Key::StandingCouncilQuorum, Key::StandingCouncilMajority },
              { Key::SupervisoryQuorum, Key::SupervisoryMajority } };
    int row = 1;
    for (const auto &[quorum, majority] : bodies) {
        for (const Key key : { quorum, majority }) {
            const int column = key == quorum ? 1 : 2;
            grid->addLayout(fractionField(key), row, column);
            grid->addWidget(m_fractions.last().problem, row + 1, column);
            tabOrder << m_fractions.last().edit;
        }
        grid->addWidget(label(m_fractions.at(m_fractions.size() - 2).edit), row, 0);
        row += 2;
    }
    // Elections: a candidate needs more than this share of the ballots cast.
    grid->addLayout(fractionField(Key::ElectionThreshold), row, 1);
    grid->addWidget(m_fractions.last().problem, row + 1, 1);
    grid->addWidget(label(m_fractions.last().edit), row, 0);
    tabOrder << m_fractions.last().edit;
    row += 2;
    // A member represented by proxy (委托) counts towards the quorum when the charter says so.
    m_proxies = new QCheckBox(m_quorumBox);
    m_proxies->setObjectName(objectNameFor("charter.", Key::ProxyCountsForQuorum));
    grid->addWidget(m_proxies, row, 1, 1, 2);
    tabOrder << m_proxies;
    ++row;
    m_fractionNote->setWordWrap(true);
    grid->addWidget(m_fractionNote, row, 0, 1, 3);

    // Counting rules.
    m_youngAge = spinBox(m_countingBox, Key::YoungAgeThreshold);
    m_absences = spinBox(m_countingBox, Key::AbsenceThreshold);
    m_lapseYears = spinBox(m_countingBox, Key::DuesLapseYears);
    m_withdrawalYears = spinBox(m_countingBox, Key::WithdrawalReviewYears);
    m_pilot = new QCheckBox(m_countingBox);
    m_pilot->setObjectName(objectNameFor("charter.", Key::PilotSociety));
    QFormLayout *counting = formFor(m_countingBox);
    counting->addRow(label(m_youngAge), m_youngAge);
    counting->addRow(label(m_absences), m_absences);
    counting->addRow(label(m_lapseYears), m_lapseYears);
    counting->addRow(label(m_withdrawalYears), m_withdrawalYears);
    counting->addRow(m_pilot);
    tabOrder << m_youngAge << m_absences << m_lapseYears << m_withdrawalYears << m_pilot;

    // Documents and backups. Language names are written in their own language, as in the
    // main window's Language menu.
    m_language = new QComboBox(m_documentsBox);
    m_language->setObjectName(objectNameFor("charter.", Key::DocumentLanguage));
    m_language->addItem(QString::fromUtf16(u"中文 (zh_CN)"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English (en)"), QStringLiteral("en"));
    m_backups = spinBox(m_documentsBox, Key::BackupsToKeep);
    QFormLayout *documents = formFor(m_documentsBox);
    documents->addRow(label(m_language), m_language);
    documents->addRow(label(m_backups), m_backups);
    tabOrder << m_language << m_backups;

    // The civil-affairs limits the civil-affairs pack checks (defaults of the model charter).
    m_termYears = spinBox(m_limitsBox, Key::TermYears);
    m_leaderMaxAge = spinBox(m_limitsBox, Key::LeaderMaxAge);
    m_leaderMaxTerms = spinBox(m_limitsBox, Key::LeaderMaxTerms);
    m_supervisoryMin = spinBox(m_limitsBox, Key::SupervisoryMinSize);
    m_supervisoryMax = spinBox(m_limitsBox, Key::SupervisoryMaxSize);
    m_supervisoryTo = new QLabel(m_limitsBox);
    QFormLayout *limits = formFor(m_limitsBox);
    limits->addRow(label(m_termYears), m_termYears);
    limits->addRow(label(m_leaderMaxAge), m_leaderMaxAge);
    limits->addRow(label(m_leaderMaxTerms), m_leaderMaxTerms);
    // The supervisory board's size on one row: from [3] to [9].
    auto *board = new QHBoxLayout;
    board->addWidget(m_supervisoryMin);
    board->addWidget(m_supervisoryTo);
    board->addWidget(m_supervisoryMax);
    board->addStretch(1);
    limits->addRow(label(m_supervisoryMin), board);
    for (const auto &[spin, key] : limitSpins())
        tabOrder << spin;

    // Rule packs: the title to tick, the id small beside it.
    auto *packs = new QGridLayout(m_packsBox);
    packs->setColumnStretch(0, 1);
    packs->setHorizontalSpacing(16);
    const QStringList known = SocietySettings::knownRulePacks();
    for (const QString &id : known) {
        PackRow pack { id, new QCheckBox(m_packsBox), secondaryLabel(m_packsBox) };
        pack.check->setObjectName(QStringLiteral("charter.pack.") + id);
        pack.idLabel->setObjectName(QStringLiteral("charter.packId.") + id);
        pack.idLabel->setText(id);
        packs->addWidget(pack.check, int(m_packs.size()), 0);
        packs->addWidget(pack.idLabel, int(m_packs.size()), 1);
        connect(pack.check, &QCheckBox::toggled, this, &CharterSettingsEditor::userEdited);
        tabOrder << pack.check;
        m_packs.append(pack);
    }

    // The small groups side by side (documents above the civil-affairs limits) keep the whole
    // editor on a 768-pixel screen.
    auto *smallGroups = new QHBoxLayout;
    smallGroups->addWidget(m_countingBox, 1);
    auto *rightColumn = new QVBoxLayout;
    rightColumn->addWidget(m_documentsBox);
    rightColumn->addWidget(m_limitsBox);
    smallGroups->addLayout(rightColumn, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_quorumBox);
    layout->addLayout(smallGroups);
    layout->addWidget(m_packsBox);
    layout->addStretch(1);
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));

    for (QSpinBox *spin : { m_youngAge, m_absences, m_lapseYears, m_withdrawalYears, m_backups })
        connect(spin, &QSpinBox::valueChanged, this, &CharterSettingsEditor::userEdited);
    for (const auto &[spin, key] : limitSpins())
        connect(spin, &QSpinBox::valueChanged, this, &CharterSettingsEditor::userEdited);
    connect(m_pilot, &QCheckBox::toggled, this, &CharterSettingsEditor::userEdited);
    connect(m_proxies, &QCheckBox::toggled, this, &CharterSettingsEditor::userEdited);
    connect(m_language, &QComboBox::currentIndexChanged, this, &CharterSettingsEditor::userEdited);

    setSettings(SocietySettings());
    retranslateUi();
}

QList<std::pair<QSpinBox *, SocietySetting>> CharterSettingsEditor::limitSpins() const
{
    return { { m_termYears, Key::TermYears }, { m_leaderMaxAge, Key::LeaderMaxAge }, { m_leaderMaxTerms, Key::LeaderMaxTerms },
        { m_supervisoryMin, Key::SupervisoryMinSize }, { m_supervisoryMax, Key::SupervisoryMaxSize } };
}

QLayout *CharterSettingsEditor::fractionField(SocietySetting key)
{
    // The edit with its percentage beside it; the owner places the problem label.
    FractionField field { key, new QLineEdit(m_quorumBox), secondaryLabel(m_quorumBox),
        new QLabel(m_quorumBox) };
    field.edit->setObjectName(objectNameFor("charter.", key));
    field.edit->setMaxLength(15);
    field.edit->setMaximumWidth(
        field.edit->fontMetrics().horizontalAdvance(QStringLiteral("0000/0000")) + 24);
    field.percent->setObjectName(objectNameFor("charter.percent.", key));
    field.problem->setObjectName(objectNameFor("charter.problem.", key));
    field.problem->setWordWrap(true);
    field.problem->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    field.problem->hide();
    connect(field.edit, &QLineEdit::textEdited, this, &CharterSettingsEditor::userEdited);
    m_fractions.append(field);

    auto *line = new QHBoxLayout;
    line->setSpacing(8);
    line->addWidget(field.edit);
    line->addWidget(field.percent);
    line->addStretch(1);
    return line;
}

QLabel *CharterSettingsEditor::label(QWidget *buddy)
{
    auto *label = new QLabel(buddy->parentWidget());
    label->setBuddy(buddy);
    m_labels.insert(buddy, label);
    return label;
}

SocietySettings CharterSettingsEditor::settings() const
{
    SocietySettings s = m_settings;
    for (const FractionField &field : m_fractions)
        s.setStored(field.key, field.edit->text()); // a refused value leaves the one set
    s.setInteger(Key::YoungAgeThreshold, m_youngAge->value());
    s.setInteger(Key::AbsenceThreshold, m_absences->value());
    s.setInteger(Key::DuesLapseYears, m_lapseYears->value());
    s.setInteger(Key::WithdrawalReviewYears, m_withdrawalYears->value());
    s.setFlag(Key::PilotSociety, m_pilot->isChecked());
    s.setFlag(Key::ProxyCountsForQuorum, m_proxies->isChecked());
    QStringList packs;
    for (const PackRow &pack : m_packs)
        if (pack.check->isChecked())
            packs << pack.id;
    // Keep the stored order when the same packs are ticked: no change, no audit entry.
    const QStringList before = m_settings.list(Key::RulePacks);
    if (QSet<QString>(packs.cbegin(), packs.cend()) != QSet<QString>(before.cbegin(), before.cend()))
        s.setList(Key::RulePacks, packs);
    s.setText(Key::DocumentLanguage, m_language->currentData().toString());
    s.setInteger(Key::BackupsToKeep, m_backups->value());
    for (const auto &[spin, key] : limitSpins())
        s.setInteger(key, spin->value());
    return s;
}

void CharterSettingsEditor::setSettings(const SocietySettings &settings)
{
    m_settings = settings;
    m_loading = true;
    for (const FractionField &field : std::as_const(m_fractions))
        field.edit->setText(settings.stored(field.key));
    m_youngAge->setValue(settings.integer(Key::YoungAgeThreshold));
    m_absences->setValue(settings.integer(Key::AbsenceThreshold));
    m_lapseYears->setValue(settings.integer(Key::DuesLapseYears));
    m_withdrawalYears->setValue(settings.integer(Key::WithdrawalReviewYears));
    m_pilot->setChecked(settings.flag(Key::PilotSociety));
    m_proxies->setChecked(settings.flag(Key::ProxyCountsForQuorum));
    const QStringList packs = settings.list(Key::RulePacks);
    for (const PackRow &pack : std::as_const(m_packs))
        pack.check->setChecked(packs.contains(pack.id));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.text(Key::DocumentLanguage))));
    m_backups->setValue(settings.integer(Key::BackupsToKeep));
    for (const auto &[spin, key] : limitSpins())
        spin->setValue(settings.integer(key));
    m_loading = false;
    revalidate();
}

void CharterSettingsEditor::setReadOnly(bool readOnly)
{
    for (const FractionField &field : std::as_const(m_fractions))
        field.edit->setReadOnly(readOnly);
    for (QSpinBox *spin : { m_youngAge, m_absences, m_lapseYears, m_withdrawalYears, m_backups })
        spin->setReadOnly(readOnly);
    for (const auto &[spin, key] : limitSpins())
        spin->setReadOnly(readOnly);
    // Check boxes and combo boxes have no read-only state.
    m_pilot->setEnabled(!readOnly);
    m_proxies->setEnabled(!readOnly);
    m_language->setEnabled(!readOnly);
    for (const PackRow &pack : std::as_const(m_packs))
        pack.check->setEnabled(!readOnly);
}

bool CharterSettingsEditor::hasProblems() const
{
    SocietySettings scratch;
    return std::any_of(m_fractions.cbegin(), m_fractions.cend(),
        [&scratch](const FractionField &field) { return !scratch.setStored(field.key, field.edit->text()); });
}

void CharterSettingsEditor::userEdited()
{
    if (m_loading)
        return;
    revalidate();
    emit edited();
}

void CharterSettingsEditor::revalidate()
{
    SocietySettings scratch;
    for (const FractionField &field : std::as_const(m_fractions)) {
        QString problem;
        const bool ok = scratch.setStored(field.key, field.edit->text(), &problem);
        field.problem->setText(problem);
        field.problem->setVisible(!ok);
        field.percent->setText(ok ? scratch.fraction(field.key).toPercent() : QString());
    }
}

void CharterSettingsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CharterSettingsEditor::retranslateUi()
{
    m_quorumBox->setTitle(tr("Quorum and majorities"));
    m_countingBox->setTitle(tr("Counting rules"));
    m_packsBox->setTitle(tr("&Rule packs"));
    m_documentsBox->setTitle(tr("Documents and backups"));
    m_limitsBox->setTitle(tr("Civil-affairs limits"));
    m_quorumHeader->setText(tr("Quorum (present)"));
    m_majorityHeader->setText(tr("Majority (in favour)"));
    m_fractionNote->setText(
        tr("Write each share as a fraction such as 2/3. A share is met when it is reached "
           "exactly: 1/2 means at least half. A candidate is elected only with more than the "
           "election share: with 1/2, exactly half is not enough."));
    const QString bodies[] = { tr("Con&gress:"), tr("Co&uncil:"), tr("S&tanding council:"), tr("Supervis&ory board:") };
    for (qsizetype i = 0; i < m_fractions.size(); ++i) {
        const FractionField &field = m_fractions.at(i);
        field.edit->setPlaceholderText(tr("2/3"));
        field.edit->setToolTip(SocietySettings::label(field.key));
        field.edit->setAccessibleName(SocietySettings::label(field.key));
        if (QLabel *rowLabel = m_labels.value(field.edit); rowLabel && i < 8)
            rowLabel->setText(bodies[i / 2]);
        else if (rowLabel && field.key == Key::ElectionThreshold)
            rowLabel->setText(tr("&Elected with more than:"));
    }
    m_labels.value(m_youngAge)->setText(tr("&Young and middle-aged up to:"));
    m_youngAge->setSuffix(tr(" years", "age"));
    m_labels.value(m_absences)->setText(tr("Flag unexcused &absences at:"));
    m_absences->setSuffix(tr(" in a row"));
    m_labels.value(m_lapseYears)->setText(tr("Lapse after unpaid &dues for:"));
    m_lapseYears->setSuffix(tr(" years", "duration"));
    m_labels.value(m_withdrawalYears)->setText(tr("Propose &withdrawal after unpaid:"));
    m_withdrawalYears->setSuffix(tr(" years", "duration"));
    m_pilot->setText(tr("P&ilot society of the reform"));
    m_proxies->setText(tr("Members represented by pro&xy count as present for the quorum"));
    m_labels.value(m_language)->setText(tr("Document &language:"));
    m_labels.value(m_backups)->setText(tr("Automatic &backups kept:"));
    m_labels.value(m_termYears)->setText(tr("Term le&ngth:"));
    m_termYears->setSuffix(tr(" years", "duration"));
    m_labels.value(m_leaderMaxAge)->setText(tr("Leaders' &maximum age:"));
    m_leaderMaxAge->setSuffix(tr(" years", "age"));
    m_labels.value(m_leaderMaxTerms)->setText(tr("Leaders' &consecutive terms:"));
    m_leaderMaxTerms->setSuffix(tr(" at most", "consecutive terms"));
    m_labels.value(m_supervisoryMin)->setText(tr("Super&visory board:"));
    m_supervisoryTo->setText(tr("to", "from … to … members"));
    m_supervisoryMax->setSuffix(tr(" (odd)", "supervisory board size"));
    for (const auto &[spin, key] : limitSpins()) {
        spin->setToolTip(SocietySettings::label(key));
        spin->setAccessibleName(SocietySettings::label(key));
    }
    const std::pair<QWidget *, Key> described[] = { { m_youngAge, Key::YoungAgeThreshold },
        { m_absences, Key::AbsenceThreshold }, { m_lapseYears, Key::DuesLapseYears },
        { m_withdrawalYears, Key::WithdrawalReviewYears }, { m_pilot, Key::PilotSociety },
        { m_proxies, Key::ProxyCountsForQuorum }, { m_packsBox, Key::RulePacks },
        { m_language, Key::DocumentLanguage }, { m_backups, Key::BackupsToKeep } };
    for (const auto &[widget, key] : described)
        widget->setToolTip(SocietySettings::label(key));
    for (const PackRow &pack : std::as_const(m_packs))
        pack.check->setText(SocietySettings::rulePackTitle(pack.id));
    // Problem messages come translated from core: validate again to refresh them.
    revalidate();
}

} // namespace sd::ui
