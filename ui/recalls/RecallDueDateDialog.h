#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;

namespace rapport {

// A recall's due date set by hand (the patient asked to be reminded later).
class RecallDueDateDialog : public QDialog
{
    Q_OBJECT

public:
    RecallDueDateDialog(const QString& recall, QDate due, QWidget* parent = nullptr);

    [[nodiscard]] QDate date() const;
    [[nodiscard]] QDateEdit* dateEdit() const { return m_date; }

private:
    QDateEdit* m_date;
};

} // namespace rapport
