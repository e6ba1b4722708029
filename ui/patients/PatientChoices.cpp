#include "patients/PatientChoices.h"

#include "patients/PatientVocabulary.h"

#include <QCollator>
#include <QComboBox>
#include <QLocale>
#include <QSignalBlocker>
#include <algorithm>

namespace rapport {

namespace {
struct Language
{
    QString code;
    QString name;
};

// Every language with a two-letter code, by name, with its own name beside it.
const QList<Language>& languages()
{
    static const QList<Language> all = [] {
        QList<Language> out;
        QStringList seen;
        for (int l = int(QLocale::Abkhazian); l <= int(QLocale::LastLanguage); ++l) {
            const auto language = QLocale::Language(l);
            const QString code = QLocale::languageToCode(language, QLocale::ISO639Part1);
            if (code.size() != 2 || seen.contains(code))
                continue;
            seen << code;
            QString name = QLocale::languageToString(language);
            const QString native = QLocale(language).nativeLanguageName();
            if (!native.isEmpty() && native.compare(name, Qt::CaseInsensitive) != 0)
                name += QStringLiteral(" — ") + native;
            out << Language{code, name};
        }
        QCollator collator;
        std::sort(out.begin(), out.end(),
                  [&](const Language& a, const Language& b) { return collator.compare(a.name, b.name) < 0; });
        return out;
    }();
    return all;
}
} // namespace

void PatientChoices::fillSex(QComboBox* combo)
{
    combo->clear();
    for (Sex s : {Sex::Unknown, Sex::Female, Sex::Male, Sex::Other})
        combo->addItem(PatientVocabulary::name(s), int(s));
}

void PatientChoices::fillLanguages(QComboBox* combo)
{
    combo->clear();
    combo->addItem(tr("Same as the clinic"), QString());
    for (const Language& l : languages())
        combo->addItem(l.name, l.code);
}

void PatientChoices::fillChannels(QComboBox* combo, const QString& firstItem, bool firstIsNone)
{
    combo->clear();
    if (!firstItem.isEmpty())
        combo->addItem(firstItem, firstIsNone ? int(ContactChannel::None) : -1);
    for (ContactChannel c : PatientVocabulary::messageChannels())
        combo->addItem(PatientVocabulary::name(c), int(c));
}

void PatientChoices::refill(QComboBox* combo, void (*fill)(QComboBox*))
{
    const QVariant current = combo->currentData();
    const QSignalBlocker quiet(combo);
    fill(combo);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

} // namespace rapport
