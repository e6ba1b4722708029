#pragma once

#include "common/Error.h"
#include "messaging/CallList.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;
class QPrinter;
class QWidget;

namespace rapport {

class Clinic;

// The letters and postcards waiting in the outbox, as one print batch: A4, one letter a
// page, the clinic's name, address and phone top right, the patient's address where a
// window envelope shows it (DIN 5008 form B, which also fits the common C5/6 and DL
// windows), the date, the subject in bold and the text. Nothing else on the page names
// the patient. Once printed (confirmed by the person at the printer) or saved as PDF,
// exactly those rows are marked sent.
class LetterBatch
{
    Q_DECLARE_TR_FUNCTIONS(rapport::LetterBatch)

public:
    struct Sender
    {
        QString name;
        QStringList addressLines;
        QString phone;
        QString email;
    };

    // For a window: the print dialog, the printer, then "Did the letters print
    // correctly?" before marking them. Returns how many were marked sent.
    static int printDialog(QWidget* parent, Clinic& clinic, const QStringList& only = {});
    // For a window: asks where to save (FileDialog), writes the PDF, marks the letters.
    // Returns the path written, or empty when cancelled or failed (the failure is shown).
    static QString savePdf(QWidget* parent, Clinic& clinic, const QStringList& only = {});

    // Reads the letters waiting (only those of the outbox ids in only, when given) and the
    // clinic's details (needs WorkRecalls).
    [[nodiscard]] static Result<LetterBatch> load(Clinic& clinic, const QStringList& only = {});
    // For tests and the above: a batch of given letters.
    [[nodiscard]] static LetterBatch make(Sender sender, QList<LetterEntry> letters, QDate date);

    [[nodiscard]] int count() const { return int(m_letters.size()); }
    [[nodiscard]] QStringList outboxIds() const;
    [[nodiscard]] QString suggestedFileName() const;
    [[nodiscard]] bool print(QPrinter* printer) const;
    [[nodiscard]] bool writePdf(const QString& path) const;
    // Writes the PDF and marks exactly these letters sent.
    [[nodiscard]] Status savePdfTo(Clinic& clinic, const QString& path) const;

private:
    LetterBatch() = default;
    [[nodiscard]] bool render(QPagedPaintDevice* device) const;

    Sender m_sender;
    QDate m_date;
    QList<LetterEntry> m_letters;
};

} // namespace rapport
