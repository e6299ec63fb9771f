#pragma once

#include "i18n/Language.h"
#include "reports/Document.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace sd::package {

/// What the user gives for the cover letter (报送函).
struct CoverLetter
{
    QString reference; ///< 文号, e.g. "鄂某学〔2026〕3号"; empty: a blank to fill in by hand
    QDate date;        ///< the letter's date; invalid: the package's Bagging-Date (today by the file's clock)
};

/// One payload file the letter lists.
struct CoverLetterFile
{
    QString path;   ///< "data/compliance.pdf"
    qint64 bytes = 0;
    QString sha256; ///< lower-case hex
};

/// Everything the generated letter shows.
struct CoverLetterContent
{
    QString society;
    QString creditCode;
    QString addressee;   ///< the supervising association (the profile's 业务主管单位); empty: a blank
    int year = 0;
    QStringList packs;   ///< pack ids
    CoverLetter letter;  ///< its date already resolved
    QList<CoverLetterFile> files; ///< every other payload file, sorted by path
    QStringList missing; ///< "data/…: reason" of the parts left out
    i18n::Language language = i18n::Language::Chinese;
};

/// 报送函: the addressee, the reference number (文号) and date, one paragraph saying what is sent,
/// a table of the package's payload files with their size and SHA-256, the parts left out, and
/// the signature and stamp placeholders (落款, 盖章). The letter cannot carry the ZIP's own
/// SHA-256 — it is inside the ZIP — so it lists the hash of every payload file instead; the
/// bag's manifest-sha256.txt lists the same values, so a reader can check the letter against the
/// package. In the document language.
class CoverLetterDocument
{
    Q_DECLARE_TR_FUNCTIONS(sd::package::CoverLetterDocument)

public:
    [[nodiscard]] static reports::Document build(const CoverLetterContent &content);
};

} // namespace sd::package
