#include "patients/TimelineModel.h"

#include "common/Style.h"
#include "patients/PatientText.h"

#include <QHash>
#include <QLocale>

namespace rapport {

namespace {
QHash<QString, TimelineModel::KindStyle>& kinds()
{
    static QHash<QString, TimelineModel::KindStyle> all{
        {QStringLiteral("record.created"), {QStringLiteral("user-plus"), Style::accent()}},
        {QStringLiteral("record."), {QStringLiteral("edit"), QColor(0x3d, 0x4c, 0x53)}},
        {QStringLiteral("consent"), {QStringLiteral("shield-check"), Style::success()}},
        {QStringLiteral("link"), {QStringLiteral("users"), QColor(0x5b, 0x4b, 0x9a)}},
        {QStringLiteral("status"), {QStringLiteral("flag"), Style::warning()}},
        {QStringLiteral("merge"), {QStringLiteral("merge"), QColor(0x5b, 0x4b, 0x9a)}},
        // Kinds the next areas bring; here so their entries look right the day they arrive.
        {QStringLiteral("appointment"), {QStringLiteral("calendar"), QColor(0x1d, 0x5f, 0xa8)}},
        // Appointments by status ("appointment.<status key>", see core/PatientTimeline.cpp).
        {QStringLiteral("appointment.arrived"), {QStringLiteral("user-check"), Style::accent()}},
        {QStringLiteral("appointment.in-chair"), {QStringLiteral("user-check"), Style::accent()}},
        {QStringLiteral("appointment.completed"), {QStringLiteral("check-circle"), Style::success()}},
        {QStringLiteral("appointment.cancelled"), {QStringLiteral("close"), Style::mutedText()}},
        {QStringLiteral("appointment.late-cancellation"), {QStringLiteral("alert-circle"), Style::warning()}},
        {QStringLiteral("appointment.no-show"), {QStringLiteral("user-x"), Style::danger()}},
        // Messages by outbox status ("message.<status key>") and calls by outcome
        // ("call.<outcome key>"), see core/PatientTimeline.cpp.
        {QStringLiteral("message"), {QStringLiteral("mail"), QColor(0x1d, 0x5f, 0xa8)}},
        {QStringLiteral("message.sent"), {QStringLiteral("send"), QColor(0x1d, 0x5f, 0xa8)}},
        {QStringLiteral("message.failed"), {QStringLiteral("alert-circle"), Style::danger()}},
        {QStringLiteral("message.skipped"), {QStringLiteral("skip"), Style::warning()}},
        {QStringLiteral("message.cancelled"), {QStringLiteral("close"), Style::mutedText()}},
        {QStringLiteral("message.interrupted"), {QStringLiteral("alert-triangle"), Style::warning()}},
        {QStringLiteral("call"), {QStringLiteral("phone"), QColor(0x1d, 0x5f, 0xa8)}},
        {QStringLiteral("call.reached"), {QStringLiteral("phone"), Style::success()}},
        {QStringLiteral("call.booked"), {QStringLiteral("check-circle"), Style::success()}},
        {QStringLiteral("call.no-answer"), {QStringLiteral("phone"), Style::mutedText()}},
        {QStringLiteral("call.left-message"), {QStringLiteral("message"), QColor(0x1d, 0x5f, 0xa8)}},
        {QStringLiteral("call.wrong-number"), {QStringLiteral("alert-circle"), Style::danger()}},
        {QStringLiteral("call.declined"), {QStringLiteral("user-x"), Style::warning()}},
        {QStringLiteral("complaint"), {QStringLiteral("alert-triangle"), Style::danger()}},
        {QStringLiteral("survey"), {QStringLiteral("star"), QColor(0xa1, 0x62, 0x07)}},
    };
    return all;
}
} // namespace

TimelineModel::TimelineModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void TimelineModel::registerKind(const QString& kindPrefix, const QString& icon, const QColor& color)
{
    kinds().insert(kindPrefix, KindStyle{icon, color});
}

TimelineModel::KindStyle TimelineModel::styleFor(const QString& kind)
{
    const auto& all = kinds();
    QString best;
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        if (kind.startsWith(it.key()) && it.key().size() > best.size())
            best = it.key();
    return best.isEmpty() ? KindStyle{QStringLiteral("clock"), Style::mutedText()} : all.value(best);
}

void TimelineModel::setEntries(QList<TimelineEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void TimelineModel::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone;
    retranslate();
}

void TimelineModel::clear()
{
    setEntries({});
}

void TimelineModel::retranslate()
{
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const TimelineEntry& e = m_entries.at(index.row());
    auto detail = [&] {
        const QString when = m_zone.isValid() && e.at.isValid()
                                 ? QLocale().toString(e.at.toTimeZone(m_zone), QLocale::ShortFormat)
                                 : PatientText::dateTime(e.at);
        return e.actorName.isEmpty() ? when : tr("%1 · %2").arg(when, e.actorName);
    };
    switch (role) {
    case Qt::DisplayRole:
        return e.summary;
    case Qt::AccessibleTextRole:
        return e.summary + QStringLiteral(", ") + detail();
    case Qt::ToolTipRole:
        return e.summary;
    case KindRole:
        return e.kind;
    case DetailRole:
        return detail();
    case IconRole:
        return styleFor(e.kind).icon;
    case ColorRole:
        return styleFor(e.kind).color;
    case SourceIdRole:
        return e.sourceId;
    default:
        return {};
    }
}

} // namespace rapport
