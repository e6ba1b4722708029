#include "messages/SendingSettingsTab.h"

#include "common/Style.h"
#include "messaging/MessageTemplates.h"
#include "schedule/WeekdayPicker.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace rapport {

namespace {
const QStringList& dayKeys()
{
    static const QStringList keys{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                                  QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                                  QStringLiteral("sun")};
    return keys;
}

QString hhmm(const QTime& t)
{
    return t.toString(QStringLiteral("HH:mm"));
}
} // namespace

QString SendingSettingsTab::daysText(int mask)
{
    mask &= 0x7F;
    if (mask == 0)
        mask = 0x7F;
    QStringList parts;
    for (int d = 0; d < 7;) {
        if (!(mask & (1 << d))) {
            ++d;
            continue;
        }
        int end = d;
        while (end + 1 < 7 && (mask & (1 << (end + 1))))
            ++end;
        if (end - d >= 2)
            parts << dayKeys().at(d) + QLatin1Char('-') + dayKeys().at(end);
        else
            for (int i = d; i <= end; ++i)
                parts << dayKeys().at(i);
        d = end + 1;
    }
    return parts.join(QLatin1Char(','));
}

int SendingSettingsTab::daysMask(const QString& text)
{
    int mask = 0;
    for (const QString& part : text.trimmed().toLower().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList ends = part.trimmed().split(QLatin1Char('-'));
        const int first = int(dayKeys().indexOf(ends.value(0).trimmed()));
        const int last = int(dayKeys().indexOf(ends.value(ends.size() - 1).trimmed()));
        if (first < 0 || last < 0)
            continue;
        // "fri-mon" runs over the weekend.
        for (int d = first;; d = (d + 1) % 7) {
            mask |= 1 << d;
            if (d == last)
                break;
        }
    }
    return mask == 0 ? 0x7F : mask;
}

