#include "rules/Finding.h"

#include <QJsonArray>

namespace sd::rules {

QJsonObject toJson(const Finding &f)
{
    QJsonArray evidence;
    for (const Evidence &e : f.evidence)
        evidence.append(QJsonObject { { QStringLiteral("id"), e.id }, { QStringLiteral("name"), e.name } });
    return QJsonObject { { QStringLiteral("check"), f.check }, { QStringLiteral("requirement"), f.requirement },
        { QStringLiteral("status"), FindingText::code(f.status) }, { QStringLiteral("measured"), f.measured },
        { QStringLiteral("threshold"), f.threshold }, { QStringLiteral("evidence"), evidence }, { QStringLiteral("hint"), f.hint },
        { QStringLiteral("citation"), f.citation }, { QStringLiteral("settings"), QJsonArray::fromStringList(f.settings) } };
}


QList<Status> FindingText::allStatuses()
{
    return { Status::Pass, Status::Fail, Status::Warning, Status::Pending, Status::NotApplicable, Status::MissingData };
}

QString FindingText::code(Status status)
{
    switch (status) {
    case Status::Pass:
        return QStringLiteral("pass");
    case Status::Fail:
        return QStringLiteral("fail");
    case Status::Warning:
        return QStringLiteral("warning");
    case Status::Pending:
        return QStringLiteral("pending");
    case Status::NotApplicable:
        return QStringLiteral("not-applicable");
    case Status::MissingData:
        return QStringLiteral("missing-data");
    }
    return {};
}

std::optional<Status> FindingText::statusFromCode(QStringView code)
{
    for (const Status s : allStatuses()) {
        if (code == FindingText::code(s))
            return s;
    }
    return std::nullopt;
}

QString FindingText::label(Status status)
{
    return tr(labelSource(status));
}

const char *FindingText::labelSource(Status status)
{
    switch (status) {
    case Status::Pass:
        return QT_TRANSLATE_NOOP("sd::rules::FindingText", "Pass");
    case Status::Fail:
        return QT_TRANSLATE_NOOP("sd::rules::FindingText", "Fail");
    case Status::Warning:
        return QT_TRANSLATE_NOOP("sd::rules::FindingText", "Warning");
    case Status::Pending:
        return QT_TRANSLATE_NOOP("sd::rules::FindingText", "Pending");
    case Status::NotApplicable:
        return QT_TRANSLATE_NOOP("sd::rules::FindingText", "Not applicable");
    case Status::MissingData:
        return QT_TRANSLATE_NOOP("sd::rules::FindingText", "Missing data");
    }
    return "";
}

} // namespace sd::rules
