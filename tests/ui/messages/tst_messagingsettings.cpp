// Messaging settings: reminder rules made in the form, the template editor's preview on a
// real appointment (with an unknown placeholder flagged), the SMS presets filling in the
// request, channel settings saved through SettingsService with secrets never shown back,
// and everything read-only for staff who may not configure messaging.
#include "MessagingUiTest.h"
#include "common/InlineMessage.h"
#include "common/PasswordEdit.h"
#include "messages/EmailSettingsTab.h"
#include "messages/MessagingSettingsPage.h"
#include "messages/ReminderRulesTab.h"
#include "messages/SendingSettingsTab.h"
#include "messages/SmsSettingsTab.h"
#include "messages/TemplatePreview.h"
#include "messages/TemplatesTab.h"
#include "messaging/Channels.h"
#include "security/SettingsService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeEdit>
#include <QToolButton>

using namespace rapport;
using namespace rapport::test;

namespace {
const QDate Today(2026, 1, 5);

QString setting(Clinic& clinic, const char* key)
{
    return SettingsService(clinic).get(QString::fromLatin1(key)).value_or(QStringLiteral("<error>"));
}
} // namespace

class TestMessagingSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initPatientUiTest(); }
    void init() { resetSeams(); }

    void addsAReminderRule();
    void templatePreviewOnARealAppointment();
    void smsPresetFillsTheRequest();
    void emailAndSendingSettingsAreSaved();
    void readOnlyWithoutThePermission();
    void sendingDaysRoundTrip();
};

void TestMessagingSettings::addsAReminderRule()
{
    TestClinic tc;
    addType(*tc.clinic, QStringLiteral("Check-up"));
    const AppointmentType hygiene = addType(*tc.clinic, QStringLiteral("Hygiene"));
    MessagingSettingsPage page;
    page.setClinic(tc.clinic.get());
    page.show();
    ReminderRulesTab* tab = page.rulesTab();
    QCOMPARE(tab->table()->rowCount(), 0);

    click(child<QPushButton>(tab, "ruleNewButton"));
    typeInto(child<QLineEdit>(tab, "ruleNameEdit"), QStringLiteral("3 days before by SMS, else e-mail"));
    // A new rule starts at 48 hours; this one is 3 days.
    auto* unit = child<QComboBox>(tab, "ruleUnitCombo");
    QCOMPARE(unit->currentText(), QStringLiteral("hours before"));
    QCOMPARE(child<QSpinBox>(tab, "ruleAmountSpin")->value(), 48);
    unit->setCurrentIndex(unit->findText(QStringLiteral("days before")));
    child<QSpinBox>(tab, "ruleAmountSpin")->setValue(3);
    // Channels in order: SMS first, then e-mail; the new rule starts with those two ticked.
    QListWidget* channels = tab->channelList();
    QCOMPARE(channels->item(0)->text(), QStringLiteral("SMS"));
    QCOMPARE(channels->item(1)->text(), QStringLiteral("E-mail"));
    // Move e-mail up, then back down again with the buttons.
    channels->setCurrentRow(1);
    click(child<QToolButton>(tab, "ruleChannelUpButton"));
    QCOMPARE(channels->item(0)->text(), QStringLiteral("E-mail"));
    click(child<QToolButton>(tab, "ruleChannelDownButton"));
    QCOMPARE(channels->item(0)->text(), QStringLiteral("SMS"));
    // Hygiene appointments only.
    click(child<QRadioButton>(tab, "ruleChosenTypesRadio"));
    click(child<QPushButton>(tab, "ruleSaveButton"));
    QCOMPARE(child<InlineMessage>(tab, "ruleMessage")->kind(), InlineMessage::Kind::Error); // no type ticked
    QListWidget* types = tab->typeList();
    for (int i = 0; i < types->count(); ++i)
        if (types->item(i)->text() == QStringLiteral("Hygiene"))
            types->item(i)->setCheckState(Qt::Checked);
    click(child<QPushButton>(tab, "ruleSaveButton"));
    QCOMPARE(child<InlineMessage>(tab, "ruleMessage")->kind(), InlineMessage::Kind::Success);

    const auto rules = MessagingSetup(*tc.clinic).rules();
    QVERIFY(rules);
    QCOMPARE(rules->size(), 1);
    const ReminderRule& r = rules->constFirst();
    QCOMPARE(r.name, QStringLiteral("3 days before by SMS, else e-mail"));
    QCOMPARE(r.minutesBefore, 3 * 24 * 60);
    QCOMPARE(r.channels, (QList<ContactChannel>{ContactChannel::Sms, ContactChannel::Email}));
    QCOMPARE(r.typeIds, QStringList{hygiene.id});
    QCOMPARE(tab->table()->rowCount(), 1);
    QCOMPARE(tab->table()->item(0, 1)->text(), QStringLiteral("3 days"));
    QCOMPARE(tab->table()->item(0, 2)->text(), QStringLiteral("SMS, then E-mail"));
    QCOMPARE(tab->table()->item(0, 3)->text(), QStringLiteral("Hygiene"));
}

