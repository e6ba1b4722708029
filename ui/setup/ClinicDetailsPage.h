#pragma once

#include "security/Clinic.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace rapport {

// First-run wizard, page 1: the clinic's name, country, time zone and language.
class ClinicDetailsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ClinicDetailsPage(QWidget* parent = nullptr);

    [[nodiscard]] ClinicProfile profile() const;

    void initializePage() override;
    [[nodiscard]] bool validatePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateLocation();

    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_nameError;
    QLabel* m_regionLabel;
    QComboBox* m_region;
    QLabel* m_timeZoneLabel;
    QComboBox* m_timeZone;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_languageHint;
    QLabel* m_location;
};

} // namespace rapport
