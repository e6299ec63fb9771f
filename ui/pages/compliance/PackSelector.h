#pragma once

#include "rules/RulePack.h"

#include <QGroupBox>

class QListWidget;
class QPushButton;

namespace sd::ui {

/// The Compliance page's packs: the shipped ones (PackLoader::builtinIds, with their titles in
/// the current language) and any the user loaded from a file this session, each checkable
/// (Space toggles the current one); Load Pack File… below.
class PackSelector : public QGroupBox
{
    Q_OBJECT
public:
    explicit PackSelector(QWidget *parent = nullptr);

    [[nodiscard]] QListWidget *list() const { return m_list; }
    [[nodiscard]] QPushButton *loadButton() const { return m_load; }

    /// The shipped packs, those of `checkedIds` checked (the society's RulePacks setting); packs
    /// loaded from files stay listed with their checks. Emits nothing.
    void reset(const QStringList &checkedIds);
    /// The ids of the packs checked, in list order.
    [[nodiscard]] QStringList selectedIds() const;
    [[nodiscard]] QList<rules::RulePack> selectedPacks() const;
    /// Loads a pack file, validated as a shipped pack is: listed and checked (the same file again
    /// replaces its earlier version). On refusal `error` says why and nothing changes. Emits nothing.
    bool loadFile(const QString &path, rules::PackError *error);

    /// A shipped pack (parsed once), or null.
    [[nodiscard]] static const rules::RulePack *builtin(const QString &id);

signals:
    /// The user checked or unchecked a pack.
    void selectionChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void addItem(const QString &id, int file, bool checked);

    QListWidget *m_list;
    QPushButton *m_load;
    QList<rules::RulePack> m_filePacks; ///< loaded by the user, in the order loaded
};

} // namespace sd::ui
