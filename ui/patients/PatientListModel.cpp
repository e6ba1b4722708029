#include "patients/PatientListModel.h"

#include "common/Background.h"
#include "common/Style.h"
#include "patients/PatientText.h"
#include "patients/PatientVocabulary.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QBrush>
#include <QFont>
#include <QThread>

namespace rapport {

PatientListModel::PatientListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

PatientListModel::~PatientListModel()
{
    waitForWorker();
}

void PatientListModel::waitForWorker()
{
    // The worker holds the clinic for about a tenth of a second; the clinic must outlive it.
    while (m_workers->load() > 0)
        QThread::msleep(1);
}

void PatientListModel::setClinic(Clinic* clinic)
{
    waitForWorker();
    ++m_generation;
    m_clinic = clinic;
    beginResetModel();
    m_ids.clear();
    m_pages.clear();
    m_pageOrder.clear();
    m_requested.clear();
    endResetModel();
    setLoading(false);
    // The page asks for the list when it is shown: nothing runs for a page nobody looks at.
    Q_EMIT loaded();
}

void PatientListModel::setFilter(const PatientFilter& filter)
{
    m_filter = filter;
    reload();
}

void PatientListModel::setSort(PatientSort sort, bool ascending)
{
    if (sort == m_sort && ascending == m_ascending)
        return;
    m_sort = sort;
    m_ascending = ascending;
    reload();
}

bool PatientListModel::isSortable(int column)
{
    return column == NameColumn || column == DateOfBirthColumn || column == AgeColumn ||
           column == StatusColumn || column == RegisteredColumn;
}

void PatientListModel::sort(int column, Qt::SortOrder order)
{
    const bool ascending = order == Qt::AscendingOrder;
    switch (column) {
    case DateOfBirthColumn:
        setSort(PatientSort::DateOfBirth, ascending);
        break;
    case AgeColumn:
        // The youngest first is the latest date of birth first.
        setSort(PatientSort::DateOfBirth, !ascending);
        break;
    case StatusColumn:
        setSort(PatientSort::Status, ascending);
        break;
    case RegisteredColumn:
        setSort(PatientSort::Created, ascending);
        break;
    default:
        setSort(PatientSort::Name, ascending);
        break;
    }
}

void PatientListModel::reload()
{
    if (!m_clinic || !m_clinic->isOpen())
        return;
    const quint64 generation = ++m_generation;
    SettingsService settings(*m_clinic);
    m_today = settings.today();
    m_region = settings.region();
    setLoading(true);
    m_workers->fetch_add(1);
    Background::run(
        this,
        [clinic = m_clinic, filter = m_filter, sort = m_sort, ascending = m_ascending, workers = m_workers] {
            auto ids = PatientDirectory(*clinic).orderedIds(filter, sort, ascending);
            workers->fetch_sub(1);
            return ids;
        },
        [this, generation](Result<QList<qint64>> ids) {
            if (generation != m_generation)
                return; // overtaken by a newer filter or sort
            setLoading(false);
            if (!ids) {
                Q_EMIT loadFailed(ids.error());
                return;
            }
            beginResetModel();
            m_ids = std::move(*ids);
            m_pages.clear();
            m_pageOrder.clear();
            m_requested.clear();
            endResetModel();
            Q_EMIT loaded();
        });
}

void PatientListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void PatientListModel::requestPage(int page) const
{
    if (m_requested.contains(page))
        return;
    m_requested.insert(page);
    auto* self = const_cast<PatientListModel*>(this);
    const quint64 generation = m_generation;
    // Not from inside data(): the view is painting.
    QMetaObject::invokeMethod(
        self, [self, page, generation] { self->loadPage(page, generation); }, Qt::QueuedConnection);
}

void PatientListModel::loadPage(int page, quint64 generation)
{
    if (generation != m_generation || !m_clinic || !m_clinic->isOpen())
        return;
    const int first = page * PageSize;
    const QList<qint64> slice = m_ids.mid(first, PageSize);
    if (slice.isEmpty())
        return;
    auto rows = PatientDirectory(*m_clinic).rows(slice);
    if (!rows) {
        m_requested.remove(page);
        Q_EMIT loadFailed(rows.error());
        return;
    }
    QList<PatientRow> loadedRows = std::move(*rows);
    while (loadedRows.size() < slice.size())
        loadedRows << PatientRow(); // a row that vanished meanwhile shows empty
    m_pages.insert(page, std::move(loadedRows));
    m_pageOrder << page;
    while (m_pageOrder.size() > MaxPages) {
        const int oldest = m_pageOrder.takeFirst();
        m_pages.remove(oldest);
        m_requested.remove(oldest);
    }
    Q_EMIT dataChanged(index(first, 0), index(first + static_cast<int>(slice.size()) - 1, ColumnCount - 1));
}

int PatientListModel::loadedRowCount() const
{
    int n = 0;
    for (const QList<PatientRow>& rows : m_pages)
        n += static_cast<int>(rows.size());
    return n;
}

bool PatientListModel::isRowLoaded(int row) const
{
    return m_pages.contains(row / PageSize);
}

const PatientRow* PatientListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const auto it = m_pages.constFind(row / PageSize);
    if (it == m_pages.constEnd())
        return nullptr;
    const int offset = row % PageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

int PatientListModel::rowOf(const QString& patientId) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        for (int i = 0; i < it->size(); ++i)
            if (it->at(i).patientId == patientId)
                return it.key() * PageSize + i;
    return -1;
}

void PatientListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int PatientListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int PatientListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    const PatientRow* r = rowAt(index.row());
    if (!r) {
        if (role == Qt::DisplayRole || role == Qt::ForegroundRole || role == LoadedRole)
            requestPage(index.row() / PageSize);
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return tr("Loading…");
        if (role == Qt::ForegroundRole)
            return QBrush(QColor(0xa9, 0xb4, 0xb7));
        if (role == LoadedRole)
            return false;
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            return r->sortName;
        case DateOfBirthColumn:
            return PatientText::date(r->dateOfBirth);
        case AgeColumn: {
            Patient p;
            p.dateOfBirth = r->dateOfBirth;
            const int age = p.ageOn(m_today);
            return age < 0 ? QVariant() : QVariant(age);
        }
        case PhoneColumn:
            return PatientText::phone(r->phone, m_region);
        case EmailColumn:
            return r->email;
        case StatusColumn:
            return PatientVocabulary::name(r->status);
        case ChannelColumn:
            return r->preferredChannel == ContactChannel::None ? QString()
                                                               : PatientVocabulary::name(r->preferredChannel);
        case ExternalIdColumn:
            return r->externalId;
        case RegisteredColumn:
            return r->createdAt.isValid() ? PatientText::date(r->createdAt.toLocalTime().date()) : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return r->displayName;
        if (index.column() == RegisteredColumn)
            return PatientText::dateTime(r->createdAt);
        break;
    case Qt::ForegroundRole:
        if (r->status == PatientStatus::Archived || r->status == PatientStatus::Inactive)
            return QBrush(QColor(0x7a, 0x86, 0x8b));
        if (index.column() == StatusColumn && r->status == PatientStatus::Deceased)
            return QBrush(Style::text());
        break;
    case Qt::FontRole:
        if (r->status == PatientStatus::Archived || r->status == PatientStatus::Deceased) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
    case IdRole:
        return r->patientId;
    case LoadedRole:
        return true;
    default:
        break;
    }
    return {};
}

QVariant PatientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole)
        return isSortable(section) ? tr("Click to sort") : QVariant();
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DateOfBirthColumn:
        return tr("Date of birth");
    case AgeColumn:
        return tr("Age");
    case PhoneColumn:
        return tr("Phone");
    case EmailColumn:
        return tr("E-mail");
    case StatusColumn:
        return tr("Status");
    case ChannelColumn:
        return tr("Prefers");
    case ExternalIdColumn:
        return tr("External id");
    case RegisteredColumn:
        return tr("Registered");
    }
    return {};
}

} // namespace rapport
