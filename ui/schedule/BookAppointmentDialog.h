#pragma once

#include "patients/PatientSearch.h"
#include "scheduling/AppointmentBook.h"

#include <QDate>
#include <QDialog>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;
class QWidget;

namespace rapport {

class Clinic;
class InlineMessage;
class PatientPicker;

// What a new appointment starts with: from the slot that was chosen on the book, a free
// slot found, or a waitlist entry.
struct BookingDraft
{
    std::optional<PatientSearchHit> patient;
    QString typeId;
    QString providerId;
    QString chairId;
    QDate date;
    int minute = 9 * 60;       // local minutes after midnight
    int durationMinutes = 0;   // 0: the type's
    QString waitlistEntryId;   // booked from the waitlist: the entry is marked booked
    QString waitlistCurrentAppointmentId; // the later appointment the patient still holds
};

// Books one appointment, or a weekly or monthly series: the patient found with the same
// search as Ctrl+K, the type (which sets the length), provider, chair, start and notes.
// A conflict is explained in the dialog; someone who may override it books anyway with
// a reason. Enter books; Escape closes.
class BookAppointmentDialog : public QDialog
{
    Q_OBJECT

public:
    BookAppointmentDialog(Clinic& clinic, const BookingDraft& draft, QWidget* parent = nullptr);

    // What was booked, the first occurrence first.
    [[nodiscard]] const QList<Appointment>& booked() const { return m_booked; }

    [[nodiscard]] PatientPicker* patientPicker() const { return m_patient; }
    [[nodiscard]] QComboBox* typeBox() const { return m_type; }
    [[nodiscard]] QComboBox* providerBox() const { return m_provider; }
    [[nodiscard]] QComboBox* chairBox() const { return m_chair; }
    [[nodiscard]] QDateEdit* dateEdit() const { return m_date; }
    [[nodiscard]] QTimeEdit* timeEdit() const { return m_time; }
    [[nodiscard]] QSpinBox* durationBox() const { return m_duration; }
    [[nodiscard]] QComboBox* repeatBox() const { return m_repeat; }
    [[nodiscard]] QSpinBox* repeatCountBox() const { return m_count; }
    [[nodiscard]] QPushButton* bookButton() const { return m_book; }
    [[nodiscard]] QPushButton* overrideButton() const { return m_override; }
    [[nodiscard]] QLineEdit* overrideReasonEdit() const { return m_overrideReason; }
    [[nodiscard]] InlineMessage* message() const { return m_message; }

public Q_SLOTS:
    void book();

private:
    void load(const BookingDraft& draft);
    void typeChanged();
    // Keeps the type one the provider offers (the first that is, when it is not).
    void providerChanged();
    void clearConflict();
    [[nodiscard]] std::optional<Appointment> draftAppointment();
    void commit(const Appointment& draft, const QString& overrideReason);

    Clinic& m_clinic;
    bool m_canOverride = false;
    QList<Appointment> m_booked;
    QHash<QString, QStringList> m_typeProviders; // type id -> who may do it (empty: anyone)
    PatientPicker* m_patient;
    QComboBox* m_type;
    QComboBox* m_provider;
    QComboBox* m_chair;
    QDateEdit* m_date;
    QTimeEdit* m_time;
    QSpinBox* m_duration;
    QLineEdit* m_notes;
    QComboBox* m_repeat;
    QSpinBox* m_count;
    QLabel* m_countLabel;
    InlineMessage* m_message;
    QWidget* m_conflictBox;
    QLineEdit* m_overrideReason;
    QPushButton* m_override;
    QPushButton* m_book;
};

} // namespace rapport
