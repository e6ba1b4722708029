// The day sheet menu of the appointment book, and showing one appointment in the book.
#include "schedule/SchedulePage.h"

#include "common/Icons.h"
#include "schedule/AppointmentGrid.h"
#include "schedule/DaySheet.h"
#include "common/InlineMessage.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QPushButton>

namespace rapport {

QPushButton* SchedulePage::makeDaySheetButton()
{
    auto* button = new QPushButton(this);
    button->setObjectName(QStringLiteral("scheduleDaySheetButton"));
    button->setAutoDefault(false);
    button->setIcon(Icons::icon(QStringLiteral("printer")));
    auto* menu = new QMenu(button);
    menu->setObjectName(QStringLiteral("scheduleDaySheetMenu"));
    button->setMenu(menu);
    // The entries name the provider in view, so they are made when the menu opens.
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        menu->clear();
        if (!m_clinic)
            return;
        const auto [providerId, providerName] = sheetProvider();
        auto add = [&](const QString& text, const QStringList& providers, bool pdf, const QKeySequence& keys = {}) {
            QAction* a = menu->addAction(text);
            a->setShortcut(keys);
            connect(a, &QAction::triggered, this, [this, providers, pdf] {
                if (!m_clinic)
                    return;
                if (pdf)
                    DaySheet::savePdf(this, *m_clinic, m_date, providers);
                else
                    DaySheet::printDialog(this, *m_clinic, m_date, providers);
            });
        };
        if (m_view != View::Week) {
            add(tr("Print the clinic's day…"), {}, false, m_printAction->shortcut());
            add(tr("Save the clinic's day as PDF…"), {}, true);
        }
        if (!providerId.isEmpty()) {
            if (m_view != View::Week)
                menu->addSeparator();
            add(tr("Print %1's day…").arg(providerName), {providerId}, false,
                m_view == View::Week ? m_printAction->shortcut() : QKeySequence());
            add(tr("Save %1's day as PDF…").arg(providerName), {providerId}, true);
        }
    });
    return button;
}

std::pair<QString, QString> SchedulePage::sheetProvider() const
{
    const QList<BookColumn>& columns = m_data.columns;
    if (m_view == View::Week) {
        for (const BookColumn& c : columns)
            if (!c.providerId.isEmpty())
                return {c.providerId, m_provider->currentText()};
        return {};
    }
    const int column = m_grid->cursorColumn();
    if (column >= 0 && column < columns.size() && !columns.at(column).providerId.isEmpty())
        return {columns.at(column).providerId, columns.at(column).title};
    return {};
}

void SchedulePage::printDay()
{
    if (!m_clinic)
        return;
    const auto [providerId, providerName] = sheetProvider();
    if (m_view == View::Week && !providerId.isEmpty())
        DaySheet::printDialog(this, *m_clinic, m_date, {providerId});
    else
        DaySheet::printDialog(this, *m_clinic, m_date, {});
}

void SchedulePage::showAppointment(const QString& appointmentId)
{
    if (!m_clinic)
        return;
    auto row = AppointmentBook(*m_clinic).row(appointmentId);
    if (!row) {
        m_message->showError(row.error());
        return;
    }
    const QDate day = row->appointment.start.toTimeZone(SettingsService(*m_clinic).timeZone()).date();
    m_view = View::Day;
    m_date = day;
    reload();
    m_grid->select(appointmentId);
    m_grid->setFocus();
}

} // namespace rapport
