#pragma once

#include <QWidget>

class QLabel;
class QHBoxLayout;
class QVBoxLayout;

namespace rapport {

class Clinic;

// One page of the main window (Staff, Audit trail, Settings, later Patients...). The
// window hands each page the unlocked clinic, and nullptr when it locks: a page then drops
// everything it shows and holds no reference into the clinic.
class Page : public QWidget
{
    Q_OBJECT

public:
    explicit Page(QWidget* parent = nullptr);

    virtual void setClinic(Clinic* clinic) = 0;
    // Each time the page comes to the front.
    virtual void pageShown() {}
    [[nodiscard]] virtual QString title() const = 0;

Q_SIGNALS:
    // A short confirmation for the status bar ("Settings saved").
    void statusMessage(const QString& text);

protected:
    void changeEvent(QEvent* event) override;
    virtual void retranslateUi() = 0;

    // The page's heading and the layout its content goes into.
    [[nodiscard]] QVBoxLayout* contentLayout() const { return m_layout; }
    void setHeading(const QString& title, const QString& subtitle);
    // Places a widget (view switches, a main action) to the right of the heading.
    void addHeadingWidget(QWidget* widget);

private:
    QVBoxLayout* m_layout;
    QHBoxLayout* m_headingRow;
    QLabel* m_title;
    QLabel* m_subtitle;
};

} // namespace rapport
