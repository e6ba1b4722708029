#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QPagedPaintDevice;
class QPrinter;
class QTextDocument;

namespace rapport {

// The printable page that keeps a clinic's recovery key: the clinic, the date, the key in
// large grouped letters, and what to do with it. Rendered with QTextDocument, the same
// for paper and PDF.
class RecoverySheet
{
    Q_DECLARE_TR_FUNCTIONS(rapport::RecoverySheet)

public:
    RecoverySheet(QString clinicName, QString clinicId, QString recoveryKey, QDateTime printedAt);

    [[nodiscard]] QString html() const;
    // A ready document for a device (page size, resolution) — for printing and previews.
    void render(QPagedPaintDevice* device) const;
    [[nodiscard]] bool print(QPrinter* printer) const;
    [[nodiscard]] bool savePdf(const QString& path) const;

    [[nodiscard]] QString suggestedFileName() const;

private:
    void prepare(QTextDocument& document, QPagedPaintDevice* device) const;

    QString m_clinicName;
    QString m_clinicId;
    QString m_recoveryKey;
    QDateTime m_printedAt;
};

} // namespace rapport
