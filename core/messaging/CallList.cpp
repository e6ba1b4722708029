// The call list: whom to call today and why, and what each call changed.
#include "messaging/CallList.h"

#include "common/Clock.h"
#include "common/Uuid.h"
#include "messaging/CallListText.h"
#include "messaging/ContactLookup.h"
#include "messaging/DueContacts.h"
#include "messaging/Outbox.h"
#include "recalls/RecallService.h"
#include "scheduling/AppointmentBook.h"
#include "scheduling/NoShowRisk.h"
#include "scheduling/SchedulingVocabulary.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace rapport {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::CallList", text);
}

constexpr int kMaxNoteLength = 2000;
// A call not answered is tried again the next day at this local time.
constexpr int kRetryHour = 9;

} // namespace

CallList::CallList(Clinic& clinic)
    : m_clinic(clinic)
{
}

Result<QList<CallListEntry>> CallList::today()
{
    RAPPORT_TRY(m_clinic.session().require(Permission::WorkRecalls));
    const SettingsService settings(m_clinic);
    const QTimeZone zone = settings.timeZone();
    const QDate today = settings.today();
    const QDateTime endOfToday = QDateTime(today.addDays(1), QTime(0, 0), zone).toUTC();
    Database& db = m_clinic.database();

    QList<CallListEntry> entries;
    QSet<QString> listedAppointments;
    RAPPORT_TRY_ASSIGN(const QList<DueContact> due, dueContacts(m_clinic, ContactChannel::Phone, endOfToday));
    for (const DueContact& c : due) {
        CallListEntry e;
        e.outboxId = c.outboxId;
        e.patientId = c.patientId;
        if (c.kind == MessageKind::Reminder) {
            e.appointmentId = c.appointmentId;
            e.appointmentStart = c.appointmentStart;
            e.reason = CallListText::appointmentReason(c.appointmentStart, zone, c.providerName, c.askToConfirm);
            listedAppointments.insert(e.appointmentId);
        } else {
            e.recallId = c.recallId;
            e.recallDue = c.recallDue;
            e.recallTypeName = c.recallTypeName;
            e.reason = CallListText::recallReason(c.recallDue, today, c.recallTypeName, c.recallAttempts + 1,
                                                  c.maxAttempts);
        }
        entries << e;
    }

    RAPPORT_TRY(addRiskyAppointments(entries, listedAppointments));

    QStringList patientIds;
    for (const CallListEntry& e : std::as_const(entries))
        patientIds << e.patientId;
    RAPPORT_TRY_ASSIGN(const auto contacts, ContactLookup(m_clinic).load(patientIds, ContactChannel::Phone));
    {
        // The patient's calls so far: how many, and the last one's time and outcome (SQLite
        // gives the bare column from the row that holds max()).
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare("SELECT count(*), max(at), outcome FROM calls"
                                                    " WHERE patient_id = :p"));
        QHash<QString, std::tuple<int, QDateTime, CallOutcome>> history;
        for (CallListEntry& e : entries) {
            const PatientContact c = contacts.value(e.patientId);
            e.patientName = c.sortName;
            e.phone = c.phone;
            auto it = history.constFind(e.patientId);
            if (it == history.cend()) {
                st.reset();
                st.bind(":p", e.patientId);
                RAPPORT_TRY(st.next());
                it = history.insert(e.patientId, {st.integer(0), st.dateTime(1),
                                                  outcomeFromKey(st.text(2)).value_or(CallOutcome::NoAnswer)});
            }
            std::tie(e.previousCalls, e.lastCallAt, e.lastOutcome) = *it;
        }
    }
    // Confirmations first, soonest appointment first; then recalls, longest overdue first.
    std::stable_sort(entries.begin(), entries.end(), [](const CallListEntry& a, const CallListEntry& b) {
        const bool aAppt = a.appointmentStart.isValid(), bAppt = b.appointmentStart.isValid();
        if (aAppt != bAppt)
            return aAppt;
        if (aAppt)
            return a.appointmentStart < b.appointmentStart;
        return a.recallDue < b.recallDue;
    });
    return entries;
}

