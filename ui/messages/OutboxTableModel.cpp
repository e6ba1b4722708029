#include "messages/OutboxTableModel.h"

#include "common/Icons.h"
#include "common/Style.h"
#include "messages/MessageText.h"
#include "messaging/Outbox.h"

#include <QBrush>
#include <QLocale>

namespace rapport {

OutboxTableModel::OutboxTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void OutboxTableModel::setRows(QList<OutboxRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void OutboxTableModel::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone;
    retranslate();
}

void OutboxTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const OutboxRow* OutboxTableModel::row(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int OutboxTableModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).message.id == id)
            return i;
    return -1;
}

int OutboxTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OutboxTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutboxTableModel::kindText(const OutboxRow& r) const
{
    const QString kind = Outbox::kindName(r.message.kind);
    if (r.ruleName.isEmpty() || r.message.kind == MessageKind::Test)
        return kind;
    return tr("%1 · %2").arg(kind, r.ruleName);
}

QString OutboxTableModel::tooltip(const OutboxRow& r, int column) const
{
    const OutboxMessage& m = r.message;
    switch (column) {
    case PlannedColumn:
        if (m.status == OutboxStatus::Pending && m.nextAttemptAt.isValid() && m.nextAttemptAt > m.plannedAt)
            return tr("Next attempt %1").arg(MessageText::dateTime(m.nextAttemptAt, m_zone));
        return {};
    case PatientColumn:
        return r.appointmentStart.isValid()
                   ? tr("Appointment %1").arg(MessageText::dateTime(r.appointmentStart, m_zone))
                   : QString();
    case KindColumn:
        return kindText(r);
    case ChannelColumn:
        return m.recipient.isEmpty() ? QString() : tr("To %1").arg(m.recipient);
    case StatusColumn:
        return MessageText::statusText(m) + QStringLiteral("\n") + MessageText::statusExplanation(m);
    case SentColumn:
        return m.subject.isEmpty() ? QString() : tr("Subject: %1").arg(m.subject);
    default:
        return {};
    }
}

QVariant OutboxTableModel::data(const QModelIndex& index, int role) const
{
    const OutboxRow* r = index.isValid() ? row(index.row()) : nullptr;
    if (!r)
        return {};
    const OutboxMessage& m = r->message;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case PlannedColumn:
            return MessageText::dateTime(m.plannedAt, m_zone);
        case PatientColumn:
            return m.kind == MessageKind::Test ? (m.recipient.isEmpty() ? tr("Test") : m.recipient) : r->patientName;
        case KindColumn:
            return kindText(*r);
        case ChannelColumn:
            return MessageText::channelName(m.channel);
        case StatusColumn:
            return MessageText::statusText(m);
        case AttemptsColumn:
            return m.attempts > 0 ? QLocale().toString(m.attempts) : QString();
        case SentColumn:
            return MessageText::dateTime(m.sentAt, m_zone);
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return Icons::icon(MessageText::statusIcon(m.status), MessageText::statusColour(m.status));
        if (index.column() == ChannelColumn)
            return Icons::icon(MessageText::channelIcon(m.channel));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && (m.status == OutboxStatus::Failed))
            return QBrush(Style::danger());
        if (m.status == OutboxStatus::Cancelled)
            return QBrush(Style::mutedText());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AttemptsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return tooltip(*r, index.column());
    case IdRole:
        return m.id;
    case PatientIdRole:
        return m.patientId;
    case StatusRole:
        return int(m.status);
    default:
        return {};
    }
}

QVariant OutboxTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section == AttemptsColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PlannedColumn:
        return tr("Planned for");
    case PatientColumn:
        return tr("Patient");
    case KindColumn:
        return tr("Kind");
    case ChannelColumn:
        return tr("Channel");
    case StatusColumn:
        return tr("Status");
    case AttemptsColumn:
        return tr("Attempts");
    case SentColumn:
        return tr("Sent at");
    }
    return {};
}

} // namespace rapport
