#pragma once

#include "patients/PatientSearch.h"

#include <QAbstractListModel>
#include <QDate>
#include <QList>

namespace rapport {

// The results of the global patient search, ranked as core returns them, and a last row
// that creates a new patient from what was typed.
class PatientSearchModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum DataRole
    {
        IdRole = Qt::UserRole + 1,
        IsCreateRole,
        DetailRole, // "38 years · 14/03/1985 · 07400 123456"
        StatusRole, // PatientStatus as int
        ActiveRole,
    };

    explicit PatientSearchModel(QObject* parent = nullptr);

    // The "Create new patient" row; pickers that only choose among patients leave it out.
    void setOffersCreate(bool offers);
    void setResults(const QString& typed, QList<PatientSearchHit> hits, const QDate& today,
                    const QString& region);
    void clear();

    [[nodiscard]] const QString& typed() const { return m_typed; }
    [[nodiscard]] int hitCount() const { return static_cast<int>(m_hits.size()); }
    [[nodiscard]] const PatientSearchHit* hit(int row) const;
    [[nodiscard]] int createRow() const { return m_offersCreate ? hitCount() : -1; }
    [[nodiscard]] QString createText() const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QString m_typed;
    QList<PatientSearchHit> m_hits;
    QDate m_today;
    QString m_region;
    bool m_offersCreate = true;
};

} // namespace rapport
