#include "admin/StaffTableModel.h"

#include "common/Style.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace rapport {

StaffTableModel::StaffTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void StaffTableModel::setStaff(QList<StaffMember> staff)
{
    beginResetModel();
    m_staff = std::move(staff);
    endResetModel();
}

void StaffTableModel::clear()
{
    setStaff({});
    m_currentUserId.clear();
}

const StaffMember* StaffTableModel::member(int row) const
{
    return row >= 0 && row < m_staff.size() ? &m_staff.at(row) : nullptr;
}

int StaffTableModel::rowOf(const QString& userId) const
{
    for (int i = 0; i < m_staff.size(); ++i)
        if (m_staff.at(i).id == userId)
            return i;
    return -1;
}

void StaffTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_staff.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int StaffTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_staff.size());
}

int StaffTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StaffTableModel::statusText(const StaffMember& m)
{
    if (!m.active)
        return tr("Deactivated");
    if (m.mustChangePassword)
        return tr("Active — must choose a password");
    return tr("Active");
}

QVariant StaffTableModel::data(const QModelIndex& index, int role) const
{
    const StaffMember* m = index.isValid() ? member(index.row()) : nullptr;
    if (!m)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return m->id == m_currentUserId ? tr("%1 (you)").arg(m->displayName) : m->displayName;
        case UsernameColumn:
            return m->username;
        case RoleColumn:
            return Permissions::roleName(m->role);
        case StatusColumn:
            return statusText(*m);
        case LastSignInColumn:
            if (m->lastSignInAt.isValid())
                return QLocale().toString(m->lastSignInAt.toLocalTime(), QLocale::ShortFormat);
            return m->id == m_currentUserId ? tr("Signed in now") : tr("Never");
        }
        break;
    case SortRole:
        switch (index.column()) {
        case RoleColumn:
            return int(m->role);
        case StatusColumn:
            return (m->active ? 0 : 2) + (m->mustChangePassword ? 1 : 0);
        case LastSignInColumn:
            return m->lastSignInAt.isValid() ? m->lastSignInAt.toMSecsSinceEpoch() : qint64(0);
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && m->active && m->mustChangePassword)
            return tr("Signs in with a one-time password and then chooses their own.");
        if (index.column() == StatusColumn && !m->active)
            return tr("Cannot sign in. Reactivate the account to give them a new one-time password.");
        return {};
    case Qt::ForegroundRole:
        if (!m->active)
            return QBrush(QColor(0x8a, 0x97, 0x9c));
        if (index.column() == StatusColumn && m->mustChangePassword)
            return QBrush(Style::warning());
        return {};
    case Qt::FontRole:
        if (!m->active) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::AccessibleTextRole:
        return data(index, Qt::DisplayRole);
    case IdRole:
        return m->id;
    case ActiveRole:
        return m->active;
    default:
        break;
    }
    return {};
}

QVariant StaffTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case UsernameColumn:
        return tr("User name");
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Status");
    case LastSignInColumn:
        return tr("Last sign-in");
    }
    return {};
}

} // namespace rapport
