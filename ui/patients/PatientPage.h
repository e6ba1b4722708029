#pragma once

#include "app/Page.h"
#include "common/Error.h"
#include "patients/Patient.h"
#include "patients/PatientLink.h"

#include <QTimeZone>

class QAction;
class QFrame;
class QLabel;
class QPushButton;

namespace rapport {

class AppointmentsCard;
class ContactCard;
class InlineMessage;
class LinksCard;
class PatientHeader;
class TimelineView;

// One patient: who they are, how to reach them and their consent, family and care links,
// and the timeline of every change and contact. Opening a record is audited
// (PatientService::open). Edit with Ctrl+E; Alt+Left goes back.
class PatientPage : public Page
{
    Q_OBJECT

public:
    explicit PatientPage(QWidget* parent = nullptr);

    void setClinic(Clinic* clinic) override;
    void pageShown() override;
    [[nodiscard]] QString title() const override;

    // Opens the record (audited) and shows it.
    Status showPatient(const QString& patientId);
    [[nodiscard]] const Patient& patient() const { return m_patient; }
    // "Back to All patients"; empty hides the back link.
    void setBackText(const QString& text);

    [[nodiscard]] PatientHeader* header() const { return m_header; }
    [[nodiscard]] ContactCard* contactCard() const { return m_contact; }
    [[nodiscard]] LinksCard* linksCard() const { return m_links; }
    [[nodiscard]] AppointmentsCard* appointmentsCard() const { return m_appointments; }
    [[nodiscard]] TimelineView* timeline() const { return m_timeline; }
    [[nodiscard]] QAction* editAction() const { return m_editAction; }

public Q_SLOTS:
    void edit();
    void recordConsent(rapport::ContactChannel channel);
    void showConsentHistory();
    void addLink();
    void endLink(const rapport::PatientLink& link);
    void setStatus(rapport::PatientStatus status);
    void archive();
    void restore();
    void merge();

Q_SIGNALS:
    void openPatientRequested(const QString& patientId);
    void backRequested();
    // An appointment was clicked on the Appointments card: show it in the book.
    void showAppointmentRequested(const QString& appointmentId);
    // The record changed (edit, status, merge): lists showing it may refresh.
    void patientChanged(const QString& patientId);

protected:
    void retranslateUi() override;

private:
    void refresh();
    void refreshAppointments();
    void updateBanner();
    [[nodiscard]] QString metaLine() const;
    [[nodiscard]] bool canEdit() const;

    Clinic* m_clinic = nullptr;
    Patient m_patient;
    QDate m_today;
    QString m_region;
    QTimeZone m_zone; // the clinic's: appointments and the timeline are shown in it
    QPushButton* m_back;
    PatientHeader* m_header;
    QFrame* m_banner;
    QLabel* m_bannerIcon;
    QLabel* m_bannerText;
    QPushButton* m_bannerAction;
    InlineMessage* m_message;
    ContactCard* m_contact;
    LinksCard* m_links;
    AppointmentsCard* m_appointments;
    TimelineView* m_timeline;
    QAction* m_editAction;
};

} // namespace rapport
