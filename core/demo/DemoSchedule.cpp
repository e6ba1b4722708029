#include "demo/DemoSchedule.h"

#include "demo/DemoBookings.h"
#include "scheduling/ScheduleImport.h"
#include "security/Clinic.h"
#include "security/SettingsService.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>
#include <random>

namespace rapport {

using demo::BookedVisit;
using demo::BookingWorld;
using demo::DayMask;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::DemoSchedule", text);
}

const char* const GivenNames[] = {"Amelia", "Rohan", "Siobhán", "Lukas", "Fatima", "Théo", "Ngozi", "Piotr",
                                  "Ingrid", "Mateo", "Mei", "Oliver", "Aylin", "Kwame", "Hélène", "Arjun",
                                  "Zofia", "Liam", "Yasmin", "Björn", "Lucía", "Emre", "Grace", "Cian"};
const char* const FamilyNames[] = {"Okafor", "Lindqvist", "Sharma", "Brennan", "Moreau", "Kowalczyk", "Haddad",
                                   "Fernández", "Chen", "Mensah", "Schröder", "Patel", "Yılmaz", "Walsh",
                                   "Nakamura", "Rossi", "Ahmed", "Dubois", "Nielsen", "Costa"};
const char* const Colours[] = {"#3a7bd5", "#e4572e", "#17a398", "#76b041", "#d4a017", "#9b5de5", "#f15bb5",
                               "#00838f", "#ef8354", "#4f5d75", "#2a9d8f", "#c2185b"};

// Reproducible time-ordered UUIDs (version 7 layout), like DemoPopulation's.
class Ids
{
public:
    explicit Ids(quint64 seed)
        : m_engine(seed)
    {
    }
    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_engine); }
    QString uuid(qint64 ms)
    {
        static const char hex[] = "0123456789abcdef";
        const quint64 a = m_engine(), b = m_engine();
        quint8 bytes[16];
        for (int i = 0; i < 6; ++i)
            bytes[i] = quint8((ms >> (8 * (5 - i))) & 0xFF);
        for (int i = 6; i < 16; ++i)
            bytes[i] = quint8(((i < 11 ? a : b) >> (8 * (i % 8))) & 0xFF);
        bytes[6] = quint8(0x70 | (bytes[6] & 0x0F));
        bytes[8] = quint8(0x80 | (bytes[8] & 0x3F));
        QString out(36, Qt::Uninitialized);
        QChar* c = out.data();
        for (int i = 0; i < 16; ++i) {
            if (i == 4 || i == 6 || i == 8 || i == 10)
                *c++ = QLatin1Char('-');
            *c++ = QLatin1Char(hex[bytes[i] >> 4]);
            *c++ = QLatin1Char(hex[bytes[i] & 0xF]);
        }
        return out;
    }

private:
    std::mt19937_64 m_engine;
};

