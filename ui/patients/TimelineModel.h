#pragma once

#include "patients/PatientService.h"

#include <QAbstractListModel>
#include <QColor>
#include <QList>
#include <QTimeZone>

namespace rapport {

// A patient's timeline, newest first: every change and every contact. Each kind of entry
// has its icon and colour; areas added later (appointments, messages, calls, complaints,
// surveys) register theirs by the prefix of their kind.
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum DataRole
    {
        KindRole = Qt::UserRole + 1,
        DetailRole, // "14/03/2026 09:12 · Ada Admin"
        IconRole,   // icon name, :/icons/<name>.svg
        ColorRole,
        SourceIdRole,
    };

    struct KindStyle
    {
        QString icon;
        QColor color;
    };

    explicit TimelineModel(QObject* parent = nullptr);

    void setEntries(QList<TimelineEntry> entries);
    void clear();
    [[nodiscard]] const QList<TimelineEntry>& entries() const { return m_entries; }
    void retranslate();
    // Times are shown in the clinic's time zone, like the appointment book; the PC's own
    // zone while none is set.
    void setTimeZone(const QTimeZone& zone);

    // The most specific registered prefix wins: "record.created" before "record.".
    static void registerKind(const QString& kindPrefix, const QString& icon, const QColor& color);
    [[nodiscard]] static KindStyle styleFor(const QString& kind);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<TimelineEntry> m_entries;
    QTimeZone m_zone;
};

} // namespace rapport
