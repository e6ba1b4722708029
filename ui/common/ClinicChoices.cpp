#include "common/ClinicChoices.h"

#include "common/LanguageManager.h"

#include <QCollator>
#include <QComboBox>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
#include <algorithm>

namespace rapport {

namespace {
bool isTwoLetterCode(const QString& code)
{
    return code.size() == 2 && code.at(0).isLetter() && code.at(1).isLetter();
}

QString utcOffset(const QTimeZone& zone)
{
    const int secs = zone.offsetFromUtc(QDateTime::currentDateTimeUtc());
    const int minutes = qAbs(secs) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(secs < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

void ClinicChoices::fillRegions(QComboBox* combo)
{
    struct Item
    {
        QString name;
        QString code;
    };
    QList<Item> items;
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = static_cast<QLocale::Territory>(t);
        const QString code = QLocale::territoryToCode(territory);
        if (!isTwoLetterCode(code))
            continue;
        const QString name = QLocale::territoryToString(territory);
        if (name.isEmpty())
            continue;
        if (std::any_of(items.cbegin(), items.cend(), [&](const Item& i) { return i.code == code; }))
            continue;
        items << Item{name, code};
    }
    QCollator collator;
    std::sort(items.begin(), items.end(),
              [&](const Item& a, const Item& b) { return collator.compare(a.name, b.name) < 0; });
    combo->clear();
    for (const Item& i : items)
        combo->addItem(QStringLiteral("%1 (%2)").arg(i.name, i.code), i.code);
}

void ClinicChoices::fillTimeZones(QComboBox* combo)
{
    combo->clear();
    QStringList ids;
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
        const QString s = QString::fromLatin1(id);
        // Region/City ids only: the legacy aliases (GMT+5, US/Pacific, Etc/...) only confuse.
        static const QStringList regions{
            QStringLiteral("Africa/"), QStringLiteral("America/"),  QStringLiteral("Antarctica/"),
            QStringLiteral("Asia/"),   QStringLiteral("Atlantic/"), QStringLiteral("Australia/"),
            QStringLiteral("Europe/"), QStringLiteral("Indian/"),   QStringLiteral("Pacific/")};
        if (std::any_of(regions.cbegin(), regions.cend(), [&](const QString& r) { return s.startsWith(r); }))
            ids << s;
    }
    ids << QStringLiteral("UTC");
    ids.removeDuplicates();
    std::sort(ids.begin(), ids.end());
    for (const QString& id : ids) {
        const QTimeZone zone(id.toLatin1());
        QString label = id;
        label.replace(QLatin1Char('_'), QLatin1Char(' '));
        combo->addItem(QStringLiteral("%1  (%2)").arg(label, utcOffset(zone)), id);
    }
}

void ClinicChoices::fillLanguages(QComboBox* combo)
{
    combo->clear();
    for (const LanguageManager::Language& l : LanguageManager::languages())
        combo->addItem(l.name, l.code);
}

bool ClinicChoices::select(QComboBox* combo, const QString& value)
{
    const int i = combo->findData(value);
    if (i < 0)
        return false;
    combo->setCurrentIndex(i);
    return true;
}

QString ClinicChoices::defaultRegion()
{
    const QString code = QLocale::territoryToCode(QLocale::system().territory());
    return isTwoLetterCode(code) ? code : QStringLiteral("GB");
}

QString ClinicChoices::defaultTimeZone()
{
    const QString id = QString::fromLatin1(QTimeZone::systemTimeZoneId());
    return id.isEmpty() ? QStringLiteral("Europe/London") : id;
}

} // namespace rapport