void TestMessagingSettings::templatePreviewOnARealAppointment()
{
    TestClinic tc(QStringLiteral("Quay Street Dental"));
    const Provider hana = addProvider(*tc.clinic, QStringLiteral("Hana Patel"));
    const AppointmentType checkUp = addType(*tc.clinic, QStringLiteral("Check-up"));
    const Patient jo = createPatient(*tc.clinic, patient(QStringLiteral("Jo"), QStringLiteral("Walsh")));
    book(*tc.clinic, jo, hana, checkUp, londonTime(Today.addDays(1), QTime(9, 30)));

    MessagingSettingsPage page;
    page.setClinic(tc.clinic.get());
    page.resize(1200, 800);
    page.show();
    TemplatesTab* tab = page.templatesTab();
    page.tabs()->setCurrentWidget(tab);
    tab->choose(MessageKind::Reminder, ContactChannel::Sms, QStringLiteral("en"));
    QVERIFY(!tab->hasUnsavedChanges());

    // The preview uses the coming appointment, as Jo would get it.
    QComboBox* subjects = tab->preview()->subjectCombo();
    QCOMPARE(subjects->count(), 1);
    QVERIFY(subjects->itemText(0).contains(QStringLiteral("Walsh")));
    const QString rendered = child<QPlainTextEdit>(tab, "templatePreviewText")->toPlainText();
    QVERIFY2(rendered.contains(QStringLiteral("Jo")), qPrintable(rendered));
    QVERIFY2(rendered.contains(QStringLiteral("Check-up")), qPrintable(rendered));
    QVERIFY2(rendered.contains(QStringLiteral("Hana Patel")), qPrintable(rendered));
    QVERIFY2(rendered.contains(QStringLiteral("09:30")), qPrintable(rendered));
    QVERIFY(!rendered.contains(QLatin1Char('{')));
    QVERIFY(child<QLabel>(tab, "templateSmsLength")->text().contains(QStringLiteral("1 SMS")));
    QVERIFY(!child<InlineMessage>(tab, "templateUnknownMessage")->isVisible());

    // A typo in a placeholder is flagged in the preview, and refused on saving.
    auto* text = child<QPlainTextEdit>(tab, "templateTextEdit");
    const QString original = text->toPlainText();
    text->setFocus();
    text->moveCursor(QTextCursor::End);
    QTest::keyClicks(text, QStringLiteral(" See you, {nmae}!"));
    QVERIFY(tab->hasUnsavedChanges());
    QVERIFY(tab->preview()->rendered().unknownPlaceholders.join(QLatin1Char(' ')).contains(QStringLiteral("nmae")));
    auto* unknown = child<InlineMessage>(tab, "templateUnknownMessage");
    QVERIFY(unknown->isVisible());
    QVERIFY(unknown->text().contains(QStringLiteral("{nmae}")));
    click(child<QPushButton>(tab, "templateSaveButton"));
    QCOMPARE(child<InlineMessage>(tab, "templateMessage")->kind(), InlineMessage::Kind::Error);

    // Fixed by clicking the placeholder in the list: saved, and the preview follows.
    text->setPlainText(original + QStringLiteral(" See you, "));
    text->setFocus();
    text->moveCursor(QTextCursor::End);
    auto* placeholders = child<QListWidget>(tab, "templatePlaceholderList");
    const QList<QListWidgetItem*> name = placeholders->findItems(QStringLiteral("{name}"), Qt::MatchExactly);
    QCOMPARE(name.size(), 1);
    QTest::mouseClick(placeholders->viewport(), Qt::LeftButton, {}, placeholders->visualItemRect(name.constFirst()).center());
    QVERIFY2(text->toPlainText().endsWith(QStringLiteral(" See you, {name}")), qPrintable(text->toPlainText()));
    QVERIFY(!unknown->isVisible());
    QVERIFY(child<QPlainTextEdit>(tab, "templatePreviewText")->toPlainText().endsWith(QStringLiteral("See you, Jo")));
    click(child<QPushButton>(tab, "templateSaveButton"));
    QCOMPARE(child<InlineMessage>(tab, "templateMessage")->kind(), InlineMessage::Kind::Success);
    auto stored = MessagingSetup(*tc.clinic).messageTemplate(MessageKind::Reminder, ContactChannel::Sms,
                                                             QStringLiteral("en"));
    QVERIFY(stored);
    QVERIFY(!stored->builtIn);
    QVERIFY(stored->body.endsWith(QStringLiteral("See you, {name}")));

    // And back to the built-in text.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    click(child<QPushButton>(tab, "templateResetButton"));
    QVERIFY(MessagingSetup(*tc.clinic)
                .messageTemplate(MessageKind::Reminder, ContactChannel::Sms, QStringLiteral("en"))
                ->builtIn);
    QVERIFY(!text->toPlainText().contains(QStringLiteral("See you")));
}

