#pragma once

#include "patients/Patient.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace rapport {

enum class MessageKind { Reminder, Recall, Test };

enum class OutboxStatus {
    Pending,     // waiting for its planned time (or for a retry)
    Sending,     // claimed by one dispatcher; nobody else touches it
    Sent,        // final: the gateway took it, the letter was printed, the call was made
    Failed,      // final: the gateway refused, or every retry was used; statusDetail says why
    Skipped,     // final: not sent, on purpose; skipReason says why
    Cancelled,   // final: withdrawn by staff
    Interrupted, // final: the program stopped between sending and recording; it may have arrived
};

// Why a message was not sent. Stable keys are stored; names are translated.
enum class SkipReason {
    None,
    NoConsent,            // no consent for any of the rule's channels and this purpose
    NoAddress,            // consent, but no e-mail address, mobile number or postal address
    QuietHours,           // could not go out before the appointment outside quiet hours
    OutsideSendingWindow, // the clinic's sending window closed before it was useful
    AppointmentCancelled,
    AppointmentPassed,
    AppointmentConfirmed, // a confirmation request for an appointment already confirmed
    RecallScheduled,      // the patient booked before the recall contact went out
    PatientInactive,      // inactive, deceased or archived
    ChannelNotConfigured, // no SMTP server or SMS gateway set up
    TooLate,              // booked or moved too close to the start for this reminder to help
    Superseded,           // the appointment moved back to a time already reminded of
    RecallClosed,         // the recall was declined or marked inactive
};

struct OutboxMessage
{
    QString id;
    QString idempotencyKey;
    MessageKind kind = MessageKind::Reminder;
    QString patientId;
    QString appointmentId;  // reminders
    QString recallId;       // recalls
    QString ruleId;         // the reminder rule, or "step-N" of a recall chain
    ContactChannel channel = ContactChannel::Email; // the one chosen (or planned)
    QDateTime plannedAt;    // UTC
    OutboxStatus status = OutboxStatus::Pending;
    SkipReason skipReason = SkipReason::None;
    QString statusDetail;   // the gateway's reason, for failures; no patient details
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString recipient;      // the address or number used, once sent
    QString subject;        // as rendered at sending
    QDateTime sentAt;
    QString gatewayId;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// An outbox row with what the Messages page shows beside it.
struct OutboxRow
{
    OutboxMessage message;
    QString patientName;
    QDateTime appointmentStart; // UTC, reminders only
    QString ruleName;           // the reminder rule or recall type
};

struct OutboxQuery
{
    QDateTime from;                 // plannedAt in [from, to); invalid: open
    QDateTime to;
    QList<OutboxStatus> statuses;   // empty: all
    QList<ContactChannel> channels; // empty: all
    QList<MessageKind> kinds;       // empty: all
    QString patientId;
    int limit = 2000;
};

// "7 days before by e-mail, then SMS": for which appointment types, how long before the
// start, and the channels to try in order (the patient's preferred one first when it is
// among them).
struct ReminderRule
{
    QString id;
    QString name;
    int minutesBefore = 48 * 60;
    QList<ContactChannel> channels; // Email, Sms, Letter or Phone
    QStringList typeIds;            // empty: every appointment type
    bool askToConfirm = true;
    bool active = true;
};

// A template per purpose, channel and language. Placeholders in braces: {name},
// {fullName}, {date}, {time}, {weekday}, {provider}, {type}, {clinicName},
// {clinicAddress}, {clinicPhone}, {confirmHow}, {cancelHow}, {dueDate}, {recallType}.
struct MessageTemplate
{
    MessageKind kind = MessageKind::Reminder;
    ContactChannel channel = ContactChannel::Email;
    QString language;   // "en", "de"
    QString subject;    // e-mail and letters
    QString body;       // plain text (SMS, e-mail text part, letter)
    QString html;       // e-mail HTML part; empty: made from the text
    bool builtIn = true; // no row stored: the default shipped with Rapport
};

struct RenderedMessage
{
    QString subject;
    QString text;
    QString html;
    QStringList unknownPlaceholders; // typos in the template, shown by the editor
};

enum class CallOutcome { Reached, LeftMessage, NoAnswer, WrongNumber, Declined, Booked };

struct CallRecord
{
    QString id;
    QString patientId;
    QString outboxId;       // the call-list entry it answers, when there is one
    QString appointmentId;
    QString recallId;
    CallOutcome outcome = CallOutcome::Reached;
    QString note;
    QDateTime at;
    QString byId;
    QString byName;
};

} // namespace rapport
