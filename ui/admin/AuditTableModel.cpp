#include "admin/AuditTableModel.h"

#include "admin/AuditText.h"
#include "security/Clinic.h"

#include <QBrush>
#include <QColor>

namespace rapport {

AuditTableModel::AuditTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AuditTableModel::setClinic(Clinic* clinic)
{
    // With a clinic, the page applies its filters next, which loads the first page.
    m_clinic = clinic;
    if (!clinic)
        refresh();
}

void AuditTableModel::setFilter(const AuditFilter& filter)
{
    m_filter = filter;
    refresh();
}

void AuditTableModel::refresh()
{
    beginResetModel();
    m_entries.clear();
    m_names.clear();
    m_total = 0;
    m_pinned = m_filter;
    m_pinned.maxSeq = 0;
    std::optional<Error> failure;
    if (m_clinic && m_clinic->isOpen()) {
        const Session& session = m_clinic->session();
        if (auto actors = m_clinic->audit().actors(session))
            for (const AuditActor& a : *actors)
                m_names.insert(a.id, a.name);
        auto first = m_clinic->audit().query(session, m_pinned, 0, PageSize);
        if (!first) {
            failure = first.error();
        } else if (!first->isEmpty()) {
            m_pinned.maxSeq = first->constFirst().seq;
            auto total = m_clinic->audit().count(session, m_pinned);
            if (!total) {
                failure = total.error();
            } else {
                m_entries = std::move(*first);
                m_total = *total;
            }
        }
    }
    endResetModel();
    if (failure)
        Q_EMIT loadFailed(*failure);
    Q_EMIT refreshed();
}

void AuditTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const AuditEntry* AuditTableModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_clinic && m_clinic->isOpen() && m_entries.size() < m_total;
}

void AuditTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    auto page =
        m_clinic->audit().query(m_clinic->session(), m_pinned, static_cast<int>(m_entries.size()), PageSize);
    if (!page) {
        // Stop asking for more; the page shows why.
        m_total = m_entries.size();
        Q_EMIT loadFailed(page.error());
        return;
    }
    if (page->isEmpty()) {
        m_total = m_entries.size();
        return;
    }
    const int first = static_cast<int>(m_entries.size());
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_entries += *page;
    endInsertRows();
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    const AuditEntry* e = index.isValid() ? entry(index.row()) : nullptr;
    if (!e)
        return {};
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case TimeColumn:
            return AuditText::time(e->at);
        case ActorColumn:
            return AuditText::actor(*e, m_names);
        case ActionColumn:
            return AuditText::actionLabel(e->action);
        case EntityColumn:
            return AuditText::entity(*e, m_names);
        case DetailColumn:
            return AuditText::detail(*e);
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case ActionColumn:
            return e->action;
        case EntityColumn:
            return e->entityId.isEmpty() ? QVariant() : tr("%1 id: %2").arg(e->entityType, e->entityId);
        case DetailColumn:
            return e->detail;
        case TimeColumn:
            return tr("Entry %1").arg(e->seq);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == ActionColumn &&
        (e->action == QLatin1String("signin.failed") || e->action == QLatin1String("signin.recovery")))
        return QBrush(QColor(0xb4, 0x23, 0x18));
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Staff member");
    case ActionColumn:
        return tr("Action");
    case EntityColumn:
        return tr("Concerning");
    case DetailColumn:
        return tr("Detail");
    }
    return {};
}

} // namespace rapport
