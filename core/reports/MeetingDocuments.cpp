#include "reports/MeetingDocuments.h"

#include "i18n/Language.h"
#include "reports/MeetingWording.h"

#include <QHash>

namespace sd::reports::meetingdocs {

using namespace sd::meetings;

namespace {

using Align = Document::Align;

QString titleOf(const MeetingRecord &r, const MeetingWording &w)
{
    if (!r.title.trimmed().isEmpty())
        return r.title;
    if (!r.meeting.title.trimmed().isEmpty())
        return r.meeting.title;
    return w.body(r.meeting.body);
}

/// The document's frame: the society in the running header, page numbers, the draft mark.
Document frame(const MeetingRecord &r, const QString &documentTitle, const MeetingWording &w)
{
    Document d(documentTitle);
    d.setRunningHeader(r.society);
    d.setPageNumberFormat(w.pageFormat());
    return d;
}

/// 会议编号, 会议机构, 时间, 方式, 地点 (+ 主持人, 记录人 for the minutes).
QList<QPair<QString, QString>> particulars(const MeetingRecord &r, const MeetingWording &w, bool people)
{
    const Meeting &m = r.meeting;
    QList<QPair<QString, QString>> pairs {
        { w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Meeting no.")), MeetingWording::orDash(m.number) },
        { w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Body")), w.body(m.body) },
        { w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Time")),
            MeetingWording::orDash(w.dateTime(m.date, m.startTime)) },
        { w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Mode")), w.mode(m.mode) },
    };
    if (people) {
        pairs << qMakePair(w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Chair")),
                     MeetingWording::orDash(m.chair))
              << qMakePair(w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Minutes taken by")),
                     MeetingWording::orDash(m.recordKeeper));
    }
    // Last: a long place then has a line of its own.
    pairs << qMakePair(w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Place")), MeetingWording::orDash(m.place));
    return pairs;
}

void agenda(Document &d, const MeetingRecord &r, const MeetingWording &w)
{
    if (r.meeting.agenda.isEmpty()) {
        d.paragraph(w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "No agenda was set.")));
        return;
    }
    int n = 0;
    for (const AgendaItem &item : r.meeting.agenda) {
        const QString line = QStringLiteral("%1. %2").arg(++n).arg(item.title);
        d.paragraph(item.presenter.trimmed().isEmpty()
                ? line
                : w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "%1 (presented by %2)")).arg(line, item.presenter));
    }
}

int seatsOf(const MeetingRecord &r)
{
    return r.quorum.applicable ? r.quorum.seats : int(r.roll.size());
}

/// 应到 120 人，实到 80 人，达到法定人数（三分之二，至少 80 人）。
QString quorumStatement(const MeetingRecord &r, const MeetingWording &w)
{
    const Quorum &q = r.quorum;
    QString text;
    if (!q.applicable) {
        int present = 0;
        for (const AttendanceLine &line : r.roll) {
            if (line.status == AttendanceStatus::Present || line.status == AttendanceStatus::Proxy)
                ++present;
        }
        text = w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments",
                       "Expected %1, present %2; this meeting has no quorum requirement."))
                   .arg(r.roll.size())
                   .arg(present);
    } else if (q.isQuorate()) {
        text = w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments",
                       "Expected %1, present %2: the quorum (%3, at least %4) is reached."))
                   .arg(q.seats)
                   .arg(q.present)
                   .arg(w.fraction(q.required))
                   .arg(q.needed());
    } else {
        text = w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments",
                       "Expected %1, present %2: the quorum (%3, at least %4) is NOT reached."))
                   .arg(q.seats)
                   .arg(q.present)
                   .arg(w.fraction(q.required))
                   .arg(q.needed());
    }
    if (q.unrecorded > 0) {
        text = w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "%1 The attendance of %2 is not recorded."))
                   .arg(text)
                   .arg(q.unrecorded);
    }
    return text;
}

