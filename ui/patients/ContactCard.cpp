#include "patients/ContactCard.h"

#include "common/Icons.h"
#include "common/Style.h"
#include "patients/PatientText.h"
#include "patients/PatientVocabulary.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace rapport {

namespace {
QString iconFor(ContactChannel channel)
{
    switch (channel) {
    case ContactChannel::Sms:
        return QStringLiteral("message");
    case ContactChannel::Email:
        return QStringLiteral("mail");
    case ContactChannel::Phone:
        return QStringLiteral("phone");
    case ContactChannel::Letter:
        return QStringLiteral("map-pin");
    case ContactChannel::None:
        break;
    }
    return QStringLiteral("info");
}

QString joinPurposes(const QList<ConsentPurpose>& purposes)
{
    QStringList names;
    for (ConsentPurpose p : purposes)
        names << PatientVocabulary::name(p);
    return names.join(QStringLiteral(", "));
}
} // namespace

ContactCard::ContactCard(QWidget* parent)
    : Card(parent)
    , m_extra(new QLabel(this))
    , m_history(new QPushButton(this))
{
    setObjectName(QStringLiteral("contactCard"));
    auto* icon = new QLabel(this);
    icon->setPixmap(Icons::pixmap(QStringLiteral("shield-check"), 18, Style::accent(), devicePixelRatioF()));
    titleRow()->insertWidget(0, icon);
    m_history->setObjectName(QStringLiteral("consentHistoryButton"));
    m_history->setIcon(Icons::icon(QStringLiteral("history"), Style::accent()));
    Style::makeLink(m_history);
    titleRow()->addWidget(m_history);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(1, 1);
    int row = 0;
    for (ContactChannel channel : PatientVocabulary::messageChannels()) {
        const QString key = PatientVocabulary::key(channel);
        Row r;
        r.icon = new QLabel(this);
        r.icon->setPixmap(Icons::pixmap(iconFor(channel), 18, QColor(0x3d, 0x4c, 0x53), devicePixelRatioF()));
        r.name = new QLabel(this);
        Style::setRole(r.name, "fieldLabel");
        r.value = new QLabel(this);
        r.value->setObjectName(QStringLiteral("contactValue_") + key);
        r.value->setTextFormat(Qt::PlainText);
        r.value->setWordWrap(true);
        r.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        r.consent = new QLabel(this);
        r.consent->setObjectName(QStringLiteral("consentSummary_") + key);
        r.consent->setTextFormat(Qt::RichText);
        r.consent->setWordWrap(true);
        r.button = new QPushButton(this);
        r.button->setObjectName(QStringLiteral("consentButton_") + key);
        r.button->setIcon(Icons::icon(QStringLiteral("shield-check"), Style::accent()));
        Style::makeLink(r.button);
        if (row > 0) {
            auto* line = new QFrame(this);
            Style::setRole(line, "divider");
            grid->addWidget(line, row++, 0, 1, 3);
            grid->setRowMinimumHeight(row - 1, 9);
        }
        // Name, then the number or address, then the consent, one under the other.
        grid->addWidget(r.icon, row, 0, Qt::AlignTop);
        grid->addWidget(r.name, row, 1);
        grid->addWidget(r.button, row, 2, Qt::AlignRight | Qt::AlignTop);
        grid->addWidget(r.value, row + 1, 1, 1, 2);
        grid->addWidget(r.consent, row + 2, 1, 1, 2);
        row += 3;
        m_rows.insert(channel, r);
        connect(r.button, &QPushButton::clicked, this, [this, channel] { Q_EMIT consentRequested(channel); });
    }
    m_extra->setObjectName(QStringLiteral("contactExtra"));
    m_extra->setTextFormat(Qt::PlainText);
    m_extra->setWordWrap(true);
    Style::setRole(m_extra, "hint");
    body()->addLayout(grid);
    body()->addWidget(m_extra);
    connect(m_history, &QPushButton::clicked, this, &ContactCard::historyRequested);
    retranslateUi();
}

void ContactCard::setContact(const Patient& patient, const QList<ConsentRecord>& current,
                             const QHash<ContactChannel, ContactPoint>& via, const QString& region)
{
    m_patient = patient;
    m_current = current;
    m_via = via;
    m_region = region;
    render();
}

void ContactCard::setEditable(bool editable)
{
    for (const Row& r : std::as_const(m_rows))
        r.button->setVisible(editable);
}

void ContactCard::clear()
{
    m_patient = Patient();
    m_current.clear();
    m_via.clear();
    render();
}

QString ContactCard::valueText(ContactChannel channel) const
{
    return m_rows.value(channel).value ? m_rows.value(channel).value->text() : QString();
}

QString ContactCard::consentText(ContactChannel channel) const
{
    QLabel* label = m_rows.value(channel).consent;
    return label ? label->accessibleDescription() : QString();
}

QPushButton* ContactCard::consentButton(ContactChannel channel) const
{
    return m_rows.value(channel).button;
}

