#include "schedule/AppointmentPanel.h"

#include "common/Icons.h"
#include "common/Style.h"
#include "schedule/ScheduleText.h"
#include "scheduling/SchedulingVocabulary.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport {

AppointmentPanel::AppointmentPanel(QWidget* parent)
    : QWidget(parent)
    , m_empty(new QLabel(this))
    , m_body(new QWidget(this))
    , m_name(new QLabel)
    , m_when(new QLabel)
    , m_what(new QLabel)
    , m_who(new QLabel)
    , m_phone(new QLabel)
    , m_statusLabel(new QLabel)
    , m_notes(new QLabel)
    , m_risk(new QLabel)
    , m_override(new QLabel)
    , m_historyTitle(new QLabel)
    , m_history(new QListWidget)
    , m_open(new QPushButton)
    , m_status(new QPushButton)
{
    setObjectName(QStringLiteral("appointmentPanel"));
    m_empty->setObjectName(QStringLiteral("appointmentPanelHint"));
    m_empty->setWordWrap(true);
    Style::setRole(m_empty, "hint");
    m_name->setObjectName(QStringLiteral("appointmentPanelName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setWeight(QFont::DemiBold);
    m_name->setFont(big);
    for (QLabel* l : {m_name, m_when, m_what, m_who, m_phone, m_statusLabel, m_notes, m_risk, m_override}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_statusLabel->setObjectName(QStringLiteral("appointmentPanelStatus"));
    m_risk->setObjectName(QStringLiteral("appointmentPanelRisk"));
    Style::setRole(m_notes, "hint");
    Style::setRole(m_override, "hint");
    Style::setRole(m_historyTitle, "sectionTitle");
    m_history->setObjectName(QStringLiteral("appointmentHistoryList"));
    m_history->setFocusPolicy(Qt::NoFocus);
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    m_history->setWordWrap(true);
    m_history->setTextElideMode(Qt::ElideRight);
    m_open->setObjectName(QStringLiteral("appointmentOpenPatientButton"));
    m_open->setIcon(Icons::icon(QStringLiteral("user")));
    m_open->setAutoDefault(false);
    m_status->setObjectName(QStringLiteral("appointmentStatusButton"));
    m_status->setIcon(Icons::icon(QStringLiteral("check-circle")));
    m_status->setAutoDefault(false);
    m_status->setMenu(new QMenu(m_status));

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    buttons->addWidget(m_open);
    buttons->addWidget(m_status);
    buttons->addStretch();
    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(6);
    body->addWidget(m_name);
    body->addWidget(m_when);
    body->addWidget(m_what);
    body->addWidget(m_who);
    body->addWidget(m_phone);
    body->addWidget(m_statusLabel);
    body->addWidget(m_risk);
    body->addWidget(m_notes);
    body->addWidget(m_override);
    body->addLayout(buttons);
    body->addSpacing(8);
    body->addWidget(m_historyTitle);
    body->addWidget(m_history, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->addWidget(m_empty);
    layout->addWidget(m_body, 1);
    layout->addStretch(0);
    m_body->hide();

    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!m_patientId.isEmpty())
            Q_EMIT openPatientRequested(m_patientId);
    });
    retranslateUi();
}

void AppointmentPanel::showItem(const BookItem* item, const QList<AppointmentStatusChange>& history,
                                const QList<AppointmentStatus>& nextStatuses, const WorkingCalendar& calendar,
                                bool editable)
{
    m_id = item ? item->id() : QString();
    m_patientId = item ? item->row.appointment.patientId : QString();
    m_empty->setVisible(!item);
    m_body->setVisible(item);
    if (!item)
        return;
    const AppointmentRow& r = item->row;
    const Appointment& a = r.appointment;
    m_name->setText(r.patientName);
    m_when->setText(tr("%1, %2").arg(ScheduleText::date(calendar.localDate(a.start.toMSecsSinceEpoch())),
                                     ScheduleText::minutes(item->startMinute, item->endMinute)));
    m_what->setText(tr("%1 · %2").arg(r.typeName, ScheduleText::duration(a.durationMinutes())));
    m_who->setText(r.chairName.isEmpty() ? r.providerName : tr("%1 · %2").arg(r.providerName, r.chairName));
    m_phone->setText(r.patientPhone.isEmpty() ? tr("No phone number") : tr("Phone: %1").arg(r.patientPhone));
    QString status = SchedulingVocabulary::statusName(a.status);
    if (!a.statusReason.isEmpty())
        status = tr("%1: %2").arg(status, a.statusReason);
    m_statusLabel->setText(status);
    m_statusLabel->setStyleSheet(QStringLiteral("color: %1; font-weight: 600;")
                                     .arg(ScheduleText::statusColour(a.status).name()));
    m_risk->setVisible(item->hasRisk);
    if (item->hasRisk) {
        m_risk->setText(ScheduleText::risk(item->risk, item->row.appointment.status));
        m_risk->setStyleSheet(QStringLiteral("color: %1;").arg(ScheduleText::riskColour(item->risk.level).name()));
    }
    m_notes->setText(a.notes.isEmpty() ? QString() : tr("Notes: %1").arg(a.notes));
    m_notes->setVisible(!a.notes.isEmpty());
    m_override->setText(a.overrideReason.isEmpty() ? QString()
                                                   : tr("Booked despite a conflict: %1").arg(a.overrideReason));
    m_override->setVisible(!a.overrideReason.isEmpty());

    QMenu* menu = m_status->menu();
    menu->clear();
    bool cancellable = false;
    for (AppointmentStatus next : nextStatuses) {
        if (SchedulingVocabulary::isCancellation(next)) {
            cancellable = true;
            continue;
        }
        QAction* action = menu->addAction(ScheduleText::statusAction(next));
        action->setShortcut(ScheduleText::statusKey(next));
        action->setIcon(Icons::icon(ScheduleText::statusIcon(next), ScheduleText::statusColour(next)));
        const QString id = m_id;
        connect(action, &QAction::triggered, this, [this, id, next] { Q_EMIT statusRequested(id, next); });
    }
    if (cancellable) {
        menu->addSeparator();
        QAction* cancel = menu->addAction(ScheduleText::statusAction(AppointmentStatus::CancelledByPatient));
        cancel->setShortcut(QKeySequence(QKeySequence::Delete));
        const QString id = m_id;
        connect(cancel, &QAction::triggered, this, [this, id] { Q_EMIT cancelRequested(id); });
    }
    m_status->setEnabled(editable && !menu->isEmpty());

    m_history->clear();
    for (const AppointmentStatusChange& change : history) {
        QString line = tr("%1 — %2").arg(ScheduleText::dateTime(change.at, calendar),
                                         SchedulingVocabulary::statusName(change.status));
        if (!change.reason.isEmpty())
            line += tr(": %1").arg(change.reason);
        if (!change.actorName.isEmpty())
            line += QLatin1Char('\n') + tr("by %1").arg(change.actorName);
        auto* entry = new QListWidgetItem(Icons::icon(ScheduleText::statusIcon(change.status),
                                                      ScheduleText::statusColour(change.status)),
                                          line, m_history);
        entry->setToolTip(line);
    }
    if (!a.bookedAt.isValid())
        return;
    m_history->setToolTip(tr("Booked %1").arg(ScheduleText::dateTime(a.bookedAt, calendar)));
}

void AppointmentPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AppointmentPanel::retranslateUi()
{
    m_empty->setText(tr("Choose an appointment to see it in full and its history. Double-click or press Enter "
                        "on an empty time to book."));
    m_historyTitle->setText(tr("Status history"));
    m_open->setText(tr("Patient's page"));
    m_open->setToolTip(tr("Open the patient's page (Enter on the book)"));
    m_status->setText(tr("Status"));
    m_status->setToolTip(tr("Change the status: C confirmed, A arrived, S in the chair, D completed, N no-show, "
                            "Delete cancels"));
}

} // namespace rapport
