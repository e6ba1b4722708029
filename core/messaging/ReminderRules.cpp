#include "messaging/ReminderRules.h"

#include "messaging/OutboxRows.h"
#include "messaging/Outbox.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rapport {

namespace {
constexpr const char* kColumns = "id, name, minutes_before, channels, type_ids, ask_to_confirm, active";

ReminderRule readRule(const Statement& st)
{
    ReminderRule r;
    r.id = st.text(0);
    r.name = st.text(1);
    r.minutesBefore = st.integer(2);
    r.channels = ReminderRules::channelsFromText(st.text(3));
    r.typeIds = st.text(4).split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.askToConfirm = st.boolean(5);
    r.active = st.boolean(6);
    return r;
}
} // namespace

Result<QList<ReminderRule>> ReminderRules::load(Database& db, bool includeInactive)
{
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare(QStringLiteral("SELECT ") + QLatin1String(kColumns)
                                                + QStringLiteral(" FROM reminder_rules")
                                                + (includeInactive ? QString() : QStringLiteral(" WHERE active = 1"))
                                                + QStringLiteral(" ORDER BY minutes_before DESC, name, id")));
    QList<ReminderRule> out;
    RAPPORT_TRY(st.forEach([&](const Statement&) { out << readRule(st); }));
    return out;
}

Result<ReminderRule> ReminderRules::load(Database& db, const QString& ruleId)
{
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare(QStringLiteral("SELECT ") + QLatin1String(kColumns)
                                                + QStringLiteral(" FROM reminder_rules WHERE id = :id")));
    st.bind(":id", ruleId);
    RAPPORT_TRY_ASSIGN(const bool found, st.next());
    if (!found)
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("rapport::MessagingSetup", "This reminder rule does not exist."), ruleId);
    return readRule(st);
}

QString ReminderRules::channelsText(const QList<ContactChannel>& channels)
{
    QStringList keys;
    for (ContactChannel c : channels)
        keys << Outbox::channelKey(c);
    return keys.join(QLatin1Char(','));
}

QList<ContactChannel> ReminderRules::channelsFromText(const QString& text)
{
    QList<ContactChannel> out;
    for (const QString& key : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const auto c = OutboxRows::channelFromKey(key.trimmed()))
            out << *c;
    return out;
}

} // namespace rapport