void TestMessagingSettings::smsPresetFillsTheRequest()
{
    TestClinic tc;
    MessagingSettingsPage page;
    page.setClinic(tc.clinic.get());
    page.show();
    SmsSettingsTab* tab = page.smsTab();
    page.tabs()->setCurrentWidget(tab);
    auto* preset = child<QComboBox>(tab, "smsPresetCombo");
    QCOMPARE(preset->currentData().toString(), QStringLiteral("custom"));
    QVERIFY(child<QLineEdit>(tab, "smsUrlEdit")->text().isEmpty());

    // Choosing Twilio from the keyboard fills in its request.
    preset->setFocus();
    while (preset->currentData().toString() != QStringLiteral("twilio"))
        QTest::keyClick(preset, Qt::Key_Up);
    QCOMPARE(child<QLineEdit>(tab, "smsUrlEdit")->text(),
             QStringLiteral("https://api.twilio.com/2010-04-01/Accounts/{username}/Messages.json"));
    QCOMPARE(child<QPlainTextEdit>(tab, "smsHeadersEdit")->toPlainText(),
             QStringLiteral("Authorization: Basic {basicAuth}"));
    QCOMPARE(child<QPlainTextEdit>(tab, "smsBodyEdit")->toPlainText(), QStringLiteral("To={to}&From={sender}&Body={text}"));
    QCOMPARE(child<QComboBox>(tab, "smsMethodCombo")->currentText(), QStringLiteral("POST"));
    QCOMPARE(child<QComboBox>(tab, "smsContentTypeCombo")->currentText(),
             QStringLiteral("application/x-www-form-urlencoded"));

    typeInto(child<QLineEdit>(tab, "smsSenderEdit"), QStringLiteral("+447700900001"));
    typeInto(child<QLineEdit>(tab, "smsUserEdit"), QStringLiteral("AC123"));
    typeInto(child<PasswordEdit>(tab, "smsPasswordEdit"), QStringLiteral("s3cret-token"));
    // The request as it would go out, the secret masked.
    const QString request = child<QPlainTextEdit>(tab, "smsRequestPreview")->toPlainText();
    QVERIFY2(request.startsWith(QStringLiteral("POST https://api.twilio.com/2010-04-01/Accounts/AC123/Messages.json")),
             qPrintable(request));
    QVERIFY2(request.contains(QStringLiteral("To=%2B447700900123")), qPrintable(request));
    QVERIFY(request.contains(QStringLiteral("From=%2B447700900001")));
    QVERIFY(!request.contains(QStringLiteral("s3cret-token")));
    QVERIFY(!QString::fromLatin1(QByteArray::fromBase64(request.section(QStringLiteral("Basic "), 1).section(QLatin1Char('\n'), 0, 0).toLatin1()))
                 .contains(QStringLiteral("s3cret")));

    click(child<QPushButton>(tab, "smsSaveButton"));
    QCOMPARE(child<InlineMessage>(tab, "smsMessage")->kind(), InlineMessage::Kind::Success);
    QCOMPARE(setting(*tc.clinic, "messaging.sms.preset"), QStringLiteral("twilio"));
    // What equals the preset is stored empty, so it follows the preset.
    QCOMPARE(setting(*tc.clinic, "messaging.sms.url"), QString());
    QCOMPARE(setting(*tc.clinic, "messaging.sms.sender"), QStringLiteral("+447700900001"));
    QCOMPARE(setting(*tc.clinic, "messaging.sms.password"), QStringLiteral("s3cret-token"));
    const SmsGatewaySettings used = smsGatewaySettings(*tc.clinic);
    QCOMPARE(used.url, QStringLiteral("https://api.twilio.com/2010-04-01/Accounts/{username}/Messages.json"));
    QCOMPARE(used.username, QStringLiteral("AC123"));
    // The secret is never shown back.
    auto* password = child<PasswordEdit>(tab, "smsPasswordEdit");
    QVERIFY(password->text().isEmpty());
    QCOMPARE(password->placeholderText(), QStringLiteral("unchanged"));
    QCOMPARE(child<PasswordEdit>(tab, "smsTokenEdit")->placeholderText(), QStringLiteral("not set"));
    QVERIFY(!tab->hasUnsavedChanges());

    // A new page (after unlocking) shows the same, still without the secret.
    MessagingSettingsPage again;
    again.setClinic(tc.clinic.get());
    QCOMPARE(child<QComboBox>(again.smsTab(), "smsPresetCombo")->currentData().toString(), QStringLiteral("twilio"));
    QCOMPARE(child<QLineEdit>(again.smsTab(), "smsUrlEdit")->text(), used.url);
    QVERIFY(child<PasswordEdit>(again.smsTab(), "smsPasswordEdit")->text().isEmpty());
    QVERIFY(!again.smsTab()->hasUnsavedChanges());
}