void attendance(Document &d, const MeetingRecord &r, const MeetingWording &w)
{
    QHash<int, QStringList> names; // by status; -1 for not recorded
    for (const AttendanceLine &line : r.roll) {
        const int key = line.status ? int(*line.status) : -1;
        QString name = line.name;
        if (line.status == AttendanceStatus::Proxy && !line.proxyTo.trimmed().isEmpty())
            name = w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "%1 (proxy: %2)")).arg(line.name, line.proxyTo);
        names[key] << name;
    }
    const auto count = [&names](int key) { return int(names.value(key).size()); };
    d.paragraph(w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments",
                        "Expected %1: present %2, by proxy %3, excused %4, absent %5."))
                    .arg(seatsOf(r))
                    .arg(count(int(AttendanceStatus::Present)))
                    .arg(count(int(AttendanceStatus::Proxy)))
                    .arg(count(int(AttendanceStatus::Excused)))
                    .arg(count(int(AttendanceStatus::Absent))));
    d.paragraph(quorumStatement(r, w), Align::Left, true);

    const QString separated = w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "%1, %2"));
    const auto joined = [&separated](const QStringList &list) {
        QString text = list.value(0);
        for (qsizetype i = 1; i < list.size(); ++i)
            text = separated.arg(text, list.at(i));
        return text;
    };
    const QList<int> order { int(AttendanceStatus::Present), int(AttendanceStatus::Proxy),
        int(AttendanceStatus::Excused), int(AttendanceStatus::Absent), -1 };
    for (int key : order) {
        const QStringList list = names.value(key);
        if (list.isEmpty())
            continue;
        const QString label = key < 0 ? w.status(std::nullopt) : w.status(AttendanceStatus(key));
        d.paragraph(w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "%1 (%2): %3"))
                        .arg(label)
                        .arg(list.size())
                        .arg(joined(list)));
    }
}

void resolutions(Document &d, const MeetingRecord &r, const MeetingWording &w)
{
    Document::Table table;
    table.columns = {
        { w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "No.")), 8, Align::Center },
        { w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Resolution")), 0, Align::Left },
        { w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "For")), 8, Align::Center },
        { w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Against")), 8, Align::Center },
        { w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Abstain")), 8, Align::Center },
        { w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Rule")), 24, Align::Left },
        { w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Outcome")), 12, Align::Center },
    };
    QStringList warnings;
    for (const auto &[resolution, check] : r.resolutions) {
        const int position = resolution.position > 0 ? resolution.position : int(table.rows.size()) + 1;
        QString text = resolution.text;
        if (resolution.kind != ResolutionKind::Other)
            text = QString(QStringLiteral("[%1] ").arg(w.kind(resolution.kind)) + text);
        QString rule = w.rule(resolution.rule);
        if (check.present > 0) {
            rule += QLatin1Char('\n')
                + w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "present %1, %2 in favour needed"))
                      .arg(check.present)
                      .arg(check.needed);
        }
        if (resolution.secretBallot)
            rule += QLatin1Char('\n') + w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "secret ballot"));
        const std::optional<Outcome> outcome = check.outcome ? check.outcome : resolution.recordedOutcome;
        const auto votes = [&resolution](int Votes::*field) {
            return resolution.votes ? QString::number((*resolution.votes).*field) : QStringLiteral("—");
        };
        table.rows << QStringList { QString::number(position), text, votes(&Votes::inFavour), votes(&Votes::against),
            votes(&Votes::abstain), rule, w.outcome(outcome) };
        for (const QString &warning : check.warnings)
            warnings << w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Resolution %1: %2")).arg(position).arg(warning);
    }
    d.table(table);
    if (!warnings.isEmpty()) {
        d.paragraph(w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "To be reviewed:")), Align::Left, true);
        for (const QString &warning : std::as_const(warnings))
            d.paragraph(QString(QStringLiteral("· ") + warning));
    }
}

QString followUpStatus(const FollowUp &f, QDate on, const MeetingWording &w)
{
    QString status = w.followUp(f.status);
    if (on.isValid() && f.isOverdueOn(on))
        status = w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "%1 (overdue)")).arg(status);
    return status;
}