QDate easterSunday(int year)
{
    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QDate mondayOnOrAfter(QDate d)
{
    return d.addDays((8 - d.dayOfWeek()) % 7);
}

// Public holidays in the way of English and Welsh bank holidays.
QList<ScheduleException> closures(int fromYear, int toYear)
{
    QList<ScheduleException> out;
    auto add = [&](QDate date, const QString& note) {
        ScheduleException e;
        e.kind = ExceptionKind::Closure;
        e.firstDate = e.lastDate = date;
        e.note = note;
        out << e;
    };
    for (int y = fromYear; y <= toYear; ++y) {
        add(QDate(y, 1, 1), QCoreApplication::translate("rapport::DemoSchedule", "New Year's Day"));
        const QDate easter = easterSunday(y);
        add(easter.addDays(-2), QCoreApplication::translate("rapport::DemoSchedule", "Good Friday"));
        add(easter.addDays(1), QCoreApplication::translate("rapport::DemoSchedule", "Easter Monday"));
        add(mondayOnOrAfter(QDate(y, 5, 1)), QCoreApplication::translate("rapport::DemoSchedule", "Early May bank holiday"));
        add(mondayOnOrAfter(QDate(y, 5, 25)), QCoreApplication::translate("rapport::DemoSchedule", "Spring bank holiday"));
        add(mondayOnOrAfter(QDate(y, 8, 25)), QCoreApplication::translate("rapport::DemoSchedule", "Summer bank holiday"));
        add(QDate(y, 12, 25), QCoreApplication::translate("rapport::DemoSchedule", "Christmas Day"));
        add(QDate(y, 12, 26), QCoreApplication::translate("rapport::DemoSchedule", "Boxing Day"));
    }
    return out;
}

QList<WorkingInterval> hoursFor(int provider, const QString& chairId)
{
    QList<WorkingInterval> out;
    const bool shortFriday = provider % 4 == 3;
    for (int day = Qt::Monday; day <= Qt::Friday; ++day) {
        if (day == Qt::Friday && shortFriday) {
            out << WorkingInterval{day, 8 * 60, 13 * 60, chairId};
            continue;
        }
        out << WorkingInterval{day, 8 * 60, 12 * 60 + 30, chairId} << WorkingInterval{day, 13 * 60 + 30, 17 * 60, chairId};
    }
    if (provider % 6 == 1)
        out << WorkingInterval{Qt::Saturday, 9 * 60, 12 * 60 + 30, chairId};
    return out;
}

QString reasonText(quint8 reason)
{
    switch (reason) {
    case demo::Unwell: return QCoreApplication::translate("rapport::DemoSchedule", "Unwell");
    case demo::Work: return QCoreApplication::translate("rapport::DemoSchedule", "Work commitment");
    case demo::Childcare: return QCoreApplication::translate("rapport::DemoSchedule", "Childcare");
    case demo::Transport: return QCoreApplication::translate("rapport::DemoSchedule", "Transport problem");
    case demo::Forgot: return QCoreApplication::translate("rapport::DemoSchedule", "Forgot the appointment");
    case demo::Rearranged: return QCoreApplication::translate("rapport::DemoSchedule", "Rearranged by phone");
    case demo::ProviderUnwell: return QCoreApplication::translate("rapport::DemoSchedule", "Provider unwell");
    case demo::Equipment: return QCoreApplication::translate("rapport::DemoSchedule", "Equipment fault");
    default: return {};
    }
}

struct Staff
{
    QString clinicianId;
    QString clinicianName;
    QString receptionId;
};

Result<Staff> demoStaff(Database& db)
{
    Staff s;
    RAPPORT_TRY_ASSIGN(Statement st, db.prepare("SELECT id, display_name, role FROM staff WHERE active = 1"
                                                " ORDER BY created_at, id"));
    RAPPORT_TRY(st.forEach([&](const Statement& row) {
        const QString role = row.text(2);
        if (role == QLatin1String("clinician") && s.clinicianId.isEmpty()) {
            s.clinicianId = row.text(0);
            s.clinicianName = row.text(1);
        } else if (role == QLatin1String("receptionist") && s.receptionId.isEmpty()) {
            s.receptionId = row.text(0);
        }
    }));
    return s;
}

} // namespace

int DemoSchedule::providerCountFor(int patients)
{
    return std::clamp((patients + 1750) / 3500, 3, 32);
}