void TestMessagingSettings::emailAndSendingSettingsAreSaved()
{
    TestClinic tc;
    MessagingSettingsPage page;
    page.setClinic(tc.clinic.get());
    page.show();
    EmailSettingsTab* email = page.emailTab();
    page.tabs()->setCurrentWidget(email);
    typeInto(child<QLineEdit>(email, "smtpHostEdit"), QStringLiteral("smtp.example.com"));
    auto* security = child<QComboBox>(email, "smtpSecurityCombo");
    QCOMPARE(child<QSpinBox>(email, "smtpPortSpin")->value(), 587);
    security->setFocus();
    QTest::keyClick(security, Qt::Key_Down); // TLS from the start: the usual port follows
    QCOMPARE(child<QSpinBox>(email, "smtpPortSpin")->value(), 465);
    typeInto(child<QLineEdit>(email, "smtpUserEdit"), QStringLiteral("reception"));
    typeInto(child<PasswordEdit>(email, "smtpPasswordEdit"), QStringLiteral("mail-pass"));
    typeInto(child<QLineEdit>(email, "smtpFromEdit"), QStringLiteral("not an address"));
    click(child<QPushButton>(email, "smtpSaveButton"));
    // A bad sender address is refused in words; the fields before it are saved.
    QCOMPARE(child<InlineMessage>(email, "smtpMessage")->kind(), InlineMessage::Kind::Error);
    typeInto(child<QLineEdit>(email, "smtpFromEdit"), QStringLiteral("reception@example.com"));
    click(child<QPushButton>(email, "smtpSaveButton"));
    QCOMPARE(child<InlineMessage>(email, "smtpMessage")->kind(), InlineMessage::Kind::Success);
    const SmtpSettings smtp = smtpSettings(*tc.clinic);
    QCOMPARE(smtp.host, QStringLiteral("smtp.example.com"));
    QCOMPARE(smtp.port, 465);
    QCOMPARE(smtp.security, SmtpSettings::ImplicitTls);
    QCOMPARE(smtp.username, QStringLiteral("reception"));
    QCOMPARE(smtp.password, QStringLiteral("mail-pass"));
    QCOMPARE(smtp.fromAddress, QStringLiteral("reception@example.com"));
    QCOMPARE(child<PasswordEdit>(email, "smtpPasswordEdit")->placeholderText(), QStringLiteral("unchanged"));

    SendingSettingsTab* sending = page.sendingTab();
    page.tabs()->setCurrentWidget(sending);
    QVERIFY(child<QCheckBox>(sending, "quietHoursCheck")->isChecked()); // 21:00-08:00 by default
    child<QCheckBox>(sending, "quietHoursCheck")->setChecked(false);
    child<QTimeEdit>(sending, "sendingWindowFrom")->setTime(QTime(9, 0));
    child<QTimeEdit>(sending, "sendingWindowTo")->setTime(QTime(18, 30));
    child<QCheckBox>(sending, "weekday6")->setChecked(false);
    auto* address = child<QPlainTextEdit>(sending, "clinicAddressEdit");
    address->setPlainText(QStringLiteral("12 Quay Street\nBristol BS1 4DJ"));
    typeInto(child<QLineEdit>(sending, "clinicPhoneEdit"), QStringLiteral("0117 496 0000"));
    typeInto(child<QLineEdit>(sending, "confirmHowEdit"), QStringLiteral("Reply YES to confirm."));
    click(child<QPushButton>(sending, "sendingSaveButton"));
    QCOMPARE(child<InlineMessage>(sending, "sendingMessage")->kind(), InlineMessage::Kind::Success);
    QCOMPARE(setting(*tc.clinic, "messaging.quietHours"), QString());
    QCOMPARE(setting(*tc.clinic, "messaging.sendingWindow"), QStringLiteral("09:00-18:30"));
    QCOMPARE(setting(*tc.clinic, "messaging.sendingDays"), QStringLiteral("mon-fri"));
    QCOMPARE(setting(*tc.clinic, "clinic.address"), QStringLiteral("12 Quay Street\nBristol BS1 4DJ"));
    QCOMPARE(setting(*tc.clinic, "clinic.phone"), QStringLiteral("0117 496 0000"));
    QCOMPARE(setting(*tc.clinic, "messaging.confirmHow"), QStringLiteral("Reply YES to confirm."));
    // Audited as setting changes, by key.
    AuditFilter filter;
    filter.actionPrefix = QStringLiteral("settings.set");
    filter.entityId = QStringLiteral("messaging.sendingWindow");
    QCOMPARE(tc.clinic->audit().count(tc.clinic->session(), filter).value_or(0), qint64(1));

    // A wrong value is refused with what to do.
    typeInto(child<QLineEdit>(sending, "clinicPhoneEdit"), QStringLiteral("call us!"));
    click(child<QPushButton>(sending, "sendingSaveButton"));
    QCOMPARE(child<InlineMessage>(sending, "sendingMessage")->kind(), InlineMessage::Kind::Error);
    QCOMPARE(setting(*tc.clinic, "clinic.phone"), QStringLiteral("0117 496 0000"));
}