Status CallList::addRiskyAppointments(QList<CallListEntry>& entries, const QSet<QString>& listed)
{
    const SettingsService settings(m_clinic);
    const QTimeZone zone = settings.timeZone();
    const QDateTime now = m_clinic.clock().now();
    RAPPORT_TRY_ASSIGN(const QDate last, CallListText::secondWorkingDay(m_clinic, settings.today()));
    const QDateTime end = QDateTime(last.addDays(1), QTime(0, 0), zone).toUTC();
    AppointmentBook book(m_clinic);
    RAPPORT_TRY_ASSIGN(const QList<AppointmentRow> rows,
                       book.range(TimeRange{now.toMSecsSinceEpoch(), end.toMSecsSinceEpoch()}, {}, false));
    QList<Appointment> toScore;
    for (const AppointmentRow& r : rows)
        if (r.appointment.status == AppointmentStatus::Booked && r.appointment.start > now
            && !listed.contains(r.appointment.id))
            toScore << r.appointment;
    if (toScore.isEmpty())
        return {};
    RAPPORT_TRY_ASSIGN(const auto risks, NoShowRiskModel(m_clinic).forAppointments(toScore));
    // Called about today already, or a wrong number or a refusal on record for it: not again.
    const QDate today = settings.today();
    const qint64 todayStartMs = QDateTime(today, QTime(0, 0), zone).toMSecsSinceEpoch();
    RAPPORT_TRY_ASSIGN(Statement called, m_clinic.database().prepare(
                                             "SELECT 1 FROM calls WHERE patient_id = :p AND appointment_id = :a"
                                             " AND (at >= :today OR outcome IN ('wrong-number', 'declined')) LIMIT 1"));
    for (const AppointmentRow& r : rows) {
        const auto risk = risks.constFind(r.appointment.id);
        if (risk == risks.cend() || !risk->needsConfirmationCall() || listed.contains(r.appointment.id))
            continue;
        called.reset();
        called.bind(":p", r.appointment.patientId).bind(":a", r.appointment.id).bind(":today", todayStartMs);
        RAPPORT_TRY_ASSIGN(const bool already, called.next());
        if (already)
            continue;
        CallListEntry e;
        e.patientId = r.appointment.patientId;
        e.appointmentId = r.appointment.id;
        e.appointmentStart = r.appointment.start;
        e.reason = CallListText::riskReason(r.appointment.start, zone, r.providerName, *risk);
        entries << e;
    }
    return {};
}

Result<CallRecord> CallList::record(const CallListEntry& entry, CallOutcome outcome, const QString& noteIn)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::WorkRecalls));
    const QString note = noteIn.trimmed();
    if (note.size() > kMaxNoteLength)
        return fail(ErrorCode::InvalidInput, tr("The note can be up to 2000 characters long."));
    Database& db = m_clinic.database();
    const QDateTime now = m_clinic.clock().now();
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());

    CallRecord call;
    call.id = Uuid::create(now.toMSecsSinceEpoch());
    call.outcome = outcome;
    call.note = note;
    call.at = now;
    call.byId = m_clinic.session().userId;
    call.byName = m_clinic.session().displayName;
    QString phone = entry.phone;
    if (!entry.outboxId.isEmpty()) {
        // The row says what the call is about; the entry may be a stale copy.
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare("SELECT patient_id, appointment_id, recall_id, channel, status"
                                                    " FROM outbox WHERE id = :id"));
        st.bind(":id", entry.outboxId);
        RAPPORT_TRY_ASSIGN(const bool found, st.next());
        if (!found)
            return fail(ErrorCode::NotFound, tr("This call is not on the call list."), entry.outboxId);
        if (st.text(3) != Outbox::channelKey(ContactChannel::Phone))
            return fail(ErrorCode::InvalidInput, tr("This message is not a phone call; it is sent by the dispatcher."));
        if (st.text(4) != Outbox::statusKey(OutboxStatus::Pending))
            return fail(ErrorCode::Conflict,
                        tr("This call has already been recorded or withdrawn. Refresh the call list."));
        call.outboxId = entry.outboxId;
        call.patientId = st.text(0);
        call.appointmentId = st.text(1);
        call.recallId = st.text(2);
    } else {
        call.patientId = entry.patientId;
        call.appointmentId = entry.appointmentId;
        call.recallId = entry.recallId;
        RAPPORT_TRY(checkSubject(call));
    }
    if (call.patientId.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Choose the patient the call was with."));

    RAPPORT_TRY_ASSIGN(Statement insert, db.prepare(
                                             "INSERT INTO calls (id, patient_id, outbox_id, appointment_id, recall_id,"
                                             " outcome, note, at, by_id) VALUES (:id, :patient, :outbox, :appointment,"
                                             " :recall, :outcome, :note, :at, :by)"));
    insert.bind(":id", call.id).bind(":patient", call.patientId).bindOrNull(":outbox", call.outboxId);
    insert.bindOrNull(":appointment", call.appointmentId).bindOrNull(":recall", call.recallId);
    insert.bind(":outcome", outcomeKey(outcome)).bind(":note", note).bind(":at", now).bindOrNull(":by", call.byId);
    RAPPORT_TRY(insert.exec());

    // Reached or booked: the patient said they are coming.
    if (!call.appointmentId.isEmpty() && (outcome == CallOutcome::Reached || outcome == CallOutcome::Booked)) {
        AppointmentBook book(m_clinic);
        RAPPORT_TRY_ASSIGN(const Appointment a, book.get(call.appointmentId));
        if (a.status == AppointmentStatus::Booked)
            RAPPORT_TRY(book.setStatus(a.id, AppointmentStatus::Confirmed));
    }
    int attempts = 0, maxAttempts = 0;
    if (!call.recallId.isEmpty()) {
        RecallService recalls(m_clinic);
        RAPPORT_TRY(recalls.recordContact(call.recallId, ContactChannel::Phone, now));
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare("SELECT r.attempts, t.max_attempts FROM patient_recalls r"
                                                    " JOIN recall_types t ON t.id = r.recall_type_id WHERE r.id = :id"));
        st.bind(":id", call.recallId);
        RAPPORT_TRY(st.next());
        attempts = st.integer(0);
        maxAttempts = st.integer(1);
    }
    if (!call.outboxId.isEmpty())
        RAPPORT_TRY(settleRow(call, phone, attempts, maxAttempts));
    if (!call.recallId.isEmpty() && outcome == CallOutcome::Declined)
        RAPPORT_TRY(RecallService(m_clinic).decline(call.recallId, note.isEmpty() ? tr("Declined on the phone") : note));

    RAPPORT_TRY(m_clinic.record(QStringLiteral("call.record"), QStringLiteral("call"), call.id,
                                QStringList{outcomeKey(outcome), call.outboxId}.join(QLatin1Char(' ')).trimmed()));
    RAPPORT_TRY(tx.commit());
    return call;
}

