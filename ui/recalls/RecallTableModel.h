#pragma once

#include "recalls/Recalls.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QTimeZone>

namespace rapport {

// The recall list as a table: patient, age, recall type, due date (overdue in red with
// by how much), state with its contacts, provider and phone.
class RecallTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PatientColumn,
        AgeColumn,
        TypeColumn,
        DueColumn,
        StateColumn,
        ProviderColumn,
        PhoneColumn,
        ColumnCount
    };
    enum DataRole
    {
        IdRole = Qt::UserRole + 1,
        PatientIdRole,
        SortRole,
        OverdueRole
    };

    explicit RecallTableModel(QObject* parent = nullptr);

    // today and zone for "overdue by" and local contact dates; region formats phones;
    // maxAttempts per recall type for the tool tips.
    void setRows(QList<RecallRow> rows, QDate today, const QTimeZone& zone, const QString& region,
                 QHash<QString, int> maxAttempts);
    void clear();
    [[nodiscard]] const QList<RecallRow>& rows() const { return m_rows; }
    [[nodiscard]] const RecallRow* recall(int row) const;
    [[nodiscard]] int rowOf(const QString& recallId) const;
    void retranslate();

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString text(const RecallRow& r, int column) const;

    QList<RecallRow> m_rows;
    QDate m_today;
    QTimeZone m_zone;
    QString m_region;
    QHash<QString, int> m_maxAttempts;
};

} // namespace rapport
