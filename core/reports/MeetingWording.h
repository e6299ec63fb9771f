#pragma once

#include "meetings/Meeting.h"

#include <QDate>
#include <QString>
#include <QTime>

namespace sd::i18n {
class DocumentTranslator;
}

namespace sd::reports {

/// The meeting vocabulary in the document language (not the screen's, which MeetingText
/// follows): bodies, modes, attendance, rules, outcomes, dates and numbering as a Chinese
/// meeting document writes them ("2024年3月15日", "三分之二", "一、").
class MeetingWording
{
public:
    explicit MeetingWording(const i18n::DocumentTranslator &translator);

    /// `source` (a QT_TRANSLATE_NOOP of the context sd::reports::MeetingDocuments) translated.
    [[nodiscard]] QString t(const char *source) const;
    [[nodiscard]] bool isChinese() const;

    [[nodiscard]] QString body(meetings::MeetingBody body) const;
    [[nodiscard]] QString addressee(meetings::MeetingBody body) const; ///< "各位理事："
    [[nodiscard]] QString mode(meetings::Mode mode) const;
    [[nodiscard]] QString status(std::optional<meetings::AttendanceStatus> status) const;
    [[nodiscard]] QString kind(meetings::ResolutionKind kind) const;
    [[nodiscard]] QString rule(meetings::VoteRule rule) const;
    [[nodiscard]] QString outcome(std::optional<meetings::Outcome> outcome) const;
    [[nodiscard]] QString followUp(meetings::FollowUpStatus status) const;
    [[nodiscard]] QString fraction(const Fraction &share) const; ///< 三分之二, two thirds
    [[nodiscard]] QString date(QDate date) const;                ///< 2024年3月15日; empty when invalid
    [[nodiscard]] QString dateTime(QDate date, QTime time) const;
    [[nodiscard]] QString section(int number, const QString &title) const; ///< 一、出席情况
    [[nodiscard]] QString pageFormat() const;                    ///< 第 %1 页 / 共 %2 页
    /// "" as a placeholder for a value not given.
    [[nodiscard]] static QString orDash(const QString &value);

private:
    const i18n::DocumentTranslator &m_translator;
};

} // namespace sd::reports
