#pragma once

#include "schedule/BookAppointmentDialog.h"
#include "scheduling/SlotFinder.h"
#include "scheduling/WorkingCalendar.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimeEdit;

namespace rapport {

class Clinic;
class InlineMessage;
class PatientPicker;
class WeekdayPicker;

// Find a free slot: for a type (or a length), any or chosen providers, a date range,
// weekdays and a time-of-day window, optionally keeping clear of a patient's other
// appointments. The earliest free times are listed; choosing one opens the booking
// dialog filled in.
class SlotFinderDialog : public QDialog
{
    Q_OBJECT

public:
    SlotFinderDialog(Clinic& clinic, const WorkingCalendar& calendar, QWidget* parent = nullptr);

    void setProvider(const QString& providerId);
    void setFrom(QDate date);
    // For a search about one patient (a recall): the appointment type and the patient.
    void setType(const QString& typeId);
    void setPatient(const PatientSearchHit& patient);

    [[nodiscard]] QComboBox* typeBox() const { return m_type; }
    [[nodiscard]] QListWidget* providerList() const { return m_providers; }
    [[nodiscard]] PatientPicker* patientPicker() const { return m_patient; }
    [[nodiscard]] QTableWidget* results() const { return m_results; }
    [[nodiscard]] QPushButton* searchButton() const { return m_search; }
    [[nodiscard]] QPushButton* chooseButton() const { return m_choose; }
    [[nodiscard]] const QList<Slot>& slots() const { return m_slots; }

public Q_SLOTS:
    void search();
    void chooseCurrent();

Q_SIGNALS:
    void slotChosen(const rapport::BookingDraft& draft);

private:
    Clinic& m_clinic;
    WorkingCalendar m_calendar;
    QList<Slot> m_slots;
    QHash<QString, QString> m_providerNames;
    QHash<QString, QString> m_chairNames;
    QComboBox* m_type;
    QSpinBox* m_duration;
    QListWidget* m_providers;
    QDateEdit* m_from;
    QDateEdit* m_to;
    WeekdayPicker* m_weekdays;
    QTimeEdit* m_earliest;
    QTimeEdit* m_latest;
    PatientPicker* m_patient;
    InlineMessage* m_message;
    QTableWidget* m_results;
    QPushButton* m_search;
    QPushButton* m_choose;
};

} // namespace rapport
