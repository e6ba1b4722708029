#include "recalls/CallListModel.h"

#include "common/Style.h"
#include "patients/PatientText.h"
#include "recalls/RecallText.h"

#include <QBrush>

namespace rapport {

CallListModel::CallListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CallListModel::setEntries(QList<CallListEntry> entries, QDate today, const QTimeZone& zone,
                               const QString& region)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_today = today;
    m_zone = zone;
    m_region = region;
    endResetModel();
}

void CallListModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

const CallListEntry* CallListModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

QString CallListModel::keyOf(const CallListEntry& e)
{
    if (!e.outboxId.isEmpty())
        return e.outboxId;
    return e.patientId + QLatin1Char('/') + e.appointmentId + QLatin1Char('/') + e.recallId;
}

int CallListModel::rowOf(const QString& key) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (keyOf(m_entries.at(i)) == key)
            return i;
    return -1;
}

QString CallListModel::phone(const CallListEntry& e) const
{
    return PatientText::phone(e.phone, m_region);
}

void CallListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int CallListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CallListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CallListModel::previous(const CallListEntry& e) const
{
    if (e.previousCalls <= 0)
        return tr("None");
    const QString count = e.previousCalls == 1 ? tr("1 call") : tr("%n calls", nullptr, e.previousCalls);
    if (!e.lastCallAt.isValid())
        return count;
    const QDate day = m_zone.isValid() ? e.lastCallAt.toTimeZone(m_zone).date() : e.lastCallAt.date();
    return tr("%1 · last %2, %3")
        .arg(count, RecallText::shortDate(day, m_today), RecallText::outcomeWords(e.lastOutcome));
}

QVariant CallListModel::data(const QModelIndex& index, int role) const
{
    const CallListEntry* e = index.isValid() ? entry(index.row()) : nullptr;
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case PatientColumn:
            return e->patientName;
        case PhoneColumn: {
            const QString p = phone(*e);
            return p.isEmpty() ? tr("No phone number") : p;
        }
        case ReasonColumn:
            return e->reason;
        case PreviousColumn:
            return previous(*e);
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == PhoneColumn && e->phone.isEmpty())
            return QBrush(Style::danger());
        if (index.column() == PreviousColumn && e->previousCalls == 0)
            return QBrush(Style::mutedText());
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn)
            return e->reason;
        if (index.column() == PhoneColumn && e->phone.isEmpty())
            return tr("Add a phone number on the patient's page (Enter opens it).");
        return {};
    default:
        break;
    }
    return {};
}

QVariant CallListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PatientColumn:
        return tr("Patient");
    case PhoneColumn:
        return tr("Phone");
    case ReasonColumn:
        return tr("Why");
    case PreviousColumn:
        return tr("Previous calls");
    }
    return {};
}

} // namespace rapport
