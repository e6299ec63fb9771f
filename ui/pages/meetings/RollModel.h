#pragma once

#include "meetings/Meeting.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStyledItemDelegate>
#include <QTableView>

namespace sd::ui {

/// The roll of one meeting being marked: a copy of MeetingStore's lines that the page changes
/// freely and saves in one call. The status column cycles 未登记 → 出席 → 请假 → 缺席 → 委托 →
/// 出席 …; the reply slip (回执) and, for a proxy, whom (委托谁) are edited in place.
class RollModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PositionColumn, NameColumn, MemberNoColumn, RoleColumn, ReplyColumn, StatusColumn, ProxyColumn, ColumnCount };
    /// Qt::EditRole of the reply column: -1 none, else the Reply's value.
    static constexpr int kNoReply = -1;

    explicit RollModel(QObject *parent = nullptr);

    void setLines(const QList<meetings::AttendanceLine> &lines);
    [[nodiscard]] const QList<meetings::AttendanceLine> &lines() const { return m_lines; }
    /// Changed since setLines() or markSaved().
    [[nodiscard]] bool isDirty() const { return m_dirty; }
    void markSaved();
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    /// The status after `status` in the cycle.
    [[nodiscard]] static meetings::AttendanceStatus next(const std::optional<meetings::AttendanceStatus> &status);
    /// Moves the line on one step of the cycle.
    void cycle(int row);
    void setStatus(int row, const std::optional<meetings::AttendanceStatus> &status);
    /// A proxy line without whom it is represented by.
    [[nodiscard]] bool needsProxy(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// A mark, a reply or a proxy changed (the quorum line follows).
    void edited();

private:
    void changed(int row, int firstColumn, int lastColumn);

    QList<meetings::AttendanceLine> m_lines;
    bool m_dirty = false;
    bool m_readOnly = false;
};

/// The reply slip's choices in a combo box.
class ReplyDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

/// The roll's table: one click on a status cycles it; Space cycles the current line; 1 出席,
/// 2 请假, 3 缺席, 4 委托 set it and go to the next line; 0 or Delete clears it. A proxy without
/// whom opens the proxy cell's editor.
class RollView : public QTableView
{
    Q_OBJECT
public:
    explicit RollView(QWidget *parent = nullptr);
    void setRollModel(RollModel *model);
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    /// A cell's editor is open (the proxy's name, the reply slip).
    [[nodiscard]] bool isEditing() const { return state() == QAbstractItemView::EditingState; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void onClicked(const QModelIndex &index);
    void askProxy(int row);

    RollModel *m_roll = nullptr;
    bool m_readOnly = false;
};

} // namespace sd::ui
