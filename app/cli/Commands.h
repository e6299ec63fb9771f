#pragma once

#include "ExitCode.h"

#include <QStringList>
#include <QTextStream>

namespace sd::cli {

/// What every command gets: the society file chosen with --db (or the default) and its
/// remaining arguments (the command name first, as QCommandLineParser expects).
struct Context
{
    QString databasePath;
    bool databaseGiven = false; ///< --db was on the command line
    QString operatorName;       ///< recorded in the audit log (the preference, else the OS user)
    QStringList arguments;
    QTextStream &out;
    QTextStream &err;
};

struct Command
{
    const char *name;
    const char *summary; ///< translated in the "sd::cli::Commands" context
    ExitCode (*run)(Context &);
};

/// All commands, in the order `--help` lists them.
const QList<Command> &commands();

// The member register's commands (MemberCommands.cpp).
ExitCode runMembers(Context &ctx);
ExitCode runDemo(Context &ctx);

// Member grades and dues standards (GradeCommands.cpp).
ExitCode runGrades(Context &ctx);
ExitCode runDuesStandard(Context &ctx);

// Governance (GovernanceCommands.cpp).
ExitCode runComposition(Context &ctx);
ExitCode runAttest(Context &ctx);

// Branches (BranchCommands.cpp).
ExitCode runBranches(Context &ctx);

// A meeting's documents (MeetingDocumentCommands.cpp).
ExitCode runMinutes(Context &ctx);
ExitCode runSignInSheet(Context &ctx);
ExitCode runNotice(Context &ctx);

// Meetings (MeetingCommands.cpp).
ExitCode runMeetings(Context &ctx);
ExitCode runFollowUps(Context &ctx);
ExitCode runAbsences(Context &ctx);

// Rule packs and compliance checks (RuleCommands.cpp).
ExitCode runPacks(Context &ctx);
ExitCode runReport(Context &ctx);
ExitCode runCheck(Context &ctx);

// The reform plan (PlanCommands.cpp).
ExitCode runPlan(Context &ctx);
// Submission packages (PackageCommands.cpp; verify in PackageVerifyCommand.cpp).
ExitCode runPackage(Context &ctx);
ExitCode runPackageVerify(Context &ctx);

// The supervising association's database (SupervisorCommands.cpp).
ExitCode runSupervisor(Context &ctx);
ExitCode runKeys(Context &ctx);

} // namespace sd::cli
