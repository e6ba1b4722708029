// Letters and postcards waiting for the print batch: rendered with the dispatcher's
// templates and addressed like PatientService::contactFor (the guardian for a minor).
#include "messaging/CallList.h"

#include "common/Clock.h"
#include "messaging/ContactLookup.h"
#include "messaging/DueContacts.h"
#include "messaging/MessageRenderer.h"
#include "messaging/MessagingSetup.h"
#include "patients/PatientService.h"
#include "recalls/RecallService.h"
#include "security/Clinic.h"

#include <QCoreApplication>

namespace rapport {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::CallList", text);
}
} // namespace

Result<QList<LetterEntry>> CallList::pendingLetters()
{
    RAPPORT_TRY(m_clinic.session().require(Permission::WorkRecalls));
    const QDateTime now = m_clinic.clock().now();
    RAPPORT_TRY_ASSIGN(const QList<DueContact> due, dueContacts(m_clinic, ContactChannel::Letter, now.addMSecs(1)));
    QStringList patientIds;
    for (const DueContact& c : due)
        patientIds << c.patientId;
    RAPPORT_TRY_ASSIGN(const auto contacts, ContactLookup(m_clinic).load(patientIds, ContactChannel::Letter));

    PatientService patients(m_clinic);
    MessagingSetup setup(m_clinic);
    QList<LetterEntry> out;
    QList<std::pair<QString, SkipReason>> skips;
    for (const DueContact& c : due) {
        // Consent for letters is checked here too: a recall chain may plan a letter directly.
        const ConsentPurpose purpose = c.kind == MessageKind::Reminder ? ConsentPurpose::AppointmentReminders
                                                                        : ConsentPurpose::Recalls;
        RAPPORT_TRY_ASSIGN(const bool consent, patients.hasConsent(c.patientId, ContactChannel::Letter, purpose));
        if (!consent) {
            skips << std::pair(c.outboxId, SkipReason::NoConsent);
            continue;
        }
        const PatientContact contact = contacts.value(c.patientId);
        if (contact.addressLines.isEmpty()) {
            skips << std::pair(c.outboxId, SkipReason::NoAddress);
            continue;
        }
        RAPPORT_TRY_ASSIGN(const MessageFacts facts,
                           MessageRenderer::facts(m_clinic, c.kind, ContactChannel::Letter, c.patientId, c.appointmentId,
                                                  c.recallId, c.askToConfirm));
        RAPPORT_TRY_ASSIGN(const MessageTemplate letterTemplate,
                           setup.messageTemplate(c.kind, ContactChannel::Letter, facts.language));
        const RenderedMessage rendered = MessageRenderer::render(letterTemplate, facts);
        LetterEntry e;
        e.outboxId = c.outboxId;
        e.patientId = c.patientId;
        e.recipientName = contact.recipientName;
        e.addressLines = contact.addressLines;
        e.subject = rendered.subject;
        e.text = rendered.text;
        out << e;
    }
    if (!skips.isEmpty()) {
        RAPPORT_TRY_ASSIGN(Transaction tx, m_clinic.database().begin());
        for (const auto& [id, reason] : std::as_const(skips))
            RAPPORT_TRY(skipContact(m_clinic, id, reason));
        RAPPORT_TRY(tx.commit());
    }
    return out;
}

Status CallList::markLettersPrinted(const QStringList& outboxIds)
{
    RAPPORT_TRY(m_clinic.session().require(Permission::WorkRecalls));
    Database& db = m_clinic.database();
    const QDateTime now = m_clinic.clock().now();
    RAPPORT_TRY_ASSIGN(Transaction tx, db.begin());
    RAPPORT_TRY_ASSIGN(Statement read, db.prepare("SELECT channel, status, recall_id FROM outbox WHERE id = :id"));
    RAPPORT_TRY_ASSIGN(Statement update, db.prepare(
                                             "UPDATE outbox SET status = 'sent', sent_at = :now, attempts = attempts + 1,"
                                             " updated_at = :now WHERE id = :id AND status = 'pending'"
                                             " AND channel = 'letter'"));
    QStringList seen;
    for (const QString& id : outboxIds) {
        if (seen.contains(id))
            continue;
        seen << id;
        read.reset();
        read.bind(":id", id);
        RAPPORT_TRY_ASSIGN(const bool found, read.next());
        if (!found)
            return fail(ErrorCode::NotFound, tr("One of the letters is not in the outbox."), id);
        if (read.text(0) != QLatin1String("letter"))
            return fail(ErrorCode::InvalidInput, tr("One of the messages is not a letter."), id);
        if (read.text(1) != QLatin1String("pending"))
            return fail(ErrorCode::Conflict,
                        tr("One of the letters was printed, cancelled or skipped in the meantime. Refresh the list of "
                           "letters and print again."),
                        id);
        const QString recallId = read.text(2);
        update.reset();
        update.bind(":now", now).bind(":id", id);
        RAPPORT_TRY(update.exec());
        if (db.lastChanges() == 0)
            return fail(ErrorCode::Conflict, tr("One of the letters changed in the meantime. Refresh the list."), id);
        // A recall letter is a contact of the recall's chain.
        if (!recallId.isEmpty())
            RAPPORT_TRY(RecallService(m_clinic).recordContact(recallId, ContactChannel::Letter, now));
        RAPPORT_TRY(m_clinic.record(QStringLiteral("letter.print"), QStringLiteral("outbox"), id));
    }
    return tx.commit();
}

} // namespace rapport
