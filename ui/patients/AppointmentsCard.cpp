#include "patients/AppointmentsCard.h"

#include "common/Icons.h"
#include "common/Style.h"
#include "scheduling/SchedulingVocabulary.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport {

namespace {
const char* statusTone(AppointmentStatus s)
{
    switch (s) {
    case AppointmentStatus::Completed:
    case AppointmentStatus::Arrived:
    case AppointmentStatus::InChair:
    case AppointmentStatus::Confirmed:
        return "success";
    case AppointmentStatus::NoShow:
    case AppointmentStatus::LateCancellation:
        return "warning";
    case AppointmentStatus::Booked:
    case AppointmentStatus::CancelledByPatient:
    case AppointmentStatus::CancelledByClinic:
        break;
    }
    return "muted";
}

void clearRows(QVBoxLayout* layout)
{
    while (QLayoutItem* item = layout->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            // Out of the tree at once (a click on it may still be running), deleted later.
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        }
        delete item;
    }
}
} // namespace

AppointmentsCard::AppointmentsCard(QWidget* parent)
    : Card(parent)
    , m_summary(new QLabel(this))
    , m_risk(new QLabel(this))
    , m_upcomingTitle(new QLabel(this))
    , m_upcomingRows(new QVBoxLayout)
    , m_pastTitle(new QLabel(this))
    , m_pastRows(new QVBoxLayout)
    , m_showAll(new QPushButton(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("appointmentsCard"));
    auto* icon = new QLabel(this);
    icon->setPixmap(Icons::pixmap(QStringLiteral("calendar"), 18, Style::accent(), devicePixelRatioF()));
    titleRow()->insertWidget(0, icon);
    m_risk->setObjectName(QStringLiteral("appointmentsRiskBadge"));
    m_risk->setTextFormat(Qt::PlainText);
    Style::setRole(m_risk, "badge");
    m_risk->hide();
    titleRow()->addWidget(m_risk);
    m_summary->setObjectName(QStringLiteral("appointmentsHistory"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    Style::setRole(m_summary, "hint");
    for (QLabel* l : {m_upcomingTitle, m_pastTitle})
        Style::setRole(l, "fieldLabel");
    m_upcomingRows->setSpacing(4);
    m_pastRows->setSpacing(4);
    m_showAll->setObjectName(QStringLiteral("appointmentsShowAllButton"));
    Style::makeLink(m_showAll);
    m_empty->setObjectName(QStringLiteral("appointmentsEmpty"));
    m_empty->setWordWrap(true);
    Style::setRole(m_empty, "hint");
    body()->addWidget(m_summary);
    body()->addWidget(m_upcomingTitle);
    body()->addLayout(m_upcomingRows);
    body()->addWidget(m_pastTitle);
    body()->addLayout(m_pastRows);
    body()->addWidget(m_showAll, 0, Qt::AlignLeft);
    body()->addWidget(m_empty);
    connect(m_showAll, &QPushButton::clicked, this, [this] {
        m_showAllPast = !m_showAllPast;
        render();
    });
    retranslateUi();
}

void AppointmentsCard::setAppointments(const QList<AppointmentRow>& rows, const AttendanceHistory& history,
                                       const std::optional<NoShowRisk>& nextRisk, const QTimeZone& zone,
                                       const QDateTime& now)
{
    m_upcoming.clear();
    m_past.clear();
    for (const AppointmentRow& r : rows) {
        const bool toCome = r.appointment.end > now && holdsTime(r.appointment.status) &&
                            r.appointment.status != AppointmentStatus::Completed;
        (toCome ? m_upcoming : m_past) << r;
    }
    std::sort(m_upcoming.begin(), m_upcoming.end(), [](const AppointmentRow& a, const AppointmentRow& b) {
        return a.appointment.start < b.appointment.start;
    });
    m_history = history;
    m_nextRisk = m_upcoming.isEmpty() ? std::nullopt : nextRisk;
    m_zone = zone;
    m_showAllPast = false;
    render();
}

void AppointmentsCard::clear()
{
    m_upcoming.clear();
    m_past.clear();
    m_history = AttendanceHistory();
    m_nextRisk.reset();
    m_showAllPast = false;
    render();
}

QString AppointmentsCard::when(const QDateTime& utc) const
{
    const QDateTime local = m_zone.isValid() ? utc.toTimeZone(m_zone) : utc.toLocalTime();
    const QLocale locale;
    return locale.toString(local.date(), QStringLiteral("ddd ")) + locale.toString(local.date(), QLocale::ShortFormat) +
           QStringLiteral(", ") + locale.toString(local.time(), QLocale::ShortFormat);
}

QString AppointmentsCard::historyText() const
{
    const AttendanceHistory& h = m_history;
    QStringList parts;
    parts << tr("%n attended", nullptr, h.attended);
    parts << (h.noShows == 1 ? tr("1 no-show") : tr("%n no-shows", nullptr, h.noShows));
    parts << (h.lateCancellations == 1 ? tr("1 late cancellation")
                                       : tr("%n late cancellations", nullptr, h.lateCancellations));
    if (h.cancellations > 0)
        parts << tr("%n cancelled in good time", nullptr, h.cancellations);
    return parts.join(QStringLiteral(" · "));
}

QWidget* AppointmentsCard::makeRow(const AppointmentRow& r, const QString& objectName)
{
    const Appointment& a = r.appointment;
    auto* row = new QWidget(this);
    row->setObjectName(objectName);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 1, 0, 1);
    layout->setSpacing(10);
    auto* bar = new QFrame(row);
    bar->setFixedWidth(4);
    bar->setStyleSheet(QStringLiteral("background: %1; border-radius: 2px;")
                           .arg(QColor::isValidColorName(r.typeColour) ? r.typeColour : QStringLiteral("#c8d0d3")));
    auto* text = new QVBoxLayout;
    text->setSpacing(0);
    auto* open = new QPushButton(row);
    open->setObjectName(objectName + QStringLiteral("_open"));
    const QString whenText = when(a.start);
    open->setText(whenText);
    open->setToolTip(tr("Show this appointment in the book"));
    open->setAccessibleName(tr("%1, %2 with %3: show in the book").arg(whenText, r.typeName, r.providerName));
    open->setAutoDefault(false);
    Style::makeLink(open);
    QFont f = open->font();
    f.setWeight(QFont::DemiBold);
    open->setFont(f);
    const QString id = a.id;
    connect(open, &QPushButton::clicked, this, [this, id] { Q_EMIT showAppointmentRequested(id); });
    auto* detail = new QLabel(row);
    detail->setTextFormat(Qt::PlainText);
    detail->setWordWrap(true);
    detail->setContentsMargins(2, 0, 2, 0);
    QStringList parts{tr("%1 with %2").arg(r.typeName, r.providerName), tr("%n min", nullptr, a.durationMinutes())};
    if (!a.statusReason.isEmpty())
        parts << a.statusReason;
    detail->setText(parts.join(QStringLiteral(" · ")));
    Style::setRole(detail, "hint");
    text->addWidget(open, 0, Qt::AlignLeft);
    text->addWidget(detail);
    auto* status = new QLabel(row);
    status->setObjectName(objectName + QStringLiteral("_status"));
    status->setTextFormat(Qt::PlainText);
    status->setText(SchedulingVocabulary::statusName(a.status));
    status->setProperty("tone", QString::fromLatin1(statusTone(a.status)));
    Style::setRole(status, "badge");
    layout->addWidget(bar);
    layout->addLayout(text, 1);
    layout->addWidget(status, 0, Qt::AlignTop);
    return row;
}

void AppointmentsCard::render()
{
    clearRows(m_upcomingRows);
    clearRows(m_pastRows);
    for (int i = 0; i < m_upcoming.size(); ++i)
        m_upcomingRows->addWidget(makeRow(m_upcoming.at(i), QStringLiteral("upcomingAppointment_%1").arg(i)));
    const int shown = m_showAllPast ? int(m_past.size()) : qMin(int(m_past.size()), PastShown);
    for (int i = 0; i < shown; ++i)
        m_pastRows->addWidget(makeRow(m_past.at(i), QStringLiteral("pastAppointment_%1").arg(i)));
    const bool any = !m_upcoming.isEmpty() || !m_past.isEmpty();
    m_upcomingTitle->setVisible(!m_upcoming.isEmpty());
    m_pastTitle->setVisible(!m_past.isEmpty());
    m_showAll->setVisible(m_past.size() > PastShown);
    m_showAll->setText(m_showAllPast ? tr("Show fewer") : tr("Show all %n past appointments", nullptr, int(m_past.size())));
    m_summary->setVisible(any);
    m_summary->setText(historyText());
    m_empty->setVisible(!any);

    m_risk->setVisible(m_nextRisk.has_value());
    if (m_nextRisk) {
        const NoShowRisk& risk = *m_nextRisk;
        m_risk->setProperty("tone", QString::fromLatin1(risk.level == RiskLevel::Low ? "success" : "warning"));
        // High risk stands out in red: it asks for a confirmation call.
        m_risk->setStyleSheet(risk.needsConfirmationCall()
                                  ? QStringLiteral("QLabel { background: #fdeceb; color: #b42318; border: 1px solid "
                                                   "#f3c1bc; }")
                                  : QString());
        m_risk->setText(tr("No-show risk: %1").arg(NoShowRiskModel::levelName(risk.level)));
        QString tip = tr("Next appointment: about %1% chance of a no-show or late cancellation.")
                          .arg(qRound(risk.probability * 100));
        for (const QString& reason : risk.reasons)
            tip += QStringLiteral("\n• ") + reason;
        if (risk.needsConfirmationCall())
            tip += QStringLiteral("\n\n") + tr("Call the patient to confirm.");
        m_risk->setToolTip(tip);
        m_risk->setAccessibleName(m_risk->text());
        m_risk->setAccessibleDescription(tip);
        Style::repolish(m_risk);
    }
}

void AppointmentsCard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Card::changeEvent(event);
}

void AppointmentsCard::retranslateUi()
{
    setTitle(tr("Appointments"));
    m_upcomingTitle->setText(tr("Coming up"));
    m_pastTitle->setText(tr("Past"));
    m_empty->setText(tr("No appointments yet."));
    render();
}

} // namespace rapport