Status CallList::settleRow(const CallRecord& call, const QString& phone, int attempts, int maxAttempts)
{
    Database& db = m_clinic.database();
    const QDateTime now = m_clinic.clock().now();
    const QTimeZone zone = SettingsService(m_clinic).timeZone();
    Statement st;
    switch (call.outcome) {
    case CallOutcome::Reached:
    case CallOutcome::LeftMessage:
    case CallOutcome::Booked:
    case CallOutcome::Declined: {
        RAPPORT_TRY_ASSIGN(st, db.prepare("UPDATE outbox SET status = 'sent', sent_at = :now, status_detail = :detail,"
                                          " recipient = :to, attempts = attempts + 1, claim_token = NULL,"
                                          " claim_until = NULL, updated_at = :now WHERE id = :id AND status = 'pending'"));
        st.bind(":detail", outcomeKey(call.outcome)).bind(":to", phone);
        break;
    }
    case CallOutcome::WrongNumber: {
        RAPPORT_TRY_ASSIGN(st, db.prepare("UPDATE outbox SET status = 'failed', status_detail = :detail,"
                                          " attempts = attempts + 1, updated_at = :now"
                                          " WHERE id = :id AND status = 'pending'"));
        st.bind(":detail", tr("wrong number"));
        break;
    }
    case CallOutcome::NoAnswer: {
        // Tried again tomorrow morning, while the recall has attempts left or the
        // appointment is still ahead then.
        const QDate today = now.toTimeZone(zone).date();
        const QDateTime tomorrow = QDateTime(today.addDays(1), QTime(kRetryHour, 0), zone).toUTC();
        bool again = true;
        if (!call.recallId.isEmpty())
            again = attempts < maxAttempts;
        if (!call.appointmentId.isEmpty()) {
            RAPPORT_TRY_ASSIGN(const Appointment a, AppointmentBook(m_clinic).get(call.appointmentId));
            again = again && tomorrow < a.start;
        }
        if (again) {
            RAPPORT_TRY_ASSIGN(st, db.prepare("UPDATE outbox SET planned_at = :planned, next_attempt_at = NULL,"
                                              " status_detail = :detail, attempts = attempts + 1, updated_at = :now"
                                              " WHERE id = :id AND status = 'pending'"));
            st.bind(":planned", tomorrow).bind(":detail", outcomeKey(call.outcome));
        } else {
            RAPPORT_TRY_ASSIGN(st, db.prepare("UPDATE outbox SET status = 'failed', status_detail = :detail,"
                                              " attempts = attempts + 1, updated_at = :now"
                                              " WHERE id = :id AND status = 'pending'"));
            st.bind(":detail", tr("no answer"));
        }
        break;
    }
    }
    st.bind(":now", now).bind(":id", call.outboxId);
    RAPPORT_TRY(st.exec());
    if (db.lastChanges() == 0)
        return fail(ErrorCode::Conflict, tr("This call has already been recorded or withdrawn. Refresh the call list."));
    return {};
}

