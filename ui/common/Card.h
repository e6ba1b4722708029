#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QVBoxLayout;

namespace rapport {

// A white card with a title, as on the Settings and patient pages. Actions that belong to
// the whole card go at the end of the title row.
class Card : public QFrame
{
    Q_OBJECT

public:
    explicit Card(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    [[nodiscard]] QLabel* titleLabel() const { return m_title; }
    [[nodiscard]] QHBoxLayout* titleRow() const { return m_titleRow; }
    [[nodiscard]] QVBoxLayout* body() const { return m_body; }

private:
    QLabel* m_title;
    QHBoxLayout* m_titleRow;
    QVBoxLayout* m_body;
};

} // namespace rapport
