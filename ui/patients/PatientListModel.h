#pragma once

#include "common/Error.h"
#include "patients/PatientDirectory.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <atomic>
#include <memory>

namespace rapport {

class Clinic;

// The patient list over PatientDirectory. A filter or sort change asks core for the whole
// order as row ids, on a background thread (about 0.1 s at 100,000 patients), and drops
// answers that a newer change has overtaken. rowCount() is then the total; the rows
// themselves are read in pages of PageSize as the view asks for them, with a placeholder
// until their page is in.
class PatientListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PageSize = 200;
    static constexpr int MaxPages = 100; // pages kept; the oldest go first

    enum Column
    {
        NameColumn,
        DateOfBirthColumn,
        AgeColumn,
        PhoneColumn,
        EmailColumn,
        StatusColumn,
        ChannelColumn,
        ExternalIdColumn,
        RegisteredColumn,
        ColumnCount
    };
    enum DataRole
    {
        IdRole = Qt::UserRole + 1,
        LoadedRole,
    };

    explicit PatientListModel(QObject* parent = nullptr);
    ~PatientListModel() override;

    // Empties the list; reload() fills it.
    void setClinic(Clinic* clinic);
    void setFilter(const PatientFilter& filter);
    [[nodiscard]] const PatientFilter& filter() const { return m_filter; }
    void setSort(PatientSort sort, bool ascending);
    [[nodiscard]] PatientSort sortKey() const { return m_sort; }
    [[nodiscard]] bool isAscending() const { return m_ascending; }
    // Whether a column sorts, and by what; the others sort by name.
    [[nodiscard]] static bool isSortable(int column);
    // Asks for the order again (the page came back into view, a record changed).
    void reload();
    void retranslate();

    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] qint64 totalCount() const { return m_ids.size(); }
    [[nodiscard]] int loadedRowCount() const;
    [[nodiscard]] bool isRowLoaded(int row) const;
    [[nodiscard]] const PatientRow* rowAt(int row) const;
    // Among the rows loaded; -1 if not there.
    [[nodiscard]] int rowOf(const QString& patientId) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    // A new order is in: the count and the rows changed.
    void loaded();
    void loadFailed(const rapport::Error& error);

private:
    void requestPage(int page) const;
    void loadPage(int page, quint64 generation);
    void setLoading(bool loading);
    void waitForWorker();

    Clinic* m_clinic = nullptr;
    PatientFilter m_filter;
    PatientSort m_sort = PatientSort::Name;
    bool m_ascending = true;
    QList<qint64> m_ids;
    QHash<int, QList<PatientRow>> m_pages;
    QList<int> m_pageOrder;
    mutable QSet<int> m_requested;
    quint64 m_generation = 0;
    bool m_loading = false;
    // Jobs still reading the clinic; shared with them, so it outlives the model.
    std::shared_ptr<std::atomic_int> m_workers = std::make_shared<std::atomic_int>(0);
    QDate m_today;
    QString m_region;
};

} // namespace rapport
