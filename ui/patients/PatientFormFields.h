#pragma once

#include "common/Error.h"
#include "patients/Patient.h"
#include "patients/PatientLink.h"

#include <QDate>
#include <QHash>
#include <QWidget>
#include <optional>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace rapport {

class BirthDateEdit;
class Clinic;
class GuardianPicker;
class PhoneEdit;

// The fields of a patient record, top to bottom in reading order (which is the Tab
// order): who they are, the parent or guardian of a minor, how to reach them, their
// address, preferences and notes. Each field has a message line under it for what is
// wrong with it.
class PatientFormFields : public QWidget
{
    Q_OBJECT

public:
    struct Context
    {
        Clinic* clinic = nullptr;
        QDate today;
        QString region;
        int adultAge = 18;
        bool guardianRequired = true;
    };

    explicit PatientFormFields(QWidget* parent = nullptr);

    void setContext(const Context& context);
    // The record to edit, or the start of a new one. hasGuardian: the record already has one.
    void setPatient(const Patient& patient, bool hasGuardian);
    [[nodiscard]] Patient draft() const;
    [[nodiscard]] std::optional<PatientLink> guardianLink() const;
    // A minor without a guardian, where the clinic requires one.
    [[nodiscard]] bool guardianMissing() const;
    [[nodiscard]] bool guardianShown() const;

    // Checks every field the way core will, and says what is wrong next to it. Focuses the
    // first field with a problem.
    bool validate();
    // Core's refusal next to the field it names (Error::detail); false when it names none.
    bool showError(const Error& error);
    void showGuardianMissing();
    void clearMessages();

    [[nodiscard]] QString fingerprint() const;
    [[nodiscard]] QWidget* firstField() const;
    [[nodiscard]] QWidget* lastField() const;
    // The first empty name or date field, where typing should start.
    [[nodiscard]] QWidget* firstEmptyField() const;

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    QLabel* makeLabel(QWidget* buddy);
    QLabel* makeMessage(const char* objectName);
    QLabel* makeSection();
    // A label above the field, its message line under it.
    void addCell(QGridLayout* grid, int row, int column, QWidget* field, QLabel* message, int span = 1,
                 QWidget* beside = nullptr);
    void fillCombos();
    void updateGuardian();
    void setMessage(QLabel* message, const QString& text);
    void retranslateUi();

    Context m_context;
    Patient m_patient;
    bool m_hasGuardian = false;

    QLabel* m_whoTitle;
    QLabel* m_contactTitle;
    QLabel* m_addressTitle;
    QLabel* m_moreTitle;

    QLineEdit* m_given;
    QLineEdit* m_family;
    QLineEdit* m_preferred;
    BirthDateEdit* m_dateOfBirth;
    QLabel* m_age;
    QComboBox* m_sex;
    QComboBox* m_language;
    GuardianPicker* m_guardian;
    PhoneEdit* m_mobile;
    PhoneEdit* m_home;
    PhoneEdit* m_work;
    QLineEdit* m_email;
    QComboBox* m_channel;
    QLineEdit* m_line1;
    QLineEdit* m_line2;
    QLineEdit* m_city;
    QLineEdit* m_postcode;
    QLineEdit* m_addressRegion;
    QComboBox* m_country;
    QLineEdit* m_contactTimes;
    QLineEdit* m_externalId;
    QPlainTextEdit* m_notes;
    QLineEdit* m_tags;

    QHash<QWidget*, QLabel*> m_labels; // each field's label

    QLabel* m_nameMessage;
    QLabel* m_dateOfBirthMessage;
    QLabel* m_mobileMessage;
    QLabel* m_homeMessage;
    QLabel* m_workMessage;
    QLabel* m_emailMessage;
    QLabel* m_channelMessage;
    QLabel* m_tagsHint;
};

} // namespace rapport
