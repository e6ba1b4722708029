#pragma once

#include "schedule/BookAppointmentDialog.h"
#include "scheduling/Waitlist.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace rapport {

class Clinic;
class InlineMessage;

// The waitlist beside the book: who is waiting, for what and when they can come. Entries
// are added with the patient search and removed (kept on record as removed); "Book…"
// opens the booking dialog for the patient.
class WaitlistPanel : public QWidget
{
    Q_OBJECT

public:
    explicit WaitlistPanel(QWidget* parent = nullptr);

    void setClinic(Clinic* clinic);
    [[nodiscard]] int count() const { return int(m_entries.size()); }
    [[nodiscard]] const QList<WaitlistEntry>& entries() const { return m_entries; }
    [[nodiscard]] QTreeWidget* list() const { return m_list; }
    [[nodiscard]] QPushButton* addButton() const { return m_add; }
    [[nodiscard]] QPushButton* removeButton() const { return m_remove; }

public Q_SLOTS:
    void reload();
    void addEntry();
    void removeCurrent();

Q_SIGNALS:
    void bookRequested(const rapport::BookingDraft& draft);
    void statusMessage(const QString& text);
    void countChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateButtons();
    [[nodiscard]] int currentRow() const;

    Clinic* m_clinic = nullptr;
    QList<WaitlistEntry> m_entries;
    QHash<QString, QString> m_typeNames;
    QHash<QString, QString> m_providerNames;
    QLabel* m_hint;
    QTreeWidget* m_list;
    InlineMessage* m_message;
    QPushButton* m_add;
    QPushButton* m_book;
    QPushButton* m_remove;
};

} // namespace rapport
