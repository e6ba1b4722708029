#include "schedule/WaitlistPanel.h"

#include "common/Icons.h"
#include "common/InlineMessage.h"
#include "common/MessageBox.h"
#include "common/Style.h"
#include "patients/PatientText.h"
#include "schedule/ScheduleText.h"
#include "schedule/WaitlistEntryDialog.h"
#include "scheduling/ScheduleSetup.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rapport {

WaitlistPanel::WaitlistPanel(QWidget* parent)
    : QWidget(parent)
    , m_hint(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_message(new InlineMessage(this))
    , m_add(new QPushButton(this))
    , m_book(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    setObjectName(QStringLiteral("waitlistPanel"));
    m_hint->setWordWrap(true);
    Style::setRole(m_hint, "hint");
    m_list->setObjectName(QStringLiteral("waitlistList"));
    m_list->setColumnCount(1);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setUniformRowHeights(false);
    m_message->setObjectName(QStringLiteral("waitlistMessage"));
    m_add->setObjectName(QStringLiteral("waitlistAddButton"));
    m_add->setIcon(Icons::icon(QStringLiteral("plus")));
    m_book->setObjectName(QStringLiteral("waitlistBookButton"));
    m_remove->setObjectName(QStringLiteral("waitlistRemoveButton"));
    for (QPushButton* b : {m_add, m_book, m_remove})
        b->setAutoDefault(false);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    buttons->addWidget(m_add);
    buttons->addWidget(m_book);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->setSpacing(8);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_list, 1);

    connect(m_add, &QPushButton::clicked, this, &WaitlistPanel::addEntry);
    connect(m_remove, &QPushButton::clicked, this, &WaitlistPanel::removeCurrent);
    connect(m_book, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row < 0)
            return;
        const WaitlistEntry& e = m_entries[row];
        BookingDraft draft;
        PatientSearchHit hit;
        hit.patientId = e.patientId;
        hit.displayName = e.patientName;
        hit.phone = e.patientPhone;
        draft.patient = hit;
        draft.typeId = e.typeId;
        draft.providerId = e.providerId;
        draft.durationMinutes = e.durationMinutes;
        draft.date = e.earliestDate.isValid() && m_clinic
                         ? qMax(e.earliestDate, SettingsService(*m_clinic).today())
                         : QDate();
        draft.minute = qMax(e.earliestMinute, 8 * 60);
        draft.waitlistEntryId = e.id;
        draft.waitlistCurrentAppointmentId = e.currentAppointmentId;
        Q_EMIT bookRequested(draft);
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &WaitlistPanel::updateButtons);
    retranslateUi();
    updateButtons();
}

void WaitlistPanel::setClinic(Clinic* clinic)
{
    m_clinic = clinic;
    m_message->clear();
    reload();
}

int WaitlistPanel::currentRow() const
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    return row >= 0 && row < m_entries.size() ? row : -1;
}

void WaitlistPanel::reload()
{
    m_list->clear();
    m_entries.clear();
    m_typeNames.clear();
    m_providerNames.clear();
    const bool open = m_clinic && m_clinic->isOpen();
    if (open) {
        ScheduleSetup setup(*m_clinic);
        if (auto types = setup.types(true))
            for (const AppointmentType& t : *types)
                m_typeNames.insert(t.id, t.name);
        if (auto providers = setup.providers(true))
            for (const Provider& p : *providers)
                m_providerNames.insert(p.id, p.name);
        auto entries = Waitlist(*m_clinic).list();
        if (!entries)
            m_message->showError(entries.error());
        else
            m_entries = *entries;
    }
    const QString region = open ? SettingsService(*m_clinic).region() : QString();
    const QLocale locale;
    for (const WaitlistEntry& e : std::as_const(m_entries)) {
        QStringList wants;
        wants << (e.typeId.isEmpty() ? ScheduleText::duration(e.durationMinutes) : m_typeNames.value(e.typeId));
        wants << (e.providerId.isEmpty() ? tr("any provider") : m_providerNames.value(e.providerId));
        QStringList when{ScheduleText::weekdays(e.weekdays)};
        if (e.earliestMinute > 0 || e.latestMinute < 24 * 60)
            when << ScheduleText::minutes(e.earliestMinute, qMin(e.latestMinute, 24 * 60 - 1));
        if (e.earliestDate.isValid() && e.latestDate.isValid())
            when << tr("%1 to %2").arg(locale.toString(e.earliestDate, QLocale::ShortFormat),
                                       locale.toString(e.latestDate, QLocale::ShortFormat));
        else if (e.earliestDate.isValid())
            when << tr("from %1").arg(locale.toString(e.earliestDate, QLocale::ShortFormat));
        else if (e.latestDate.isValid())
            when << tr("by %1").arg(locale.toString(e.latestDate, QLocale::ShortFormat));
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, tr("%1\n%2\n%3").arg(e.patientName, wants.join(QStringLiteral(" · ")),
                                              when.join(QStringLiteral(" · "))));
        QStringList tip{e.patientName};
        if (!e.patientPhone.isEmpty())
            tip << tr("Phone: %1").arg(PatientText::phone(e.patientPhone, region));
        if (!e.note.isEmpty())
            tip << tr("Note: %1").arg(e.note);
        if (e.createdAt.isValid())
            tip << tr("On the list since %1").arg(locale.toString(e.createdAt.toLocalTime().date(),
                                                                  QLocale::ShortFormat));
        item->setToolTip(0, tip.join(QLatin1Char('\n')));
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_hint->setText(m_entries.isEmpty()
                        ? tr("Nobody is waiting for an earlier appointment. Patients added here are offered "
                             "freed time at once.")
                        : m_entries.size() == 1
                        ? tr("One patient waiting for an earlier appointment; they are offered freed time at once.")
                        : tr("%n patients waiting for an earlier appointment; they are offered freed time at once.",
                             nullptr, int(m_entries.size())));
    updateButtons();
    Q_EMIT countChanged();
}

void WaitlistPanel::updateButtons()
{
    const bool canBook = m_clinic && m_clinic->isOpen() && m_clinic->session().can(Permission::BookAppointments);
    m_add->setEnabled(canBook);
    m_book->setEnabled(canBook && currentRow() >= 0);
    m_remove->setEnabled(canBook && currentRow() >= 0);
}

void WaitlistPanel::addEntry()
{
    if (!m_clinic || !m_clinic->isOpen())
        return;
    auto* dialog = new WaitlistEntryDialog(*m_clinic, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_message->clear();
        reload();
        Q_EMIT statusMessage(tr("Added to the waitlist"));
    });
    dialog->open();
}

void WaitlistPanel::removeCurrent()
{
    const int row = currentRow();
    if (!m_clinic || row < 0)
        return;
    const WaitlistEntry e = m_entries[row];
    if (MessageBox::question(this, tr("Waitlist"), tr("Take %1 off the waitlist?").arg(e.patientName), {},
                             tr("Take off"), tr("Keep"))
        != QMessageBox::Yes)
        return;
    if (Status removed = Waitlist(*m_clinic).remove(e.id); !removed) {
        m_message->showError(removed.error());
        return;
    }
    m_message->clear();
    reload();
    Q_EMIT statusMessage(tr("Taken off the waitlist"));
}

void WaitlistPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WaitlistPanel::retranslateUi()
{
    m_add->setText(tr("Add…"));
    m_add->setToolTip(tr("Put a patient on the waitlist"));
    m_book->setText(tr("Book…"));
    m_book->setToolTip(tr("Book the chosen patient now"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Take the chosen patient off the waitlist"));
    m_list->setAccessibleName(tr("Waitlist"));
}

} // namespace rapport