SendingSettingsTab::SendingSettingsTab(QWidget* parent)
    : SettingsFormTab(QStringLiteral("sending"), parent)
    , m_whenTitle(new QLabel)
    , m_windowLabel(new QLabel)
    , m_daysLabel(new QLabel)
    , m_days(new WeekdayPicker)
    , m_quietLabel(new QLabel)
    , m_horizonLabel(new QLabel)
    , m_horizon(new QSpinBox)
    , m_whenHint(new QLabel)
    , m_clinicTitle(new QLabel)
    , m_clinicHint(new QLabel)
    , m_addressLabel(new QLabel)
    , m_address(new QPlainTextEdit)
    , m_phoneLabel(new QLabel)
    , m_phone(new QLineEdit)
    , m_emailLabel(new QLabel)
    , m_email(new QLineEdit)
    , m_sentencesTitle(new QLabel)
    , m_confirmLabel(new QLabel)
    , m_confirm(new QLineEdit)
    , m_cancelLabel(new QLabel)
    , m_cancel(new QLineEdit)
    , m_sentencesHint(new QLabel)
{
    setObjectName(QStringLiteral("sendingTab"));
    QWidget* window = makeHours(m_window, QStringLiteral("sendingWindow"));
    QWidget* quiet = makeHours(m_quiet, QStringLiteral("quietHours"));
    m_days->setObjectName(QStringLiteral("sendingDaysPicker"));
    m_horizon->setObjectName(QStringLiteral("reminderHorizonSpin"));
    m_horizon->setRange(1, 90);
    m_address->setObjectName(QStringLiteral("clinicAddressEdit"));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 4 + 14);
    m_phone->setObjectName(QStringLiteral("clinicPhoneEdit"));
    m_email->setObjectName(QStringLiteral("clinicEmailEdit"));
    m_confirm->setObjectName(QStringLiteral("confirmHowEdit"));
    m_confirm->setMaxLength(300);
    m_cancel->setObjectName(QStringLiteral("cancelHowEdit"));
    m_cancel->setMaxLength(300);
    for (QLabel* hint : {m_whenHint, m_clinicHint, m_sentencesHint}) {
        hint->setWordWrap(true);
        Style::setRole(hint, "hint");
    }
    for (QLabel* l : {m_windowLabel, m_daysLabel, m_quietLabel, m_horizonLabel, m_addressLabel, m_phoneLabel,
                      m_emailLabel, m_confirmLabel, m_cancelLabel})
        l->setMinimumWidth(170);

    QFrame* whenCard = addCard(m_whenTitle);
    QFormLayout* when = addForm(whenCard);
    when->addRow(m_windowLabel, window);
    when->addRow(m_daysLabel, m_days);
    when->addRow(m_quietLabel, quiet);
    auto* horizonRow = new QHBoxLayout;
    horizonRow->addWidget(m_horizon);
    horizonRow->addStretch();
    when->addRow(m_horizonLabel, horizonRow);
    static_cast<QVBoxLayout*>(whenCard->layout())->addWidget(m_whenHint);
    QFrame* clinicCard = addCard(m_clinicTitle);
    static_cast<QVBoxLayout*>(clinicCard->layout())->addWidget(m_clinicHint);
    QFormLayout* clinic = addForm(clinicCard);
    clinic->addRow(m_addressLabel, m_address);
    clinic->addRow(m_phoneLabel, m_phone);
    clinic->addRow(m_emailLabel, m_email);
    QFrame* sentencesCard = addCard(m_sentencesTitle);
    QFormLayout* sentences = addForm(sentencesCard);
    sentences->addRow(m_confirmLabel, m_confirm);
    sentences->addRow(m_cancelLabel, m_cancel);
    static_cast<QVBoxLayout*>(sentencesCard->layout())->addWidget(m_sentencesHint);
    m_windowLabel->setBuddy(m_window.on);
    m_daysLabel->setBuddy(m_days->box(1));
    m_quietLabel->setBuddy(m_quiet.on);
    m_horizonLabel->setBuddy(m_horizon);
    m_addressLabel->setBuddy(m_address);
    m_phoneLabel->setBuddy(m_phone);
    m_emailLabel->setBuddy(m_email);
    m_confirmLabel->setBuddy(m_confirm);
    m_cancelLabel->setBuddy(m_cancel);

    bindHours(QStringLiteral("messaging.sendingWindow"), m_window, window);
    bind(
        QStringLiteral("messaging.sendingDays"), m_days, [this] { return daysText(m_days->mask()); },
        [this](const QString& v) { m_days->setMask(daysMask(v)); });
    connect(m_days, &WeekdayPicker::changed, this, &SettingsFormTab::fieldEdited);
    bindHours(QStringLiteral("messaging.quietHours"), m_quiet, quiet);
    bind(QStringLiteral("messaging.reminderHorizonDays"), m_horizon);
    bind(QStringLiteral("clinic.address"), m_address);
    bind(QStringLiteral("clinic.phone"), m_phone);
    bind(QStringLiteral("clinic.email"), m_email);
    bind(QStringLiteral("messaging.confirmHow"), m_confirm);
    bind(QStringLiteral("messaging.cancelHow"), m_cancel);
    retranslateUi();
}

QWidget* SendingSettingsTab::makeHours(Hours& hours, const QString& prefix)
{
    auto* row = new QWidget;
    hours.on = new QCheckBox(row);
    hours.on->setObjectName(prefix + QStringLiteral("Check"));
    hours.from = new QTimeEdit(row);
    hours.from->setObjectName(prefix + QStringLiteral("From"));
    hours.andLabel = new QLabel(row);
    hours.to = new QTimeEdit(row);
    hours.to->setObjectName(prefix + QStringLiteral("To"));
    for (QTimeEdit* t : {hours.from, hours.to}) {
        t->setDisplayFormat(QLocale().timeFormat(QLocale::ShortFormat));
        t->setMinimumWidth(90);
    }
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(hours.on);
    layout->addWidget(hours.from);
    layout->addWidget(hours.andLabel);
    layout->addWidget(hours.to);
    layout->addStretch();
    return row;
}

void SendingSettingsTab::bindHours(const QString& key, const Hours& hours, QWidget* row)
{
    bind(
        key, row,
        [hours] {
            return hours.on->isChecked() ? hhmm(hours.from->time()) + QLatin1Char('-') + hhmm(hours.to->time())
                                         : QString();
        },
        [hours](const QString& v) {
            const QStringList ends = v.trimmed().split(QLatin1Char('-'));
            const QTime from = QTime::fromString(ends.value(0).trimmed(), QStringLiteral("HH:mm"));
            const QTime to = QTime::fromString(ends.value(1).trimmed(), QStringLiteral("HH:mm"));
            const bool on = ends.size() == 2 && from.isValid() && to.isValid();
            hours.on->setChecked(on);
            if (on) {
                hours.from->setTime(from);
                hours.to->setTime(to);
            }
        });
    connect(hours.on, &QCheckBox::toggled, this, &SettingsFormTab::fieldEdited);
    connect(hours.from, &QTimeEdit::timeChanged, this, &SettingsFormTab::fieldEdited);
    connect(hours.to, &QTimeEdit::timeChanged, this, &SettingsFormTab::fieldEdited);
}

