#pragma once

#include "messaging/Messaging.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimeZone>

namespace rapport {

// The outbox rows the Messages page shows, newest planned first. The page reads them
// through Outbox::list (at most OutboxQuery::limit rows) and hands them over.
class OutboxTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PlannedColumn,
        PatientColumn,
        KindColumn,
        ChannelColumn,
        StatusColumn,
        AttemptsColumn,
        SentColumn,
        ColumnCount
    };
    enum DataRole
    {
        IdRole = Qt::UserRole + 1,
        PatientIdRole,
        StatusRole, // int(OutboxStatus)
    };

    explicit OutboxTableModel(QObject* parent = nullptr);

    void setRows(QList<OutboxRow> rows);
    void setTimeZone(const QTimeZone& zone);
    void retranslate();

    [[nodiscard]] const OutboxRow* row(int row) const;
    [[nodiscard]] int rowOf(const QString& id) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString kindText(const OutboxRow& row) const;
    [[nodiscard]] QString tooltip(const OutboxRow& row, int column) const;

    QList<OutboxRow> m_rows;
    QTimeZone m_zone;
};

} // namespace rapport
