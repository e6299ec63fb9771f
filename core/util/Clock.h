#pragma once

#include <QDateTime>

namespace sd {

/// The one source of "now" for core logic. Rules, ages and audit timestamps depend on it, so
/// nothing in core calls QDate::currentDate() itself: services take a Clock, tests pass a
/// FixedClock.
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime now() const = 0;
    [[nodiscard]] QDate today() const { return now().toLocalTime().date(); }

    /// The process-wide wall clock.
    static const Clock &system();
};

class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at) : m_at(std::move(at)) { }
    [[nodiscard]] QDateTime now() const override { return m_at; }
    void set(const QDateTime &at) { m_at = at; }
    void advanceSeconds(qint64 seconds) { m_at = m_at.addSecs(seconds); }

private:
    QDateTime m_at;
};

} // namespace sd
