#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace rapport {

struct Patient;

// How patients are indexed and how typed text becomes an FTS4 query. Text is folded the
// same way on both sides: lower case, accents removed ("José" → "jose"), letters without
// a decomposition mapped by hand ("Łukasz" → "lukasz", "Straße" → "strasse").
class SearchText
{
public:
    [[nodiscard]] static QString fold(const QString& text);
    // Alphanumeric words of the folded text.
    [[nodiscard]] static QStringList words(const QString& text);

    // The FTS terms of a patient: name words, e-mail words, "d<yyyymmdd>" for the date of
    // birth, "p<reversed digits>" per phone (prefix search finds the last digits) and
    // "x<id>" for the external id.
    [[nodiscard]] static QString termsFor(const Patient& patient);
    // The FTS docid of a patient: 2 bits of status, the first eight letters of the folded
    // "family given" at 5 bits each, and 21 bits of the local row id to keep it unique.
    // Ascending docids are the search ranking: active first, then by name.
    [[nodiscard]] static qint64 docidFor(const Patient& patient, qint64 localId);
    [[nodiscard]] static qint64 docidStatusFloor(int statusRank);
    // Whether every typed word is a whole name of the patient, not only the start of one.
    [[nodiscard]] static bool isExactNameMatch(const QStringList& typedWords, const Patient& patient);

    struct Query
    {
        QString match;      // FTS4 MATCH expression; empty = nothing to search
        QString exactMatch; // the same with whole words only, when the query is names
        QStringList words;  // folded words, to rank exact before prefix
        QDate dateOfBirth;  // when a term was a date
        bool phoneDigits = false;
    };
    [[nodiscard]] static Query parse(const QString& typed, const QLocale& locale);

    // A date typed the way people of this locale type it (and ISO yyyy-mm-dd).
    [[nodiscard]] static QDate parseDate(const QString& text, const QLocale& locale);
};

} // namespace rapport
