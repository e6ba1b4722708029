#include "messages/TemplatePreview.h"

#include "common/Clock.h"
#include "common/InlineMessage.h"
#include "common/Style.h"
#include "messages/MessageText.h"
#include "messages/SmsLength.h"
#include "messaging/MessagingSetup.h"
#include "messaging/Outbox.h"
#include "recalls/RecallService.h"
#include "scheduling/AppointmentBook.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rapport {

namespace {
constexpr int AppointmentRole = Qt::UserRole;
constexpr int RecallRole = Qt::UserRole + 1;
constexpr int PatientRole = Qt::UserRole + 2;
constexpr int MaxSubjects = 40;
} // namespace

TemplatePreview::TemplatePreview(QWidget* parent)
    : QWidget(parent)
    , m_subjectsLabel(new QLabel(this))
    , m_subjects(new QComboBox(this))
    , m_subjectLine(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_text(new QPlainTextEdit(this))
    , m_html(new QTextBrowser(this))
    , m_smsLength(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_unknown(new InlineMessage(this))
{
    m_subjects->setObjectName(QStringLiteral("templatePreviewCombo"));
    m_subjects->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_subjects->setMinimumContentsLength(24);
    m_subjectsLabel->setBuddy(m_subjects);
    Style::setRole(m_subjectsLabel, "hint");
    m_subjectLine->setObjectName(QStringLiteral("templatePreviewSubject"));
    m_subjectLine->setTextFormat(Qt::PlainText);
    m_subjectLine->setWordWrap(true);
    QFont bold = m_subjectLine->font();
    bold.setBold(true);
    m_subjectLine->setFont(bold);
    m_text->setObjectName(QStringLiteral("templatePreviewText"));
    m_text->setReadOnly(true);
    m_html->setObjectName(QStringLiteral("templatePreviewHtml"));
    m_html->setOpenLinks(false);
    m_tabs->setObjectName(QStringLiteral("templatePreviewTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_text, QString());
    m_tabs->addTab(m_html, QString());
    m_smsLength->setObjectName(QStringLiteral("templateSmsLength"));
    Style::setRole(m_smsLength, "hint");
    m_hint->setObjectName(QStringLiteral("templatePreviewHint"));
    m_hint->setWordWrap(true);
    Style::setRole(m_hint, "hint");
    m_unknown->setObjectName(QStringLiteral("templateUnknownMessage"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_subjectsLabel);
    layout->addWidget(m_subjects);
    layout->addWidget(m_hint);
    layout->addWidget(m_unknown);
    layout->addSpacing(4);
    layout->addWidget(m_subjectLine);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_smsLength);

    connect(m_subjects, &QComboBox::currentIndexChanged, this, &TemplatePreview::subjectChosen);
    retranslateUi();
}

void TemplatePreview::setClinic(Clinic* clinic)
{
    m_clinic = clinic;
    m_facts.reset();
    m_factsKey.clear();
    m_subjectsKind = MessageKind::Test;
    if (!clinic) {
        const QSignalBlocker block(m_subjects);
        m_subjects->clear();
        clearPreview({});
    }
}

void TemplatePreview::setTemplate(const MessageTemplate& t)
{
    m_template = t;
    m_haveTemplate = true;
    if (m_subjectsKind != t.kind)
        reloadSubjects();
    else
        subjectChosen();
}

void TemplatePreview::reloadSubjects()
{
    const QSignalBlocker block(m_subjects);
    const QString keep = m_subjects->currentData(AppointmentRole).toString() +
                         m_subjects->currentData(RecallRole).toString();
    m_subjects->clear();
    m_facts.reset();
    m_factsKey.clear();
    if (!m_clinic || !m_clinic->isOpen() || !m_haveTemplate) {
        clearPreview({});
        return;
    }
    m_subjectsKind = m_template.kind;
    retranslateUi();
    SettingsService settings(*m_clinic);
    const QTimeZone zone = settings.timeZone();
    const QLocale locale;
    QString problem;
    if (m_template.kind == MessageKind::Recall) {
        RecallQuery query;
        query.from = settings.today();
        query.to = query.from.addDays(90);
        query.limit = MaxSubjects;
        if (auto recalls = RecallService(*m_clinic).list(query)) {
            for (const RecallRow& r : std::as_const(*recalls)) {
                m_subjects->addItem(tr("Due %1 · %2 · %3")
                                        .arg(locale.toString(r.recall.dueDate, QLocale::ShortFormat), r.patientName,
                                             r.recallTypeName));
                m_subjects->setItemData(m_subjects->count() - 1, r.recall.id, RecallRole);
                m_subjects->setItemData(m_subjects->count() - 1, r.recall.patientId, PatientRole);
            }
        } else {
            problem = recalls.error().message;
        }
    } else {
        const QDateTime now = m_clinic->clock().now();
        const TimeRange coming{now.toMSecsSinceEpoch(), now.addDays(30).toMSecsSinceEpoch()};
        if (auto rows = AppointmentBook(*m_clinic).range(coming, {}, false)) {
            for (const AppointmentRow& r : std::as_const(*rows)) {
                if (!holdsTime(r.appointment.status))
                    continue;
                m_subjects->addItem(tr("%1 · %2 · %3")
                                        .arg(MessageText::dateTime(r.appointment.start, zone), r.patientName,
                                             r.typeName));
                m_subjects->setItemData(m_subjects->count() - 1, r.appointment.id, AppointmentRole);
                m_subjects->setItemData(m_subjects->count() - 1, r.appointment.patientId, PatientRole);
                if (m_subjects->count() >= MaxSubjects)
                    break;
            }
        } else {
            problem = rows.error().message;
        }
    }
    for (int i = 0; i < m_subjects->count(); ++i)
        if (m_subjects->itemData(i, AppointmentRole).toString() + m_subjects->itemData(i, RecallRole).toString() == keep)
            m_subjects->setCurrentIndex(i);
    m_subjects->setEnabled(m_subjects->count() > 0);
    if (m_subjects->count() == 0) {
        clearPreview(!problem.isEmpty() ? problem
                     : m_template.kind == MessageKind::Recall
                         ? tr("No recall comes due in the next 90 days, so there is nobody to preview with.")
                         : tr("No appointment is booked in the next 30 days. Book one to see the message as a "
                              "patient would get it."));
        return;
    }
    subjectChosen();
}

void TemplatePreview::subjectChosen()
{
    if (!m_clinic || !m_clinic->isOpen() || !m_haveTemplate || m_subjects->currentIndex() < 0)
        return;
    const QString appointmentId = m_subjects->currentData(AppointmentRole).toString();
    const QString recallId = m_subjects->currentData(RecallRole).toString();
    const QString patientId = m_subjects->currentData(PatientRole).toString();
    const QString key = QStringList{Outbox::kindKey(m_template.kind), Outbox::channelKey(m_template.channel),
                                    m_template.language, appointmentId, recallId}
                            .join(QLatin1Char('/'));
    if (key != m_factsKey) {
        m_facts.reset();
        m_factsKey.clear();
        // Opens (and audits) the patient's record once for this choice; edits reuse the facts.
        auto preview = MessagingSetup(*m_clinic).preview(m_template, appointmentId, recallId);
        if (!preview) {
            clearPreview(preview.error().message);
            return;
        }
        auto facts = MessageRenderer::facts(*m_clinic, m_template.kind, m_template.channel, patientId, appointmentId,
                                            recallId, true, m_template.language);
        if (!facts) {
            clearPreview(facts.error().message);
            return;
        }
        m_facts = std::move(*facts);
        m_factsKey = key;
    }
    m_hint->hide();
    render();
}

void TemplatePreview::render()
{
    if (!m_facts)
        return;
    m_rendered = MessageRenderer::render(m_template, *m_facts);
    const bool email = m_template.channel == ContactChannel::Email;
    const bool sms = m_template.channel == ContactChannel::Sms;
    m_subjectLine->setVisible(!sms);
    m_subjectLine->setText(m_rendered.subject);
    m_text->setPlainText(m_rendered.text);
    m_tabs->setTabVisible(1, email);
    if (!email)
        m_tabs->setCurrentIndex(0);
    m_tabs->tabBar()->setVisible(email);
    m_html->setHtml(m_rendered.html);
    if (m_rendered.unknownPlaceholders.isEmpty()) {
        m_unknown->clear();
    } else {
        QStringList names;
        for (const QString& u : m_rendered.unknownPlaceholders)
            names << (u.startsWith(QLatin1Char('{')) ? u : QLatin1Char('{') + u + QLatin1Char('}'));
        m_unknown->showMessage(InlineMessage::Kind::Warning,
                               tr("Rapport does not know %1. Check the spelling against the placeholders, or the "
                                  "patient will see it as it is.")
                                   .arg(names.join(QStringLiteral(", "))));
    }
    m_smsLength->setVisible(sms);
    if (sms) {
        const SmsLength length = SmsLength::of(m_rendered.text);
        const QLocale locale;
        if (length.unicode)
            m_smsLength->setText(tr("%1 characters · %2 (because of “%3”, up to 70 characters a message)")
                                     .arg(locale.toString(length.characters),
                                          tr("%n SMS", nullptr, length.segments), length.firstUnicode));
        else
            m_smsLength->setText(tr("%1 characters · %2 (up to 160 characters a message)")
                                     .arg(locale.toString(length.characters), tr("%n SMS", nullptr, length.segments)));
    }
}

void TemplatePreview::clearPreview(const QString& hint)
{
    m_rendered = {};
    m_subjectLine->clear();
    m_text->clear();
    m_html->clear();
    m_unknown->clear();
    m_smsLength->clear();
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

void TemplatePreview::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TemplatePreview::retranslateUi()
{
    m_subjectsLabel->setText(m_subjectsKind == MessageKind::Recall ? tr("&Preview with the recall of")
                                                                   : tr("&Preview with the appointment"));
    m_subjects->setAccessibleName(tr("Preview with"));
    m_tabs->setTabText(0, tr("Text"));
    m_tabs->setTabText(1, tr("HTML"));
    m_text->setAccessibleName(tr("Preview of the text"));
    m_html->setAccessibleName(tr("Preview of the HTML part"));
    render();
}

} // namespace rapport
