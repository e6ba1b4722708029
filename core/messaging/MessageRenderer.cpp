#include "messaging/MessageRenderer.h"

#include "messaging/MessageTemplates.h"
#include "patients/PatientRows.h"
#include "recalls/RecallService.h"
#include "scheduling/AppointmentBook.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace rapport {

namespace {
const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([A-Za-z][A-Za-z0-9]*)\\}"));
    return pattern;
}

QString setting(Clinic& clinic, const char* key)
{
    return SettingsService(clinic).get(QString::fromLatin1(key)).value_or(QString()).trimmed();
}

// Dates for patients: "24 November 2026", "24. November 2026", "November 24, 2026".
QString longDate(const QLocale& locale, QDate date)
{
    QString format = locale.dateFormat(QLocale::LongFormat);
    static const QRegularExpression weekday(QStringLiteral("d{4}[,.]?\\s*"));
    format.remove(weekday);
    return locale.toString(date, format.trimmed());
}

// Replaces every {name}; unknown names are kept as written and reported.
QString substitute(const QString& text, const QHash<QString, QString>& values, bool html, QStringList* unknown)
{
    QString out;
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        if (values.contains(name)) {
            out += html ? values.value(name).toHtmlEscaped() : values.value(name);
        } else {
            out += m.captured(0);
            if (unknown && !unknown->contains(name))
                unknown->append(name);
        }
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

// An empty value leaves neither two spaces in a row nor a run of empty lines.
QString tidyText(const QString& text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    static const QRegularExpression spaces(QStringLiteral("[ \\t]{2,}"));
    for (QString& line : lines) {
        line.replace(spaces, QStringLiteral(" "));
        line = line.trimmed();
    }
    QStringList out;
    for (const QString& line : lines) {
        if (line.isEmpty() && (out.isEmpty() || out.last().isEmpty()))
            continue;
        out << line;
    }
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out.join(QLatin1Char('\n'));
}

QString htmlFromText(const QString& text)
{
    QString inner;
    for (const QString& para : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        inner += QStringLiteral("<p style=\"margin:0 0 16px 0;\">")
            + para.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")) + QStringLiteral("</p>\n");
    return MessageTemplates::htmlPage(inner);
}

// Clean up what an empty value leaves in the HTML part: "<br><br>" and empty paragraphs.
QString tidyHtml(QString html)
{
    static const QRegularExpression emptyBreaks(QStringLiteral("(<br>\\s*){2,}"));
    static const QRegularExpression breakAtEdge(QStringLiteral("(<p[^>]*>)\\s*<br>|<br>\\s*(</p>)"));
    static const QRegularExpression emptyParagraph(QStringLiteral("<p[^>]*>\\s*</p>\\n?"));
    static const QRegularExpression danglingComma(QStringLiteral(",\\s*(</td>)"));
    html.replace(emptyBreaks, QStringLiteral("<br>"));
    html.replace(breakAtEdge, QStringLiteral("\\1\\2"));
    html.replace(emptyParagraph, QString());
    html.replace(danglingComma, QStringLiteral("\\1"));
    return html;
}
} // namespace

QStringList MessageRenderer::placeholders()
{
    return {QStringLiteral("name"),          QStringLiteral("fullName"),    QStringLiteral("date"),
            QStringLiteral("time"),          QStringLiteral("weekday"),     QStringLiteral("provider"),
            QStringLiteral("type"),          QStringLiteral("clinicName"),  QStringLiteral("clinicAddress"),
            QStringLiteral("clinicPhone"),   QStringLiteral("clinicEmail"), QStringLiteral("confirmHow"),
            QStringLiteral("cancelHow"),     QStringLiteral("dueDate"),     QStringLiteral("recallType")};
}

QStringList MessageRenderer::unknownIn(const QString& text)
{
    QStringList unknown;
    const QStringList known = placeholders();
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!known.contains(name) && !unknown.contains(name))
            unknown << name;
    }
    return unknown;
}

QString MessageRenderer::languageFor(Clinic& clinic, const QString& patientLanguage)
{
    if (MessageTemplates::languages().contains(patientLanguage))
        return patientLanguage;
    const QString clinicLanguage = setting(clinic, "clinic.language");
    return MessageTemplates::languages().contains(clinicLanguage) ? clinicLanguage : QStringLiteral("en");
}

MessageFacts MessageRenderer::clinicFacts(Clinic& clinic, const QString& language)
{
    MessageFacts f;
    f.language = language;
    f.clinicName = setting(clinic, "clinic.name");
    QStringList addressLines = setting(clinic, "clinic.address").split(QLatin1Char('\n'));
    for (QString& line : addressLines)
        line = line.trimmed();
    addressLines.removeAll(QString());
    f.clinicAddressLine = addressLines.join(QStringLiteral(", "));
    f.clinicEmail = setting(clinic, "clinic.email");
    const QString phone = setting(clinic, "clinic.phone");
    f.values.insert(QStringLiteral("clinicName"), f.clinicName);
    f.values.insert(QStringLiteral("clinicAddress"), f.clinicAddressLine);
    f.values.insert(QStringLiteral("clinicPhone"), phone);
    f.values.insert(QStringLiteral("clinicEmail"), f.clinicEmail);
    // Every known placeholder has a value, so one that does not apply (a due date in a
    // reminder) disappears instead of being shown in braces.
    for (const QString& name : placeholders())
        if (!f.values.contains(name))
            f.values.insert(name, QString());
    return f;
}

