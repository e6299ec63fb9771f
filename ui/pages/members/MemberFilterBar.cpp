#include "pages/members/MemberFilterBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>

namespace sd::ui {

namespace {

/// A year spin box's minimum stands for "any year" (shown as its special value text).
constexpr int kAnyYear = 1899;

QSpinBox *yearBox(QWidget *parent, const char *objectName)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QLatin1StringView(objectName));
    box->setRange(kAnyYear, 2100);
    box->setValue(kAnyYear);
    box->setKeyboardTracking(false); // a typed year counts once it is complete (Enter or focus out)
    box->setAccelerated(true);
    return box;
}

} // namespace

MemberFilterBar::MemberFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_grade(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_frontLine(new QComboBox(this))
    , m_joinYear(yearBox(this, "members.filter.joinYear"))
    , m_duesYear(yearBox(this, "members.filter.duesYear"))
    , m_clear(new QToolButton(this))
    , m_debounce(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("members.search"));
    m_grade->setObjectName(QStringLiteral("members.filter.grade"));
    m_status->setObjectName(QStringLiteral("members.filter.status"));
    m_frontLine->setObjectName(QStringLiteral("members.filter.frontLine"));
    m_clear->setObjectName(QStringLiteral("members.filter.clear"));

    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &MemberFilterBar::queryChanged);
    connect(m_search, &QLineEdit::returnPressed, this, &MemberFilterBar::announceNow);

    m_status->addItem(QString());
    for (MemberStatus status : MemberText::allStatuses())
        m_status->addItem(QString(), static_cast<int>(status));
    for (int i = 0; i < 4; ++i)
        m_frontLine->addItem(QString(), i); // MemberQuery::FrontLine in order
    m_grade->addItem(QString(), qint64(0));
    for (QComboBox *box : { m_grade, m_status, m_frontLine }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(box, &QComboBox::currentIndexChanged, this, &MemberFilterBar::announceNow);
    }
    for (QSpinBox *box : { m_joinYear, m_duesYear })
        connect(box, &QSpinBox::valueChanged, this, &MemberFilterBar::announceNow);
    m_clear->setAutoRaise(true);
    connect(m_clear, &QToolButton::clicked, this, &MemberFilterBar::clear);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_grade);
    layout->addWidget(m_status);
    layout->addWidget(m_frontLine);
    layout->addWidget(m_joinYear);
    layout->addWidget(m_duesYear);
    layout->addWidget(m_clear);

    retranslateUi();
}

void MemberFilterBar::setGrades(const QList<MemberGrade> &grades)
{
    const qint64 current = m_grade->currentData().toLongLong();
    const QSignalBlocker block(m_grade);
    while (m_grade->count() > 1)
        m_grade->removeItem(1);
    int restore = 0;
    for (const MemberGrade &grade : grades) {
        m_grade->addItem(grade.name, grade.id);
        if (grade.id == current)
            restore = m_grade->count() - 1;
    }
    m_grade->setCurrentIndex(restore);
}

void MemberFilterBar::setCurrentYear(int year)
{
    for (QSpinBox *box : { m_joinYear, m_duesYear })
        box->setMaximum(std::max(year + 1, kAnyYear + 1));
}

members::MemberQuery MemberFilterBar::query() const
{
    members::MemberQuery q;
    q.search = m_search->text().trimmed();
    q.gradeId = m_grade->currentData().toLongLong();
    if (m_status->currentIndex() > 0)
        q.status = static_cast<MemberStatus>(m_status->currentData().toInt());
    q.frontLine = static_cast<members::MemberQuery::FrontLine>(std::max(0, m_frontLine->currentIndex()));
    q.joinYear = m_joinYear->value() == kAnyYear ? 0 : m_joinYear->value();
    q.duesPaidYear = m_duesYear->value() == kAnyYear ? 0 : m_duesYear->value();
    return q;
}

void MemberFilterBar::clear()
{
    bool changed = false;
    {
        const QSignalBlocker b1(m_search), b2(m_grade), b3(m_status), b4(m_frontLine), b5(m_joinYear), b6(m_duesYear);
        changed = !m_search->text().isEmpty() || m_grade->currentIndex() > 0 || m_status->currentIndex() > 0
            || m_frontLine->currentIndex() > 0 || m_joinYear->value() != kAnyYear || m_duesYear->value() != kAnyYear;
        m_search->clear();
        m_grade->setCurrentIndex(0);
        m_status->setCurrentIndex(0);
        m_frontLine->setCurrentIndex(0);
        m_joinYear->setValue(kAnyYear);
        m_duesYear->setValue(kAnyYear);
    }
    if (changed)
        announceNow();
}

void MemberFilterBar::announceNow()
{
    m_debounce->stop();
    emit queryChanged();
}

void MemberFilterBar::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search name, affiliation, member no. or mobile (Ctrl+F)"));
    m_search->setToolTip(tr("Any part of a name or affiliation; the start of a member number; the start or the "
                            "last digits of a mobile number."));
    m_grade->setItemText(0, tr("All grades"));
    m_status->setItemText(0, tr("All statuses"));
    const QList<MemberStatus> statuses = MemberText::allStatuses();
    for (int i = 0; i < statuses.size(); ++i)
        m_status->setItemText(i + 1, MemberText::label(statuses.at(i)));
    m_frontLine->setItemText(0, tr("Front line: any"));
    m_frontLine->setItemText(1, tr("Front line: yes"));
    m_frontLine->setItemText(2, tr("Front line: no"));
    m_frontLine->setItemText(3, tr("Front line: unknown"));
    m_joinYear->setSpecialValueText(tr("Joined: any year"));
    m_joinYear->setPrefix(tr("Joined in "));
    m_joinYear->setToolTip(tr("Members whose join date falls in this year"));
    m_duesYear->setSpecialValueText(tr("Dues: any year"));
    m_duesYear->setPrefix(tr("Dues paid for "));
    m_duesYear->setToolTip(tr("Members with a dues payment for this year"));
    m_clear->setText(tr("Clear Filters"));
    m_clear->setToolTip(tr("Clear the search and every filter"));
}

} // namespace sd::ui
