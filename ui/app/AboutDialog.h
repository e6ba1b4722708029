#pragma once

#include <QDialog>

class QLabel;

namespace rapport {

// Help > About: what this is and the versions of what it is built on, for support calls.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_name;
    QLabel* m_tagline;
    QLabel* m_versions;
    QLabel* m_note;
};

} // namespace rapport
