#include "recalls/RecallTableModel.h"

#include "common/Style.h"
#include "patients/PatientText.h"
#include "recalls/RecallText.h"

#include <QBrush>

namespace rapport {

RecallTableModel::RecallTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RecallTableModel::setRows(QList<RecallRow> rows, QDate today, const QTimeZone& zone, const QString& region,
                               QHash<QString, int> maxAttempts)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_today = today;
    m_zone = zone;
    m_region = region;
    m_maxAttempts = std::move(maxAttempts);
    endResetModel();
}

void RecallTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_maxAttempts.clear();
    endResetModel();
}

const RecallRow* RecallTableModel::recall(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int RecallTableModel::rowOf(const QString& recallId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).recall.id == recallId)
            return i;
    return -1;
}

void RecallTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int RecallTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecallTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RecallTableModel::text(const RecallRow& r, int column) const
{
    switch (column) {
    case PatientColumn:
        return r.patientName;
    case AgeColumn:
        return r.age >= 0 ? QString::number(r.age) : QString();
    case TypeColumn:
        return r.recallTypeName;
    case DueColumn:
        return RecallText::due(r.recall.dueDate, m_today);
    case StateColumn:
        return RecallText::state(r, m_today, m_zone);
    case ProviderColumn:
        return r.providerName;
    case PhoneColumn:
        return r.phoneIsGuardians ? tr("%1 (guardian)").arg(PatientText::phone(r.patientPhone, m_region))
                                  : PatientText::phone(r.patientPhone, m_region);
    }
    return {};
}

QVariant RecallTableModel::data(const QModelIndex& index, int role) const
{
    const RecallRow* r = index.isValid() ? recall(index.row()) : nullptr;
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(*r, index.column());
    case SortRole:
        switch (index.column()) {
        case AgeColumn:
            return r->age;
        case DueColumn:
            return r->recall.dueDate.toJulianDay();
        case StateColumn:
            return int(r->state) * 100 + r->recall.attempts;
        case PatientColumn:
        case TypeColumn:
        case ProviderColumn:
        case PhoneColumn:
            return text(*r, index.column()).toLower();
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == DueColumn && r->overdue && r->state != RecallState::Scheduled)
            return QBrush(Style::danger());
        if (index.column() == StateColumn) {
            const QColor c = RecallText::stateColour(*r);
            if (c.isValid())
                return QBrush(c);
        }
        if (r->state == RecallState::Declined || r->state == RecallState::Inactive)
            return QBrush(Style::mutedText());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AgeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StateColumn) {
            const QString tip = RecallText::stateTip(*r, m_maxAttempts.value(r->recall.recallTypeId));
            return tip.isEmpty() ? QVariant() : QVariant(tip);
        }
        if (index.column() == DueColumn && r->recall.lastCompleted.isValid())
            return tr("Last visit: %1").arg(PatientText::date(r->recall.lastCompleted));
        if (index.column() == AgeColumn)
            return tr("Age on the due date");
        // Narrow columns cut long names short: the whole text on hover.
        return text(*r, index.column());
    case IdRole:
        return r->recall.id;
    case PatientIdRole:
        return r->recall.patientId;
    case OverdueRole:
        return r->overdue;
    default:
        break;
    }
    return {};
}

QVariant RecallTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && section == AgeColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PatientColumn:
        return tr("Patient");
    case AgeColumn:
        return tr("Age");
    case TypeColumn:
        return tr("Recall type");
    case DueColumn:
        return tr("Due");
    case StateColumn:
        return tr("State");
    case ProviderColumn:
        return tr("Provider");
    case PhoneColumn:
        return tr("Phone");
    }
    return {};
}

} // namespace rapport
