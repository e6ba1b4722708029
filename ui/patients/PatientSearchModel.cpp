#include "patients/PatientSearchModel.h"

#include "patients/PatientPrefill.h"
#include "patients/PatientText.h"
#include "patients/PatientVocabulary.h"

namespace rapport {

PatientSearchModel::PatientSearchModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void PatientSearchModel::setResults(const QString& typed, QList<PatientSearchHit> hits, const QDate& today,
                                    const QString& region)
{
    beginResetModel();
    m_typed = typed.simplified();
    m_hits = std::move(hits);
    m_today = today;
    m_region = region;
    endResetModel();
}

void PatientSearchModel::setOffersCreate(bool offers)
{
    beginResetModel();
    m_offersCreate = offers;
    endResetModel();
}

void PatientSearchModel::clear()
{
    setResults({}, {}, m_today, m_region);
}

const PatientSearchHit* PatientSearchModel::hit(int row) const
{
    return row >= 0 && row < m_hits.size() ? &m_hits.at(row) : nullptr;
}

QString PatientSearchModel::createText() const
{
    return m_typed.isEmpty() ? tr("Create a new patient…") : tr("Create new patient “%1”…").arg(m_typed);
}

int PatientSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size()) + (m_offersCreate ? 1 : 0);
}

QVariant PatientSearchModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (index.row() == m_hits.size()) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return createText();
        case IsCreateRole:
            return true;
        case DetailRole: {
            // What the new record will start with, so the person sees how the words were read.
            const Patient draft = PatientPrefill::fromSearchText(m_typed);
            QStringList parts;
            if (!draft.givenName.isEmpty())
                parts << tr("given name %1").arg(draft.givenName);
            if (!draft.familyName.isEmpty())
                parts << tr("family name %1").arg(draft.familyName);
            if (draft.dateOfBirth.isValid())
                parts << tr("born %1").arg(PatientText::date(draft.dateOfBirth));
            if (!draft.mobilePhone.isEmpty())
                parts << tr("mobile %1").arg(draft.mobilePhone);
            if (!draft.email.isEmpty())
                parts << tr("e-mail %1").arg(draft.email);
            parts << tr("Alt+Enter");
            QString text = parts.join(QStringLiteral("  ·  "));
            text[0] = text.at(0).toUpper();
            return text;
        }
        default:
            return {};
        }
    }
    const PatientSearchHit& h = m_hits.at(index.row());
    auto detail = [&] {
        QStringList parts{PatientText::ageAndBirth(h.dateOfBirth, m_today)};
        if (!h.phone.isEmpty())
            parts << PatientText::phone(h.phone, m_region);
        else if (!h.email.isEmpty())
            parts << h.email;
        return parts.join(QStringLiteral("   ·   "));
    };
    switch (role) {
    case Qt::DisplayRole:
        return h.displayName;
    case Qt::AccessibleTextRole: {
        QString text = h.displayName + QStringLiteral(", ") + detail();
        if (h.status != PatientStatus::Active)
            text += QStringLiteral(", ") + PatientVocabulary::name(h.status);
        return text;
    }
    case Qt::ToolTipRole:
        return h.sortName;
    case IdRole:
        return h.patientId;
    case IsCreateRole:
        return false;
    case DetailRole:
        return detail();
    case StatusRole:
        return int(h.status);
    case ActiveRole:
        return h.status == PatientStatus::Active;
    default:
        return {};
    }
}

} // namespace rapport
