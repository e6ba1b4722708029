#pragma once

#include "app/Page.h"

#include <QMap>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace rapport {

class InlineMessage;

// Administration > Settings: the clinic's settings (kept in the encrypted database, changed
// only with ManageClinicSettings), this PC's interface language, and the signed-in
// member's password.
class SettingsPage : public Page
{
    Q_OBJECT

public:
    explicit SettingsPage(QWidget* parent = nullptr);

    void setClinic(Clinic* clinic) override;
    void pageShown() override;
    [[nodiscard]] QString title() const override;

    [[nodiscard]] bool hasUnsavedChanges() const;

public Q_SLOTS:
    void save();
    void discard();
    void changeMyPassword();

Q_SIGNALS:
    // The clinic's name or idle lock changed.
    void clinicSettingsChanged();

protected:
    void retranslateUi() override;

private:
    [[nodiscard]] QMap<QString, QString> editedValues() const;
    void load();
    void updateState();
    [[nodiscard]] QFrame* makeCard(QLabel* title);

    Clinic* m_clinic = nullptr;
    QMap<QString, QString> m_loaded;

    QLabel* m_clinicTitle;
    QLabel* m_readOnlyNote;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_regionLabel;
    QComboBox* m_region;
    QLabel* m_timeZoneLabel;
    QComboBox* m_timeZone;
    QLabel* m_idleLabel;
    QSpinBox* m_idle;
    QLabel* m_idleHint;
    QPushButton* m_save;
    QPushButton* m_discard;
    InlineMessage* m_message;

    QLabel* m_computerTitle;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_languageHint;

    QLabel* m_accountTitle;
    QLabel* m_accountText;
    QPushButton* m_changePassword;
};

} // namespace rapport
