#pragma once

#include "recalls/Recalls.h"

#include <QWidget>

class QPushButton;
class QVBoxLayout;

namespace rapport {

// A recall type's contact chain: rows of "21 days before the due date, on the preferred
// channel", added and removed by hand. At most ten steps.
class RecallChainEditor : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxSteps = 10;

    explicit RecallChainEditor(QWidget* parent = nullptr);

    void setChain(const QList<RecallChainStep>& chain);
    // In order of the offset.
    [[nodiscard]] QList<RecallChainStep> chain() const;
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] QPushButton* addButton() const { return m_add; }

public Q_SLOTS:
    void addStep();

Q_SIGNALS:
    void edited();

private:
    void addRow(const RecallChainStep& step);
    void removeRow(QWidget* row);
    void updateRows();

    QVBoxLayout* m_rowsLayout;
    QList<QWidget*> m_rows;
    QPushButton* m_add;
};

} // namespace rapport