void followUps(Document &d, const MeetingRecord &r, const MeetingWording &w)
{
    QHash<qint64, int> positions;
    for (const auto &pair : r.resolutions)
        positions.insert(pair.first.id, pair.first.position);
    Document::Table table;
    table.columns = {
        { w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "No.")), 8, Align::Center },
        { w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Resolution")), 0, Align::Left },
        { w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Owner")), 14, Align::Left },
        { w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Due")), 20, Align::Center },
        { w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Status")), 14, Align::Center },
    };
    int n = 0;
    for (const FollowUp &f : r.followUps) {
        QString what = f.resolutionText;
        if (what.isEmpty() && positions.contains(f.resolutionId))
            what = w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Resolution %1")).arg(positions.value(f.resolutionId));
        table.rows << QStringList { QString::number(++n), MeetingWording::orDash(what), MeetingWording::orDash(f.owner),
            MeetingWording::orDash(w.date(f.due)), w.followUp(f.status) };
    }
    d.table(table);
}

void carriedOver(Document &d, const MeetingRecord &r, const MeetingWording &w)
{
    Document::Table table;
    table.columns = {
        { w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Meeting")), 20, Align::Left },
        { w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Resolution")), 0, Align::Left },
        { w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Owner")), 14, Align::Left },
        { w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Due")), 20, Align::Center },
        { w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Status")), 15, Align::Center },
    };
    for (const FollowUp &f : r.carriedOver) {
        QString meeting = f.meetingNumber;
        if (f.meetingDate.isValid())
            meeting += QLatin1Char('\n') + w.date(f.meetingDate);
        table.rows << QStringList { MeetingWording::orDash(meeting), MeetingWording::orDash(f.resolutionText),
            MeetingWording::orDash(f.owner), MeetingWording::orDash(w.date(f.due)),
            followUpStatus(f, r.meeting.date, w) };
    }
    d.table(table);
}

} // namespace

Document minutes(const MeetingRecord &r, const i18n::DocumentTranslator &language)
{
    const MeetingWording w(language);
    const QString title = titleOf(r, w);
    const QString heading = w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Minutes of the %1")).arg(title);
    Document d = frame(r, QString(r.society + QLatin1Char(' ') + heading), w);
    const bool isSigned = r.minutes && r.minutes->isSigned();
    if (!isSigned)
        d.setMark(w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "DRAFT (not signed off)")));

    d.titleLine(r.society).titleLine(heading);
    if (!isSigned)
        d.paragraph(w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "DRAFT (not signed off)")), Align::Center, true);
    if (r.minutes && r.minutes->version > 1) {
        d.subtitle(r.minutes->note.trimmed().isEmpty()
                ? w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Version %1")).arg(r.minutes->version)
                : w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Version %1 (corrects: %2)"))
                      .arg(r.minutes->version)
                      .arg(r.minutes->note));
    }
    d.fields(particulars(r, w, true));

    int section = 0;
    d.heading(w.section(++section, w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Attendance"))));
    attendance(d, r, w);

    d.heading(w.section(++section, w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Agenda"))));
    agenda(d, r, w);

    d.heading(w.section(++section, w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Proceedings"))));
    if (r.minutes && !r.minutes->text.trimmed().isEmpty())
        d.richText(r.minutes->text);
    else
        d.paragraph(w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "(The minutes have not been written yet.)")));

    d.heading(w.section(++section, w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Resolutions"))));
    if (r.resolutions.isEmpty())
        d.paragraph(w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "The meeting made no resolutions.")));
    else
        resolutions(d, r, w);

    if (!r.followUps.isEmpty()) {
        d.heading(w.section(++section, w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Follow-up"))));
        followUps(d, r, w);
    }
    if (!r.carriedOver.isEmpty()) {
        d.heading(w.section(++section,
            w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Open follow-ups from earlier meetings"))));
        carriedOver(d, r, w);
    }

    d.spacing(12);
    if (isSigned) {
        d.paragraph(w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Signed off by %1 on %2."))
                        .arg(MeetingWording::orDash(r.minutes->signedBy), w.date(r.minutes->signedOn)));
    }
    d.signatures(
        { w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Chair's signature:")),
            w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Minutes taker's signature:")),
            w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Signed off by:")) },
        w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Date:")));
    return d;
}

Document signInSheet(const MeetingRecord &r, const i18n::DocumentTranslator &language)
{
    const MeetingWording w(language);
    const QString title = titleOf(r, w);
    const QString heading = w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Sign-in sheet: %1")).arg(title);
    Document d = frame(r, QString(r.society + QLatin1Char(' ') + heading), w);
    d.titleLine(r.society).titleLine(heading);
    d.fields(particulars(r, w, false));

    Document::Table table;
    table.columns = {
        { w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "No.")), 8, Align::Center },
        { w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Name")), 17, Align::Center },
        { w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Post")), 25, Align::Center },
        { w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Signature")), 32, Align::Center },
        { w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Remarks")), 18, Align::Center },
    };
    table.minRowHeight = 26; // about 9 mm: room for a handwritten signature
    int n = 0;
    for (const AttendanceLine &line : r.roll) {
        QString remark;
        if (line.reply == Reply::Proxy) {
            remark = line.proxyTo.trimmed().isEmpty()
                ? w.status(AttendanceStatus::Proxy)
                : w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Proxy: %1")).arg(line.proxyTo);
        } else if (line.reply == Reply::Excused) {
            remark = w.status(AttendanceStatus::Excused);
        }
        table.rows << QStringList { QString::number(++n), line.name, line.role, QString(), remark };
    }
    d.table(table);
    d.paragraph(w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments",
                        "Expected: %1    Signed in: ______    Checked by: ______"))
                    .arg(seatsOf(r)));
    return d;
}

Document notice(const MeetingRecord &r, const i18n::DocumentTranslator &language)
{
    const MeetingWording w(language);
    const Meeting &m = r.meeting;
    const QString title = titleOf(r, w);
    const QString heading = w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Notice of the %1")).arg(title);
    Document d = frame(r, QString(r.society + QLatin1Char(' ') + heading), w);
    d.titleLine(r.society).titleLine(heading);

    d.paragraph(w.addressee(m.body));
    if (!m.noticeText.trimmed().isEmpty()) {
        d.richText(m.noticeText);
    } else {
        d.paragraph(w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments",
                            "The %1 will be held on %2 at %3. The particulars are as follows."))
                        .arg(title, MeetingWording::orDash(w.dateTime(m.date, m.startTime)), MeetingWording::orDash(m.place)));
    }
    int section = 0;
    d.heading(w.section(++section, w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Time, place and mode"))));
    d.fields(particulars(r, w, false), 1);
    d.heading(w.section(++section, w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Agenda"))));
    agenda(d, r, w);
    d.heading(w.section(++section, w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Reply"))));
    if (m.replyBy.isValid()) {
        d.paragraph(w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments",
                            "Please return the attached reply slip to the Secretariat by %1. If you cannot attend, "
                            "please ask for leave or name a proxy on the slip."))
                        .arg(w.date(m.replyBy)));
    } else {
        d.paragraph(w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments",
            "Please return the attached reply slip to the Secretariat. If you cannot attend, please ask for leave or "
            "name a proxy on the slip.")));
    }
    d.spacing(10);
    d.paragraph(r.society, Align::Right);
    if (m.noticeIssuedOn.isValid())
        d.paragraph(w.date(m.noticeIssuedOn), Align::Right);

    // The reply slip on a page of its own, to fill in and return.
    d.pageBreak();
    d.titleLine(w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Reply slip")));
    d.paragraph(title, Align::Center);
    Document::Table slip;
    slip.header = false;
    slip.minRowHeight = 24;
    slip.columns = { { QString(), 22, Align::Center }, { QString(), 0, Align::Left } };
    const QString box = QStringLiteral("□ ");
    const QString gap = QStringLiteral("　　");
    slip.rows << QStringList { w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Name")), QString() }
              << QStringList { w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Post")), QString() }
              << QStringList { w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Attendance")),
                     QString(box + w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "I will attend")) + gap + box
                         + w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "I ask ________ to attend as my proxy"))
                         + gap + box + w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "I ask for leave"))) }
              << QStringList { w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Remarks")), QString() };
    d.table(slip);
    if (m.replyBy.isValid()) {
        d.paragraph(w.t(QT_TRANSLATE_NOOP("sd::reports::MeetingDocuments", "Please reply by %1.")).arg(w.date(m.replyBy)));
    }
    return d;
}

} // namespace sd::reports::meetingdocs
