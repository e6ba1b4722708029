#pragma once

#include "security/StaffMember.h"

#include <QAbstractTableModel>
#include <QList>

namespace rapport {

// The clinic's staff accounts as a table: name, user name, role, status, last sign-in.
class StaffTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        UsernameColumn,
        RoleColumn,
        StatusColumn,
        LastSignInColumn,
        ColumnCount
    };
    enum DataRole
    {
        IdRole = Qt::UserRole + 1,
        SortRole,
        ActiveRole
    };

    explicit StaffTableModel(QObject* parent = nullptr);

    void setStaff(QList<StaffMember> staff);
    void clear();
    [[nodiscard]] const QList<StaffMember>& staff() const { return m_staff; }
    [[nodiscard]] const StaffMember* member(int row) const;
    [[nodiscard]] int rowOf(const QString& userId) const;
    // The signed-in member, marked "(you)".
    void setCurrentUserId(const QString& userId) { m_currentUserId = userId; }
    // After a language change: headers and role names are translated at display time.
    void retranslate();

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    [[nodiscard]] static QString statusText(const StaffMember& member);

private:
    QList<StaffMember> m_staff;
    QString m_currentUserId;
};

} // namespace rapport
