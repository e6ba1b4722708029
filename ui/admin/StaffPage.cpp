#include "admin/StaffPage.h"

#include "admin/AddStaffDialog.h"
#include "admin/ChangeRoleDialog.h"
#include "admin/OneTimePasswordDialog.h"
#include "admin/StaffTableModel.h"
#include "common/Icons.h"
#include "common/InlineMessage.h"
#include "common/MessageBox.h"
#include "common/Style.h"
#include "security/Clinic.h"
#include "security/StaffService.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace rapport {

namespace {
// Rekeying the database after a deactivation, or Argon2id for a new slot, takes a moment.
class WaitCursor
{
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};
} // namespace

StaffPage::StaffPage(QWidget* parent)
    : Page(parent)
    , m_model(new StaffTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_error(new InlineMessage(this))
    , m_summary(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_changeRole(new QPushButton(this))
    , m_resetPassword(new QPushButton(this))
    , m_deactivate(new QPushButton(this))
    , m_reactivate(new QPushButton(this))
    , m_changeRoleAction(new QAction(this))
    , m_resetPasswordAction(new QAction(this))
    , m_deactivateAction(new QAction(this))
    , m_reactivateAction(new QAction(this))
{
    setObjectName(QStringLiteral("staffPage"));

    m_add->setObjectName(QStringLiteral("addStaffButton"));
    m_add->setIcon(Icons::icon(QStringLiteral("user-plus"), Qt::white));
    m_add->setProperty("primary", true);
    m_add->setAutoDefault(false);
    m_changeRole->setObjectName(QStringLiteral("changeRoleButton"));
    m_changeRole->setIcon(Icons::icon(QStringLiteral("role")));
    m_resetPassword->setObjectName(QStringLiteral("resetPasswordButton"));
    m_resetPassword->setIcon(Icons::icon(QStringLiteral("key")));
    m_deactivate->setObjectName(QStringLiteral("deactivateButton"));
    m_deactivate->setIcon(Icons::icon(QStringLiteral("user-x"), Style::danger()));
    Style::makeDanger(m_deactivate);
    m_reactivate->setObjectName(QStringLiteral("reactivateButton"));
    m_reactivate->setIcon(Icons::icon(QStringLiteral("user-check")));
    for (QPushButton* b : {m_add, m_changeRole, m_resetPassword, m_deactivate, m_reactivate})
        b->setAutoDefault(false);

    auto* actions = new QHBoxLayout;
    actions->setSpacing(8);
    actions->addWidget(m_add);
    actions->addSpacing(8);
    actions->addWidget(m_changeRole);
    actions->addWidget(m_resetPassword);
    actions->addWidget(m_reactivate);
    actions->addStretch();
    actions->addWidget(m_deactivate);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(StaffTableModel::SortRole);
    m_table->setObjectName(QStringLiteral("staffTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 16);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->sortByColumn(StaffTableModel::NameColumn, Qt::AscendingOrder);

    m_error->setObjectName(QStringLiteral("staffError"));
    m_summary->setObjectName(QStringLiteral("staffSummary"));
    Style::setRole(m_summary, "hint");

    contentLayout()->addLayout(actions);
    contentLayout()->addWidget(m_error);
    contentLayout()->addWidget(m_table, 1);
    contentLayout()->addWidget(m_summary);

    m_changeRoleAction->setIcon(Icons::icon(QStringLiteral("role")));
    m_resetPasswordAction->setIcon(Icons::icon(QStringLiteral("key")));
    m_deactivateAction->setIcon(Icons::icon(QStringLiteral("user-x")));
    m_reactivateAction->setIcon(Icons::icon(QStringLiteral("user-check")));

    connect(m_add, &QPushButton::clicked, this, &StaffPage::addStaff);
    connect(m_changeRole, &QPushButton::clicked, this, &StaffPage::changeRole);
    connect(m_resetPassword, &QPushButton::clicked, this, &StaffPage::resetPassword);
    connect(m_deactivate, &QPushButton::clicked, this, &StaffPage::deactivate);
    connect(m_reactivate, &QPushButton::clicked, this, &StaffPage::reactivate);
    connect(m_changeRoleAction, &QAction::triggered, this, &StaffPage::changeRole);
    connect(m_resetPasswordAction, &QAction::triggered, this, &StaffPage::resetPassword);
    connect(m_deactivateAction, &QAction::triggered, this, &StaffPage::deactivate);
    connect(m_reactivateAction, &QAction::triggered, this, &StaffPage::reactivate);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StaffPage::updateActions);
    connect(m_table, &QTableView::customContextMenuRequested, this, &StaffPage::showContextMenu);
    connect(m_table, &QTableView::activated, this, [this] {
        const StaffMember* m = selectedMember();
        if (m && m->active)
            changeRole();
    });

    retranslateUi();
    updateActions();
}

QString StaffPage::title() const
{
    return tr("Staff");
}

void StaffPage::setClinic(Clinic* clinic)
{
    m_clinic = clinic;
    m_error->clear();
    if (!m_clinic) {
        m_model->clear();
        m_summary->clear();
        updateActions();
        return;
    }
    reload();
}

void StaffPage::pageShown()
{
    if (m_clinic)
        reload();
}

void StaffPage::reload()
{
    if (!m_clinic)
        return;
    const QString keep = selectedMember() ? selectedMember()->id : QString();
    auto staff = StaffService(*m_clinic).list();
    if (!staff) {
        m_model->clear();
        m_error->showError(staff.error());
        updateActions();
        return;
    }
    m_model->setCurrentUserId(m_clinic->session().userId);
    m_model->setStaff(*staff);
    m_table->resizeColumnsToContents();
    for (int c = 0; c < StaffTableModel::ColumnCount - 1; ++c)
        m_table->setColumnWidth(c, m_table->columnWidth(c) + 24);
    qsizetype active = 0;
    for (const StaffMember& m : *staff)
        active += m.active ? 1 : 0;
    const qsizetype inactive = staff->size() - active;
    QString summary = active == 1 ? tr("One active account") : tr("%n active accounts", nullptr, int(active));
    if (inactive > 0)
        summary += QStringLiteral(" · ") + tr("%n deactivated", nullptr, int(inactive));
    m_summary->setText(summary);
    if (!keep.isEmpty())
        selectMember(keep);
    updateActions();
}

const StaffMember* StaffPage::selectedMember() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_model->member(m_proxy->mapToSource(rows.constFirst()).row());
}

void StaffPage::selectMember(const QString& userId)
{
    const int row = m_model->rowOf(userId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void StaffPage::updateActions()
{
    const StaffMember* m = m_clinic ? selectedMember() : nullptr;
    const bool self = m && m_clinic && m->id == m_clinic->session().userId;
    m_add->setEnabled(m_clinic != nullptr);
    const bool canRole = m && m->active;
    const bool canReset = m && m->active;
    const bool canDeactivate = m && m->active && !self;
    const bool canReactivate = m && !m->active;
    m_changeRole->setEnabled(canRole);
    m_changeRoleAction->setEnabled(canRole);
    m_resetPassword->setEnabled(canReset);
    m_resetPasswordAction->setEnabled(canReset);
    m_deactivate->setEnabled(canDeactivate);
    m_deactivateAction->setEnabled(canDeactivate);
    m_reactivate->setEnabled(canReactivate);
    m_reactivateAction->setEnabled(canReactivate);
    m_deactivate->setToolTip(self ? tr("You cannot deactivate the account you are signed in with.")
                                  : QString());
}

void StaffPage::showContextMenu(const QPoint& pos)
{
    if (!m_table->indexAt(pos).isValid() || !m_clinic)
        return;
    QMenu menu(this);
    menu.addAction(m_changeRoleAction);
    menu.addAction(m_resetPasswordAction);
    menu.addAction(m_reactivateAction);
    menu.addSeparator();
    menu.addAction(m_deactivateAction);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void StaffPage::addStaff()
{
    if (!m_clinic)
        return;
    m_error->clear();
    auto* dialog = new AddStaffDialog(
        [this](const NewStaffInput& in) -> Status {
            if (!m_clinic)
                return fail(ErrorCode::Locked, tr("Rapport is locked. Sign in again."));
            WaitCursor wait;
            auto added =
                StaffService(*m_clinic).add(in.username, in.displayName, in.role, in.oneTimePassword);
            if (!added)
                return std::unexpected(added.error());
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const NewStaffInput in = dialog->input();
        if (!m_clinic)
            return;
        reload();
        if (auto found = StaffService(*m_clinic).find(in.username))
            selectMember(found->id);
        Q_EMIT statusMessage(tr("%1 was added.").arg(in.displayName));
        MessageBox::information(
            this, tr("Account ready"),
            tr("%1 can now sign in as “%2” with this one-time password:").arg(in.displayName, in.username),
            in.oneTimePassword + QStringLiteral("\n\n") +
                tr("They choose their own password the first time they sign in."));
    });
    dialog->open();
}

void StaffPage::changeRole()
{
    const StaffMember* selected = selectedMember();
    if (!m_clinic || !selected)
        return;
    m_error->clear();
    const StaffMember member = *selected;
    auto* dialog = new ChangeRoleDialog(
        member,
        [this, id = member.id](Role role) -> Status {
            if (!m_clinic)
                return fail(ErrorCode::Locked, tr("Rapport is locked. Sign in again."));
            return StaffService(*m_clinic).changeRole(id, role);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, member] {
        reload();
        Q_EMIT statusMessage(
            tr("%1 is now: %2").arg(member.displayName, Permissions::roleName(dialog->role())));
    });
    dialog->open();
}

void StaffPage::resetPassword()
{
    const StaffMember* selected = selectedMember();
    if (!m_clinic || !selected)
        return;
    m_error->clear();
    const StaffMember member = *selected;
    const auto purpose = member.active ? OneTimePasswordDialog::Purpose::ResetPassword
                                       : OneTimePasswordDialog::Purpose::Reactivate;
    auto* dialog = new OneTimePasswordDialog(
        purpose, member,
        [this, id = member.id](const QString& password) -> Status {
            if (!m_clinic)
                return fail(ErrorCode::Locked, tr("Rapport is locked. Sign in again."));
            WaitCursor wait;
            return StaffService(*m_clinic).resetPassword(id, password);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, member, purpose] {
        const QString password = dialog->oneTimePassword();
        reload();
        const bool reactivated = purpose == OneTimePasswordDialog::Purpose::Reactivate;
        Q_EMIT statusMessage(reactivated ? tr("%1 was reactivated.").arg(member.displayName)
                                         : tr("The password of %1 was reset.").arg(member.displayName));
        MessageBox::information(this, reactivated ? tr("Account reactivated") : tr("Password reset"),
                                tr("%1 can now sign in as “%2” with this one-time password:")
                                    .arg(member.displayName, member.username),
                                password + QStringLiteral("\n\n") +
                                    tr("They choose their own password the first time they sign in."));
    });
    dialog->open();
}

void StaffPage::reactivate()
{
    const StaffMember* selected = selectedMember();
    if (selected && !selected->active)
        resetPassword();
}

void StaffPage::deactivate()
{
    const StaffMember* selected = selectedMember();
    if (!m_clinic || !selected || !selected->active)
        return;
    m_error->clear();
    const StaffMember member = *selected;
    const auto answer = MessageBox::question(
        this, tr("Deactivate account"), tr("Deactivate the account of %1?").arg(member.displayName),
        tr("They can no longer sign in. Rapport also changes the clinic's encryption keys, so their old "
           "password "
           "cannot open the clinic's data — not even with a copy of the key file.\n\nYou can reactivate the "
           "account later with a new one-time password."),
        tr("Deactivate"), tr("Cancel"), true);
    // The window may have locked while the question was open.
    if (answer != QMessageBox::Yes || !m_clinic)
        return;
    Status done = [&] {
        WaitCursor wait;
        return StaffService(*m_clinic).deactivate(member.id);
    }();
    reload();
    if (!done) {
        m_error->showError(done.error());
        return;
    }
    Q_EMIT statusMessage(
        tr("%1 was deactivated and the clinic's keys were changed.").arg(member.displayName));
}

void StaffPage::retranslateUi()
{
    setHeading(tr("Staff"),
               tr("Everyone who can sign in to Rapport at this clinic, and what their role lets them do."));
    m_add->setText(tr("Add staff member…"));
    m_add->setAccessibleName(tr("Add staff member"));
    m_changeRole->setText(tr("Change role…"));
    m_resetPassword->setText(tr("Reset password…"));
    m_deactivate->setText(tr("Deactivate…"));
    m_reactivate->setText(tr("Reactivate…"));
    m_changeRoleAction->setText(tr("Change role…"));
    m_resetPasswordAction->setText(tr("Reset password…"));
    m_deactivateAction->setText(tr("Deactivate…"));
    m_reactivateAction->setText(tr("Reactivate…"));
    m_table->setAccessibleName(tr("Staff accounts"));
    m_model->retranslate();
    if (m_clinic)
        reload();
    updateActions();
}

} // namespace rapport