Status CallList::checkSubject(const CallRecord& call)
{
    Database& db = m_clinic.database();
    RAPPORT_TRY_ASSIGN(Statement p, db.prepare("SELECT 1 FROM patients WHERE id = :id"));
    p.bind(":id", call.patientId);
    RAPPORT_TRY_ASSIGN(const bool patientFound, p.next());
    if (!patientFound)
        return fail(ErrorCode::NotFound, tr("This patient is not in the clinic's records."), call.patientId);
    for (const auto& [table, id] : {std::pair("appointments", call.appointmentId),
                                    std::pair("patient_recalls", call.recallId)}) {
        if (id.isEmpty())
            continue;
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare(QStringLiteral("SELECT patient_id FROM %1 WHERE id = :id")
                                                        .arg(QLatin1String(table))));
        st.bind(":id", id);
        RAPPORT_TRY_ASSIGN(const bool found, st.next());
        if (!found || st.text(0) != call.patientId)
            return fail(ErrorCode::InvalidInput,
                        table == std::string_view("appointments")
                            ? tr("This appointment is not the patient's. Choose one of their own appointments.")
                            : tr("This recall is not the patient's."));
    }
    return {};
}

Result<CallRecord> CallList::recordForPatient(const QString& patientId, CallOutcome outcome,
                                              const QString& appointmentId, const QString& note)
{
    CallListEntry entry;
    entry.patientId = patientId;
    entry.appointmentId = appointmentId;
    return record(entry, outcome, note);
}

Result<QList<CallRecord>> CallList::calls(const QString& patientId)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::WorkRecalls));
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare(
                                         "SELECT c.id, c.patient_id, c.outbox_id, c.appointment_id, c.recall_id,"
                                         " c.outcome, c.note, c.at, c.by_id, s.display_name FROM calls c"
                                         " LEFT JOIN staff s ON s.id = c.by_id WHERE c.patient_id = :p"
                                         " ORDER BY c.at DESC, c.id DESC"));
    st.bind(":p", patientId);
    QList<CallRecord> out;
    RAPPORT_TRY(st.forEach([&](const Statement&) {
        CallRecord c;
        c.id = st.text(0);
        c.patientId = st.text(1);
        c.outboxId = st.text(2);
        c.appointmentId = st.text(3);
        c.recallId = st.text(4);
        c.outcome = outcomeFromKey(st.text(5)).value_or(CallOutcome::Reached);
        c.note = st.text(6);
        c.at = st.dateTime(7);
        c.byId = st.text(8);
        c.byName = st.text(9);
        out << c;
    }));
    return out;
}

Result<CallList::ConfirmationRate> CallList::confirmationRate(const QDateTime& from, const QDateTime& to)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::ViewSchedule));
    if (!from.isValid() || !to.isValid() || to <= from)
        return fail(ErrorCode::InvalidInput, tr("Choose a period whose end is after its start."));
    // Appointments the patient was expected at (holding time, or missed), and whether a
    // confirmation was recorded before the start: one range scan of the start index and
    // one history lookup each.
    RAPPORT_TRY_ASSIGN(Statement st, m_clinic.database().prepare(
                                         "SELECT count(*), coalesce(sum(EXISTS (SELECT 1 FROM appointment_status_history h"
                                         " WHERE h.appointment_id = a.id AND h.status = 'confirmed'"
                                         " AND h.at < a.start_at)), 0)"
                                         " FROM appointments a WHERE a.start_at >= :from AND a.start_at < :to"
                                         " AND (a.holds_time = 1 OR a.status IN ('no-show', 'late-cancellation'))"));
    st.bind(":from", from.toUTC()).bind(":to", to.toUTC());
    RAPPORT_TRY(st.next());
    ConfirmationRate rate;
    rate.appointments = st.integer(0);
    rate.confirmed = st.integer(1);
    return rate;
}

QString CallList::outcomeKey(CallOutcome outcome)
{
    switch (outcome) {
    case CallOutcome::Reached: return QStringLiteral("reached");
    case CallOutcome::LeftMessage: return QStringLiteral("left-message");
    case CallOutcome::NoAnswer: return QStringLiteral("no-answer");
    case CallOutcome::WrongNumber: return QStringLiteral("wrong-number");
    case CallOutcome::Declined: return QStringLiteral("declined");
    case CallOutcome::Booked: return QStringLiteral("booked");
    }
    return {};
}

std::optional<CallOutcome> CallList::outcomeFromKey(const QString& key)
{
    for (CallOutcome o : {CallOutcome::Reached, CallOutcome::LeftMessage, CallOutcome::NoAnswer,
                          CallOutcome::WrongNumber, CallOutcome::Declined, CallOutcome::Booked})
        if (outcomeKey(o) == key)
            return o;
    return std::nullopt;
}

QString CallList::outcomeName(CallOutcome outcome)
{
    switch (outcome) {
    case CallOutcome::Reached: return tr("Reached");
    case CallOutcome::LeftMessage: return tr("Left a message");
    case CallOutcome::NoAnswer: return tr("No answer");
    case CallOutcome::WrongNumber: return tr("Wrong number");
    case CallOutcome::Declined: return tr("Declined");
    case CallOutcome::Booked: return tr("Booked");
    }
    return {};
}

} // namespace rapport
