#pragma once

#include "common/Error.h"
#include "security/AuditLog.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace rapport {

class Clinic;

// The audit trail, newest first, fetched in pages of PageSize rows as the view scrolls.
// A refresh pins the newest row, so entries written while someone reads do not shift the
// pages under them; the next refresh shows them.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PageSize = 200;
    enum Column
    {
        TimeColumn,
        ActorColumn,
        ActionColumn,
        EntityColumn,
        DetailColumn,
        ColumnCount
    };

    explicit AuditTableModel(QObject* parent = nullptr);

    void setClinic(Clinic* clinic);
    void setFilter(const AuditFilter& filter);
    [[nodiscard]] const AuditFilter& filter() const { return m_filter; }
    void refresh();
    void retranslate();

    [[nodiscard]] qint64 totalCount() const { return m_total; }
    [[nodiscard]] const AuditEntry* entry(int row) const;
    [[nodiscard]] const QHash<QString, QString>& names() const { return m_names; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void loadFailed(const rapport::Error& error);
    void refreshed();

private:
    Clinic* m_clinic = nullptr;
    AuditFilter m_filter;
    AuditFilter m_pinned;
    QList<AuditEntry> m_entries;
    QHash<QString, QString> m_names;
    qint64 m_total = 0;
};

} // namespace rapport
