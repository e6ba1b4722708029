#pragma once

#include "messaging/CallList.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QTimeZone>

namespace rapport {

// Today's call list as a table: patient, phone (as the clinic's region writes it), why
// to call, and the calls made to the patient before.
class CallListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PatientColumn,
        PhoneColumn,
        ReasonColumn,
        PreviousColumn,
        ColumnCount
    };

    explicit CallListModel(QObject* parent = nullptr);

    void setEntries(QList<CallListEntry> entries, QDate today, const QTimeZone& zone, const QString& region);
    void clear();
    [[nodiscard]] const QList<CallListEntry>& entries() const { return m_entries; }
    [[nodiscard]] const CallListEntry* entry(int row) const;
    // Entries have no id of their own: the outbox row, else the appointment, identifies one.
    [[nodiscard]] static QString keyOf(const CallListEntry& entry);
    [[nodiscard]] int rowOf(const QString& key) const;
    [[nodiscard]] QString phone(const CallListEntry& entry) const;
    void retranslate();

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString previous(const CallListEntry& entry) const;

    QList<CallListEntry> m_entries;
    QDate m_today;
    QTimeZone m_zone;
    QString m_region;
};

} // namespace rapport