void TestMessagingSettings::readOnlyWithoutThePermission()
{
    TestClinic tc;
    QVERIFY(SettingsService(*tc.clinic).set(QStringLiteral("messaging.smtp.password"), QStringLiteral("mail-pass")));
    addRule(*tc.clinic, QStringLiteral("2 days before by SMS"), 2 * 24 * 60, {ContactChannel::Sms});
    auto reception = signedInAs(tc, QStringLiteral("rita"), Role::Receptionist);
    QVERIFY(reception);
    MessagingSettingsPage page;
    page.setClinic(reception.get());
    page.show();

    // Rules are listed but cannot be changed.
    QCOMPARE(page.rulesTab()->table()->rowCount(), 1);
    QVERIFY(!child<QPushButton>(page.rulesTab(), "ruleSaveButton")->isVisible());
    QVERIFY(!child<QPushButton>(page.rulesTab(), "ruleNewButton")->isVisible());
    QVERIFY(!child<QLineEdit>(page.rulesTab(), "ruleNameEdit")->isEnabled());

    page.tabs()->setCurrentWidget(page.emailTab());
    QVERIFY(!child<QLineEdit>(page.emailTab(), "smtpHostEdit")->isEnabled());
    QVERIFY(!child<QPushButton>(page.emailTab(), "smtpSaveButton")->isVisible());
    QVERIFY(child<QLabel>(page.emailTab(), "smtpReadOnlyNote")->isVisible());
    QVERIFY(!child<QPushButton>(page.emailTab(), "smtpTestButton")->isEnabled());
    // Not even whether a password is stored is read for them.
    QVERIFY(!page.emailTab()->secretIsSet(QStringLiteral("messaging.smtp.password")));
    QVERIFY(!child<InlineMessage>(page.emailTab(), "smtpMessage")->isVisible());

    page.tabs()->setCurrentWidget(page.templatesTab());
    QVERIFY(child<QPlainTextEdit>(page.templatesTab(), "templateTextEdit")->isReadOnly());
    QVERIFY(!child<QPushButton>(page.templatesTab(), "templateSaveButton")->isVisible());
    QVERIFY(!page.templatesTab()->save());
}

void TestMessagingSettings::sendingDaysRoundTrip()
{
    QCOMPARE(SendingSettingsTab::daysText(0x3F), QStringLiteral("mon-sat"));
    QCOMPARE(SendingSettingsTab::daysText(0x1F), QStringLiteral("mon-fri"));
    QCOMPARE(SendingSettingsTab::daysText(0b0010101), QStringLiteral("mon,wed,fri"));
    QCOMPARE(SendingSettingsTab::daysText(0b1100111), QStringLiteral("mon-wed,sat,sun"));
    QCOMPARE(SendingSettingsTab::daysMask(QStringLiteral("mon-sat")), 0x3F);
    QCOMPARE(SendingSettingsTab::daysMask(QStringLiteral("mon,wed,fri")), 0b0010101);
    QCOMPARE(SendingSettingsTab::daysMask(QStringLiteral("fri-mon")), 0b1110001);
    for (int mask = 1; mask < 128; ++mask)
        QCOMPARE(SendingSettingsTab::daysMask(SendingSettingsTab::daysText(mask)), mask);
}

QTEST_MAIN(TestMessagingSettings)
#include "tst_messagingsettings.moc"
