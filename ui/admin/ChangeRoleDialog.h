#pragma once

#include "common/Error.h"
#include "security/StaffMember.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QPushButton;

namespace rapport {

class InlineMessage;

// Picks a new role for one member of staff; submit() does the change.
class ChangeRoleDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<Status(Role)>;

    ChangeRoleDialog(const StaffMember& member, Submit submit, QWidget* parent = nullptr);

    [[nodiscard]] Role role() const;
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateSummary();

    StaffMember m_member;
    Submit m_submit;
    QLabel* m_intro;
    QLabel* m_roleLabel;
    QComboBox* m_role;
    QLabel* m_summary;
    InlineMessage* m_error;
    QPushButton* m_ok;
};

} // namespace rapport
