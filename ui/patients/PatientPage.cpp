#include "patients/PatientPage.h"

#include "PatientTimeline.h"
#include "common/Clock.h"
#include "common/Icons.h"
#include "common/InlineMessage.h"
#include "common/MessageBox.h"
#include "common/Style.h"
#include "patients/AddLinkDialog.h"
#include "patients/AppointmentsCard.h"
#include "patients/ConsentDialog.h"
#include "patients/ConsentHistoryDialog.h"
#include "patients/ContactCard.h"
#include "patients/LinksCard.h"
#include "patients/MergeDialog.h"
#include "patients/PatientFormDialog.h"
#include "patients/PatientHeader.h"
#include "patients/PatientService.h"
#include "patients/PatientText.h"
#include "patients/PatientVocabulary.h"
#include "patients/TimelineModel.h"
#include "patients/TimelineView.h"
#include "scheduling/AppointmentBook.h"
#include "scheduling/NoShowRisk.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace rapport {

PatientPage::PatientPage(QWidget* parent)
    : Page(parent)
    , m_back(new QPushButton(this))
    , m_header(new PatientHeader(this))
    , m_banner(new QFrame(this))
    , m_bannerIcon(new QLabel)
    , m_bannerText(new QLabel)
    , m_bannerAction(new QPushButton)
    , m_message(new InlineMessage(this))
    , m_contact(new ContactCard)
    , m_links(new LinksCard)
    , m_appointments(new AppointmentsCard)
    , m_timeline(new TimelineView(this))
    , m_editAction(new QAction(this))
{
    setObjectName(QStringLiteral("patientPage"));
    m_back->setObjectName(QStringLiteral("patientBackButton"));
    m_back->setIcon(Icons::icon(QStringLiteral("arrow-left"), Style::accent()));
    Style::makeLink(m_back);
    m_back->hide();
    // Above the name, where a back link is looked for.
    contentLayout()->insertWidget(0, m_back, 0, Qt::AlignLeft);

    m_banner->setObjectName(QStringLiteral("patientBanner"));
    Style::setRole(m_banner, "banner");
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(14, 8, 10, 8);
    bannerLayout->setSpacing(10);
    m_bannerText->setObjectName(QStringLiteral("patientBannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    m_bannerAction->setObjectName(QStringLiteral("patientBannerButton"));
    m_bannerAction->setAutoDefault(false);
    bannerLayout->addWidget(m_bannerIcon, 0, Qt::AlignVCenter);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_bannerAction);
    m_banner->hide();
    m_message->setObjectName(QStringLiteral("patientPageMessage"));

    auto* column = new QWidget;
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 6, 0);
    columnLayout->setSpacing(16);
    columnLayout->addWidget(m_contact);
    columnLayout->addWidget(m_appointments);
    columnLayout->addWidget(m_links);
    columnLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("patientScroll"));
    scroll->setProperty("role", QStringLiteral("plain"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(column);

    auto* body = new QHBoxLayout;
    body->setSpacing(16);
    body->addWidget(scroll, 11);
    body->addWidget(m_timeline, 10);

    contentLayout()->addWidget(m_header);
    contentLayout()->addWidget(m_banner);
    contentLayout()->addWidget(m_message);
    contentLayout()->addLayout(body, 1);

    m_editAction->setObjectName(QStringLiteral("editPatientAction"));
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_editAction->setEnabled(false);
    addAction(m_editAction);

    connect(m_back, &QPushButton::clicked, this, &PatientPage::backRequested);
    connect(m_editAction, &QAction::triggered, this, &PatientPage::edit);
    connect(m_header, &PatientHeader::editRequested, this, &PatientPage::edit);
    connect(m_header, &PatientHeader::statusRequested, this, &PatientPage::setStatus);
    connect(m_header, &PatientHeader::archiveRequested, this, &PatientPage::archive);
    connect(m_header, &PatientHeader::restoreRequested, this, &PatientPage::restore);
    connect(m_header, &PatientHeader::mergeRequested, this, &PatientPage::merge);
    connect(m_contact, &ContactCard::consentRequested, this, &PatientPage::recordConsent);
    connect(m_contact, &ContactCard::historyRequested, this, &PatientPage::showConsentHistory);
    connect(m_links, &LinksCard::openPatientRequested, this, &PatientPage::openPatientRequested);
    connect(m_appointments, &AppointmentsCard::showAppointmentRequested, this,
            &PatientPage::showAppointmentRequested);
    connect(m_links, &LinksCard::addRequested, this, &PatientPage::addLink);
    connect(m_links, &LinksCard::endRequested, this, &PatientPage::endLink);
    connect(m_bannerAction, &QPushButton::clicked, this, [this] {
        if (!m_patient.mergedInto.isEmpty())
            Q_EMIT openPatientRequested(m_patient.mergedInto);
        else
            restore();
    });
    retranslateUi();
}

QString PatientPage::title() const
{
    return m_patient.id.isEmpty() ? tr("Patient") : m_patient.displayName();
}

void PatientPage::setClinic(Clinic* clinic)
{
    m_clinic = clinic;
    m_patient = Patient();
    m_message->clear();
    m_header->clear();
    m_contact->clear();
    m_links->clear();
    m_appointments->clear();
    m_appointments->hide();
    m_timeline->model()->clear();
    m_banner->hide();
    m_editAction->setEnabled(false);
    setHeading({}, {});
    if (!clinic)
        return;
    const Session& s = clinic->session();
    m_header->setPermissions(s.can(Permission::EditPatients), s.can(Permission::MergePatients));
    m_contact->setEditable(s.can(Permission::EditPatients));
    m_links->setEditable(s.can(Permission::EditPatients));
    m_appointments->setVisible(s.can(Permission::ViewSchedule));
}

void PatientPage::pageShown()
{
    // The keyboard starts on the page, not in the search it came from.
    if (auto* edit = findChild<QPushButton*>(QStringLiteral("editPatientButton")); edit && edit->isVisible())
        edit->setFocus(Qt::OtherFocusReason);
    else if (m_back->isVisible())
        m_back->setFocus(Qt::OtherFocusReason);
}

Status PatientPage::showPatient(const QString& patientId)
{
    if (!m_clinic || !m_clinic->isOpen())
        return fail(ErrorCode::Locked, tr("Rapport is locked. Sign in again."));
    auto opened = PatientService(*m_clinic).open(patientId);
    if (!opened)
        return std::unexpected(opened.error());
    SettingsService settings(*m_clinic);
    m_today = settings.today();
    m_region = settings.region();
    m_zone = settings.timeZone();
    m_patient = *opened;
    m_message->clear();
    refresh();
    return {};
}

void PatientPage::setBackText(const QString& text)
{
    m_back->setText(text);
    m_back->setAccessibleName(text);
    m_back->setToolTip(
        tr("Go back (%1)").arg(QKeySequence(Qt::ALT | Qt::Key_Left).toString(QKeySequence::NativeText)));
    m_back->setVisible(!text.isEmpty());
}

bool PatientPage::canEdit() const
{
    return m_clinic && m_clinic->isOpen() && m_clinic->session().can(Permission::EditPatients) &&
           !m_patient.id.isEmpty() && m_patient.mergedInto.isEmpty();
}

QString PatientPage::metaLine() const
{
    const Patient& p = m_patient;
    QStringList parts{PatientText::ageAndBirth(p.dateOfBirth, m_today)};
    if (p.sex != Sex::Unknown)
        parts << PatientVocabulary::name(p.sex);
    if (p.preferredChannel != ContactChannel::None)
        parts << tr("Prefers %1").arg(PatientVocabulary::name(p.preferredChannel));
    if (!p.preferredName.isEmpty() && !p.givenName.isEmpty() && p.preferredName != p.givenName)
        parts << tr("Given name %1").arg(p.givenName);
    if (!p.externalId.isEmpty())
        parts << tr("External id %1").arg(p.externalId);
    return parts.join(QStringLiteral("   ·   "));
}

void PatientPage::refresh()
{
    if (!m_clinic || !m_clinic->isOpen() || m_patient.id.isEmpty())
        return;
    setHeading(m_patient.displayName(), metaLine());
    m_header->setPatient(m_patient);
    m_editAction->setEnabled(canEdit());
    updateBanner();

    PatientService service(*m_clinic);
    const QString id = m_patient.id;
    auto consents = service.currentConsents(id);
    QHash<ContactChannel, ContactPoint> via;
    const int age = m_patient.ageOn(m_today);
    if (age >= 0 && age < service.adultAge())
        for (ContactChannel c : PatientVocabulary::messageChannels())
            if (auto point = service.contactFor(id, c); point && !point->viaName.isEmpty())
                via.insert(c, *point);
    m_contact->setContact(m_patient, consents.value_or(QList<ConsentRecord>()), via, m_region);
    auto links = service.links(id);
    m_links->setLinks(id, links.value_or(QList<PatientLink>()), m_region);
    refreshAppointments();
    // Appointments (and later messages, calls, complaints) merged with the record's own events.
    auto timeline = patientTimeline(*m_clinic, id);
    m_timeline->model()->setTimeZone(m_zone);
    m_timeline->model()->setEntries(timeline.value_or(QList<TimelineEntry>()));
    for (const Error* e : {consents ? nullptr : &consents.error(), links ? nullptr : &links.error(),
                           timeline ? nullptr : &timeline.error()})
        if (e) {
            m_message->showError(*e);
            break;
        }
}

void PatientPage::refreshAppointments()
{
    if (!m_clinic->session().can(Permission::ViewSchedule))
        return;
    auto rows = AppointmentBook(*m_clinic).forPatient(m_patient.id);
    if (!rows) {
        m_appointments->clear();
        m_message->showError(rows.error());
        return;
    }
    NoShowRiskModel risks(*m_clinic);
    const QDateTime now = m_clinic->clock().now();
    auto history = risks.history(m_patient.id, now);
    // The next appointment still to come, for its no-show risk.
    const Appointment* next = nullptr;
    for (const AppointmentRow& r : *rows)
        if (r.appointment.start > now && holdsTime(r.appointment.status) &&
            r.appointment.status != AppointmentStatus::Completed &&
            (!next || r.appointment.start < next->start))
            next = &r.appointment;
    std::optional<NoShowRisk> nextRisk;
    if (next)
        if (auto risk = risks.forAppointment(*next))
            nextRisk = *risk;
    m_appointments->setAppointments(*rows, history.value_or(AttendanceHistory()), nextRisk, m_zone, now);
}

void PatientPage::updateBanner()
{
    const bool merged = !m_patient.mergedInto.isEmpty();
    const bool archived = m_patient.status == PatientStatus::Archived;
    m_banner->setVisible(merged || archived);
    if (!merged && !archived)
        return;
    m_banner->setProperty("tone", merged ? QStringLiteral("warning") : QStringLiteral("muted"));
    Style::repolish(m_banner);
    m_bannerIcon->setPixmap(Icons::pixmap(merged ? QStringLiteral("merge") : QStringLiteral("archive"), 20,
                                          merged ? Style::warning() : Style::mutedText(),
                                          devicePixelRatioF()));
    if (merged) {
        m_bannerText->setText(tr("This record was merged into another record of the same person. Its links, "
                                 "consent and timeline are there now."));
        m_bannerAction->setText(tr("Open the kept record"));
        m_bannerAction->show();
    } else {
        m_bannerText->setText(tr("Archived: this record is left out of searches and lists unless archived "
                                 "records are asked for. Nothing was deleted."));
        m_bannerAction->setText(tr("Restore"));
        m_bannerAction->setVisible(canEdit());
    }
}

void PatientPage::edit()
{
    if (!canEdit())
        return;
    auto* dialog = new PatientFormDialog(*m_clinic, PatientFormDialog::Mode::Edit, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPatient(m_patient);
    connect(dialog, &PatientFormDialog::saved, this, [this](const Patient& saved) {
        m_patient = saved;
        refresh();
        Q_EMIT statusMessage(tr("Changes to %1 saved.").arg(saved.displayName()));
        Q_EMIT patientChanged(saved.id);
    });
    connect(dialog, &PatientFormDialog::openExistingRequested, this, &PatientPage::openPatientRequested);
    dialog->open();
}

void PatientPage::recordConsent(ContactChannel channel)
{
    if (!canEdit())
        return;
    auto current = PatientService(*m_clinic).currentConsents(m_patient.id);
    auto* dialog =
        new ConsentDialog(*m_clinic, m_patient, channel, current.value_or(QList<ConsentRecord>()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        // Some purposes may be recorded even when a later one failed.
        if (dialog->recorded() > 0) {
            refresh();
            Q_EMIT statusMessage(tr("Consent decision recorded."));
        }
    });
    dialog->open();
}

void PatientPage::showConsentHistory()
{
    if (!m_clinic || m_patient.id.isEmpty())
        return;
    auto history = PatientService(*m_clinic).consentHistory(m_patient.id);
    if (!history) {
        m_message->showError(history.error());
        return;
    }
    auto* dialog = new ConsentHistoryDialog(m_patient.displayName(), *history, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PatientPage::addLink()
{
    if (!canEdit())
        return;
    auto* dialog = new AddLinkDialog(*m_clinic, m_patient, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        Q_EMIT statusMessage(tr("Link added."));
    });
    dialog->open();
}

void PatientPage::endLink(const PatientLink& link)
{
    if (!canEdit())
        return;
    const auto answer = MessageBox::question(
        this, tr("End link"),
        tr("End the link between %1 and %2?").arg(m_patient.displayName(), link.relatedDisplayName),
        tr("It stays on the timeline of both records."), tr("End link"), tr("Keep"), true);
    if (answer != QMessageBox::Yes || !m_clinic || !m_clinic->isOpen())
        return;
    if (Status done = PatientService(*m_clinic).endLink(link.id); !done) {
        m_message->showError(done.error());
        return;
    }
    refresh();
    Q_EMIT statusMessage(tr("Link ended."));
}

void PatientPage::setStatus(PatientStatus status)
{
    if (!canEdit() || status == m_patient.status)
        return;
    if (status == PatientStatus::Deceased) {
        const auto answer = MessageBox::question(
            this, tr("Mark as deceased"), tr("Mark %1 as deceased?").arg(m_patient.displayName()),
            tr("Check this carefully: reminders and recalls to a patient who has died cause great distress."),
            tr("Mark as deceased"), tr("Cancel"), true);
        if (answer != QMessageBox::Yes || !m_clinic || !m_clinic->isOpen())
            return;
    }
    if (Status done = PatientService(*m_clinic).setStatus(m_patient.id, status); !done) {
        m_message->showError(done.error());
        refresh();
        return;
    }
    m_patient.status = status;
    refresh();
    Q_EMIT statusMessage(tr("%1 is now: %2").arg(m_patient.displayName(), PatientVocabulary::name(status)));
    Q_EMIT patientChanged(m_patient.id);
}

void PatientPage::archive()
{
    if (!canEdit() || m_patient.status == PatientStatus::Archived)
        return;
    const auto answer = MessageBox::question(
        this, tr("Archive patient"), tr("Archive the record of %1?").arg(m_patient.displayName()),
        tr("It is left out of searches and lists, and nothing is deleted. You can restore it at any time."),
        tr("Archive"), tr("Cancel"), true);
    if (answer != QMessageBox::Yes || !m_clinic || !m_clinic->isOpen())
        return;
    if (Status done = PatientService(*m_clinic).archive(m_patient.id); !done) {
        m_message->showError(done.error());
        return;
    }
    m_patient.status = PatientStatus::Archived;
    refresh();
    Q_EMIT statusMessage(tr("%1 was archived.").arg(m_patient.displayName()));
    Q_EMIT patientChanged(m_patient.id);
}

void PatientPage::restore()
{
    setStatus(PatientStatus::Active);
}

void PatientPage::merge()
{
    if (!canEdit() || !m_clinic->session().can(Permission::MergePatients))
        return;
    auto* dialog = new MergeDialog(*m_clinic, m_patient, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MergeDialog::merged, this, [this](const Patient& kept) {
        Q_EMIT statusMessage(tr("The records were merged into %1.").arg(kept.displayName()));
        Q_EMIT patientChanged(kept.id);
        if (kept.id == m_patient.id) {
            m_patient = kept;
            refresh();
        } else {
            Q_EMIT openPatientRequested(kept.id);
        }
    });
    dialog->open();
}

void PatientPage::retranslateUi()
{
    m_editAction->setText(tr("Edit patient"));
    if (!m_patient.id.isEmpty())
        refresh();
    else
        setHeading({}, {});
}

} // namespace rapport
