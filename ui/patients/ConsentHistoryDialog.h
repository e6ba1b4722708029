#pragma once

#include "patients/Consent.h"

#include <QDialog>

class QTableWidget;

namespace rapport {

// Every consent decision a patient made, newest first, with who recorded it and how.
class ConsentHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    ConsentHistoryDialog(const QString& patientName, const QList<ConsentRecord>& history,
                         QWidget* parent = nullptr);

    [[nodiscard]] QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};

} // namespace rapport
