#pragma once

#include "common/Card.h"

class QLabel;
class QListView;

namespace rapport {

class TimelineModel;

// The timeline card on the patient page: one list, newest first, each entry with the
// icon of its kind, what happened, when (local time) and who.
class TimelineView : public Card
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget* parent = nullptr);

    [[nodiscard]] TimelineModel* model() const { return m_model; }
    [[nodiscard]] QListView* list() const { return m_list; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateEmpty();
    void retranslateUi();

    TimelineModel* m_model;
    QListView* m_list;
    QLabel* m_count;
    QLabel* m_empty;
};

} // namespace rapport