QString SendingSettingsTab::title() const
{
    return tr("Sending");
}

void SendingSettingsTab::setClinic(Clinic* clinic)
{
    SettingsFormTab::setClinic(clinic);
    retranslateTab();
}

void SendingSettingsTab::stateChanged()
{
    for (const Hours* h : {&m_window, &m_quiet}) {
        const bool enabled = h->on->isEnabled() && h->on->isChecked();
        h->from->setEnabled(enabled);
        h->to->setEnabled(enabled);
    }
}

void SendingSettingsTab::retranslateTab()
{
    m_whenTitle->setText(tr("When e-mail and SMS go out"));
    m_windowLabel->setText(tr("Sending &window:"));
    m_window.on->setText(tr("Only between"));
    m_window.andLabel->setText(tr("and"));
    m_window.on->setAccessibleName(tr("Only send within a window"));
    m_window.from->setAccessibleName(tr("Sending window from"));
    m_window.to->setAccessibleName(tr("Sending window to"));
    m_daysLabel->setText(tr("Sending &days:"));
    m_quietLabel->setText(tr("&Quiet hours:"));
    m_quiet.on->setText(tr("Nothing between"));
    m_quiet.andLabel->setText(tr("and"));
    m_quiet.on->setAccessibleName(tr("Keep quiet hours"));
    m_quiet.from->setAccessibleName(tr("Quiet hours from"));
    m_quiet.to->setAccessibleName(tr("Quiet hours to"));
    m_horizonLabel->setText(tr("Plan reminders &ahead:"));
    m_horizon->setSuffix(tr(" days"));
    m_horizon->setAccessibleName(tr("Days ahead to plan reminders"));
    m_whenHint->setText(tr("Times are the clinic's. Quiet hours may run past midnight. A message that cannot go out "
                           "in time is skipped, with the reason shown on the Messages page. Letters and calls are "
                           "not held back."));
    m_clinicTitle->setText(tr("The clinic in messages"));
    m_clinicHint->setText(tr("Messages and letters quote these for {clinicAddress}, {clinicPhone} and calendar "
                             "entries."));
    m_addressLabel->setText(tr("Postal a&ddress:"));
    m_address->setPlaceholderText(tr("12 Quay Street\nBristol BS1 4DJ"));
    m_address->setAccessibleName(tr("Clinic's postal address"));
    m_phoneLabel->setText(tr("&Phone:"));
    m_phone->setPlaceholderText(tr("0117 496 0000"));
    m_phone->setAccessibleName(tr("Clinic's phone number"));
    m_emailLabel->setText(tr("&E-mail:"));
    m_email->setPlaceholderText(tr("reception@example.com"));
    m_email->setAccessibleName(tr("Clinic's e-mail address"));
    m_sentencesTitle->setText(tr("Confirming and cancelling"));
    m_confirmLabel->setText(tr("How to &confirm:"));
    m_confirm->setAccessibleName(tr("How patients confirm"));
    m_cancelLabel->setText(tr("How to ca&ncel:"));
    m_cancel->setAccessibleName(tr("How patients cancel"));
    QString language = QStringLiteral("en");
    bool withPhone = true;
    if (m_clinic && m_clinic->isOpen()) {
        SettingsService settings(*m_clinic);
        language = settings.get(QStringLiteral("clinic.language")).value_or(language);
        withPhone = !settings.get(QStringLiteral("clinic.phone")).value_or(QString()).trimmed().isEmpty();
    }
    m_confirm->setPlaceholderText(MessageTemplates::confirmHow(ContactChannel::Email, language, withPhone));
    m_cancel->setPlaceholderText(MessageTemplates::cancelHow(language, withPhone));
    m_sentencesHint->setText(tr("They fill {confirmHow} and {cancelHow} in the templates. Leave them empty for "
                                "Rapport's own sentences, shown greyed in the fields."));
}

} // namespace rapport