Result<DemoSchedule::Summary> DemoSchedule::generate(Clinic& clinic, const Options& options)
{
    Database& db = clinic.database();
    RAPPORT_TRY_ASSIGN(const qint64 existing, db.scalar(QStringLiteral("SELECT count(*) FROM providers")));
    if (existing > 0)
        return fail(ErrorCode::AlreadyExists,
                    tr("The clinic already has providers; demo appointments are only added to a clinic without a "
                       "schedule."));
    if (options.years < 1 || options.years > 30)
        return fail(ErrorCode::InvalidInput, tr("Choose from 1 to 30 years of demo appointments."));
    bool stopped = false;
    auto progress = [&](int share) {
        stopped = stopped || (options.progress && !options.progress(share));
        return !stopped;
    };
    const auto cancelled = [] {
        return fail(ErrorCode::Conflict, tr("Creating the demo appointments was cancelled; nothing was saved."));
    };

    const SettingsService settings(clinic);
    const QTimeZone zone = settings.timeZone();
    const QDate today = settings.today();
    // The start of the clinic's day divides past from future, so the same seed gives the
    // same book all day long.
    const qint64 nowMs = today.startOfDay(zone).toMSecsSinceEpoch();
    Ids ids(options.seed ^ 0xd3e05c4edULL);
    RAPPORT_TRY_ASSIGN(const Staff staff, demoStaff(db));

    BookingWorld world;
    world.nowMs = nowMs;
    world.lateCancelHours = settings.lateCancelHours();
    world.seed = options.seed;
    const QDate lastDate = today.addMonths(3);
    world.firstDate = lastDate.addYears(-options.years).addDays(1);
    world.days = int(world.firstDate.daysTo(lastDate)) + 1;
    world.noonUtcMs.reserve(std::size_t(world.days));
    for (int d = 0; d < world.days; ++d)
        world.noonUtcMs.push_back(QDateTime(world.firstDate.addDays(d), QTime(12, 0), zone).toMSecsSinceEpoch());

    QList<QString> patientIds;
    {
        RAPPORT_TRY_ASSIGN(Statement st, db.prepare("SELECT id, date_of_birth, status FROM patients ORDER BY local_id"));
        RAPPORT_TRY(st.forEach([&](const Statement& row) {
            patientIds << row.text(0);
            world.patients.push_back({QDate::fromString(row.text(1), Qt::ISODate), row.text(2) == QLatin1String("active")});
        }));
    }

    // Providers: two dentists to each hygienist; the first is the demo dentist's account.
    const int providerCount = providerCountFor(int(patientIds.size()));
    const qint64 setUpMs = world.noonUtcMs.front() - 400LL * 24 * 3600 * 1000;
    QList<Provider> providers;
    QList<Chair> chairs;
    QList<QString> dentistIds;
    for (int i = 0; i < providerCount; ++i) {
        Provider p;
        p.id = ids.uuid(setUpMs + i);
        p.kind = i % 5 == 2 || i % 5 == 4 ? QStringLiteral("hygienist") : QStringLiteral("dentist");
        const QString name = QString::fromUtf8(GivenNames[i % std::size(GivenNames)]) + QLatin1Char(' ')
            + QString::fromUtf8(FamilyNames[(i * 7 + 3) % std::size(FamilyNames)]);
        p.name = p.kind == QLatin1String("dentist") ? tr("Dr. %1").arg(name) : name;
        if (i == 0 && !staff.clinicianId.isEmpty()) {
            p.name = staff.clinicianName;
            p.staffId = staff.clinicianId;
        }
        p.colour = QString::fromLatin1(Colours[i % std::size(Colours)]);
        p.sortOrder = i;
        world.hygienist.push_back(p.kind == QLatin1String("hygienist"));
        if (!world.hygienist.back())
            dentistIds << p.id;
        providers << p;
        chairs << Chair{ids.uuid(setUpMs + 100 + i), tr("Surgery %1").arg(i + 1), true, i};
    }
    world.providers = providerCount;

    QList<AppointmentType> types(demo::DemoTypeCount);
    const struct
    {
        const char* name;
        const char* colour;
        QString recall;
        bool hygiene;
    } typeInfo[demo::DemoTypeCount] = {
        {QT_TRANSLATE_NOOP("rapport::DemoSchedule", "Check-up"), "#4a90d9", QStringLiteral("Check-up, 12 months"), false},
        {QT_TRANSLATE_NOOP("rapport::DemoSchedule", "Hygiene"), "#2bb673", QStringLiteral("Hygiene, 6 months"), true},
        {QT_TRANSLATE_NOOP("rapport::DemoSchedule", "Filling"), "#f5a623", QString(), false},
        {QT_TRANSLATE_NOOP("rapport::DemoSchedule", "Crown"), "#9b59b6", QString(), false},
        {QT_TRANSLATE_NOOP("rapport::DemoSchedule", "Emergency"), "#e74c3c", QString(), false},
        {QT_TRANSLATE_NOOP("rapport::DemoSchedule", "Child check-up"), "#50c8e8",
         QStringLiteral("Child check-up, 6 months"), false},
    };
    for (int t = 0; t < demo::DemoTypeCount; ++t) {
        AppointmentType& type = types[t];
        type.id = ids.uuid(setUpMs + 200 + t);
        type.name = tr(typeInfo[t].name);
        type.durationMinutes = demo::kDemoTypeMinutes[t];
        type.colour = QString::fromLatin1(typeInfo[t].colour);
        type.recallType = typeInfo[t].recall;
        // Hygienists do hygiene only; everyone else does everything.
        if (!typeInfo[t].hygiene)
            type.providerIds = dentistIds;
    }

    // Closures and leave: a fortnight in summer, a week at another time, a training day.
    QList<ScheduleException> exceptions = closures(world.firstDate.year(), lastDate.year());
    for (ScheduleException& e : exceptions)
        e.id = ids.uuid(setUpMs + 300);
    for (int i = 0; i < providerCount; ++i) {
        for (int y = world.firstDate.year(); y <= lastDate.year(); ++y) {
            auto leave = [&](QDate first, int days, ExceptionKind kind, const QString& note) {
                ScheduleException e;
                e.id = ids.uuid(setUpMs + 400);
                e.providerId = providers[i].id;
                e.kind = kind;
                e.firstDate = first;
                e.lastDate = first.addDays(days - 1);
                e.note = note;
                exceptions << e;
            };
            leave(mondayOnOrAfter(QDate(y, 7, 1).addDays(7 * ids.below(7))), 12, ExceptionKind::Leave, tr("Annual leave"));
            static const int otherMonths[] = {2, 4, 10, 11};
            leave(mondayOnOrAfter(QDate(y, otherMonths[ids.below(4)], 1 + ids.below(20))), 5, ExceptionKind::Leave,
                  tr("Annual leave"));
            const QDate training = mondayOnOrAfter(QDate(y, 1 + ids.below(12), 1 + ids.below(20))).addDays(ids.below(5));
            leave(training, 1, ExceptionKind::Training, tr("Training course"));
        }
    }

    // Each provider's free cells per day: hours minus closures and absences.
    world.available.resize(std::size_t(providerCount) * std::size_t(world.days));
    QList<QList<WorkingInterval>> hours;
    for (int i = 0; i < providerCount; ++i) {
        hours << hoursFor(i, chairs[i].id);
        for (int d = 0; d < world.days; ++d) {
            const QDate date = world.firstDate.addDays(d);
            DayMask& mask = world.available[std::size_t(i) * std::size_t(world.days) + std::size_t(d)];
            for (const WorkingInterval& h : std::as_const(hours[i]))
                if (h.weekday == date.dayOfWeek())
                    mask.set(h.startMinute / 5, h.endMinute / 5);
        }
    }
    for (const ScheduleException& e : std::as_const(exceptions)) {
        for (QDate date = qMax(e.firstDate, world.firstDate); date <= qMin(e.lastDate, lastDate); date = date.addDays(1)) {
            const qint64 d = world.firstDate.daysTo(date);
            for (int i = 0; i < providerCount; ++i)
                if (e.isClosure() || providers[i].id == e.providerId)
                    world.available[std::size_t(i) * std::size_t(world.days) + std::size_t(d)] = DayMask();
        }
    }

    std::vector<BookedVisit> visits = demo::simulateBookings(world, [&](int share) { return progress(share / 4); });
    if (stopped)
        return cancelled();
    // By start: the book's indexes are then written mostly in order.
    std::stable_sort(visits.begin(), visits.end(),
                     [](const BookedVisit& a, const BookedVisit& b) { return a.startMs < b.startMs; });

    ScheduleImport import(clinic, QStringLiteral("demo"));
    RAPPORT_TRY(import.begin());
    for (const Provider& p : std::as_const(providers))
        RAPPORT_TRY(import.addProvider(p));
    for (const Chair& c : std::as_const(chairs))
        RAPPORT_TRY(import.addChair(c));
    for (const AppointmentType& t : std::as_const(types))
        RAPPORT_TRY(import.addType(t));
    for (int i = 0; i < providerCount; ++i)
        RAPPORT_TRY(import.addWorkingHours(providers[i].id, hours[i]));
    for (const ScheduleException& e : std::as_const(exceptions))
        RAPPORT_TRY(import.addException(e));

    QString reasons[16];
    for (quint8 r = 0; r < 16; ++r)
        reasons[r] = reasonText(r);
    ScheduleImport::StatusStep steps[3];
    for (std::size_t n = 0; n < visits.size(); ++n) {
        const BookedVisit& v = visits[n];
        Appointment a;
        a.id = ids.uuid(v.bookedAtMs);
        a.patientId = patientIds.at(v.patient);
        a.providerId = providers.at(v.provider).id;
        a.chairId = chairs.at(v.provider).id;
        a.typeId = types.at(v.type).id;
        a.start = QDateTime::fromMSecsSinceEpoch(v.startMs, Qt::UTC);
        a.end = QDateTime::fromMSecsSinceEpoch(v.startMs + qint64(v.minutes) * 60000, Qt::UTC);
        a.status = AppointmentStatus(v.status);
        a.statusReason = reasons[v.reason];
        a.bookedBy = staff.receptionId;
        int count = 0;
        steps[count++] = {AppointmentStatus::Booked, QString(), v.bookedAtMs, staff.receptionId, ids.uuid(v.bookedAtMs)};
        if (v.confirmedAtMs > 0)
            steps[count++] = {AppointmentStatus::Confirmed, QString(), v.confirmedAtMs, staff.receptionId,
                              ids.uuid(v.confirmedAtMs)};
        if (a.status != AppointmentStatus::Booked && a.status != AppointmentStatus::Confirmed)
            steps[count++] = {a.status, a.statusReason, v.statusAtMs, staff.receptionId, ids.uuid(v.statusAtMs)};
        RAPPORT_TRY(import.addAppointment(a, std::span<const ScheduleImport::StatusStep>(steps, std::size_t(count))));
        if ((n & 0x3FFF) == 0 && !progress(25 + int(qint64(n) * 75 / qint64(visits.size()))))
            return cancelled();
    }
    if (!progress(99))
        return cancelled();
    RAPPORT_TRY(import.finish());
    progress(100);
    return Summary{int(providers.size()), int(chairs.size()), int(types.size()), int(exceptions.size()),
                   import.appointmentCount()};
}

} // namespace rapport