Result<MessageFacts> MessageRenderer::facts(Clinic& clinic, MessageKind kind, ContactChannel channel,
                                            const QString& patientId, const QString& appointmentId,
                                            const QString& recallId, bool askToConfirm, const QString& languageWanted)
{
    Patient patient;
    {
        RAPPORT_TRY_ASSIGN(Statement st, clinic.database().prepare(QStringLiteral("SELECT ") + PatientRows::columns()
                                                                   + QStringLiteral(" FROM patients WHERE id = :id")));
        st.bind(":id", patientId);
        RAPPORT_TRY_ASSIGN(const bool found, st.next());
        if (!found)
            return fail(ErrorCode::NotFound,
                        QCoreApplication::translate("rapport::MessagingSetup", "This patient record does not exist."),
                        patientId);
        patient = PatientRows::read(st);
    }
    const QString language = languageFor(clinic, languageWanted.isEmpty() ? patient.language : languageWanted);
    MessageFacts f = clinicFacts(clinic, language);
    f.patientId = patient.id;
    f.patientName = patient.displayName();
    f.values.insert(QStringLiteral("name"), patient.preferredName.isEmpty() ? patient.givenName : patient.preferredName);
    f.values.insert(QStringLiteral("fullName"), patient.displayName());

    SettingsService settings(clinic);
    const QTimeZone zone = settings.timeZone();
    const QLocale locale(language + QLatin1Char('_') + settings.region());
    if (!appointmentId.isEmpty()) {
        RAPPORT_TRY_ASSIGN(const AppointmentRow row, AppointmentBook(clinic).row(appointmentId));
        const QDateTime local = row.appointment.start.toTimeZone(zone);
        f.appointmentId = row.appointment.id;
        f.start = row.appointment.start;
        f.end = row.appointment.end;
        f.typeName = row.typeName;
        f.providerName = row.providerName;
        f.values.insert(QStringLiteral("date"), longDate(locale, local.date()));
        f.values.insert(QStringLiteral("time"), locale.toString(local.time(), QLocale::ShortFormat));
        f.values.insert(QStringLiteral("weekday"), locale.dayName(local.date().dayOfWeek(), QLocale::LongFormat));
        f.values.insert(QStringLiteral("provider"), row.providerName);
        f.values.insert(QStringLiteral("type"), row.typeName);
    }
    if (!recallId.isEmpty()) {
        RecallService recalls(clinic);
        RAPPORT_TRY_ASSIGN(const PatientRecall recall, recalls.get(recallId));
        RAPPORT_TRY_ASSIGN(const RecallType type, recalls.type(recall.recallTypeId));
        f.values.insert(QStringLiteral("dueDate"), longDate(locale, recall.dueDate));
        f.values.insert(QStringLiteral("recallType"), type.name);
    }

    // The clinic's own sentences, else Rapport's in the patient's language; both may use
    // {clinicPhone}.
    const bool withPhone = !f.values.value(QStringLiteral("clinicPhone")).isEmpty();
    QString confirm = setting(clinic, "messaging.confirmHow");
    QString cancel = setting(clinic, "messaging.cancelHow");
    if (confirm.isEmpty())
        confirm = MessageTemplates::confirmHow(channel, language, withPhone);
    if (cancel.isEmpty())
        cancel = MessageTemplates::cancelHow(language, withPhone);
    if (kind != MessageKind::Reminder || !askToConfirm)
        confirm.clear();
    f.values.insert(QStringLiteral("confirmHow"), substitute(confirm, f.values, false, nullptr));
    f.values.insert(QStringLiteral("cancelHow"),
                    kind == MessageKind::Reminder ? substitute(cancel, f.values, false, nullptr) : QString());
    return f;
}

RenderedMessage MessageRenderer::render(const MessageTemplate& t, const MessageFacts& facts)
{
    RenderedMessage out;
    out.subject = tidyText(substitute(t.subject, facts.values, false, &out.unknownPlaceholders))
                      .replace(QLatin1Char('\n'), QLatin1Char(' '));
    out.text = tidyText(substitute(t.body, facts.values, false, &out.unknownPlaceholders));
    if (t.channel == ContactChannel::Email)
        out.html = t.html.trimmed().isEmpty() ? htmlFromText(out.text)
                                              : tidyHtml(substitute(t.html, facts.values, true, &out.unknownPlaceholders));
    return out;
}

} // namespace rapport
