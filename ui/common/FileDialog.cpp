#include "common/FileDialog.h"

#include <optional>
#include <QFileDialog>
#include <QFileInfo>

namespace sd::ui {

namespace {

std::optional<QString> g_next;
std::optional<QStringList> g_nextList;

} // namespace

bool FileDialog::takeNext(QString *fileName)
{
    if (!g_next)
        return false;
    *fileName = *g_next;
    g_next.reset();
    return true;
}

void FileDialog::setNextFileName(const QString &fileName)
{
    g_next = fileName;
}

QString FileDialog::getOpenFileName(
    QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    QString name;
    if (!takeNext(&name))
        name = QFileDialog::getOpenFileName(parent, caption, dir, filter);
    return name;
}

void FileDialog::setNextFileNames(const QStringList &fileNames)
{
    g_nextList = fileNames;
}

QStringList FileDialog::getOpenFileNames(
    QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    if (g_nextList) {
        const QStringList names = *g_nextList;
        g_nextList.reset();
        return names;
    }
    return QFileDialog::getOpenFileNames(parent, caption, dir, filter);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &suggestion,
    const QString &filter, const QString &suffix)
{
    QString name;
    if (!takeNext(&name))
        name = QFileDialog::getSaveFileName(parent, caption, suggestion, filter);
    if (!name.isEmpty() && !suffix.isEmpty() && !name.endsWith(suffix, Qt::CaseInsensitive))
        name += suffix;
    return name;
}

QString FileDialog::getExistingDirectory(QWidget *parent, const QString &caption, const QString &dir)
{
    QString name;
    if (!takeNext(&name))
        name = QFileDialog::getExistingDirectory(parent, caption, dir);
    return name;
}

} // namespace sd::ui
