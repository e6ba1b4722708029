#pragma once

#include "common/Error.h"
#include "crypto/PasswordKdf.h"
#include "security/Clinic.h"

#include <QWizard>
#include <functional>
#include <memory>

namespace rapport {

class AdministratorPage;
class Clock;
class ClinicDetailsPage;
class RecoveryKeyPage;

// The first start on a PC without a clinic: the clinic's details, the first administrator,
// then the recovery key, shown once. The clinic is created between the second and third
// page, in the background, because tuning Argon2id for this PC takes a few seconds.
class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        ClinicPageId,
        AdministratorPageId,
        RecoveryPageId
    };
    // Where the Argon2id cost comes from: PasswordKdf::tune() when empty, a fast setting in
    // tests. Called on the background thread.
    using KdfProvider = std::function<KdfParams()>;

    FirstRunWizard(QString databasePath, const Clock& clock, KdfProvider kdf = {}, QWidget* parent = nullptr);
    ~FirstRunWizard() override;

    [[nodiscard]] const QString& databasePath() const { return m_path; }
    [[nodiscard]] const Clock& clock() const { return m_clock; }
    [[nodiscard]] ClinicProfile profile() const;

    // Starts creating the clinic; creationFinished() follows.
    void createClinic(const NewStaffAccount& administrator);
    [[nodiscard]] bool isCreating() const { return m_creating; }
    [[nodiscard]] const Error& creationError() const { return m_creationError; }
    [[nodiscard]] Clinic* clinic() const { return m_clinic.get(); }
    [[nodiscard]] const QString& recoveryKey() const { return m_recoveryKey; }
    // After Finish: the clinic, signed in as the new administrator.
    [[nodiscard]] std::unique_ptr<Clinic> takeClinic();

    void reject() override;

    // A page title in the wizard's header.
    [[nodiscard]] static QString heading(const QString& title);

Q_SIGNALS:
    // ok false: creationError() says why.
    void creationFinished(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QString m_path;
    const Clock& m_clock;
    KdfProvider m_kdf;
    ClinicDetailsPage* m_clinicPage;
    AdministratorPage* m_adminPage;
    RecoveryKeyPage* m_recoveryPage;
    std::unique_ptr<Clinic> m_clinic;
    QString m_recoveryKey;
    Error m_creationError;
    bool m_creating = false;
};

} // namespace rapport
