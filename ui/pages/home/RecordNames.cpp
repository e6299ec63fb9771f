#include "pages/home/RecordNames.h"

namespace sd::ui {

QString RecordNames::table(QStringView table)
{
    if (table == u"member")
        return tr("Individual members");
    if (table == u"unit_member")
        return tr("Unit members");
    if (table == u"member_grade")
        return tr("Member grades");
    if (table == u"member_status_history")
        return tr("Status changes");
    if (table == u"dues_payment")
        return tr("Dues payments");
    if (table == u"dues_standard")
        return tr("Dues standards");
    if (table == u"branch")
        return tr("Branches");
    if (table == u"term")
        return tr("Terms");
    if (table == u"seat")
        return tr("Seats");
    if (table == u"staff")
        return tr("Secretariat staff");
    if (table == u"regulation")
        return tr("Regulations");
    if (table == u"attestation")
        return tr("Attestations");
    if (table == u"attachment")
        return tr("Documents");
    if (table == u"filing")
        return tr("Branch filings");
    if (table == u"activity")
        return tr("Activities");
    if (table == u"meeting")
        return tr("Meetings");
    if (table == u"attendance")
        return tr("Meeting attendance");
    if (table == u"minutes" || table == u"minutes_version")
        return tr("Minutes");
    if (table == u"resolution")
        return tr("Resolutions");
    if (table == u"follow_up")
        return tr("Resolution follow-up");
    if (table == u"audit_log")
        return tr("Audit log entries");
    if (table == u"database")
        return tr("Society file");
    if (table == u"society_profile")
        return tr("Society profile");
    if (table == u"society_setting")
        return tr("Society settings");
    return table.toString();
}

bool RecordNames::isInternal(QStringView table)
{
    return table == u"member_name_gram" || table == u"member_branch" || table == u"affiliation" || table == u"person"
        || table == u"branch_status_history" || table == u"branch_officer" || table == u"activity_attachment"
        || table == u"agenda_item" || table == u"follow_up_note" || table == u"meeting_attachment";
}

QString RecordNames::action(QStringView action)
{
    if (action == u"create")
        return tr("added");
    if (action == u"update")
        return tr("changed");
    if (action == u"delete")
        return tr("removed");
    if (action == u"import")
        return tr("imported");
    if (action == u"export")
        return tr("exported unmasked");
    if (action == u"reveal")
        return tr("full ID number shown");
    if (action == u"lapse")
        return tr("marked as lapsed");
    if (action == u"backup")
        return tr("backed up");
    if (action == u"count")
        return tr("votes counted");
    if (action == u"elect")
        return tr("elected");
    if (action == u"roll")
        return tr("roll regenerated");
    if (action == u"reply")
        return tr("reply recorded");
    if (action == u"save")
        return tr("draft saved");
    if (action == u"sign")
        return tr("signed off");
    if (action == u"correct")
        return tr("corrected");
    if (action == u"note")
        return tr("progress noted");
    if (action == u"attach")
        return tr("document attached");
    if (action == u"link")
        return tr("linked");
    if (action == u"demo")
        return tr("demo records added");
    return action.toString();
}

} // namespace sd::ui