void ContactCard::render()
{
    const Patient& p = m_patient;
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        const ContactChannel channel = it.key();
        Row& r = it.value();
        QStringList lines;
        QString missing;
        switch (channel) {
        case ContactChannel::Sms:
            if (!p.mobilePhone.isEmpty())
                lines << PatientText::phone(p.mobilePhone, m_region);
            missing = tr("No mobile number");
            break;
        case ContactChannel::Email:
            if (!p.email.isEmpty())
                lines << p.email;
            missing = tr("No e-mail address");
            break;
        case ContactChannel::Phone:
            if (!p.mobilePhone.isEmpty())
                lines << tr("Mobile  %1").arg(PatientText::phone(p.mobilePhone, m_region));
            if (!p.homePhone.isEmpty())
                lines << tr("Home  %1").arg(PatientText::phone(p.homePhone, m_region));
            if (!p.workPhone.isEmpty())
                lines << tr("Work  %1").arg(PatientText::phone(p.workPhone, m_region));
            missing = tr("No phone number");
            break;
        case ContactChannel::Letter: {
            lines << p.address.lines(m_region);
            missing = tr("No postal address");
            break;
        }
        case ContactChannel::None:
            break;
        }
        if (lines.isEmpty() && m_via.contains(channel) && !m_via.value(channel).isEmpty()) {
            // A minor without their own number or address is reached through their guardian.
            const ContactPoint& via = m_via.value(channel);
            if (channel == ContactChannel::Letter) {
                QStringList address = via.address.split(QLatin1Char('\n'));
                if (!address.isEmpty() && address.constFirst() == via.viaName)
                    address.removeFirst();
                lines << tr("Through %1:").arg(via.viaName) << address;
            } else {
                const QString address = channel == ContactChannel::Email
                                            ? via.address
                                            : PatientText::phone(via.address, m_region);
                lines << tr("Through %1: %2").arg(via.viaName, address);
            }
        }
        const bool has = !lines.isEmpty();
        r.value->setText(has ? lines.join(QLatin1Char('\n')) : missing);
        Style::setRole(r.value, has ? "" : "hint");
        r.name->setText(PatientVocabulary::name(channel));
        if (p.preferredChannel == channel)
            r.name->setText(tr("%1 ★").arg(PatientVocabulary::name(channel)));
        r.name->setToolTip(p.preferredChannel == channel ? tr("Preferred channel") : QString());

        // Consent for each purpose on this channel: the latest decision is in force.
        QList<ConsentPurpose> granted, withdrawn, notAsked;
        for (ConsentPurpose purpose : PatientVocabulary::purposes()) {
            auto found = std::find_if(m_current.cbegin(), m_current.cend(), [&](const ConsentRecord& c) {
                return c.channel == channel && c.purpose == purpose;
            });
            if (found == m_current.cend())
                notAsked << purpose;
            else if (found->granted)
                granted << purpose;
            else
                withdrawn << purpose;
        }
        // Fixed, translated words only; escaped all the same.
        QStringList parts, plain;
        auto add = [&](const char* color, const QString& mark, const QString& text) {
            parts << QStringLiteral("<span style=\"color:%1\">%2</span>")
                         .arg(QLatin1String(color), (mark + text).toHtmlEscaped());
            plain << text;
        };
        if (!granted.isEmpty())
            add("#1a7f37", QStringLiteral("✓ "), tr("Granted: %1").arg(joinPurposes(granted)));
        if (!withdrawn.isEmpty())
            add("#b42318", QStringLiteral("✕ "), tr("Withdrawn: %1").arg(joinPurposes(withdrawn)));
        if (!notAsked.isEmpty())
            add("#5b6970", QString(),
                granted.isEmpty() && withdrawn.isEmpty() ? tr("Consent not asked yet")
                                                         : tr("Not asked: %1").arg(joinPurposes(notAsked)));
        r.consent->setText(parts.join(QStringLiteral("<br>")));
        r.consent->setAccessibleDescription(plain.join(QStringLiteral(". ")));
        r.consent->setAccessibleName(tr("Consent for %1").arg(PatientVocabulary::name(channel)));
        r.button->setAccessibleName(
            tr("Record a consent decision for %1").arg(PatientVocabulary::name(channel)));
    }
    QStringList extra;
    if (!p.preferredContactTimes.isEmpty())
        extra << tr("Best times: %1").arg(p.preferredContactTimes);
    if (!p.language.isEmpty()) {
        const QLocale::Language language = QLocale::codeToLanguage(p.language);
        // The language's own name ("Deutsch", "Polski") reads right in every interface language.
        const QString native = language == QLocale::AnyLanguage ? QString() : QLocale(language).nativeLanguageName();
        extra << tr("Speaks %1").arg(native.isEmpty() ? p.language : native);
    }
    m_extra->setText(extra.join(QStringLiteral("  ·  ")));
    m_extra->setVisible(!extra.isEmpty());
}

void ContactCard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Card::changeEvent(event);
}

void ContactCard::retranslateUi()
{
    setTitle(tr("Contact and consent"));
    m_history->setText(tr("Consent history…"));
    for (const Row& r : std::as_const(m_rows))
        r.button->setText(tr("Consent…"));
    render();
}

} // namespace rapport
