#pragma once

// Shared by the appointment-book UI tests: a clinic with two dentists, a hygienist, two
// chairs, two types and two patients, and the book shown on a page of its own.
#include "../patients/PatientUiTest.h"
#include "schedule/AppointmentGrid.h"
#include "schedule/SchedulePage.h"
#include "scheduling/AppointmentBook.h"
#include "scheduling/ScheduleSetup.h"

#include <QTimeZone>

namespace rapport::test {

template <typename T> T must(Result<T> r)
{
    if (!r)
        qFatal("fixture step failed: %s", qPrintable(r.error().text()));
    return std::move(*r);
}

// Europe/London, Monday 2 November 2026 at 07:00 (UTC and local alike). Dr Smith and
// Dr Jones work Monday to Friday 08:00-12:30 and 13:30-17:00 (chairs 1 and 2); the
// hygienist Tuesdays and Thursdays 09:00-15:00. Check-up 30 min (anyone), Hygiene 45 min
// (hygienist only). Anna Berg and Ben Carter are patients.
struct BookClinic
{
    TestClinic t;
    Provider smith;
    Provider jones;
    Provider hygienist;
    Chair chair1;
    Chair chair2;
    AppointmentType checkUp;
    AppointmentType hygiene;
    Patient anna;
    Patient ben;
    std::unique_ptr<Clinic> session; // who works the book in the test

    static QDate monday() { return QDate(2026, 11, 2); }

    BookClinic()
    {
        t.clock.set(QDateTime(monday(), QTime(7, 0), Qt::UTC));
        ScheduleSetup setup(*t.clinic);
        chair1 = must(setup.saveChair(Chair{{}, QStringLiteral("Chair 1"), true, 1}));
        chair2 = must(setup.saveChair(Chair{{}, QStringLiteral("Chair 2"), true, 2}));
        smith = must(setup.saveProvider(
            Provider{{}, QStringLiteral("Dr Smith"), QStringLiteral("dentist"), QStringLiteral("#2f6fb0"), {}, true, 1}));
        jones = must(setup.saveProvider(
            Provider{{}, QStringLiteral("Dr Jones"), QStringLiteral("dentist"), QStringLiteral("#8a4fb0"), {}, true, 2}));
        hygienist = must(setup.saveProvider(Provider{{}, QStringLiteral("Hana Hygienist"), QStringLiteral("hygienist"),
                                                     QStringLiteral("#2f9e6f"), {}, true, 3}));
        QList<WorkingInterval> week;
        for (int d = 1; d <= 5; ++d)
            week << WorkingInterval{d, 8 * 60, 12 * 60 + 30, chair1.id}
                 << WorkingInterval{d, 13 * 60 + 30, 17 * 60, chair1.id};
        if (!setup.setWorkingHours(smith.id, week))
            qFatal("hours");
        for (WorkingInterval& w : week)
            w.chairId = chair2.id;
        if (!setup.setWorkingHours(jones.id, week))
            qFatal("hours");
        if (!setup.setWorkingHours(hygienist.id,
                                   {WorkingInterval{2, 9 * 60, 15 * 60, {}}, WorkingInterval{4, 9 * 60, 15 * 60, {}}}))
            qFatal("hours");
        AppointmentType c;
        c.name = QStringLiteral("Check-up");
        c.durationMinutes = 30;
        c.colour = QStringLiteral("#3b82c4");
        checkUp = must(setup.saveType(c));
        AppointmentType h;
        h.name = QStringLiteral("Hygiene");
        h.durationMinutes = 45;
        h.colour = QStringLiteral("#2f9e6f");
        h.providerIds = {hygienist.id};
        hygiene = must(setup.saveType(h));
        anna = createPatient(*t.clinic, patient(QStringLiteral("Anna"), QStringLiteral("Berg"), QDate(1985, 3, 1),
                                                QStringLiteral("07400 123451")));
        ben = createPatient(*t.clinic, patient(QStringLiteral("Ben"), QStringLiteral("Carter"), QDate(1979, 7, 9),
                                               QStringLiteral("07400 123452")));
    }

    // Signs in a member of staff with this role; the page works with their session.
    Clinic& as(Role role)
    {
        session = signedInAs(t, role == Role::Manager ? QStringLiteral("manager") : QStringLiteral("desk"), role);
        if (!session)
            qFatal("could not sign in");
        return *session;
    }

    static QDateTime local(QDate date, QTime time)
    {
        return QDateTime(date, time, QTimeZone("Europe/London")).toUTC();
    }

    Appointment book(const Patient& p, const Provider& provider, QTime at, const QString& chairId = {},
                     QDate date = monday())
    {
        Appointment a;
        a.patientId = p.id;
        a.providerId = provider.id;
        a.typeId = checkUp.id;
        a.chairId = chairId;
        a.start = local(date, at);
        return must(AppointmentBook(*t.clinic).book(a));
    }

    Appointment get(const QString& id) { return must(AppointmentBook(*t.clinic).get(id)); }
};

// The page on its own, shown and active, on the clinic's today.
inline std::unique_ptr<SchedulePage> showPage(Clinic& clinic)
{
    auto page = std::make_unique<SchedulePage>();
    page->resize(1280, 860);
    page->setClinic(&clinic);
    page->show();
    page->pageShown();
    if (!activate(page.get()))
        qWarning("the page did not become active");
    return page;
}

// The index of the book's column for a provider (by provider) or chair (by chair).
inline int columnOf(const SchedulePage& page, const QString& id)
{
    const auto& columns = page.grid()->data().columns;
    for (int i = 0; i < columns.size(); ++i)
        if (columns[i].providerId == id || (!id.isEmpty() && columns[i].chairId == id))
            return i;
    return -1;
}

// Drags with the mouse inside the grid, in steps, as a hand would.
inline void drag(AppointmentGrid* grid, QPoint from, QPoint to)
{
    QWidget* viewport = grid->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, from);
    const QPoint step = (to - from) / 4;
    for (int i = 1; i <= 3; ++i)
        QTest::mouseMove(viewport, from + step * i);
    QTest::mouseMove(viewport, to);
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, to);
}

} // namespace rapport::test
