#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace sd::ui {

/// File dialogs with a seam for tests (KeePassXC's FileDialog::setNextFileName): when a next
/// file name is set, no dialog is shown and that name is returned (an empty name = cancelled).
class FileDialog
{
public:
    static QString getOpenFileName(
        QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
    /// Several existing files (an import of many packages); empty when cancelled.
    static QStringList getOpenFileNames(
        QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
    /// Also appends `suffix` (".societydesk") when the chosen name has none.
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &suggestion,
        const QString &filter, const QString &suffix);

    /// A folder (the next file name stands for it in tests).
    static QString getExistingDirectory(QWidget *parent, const QString &caption, const QString &dir);

    static void setNextFileName(const QString &fileName);
    /// The next getOpenFileNames() returns `fileNames` without a dialog (tests only).
    static void setNextFileNames(const QStringList &fileNames);

private:
    static bool takeNext(QString *fileName);
};

} // namespace sd::ui
