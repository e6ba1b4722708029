#include "admin/AuditPage.h"

#include "admin/AuditTableModel.h"
#include "admin/AuditText.h"
#include "common/Icons.h"
#include "common/InlineMessage.h"
#include "common/Style.h"
#include "security/Clinic.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

namespace rapport {

namespace {
class WaitCursor
{
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};

QDateTime startOfLocalDay(const QDate& d)
{
    return d.startOfDay(Qt::LocalTime).toUTC();
}
} // namespace

AuditPage::AuditPage(QWidget* parent)
    : Page(parent)
    , m_model(new AuditTableModel(this))
    , m_table(new QTableView(this))
    , m_periodLabel(new QLabel(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_toLabel(new QLabel(this))
    , m_to(new QDateEdit(this))
    , m_staffLabel(new QLabel(this))
    , m_staff(new QComboBox(this))
    , m_actionLabel(new QLabel(this))
    , m_action(new QComboBox(this))
    , m_entityLabel(new QLabel(this))
    , m_entity(new QLineEdit(this))
    , m_clear(new QPushButton(this))
    , m_refresh(new QPushButton(this))
    , m_count(new QLabel(this))
    , m_verify(new QPushButton(this))
    , m_message(new InlineMessage(this))
    , m_entityDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("auditPage"));

    m_period->setObjectName(QStringLiteral("auditPeriodCombo"));
    m_from->setObjectName(QStringLiteral("auditFromDate"));
    m_to->setObjectName(QStringLiteral("auditToDate"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDate(QDate::currentDate());
        edit->setMaximumDate(QDate::currentDate().addYears(1));
    }
    m_from->setDate(QDate::currentDate().addDays(-7));
    m_staff->setObjectName(QStringLiteral("auditStaffCombo"));
    m_staff->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_staff->setMinimumContentsLength(14);
    m_action->setObjectName(QStringLiteral("auditActionCombo"));
    m_entity->setObjectName(QStringLiteral("auditEntityEdit"));
    m_entity->setClearButtonEnabled(true);
    m_entity->setMinimumWidth(160);
    m_clear->setObjectName(QStringLiteral("auditClearButton"));
    m_clear->setIcon(Icons::icon(QStringLiteral("close")));
    m_refresh->setObjectName(QStringLiteral("auditRefreshButton"));
    m_refresh->setIcon(Icons::icon(QStringLiteral("refresh")));
    m_verify->setObjectName(QStringLiteral("verifyChainButton"));
    m_verify->setIcon(Icons::icon(QStringLiteral("shield-check")));
    for (QPushButton* b : {m_clear, m_refresh, m_verify})
        b->setAutoDefault(false);
    m_periodLabel->setBuddy(m_period);
    m_staffLabel->setBuddy(m_staff);
    m_actionLabel->setBuddy(m_action);
    m_entityLabel->setBuddy(m_entity);
    m_count->setObjectName(QStringLiteral("auditCountLabel"));
    Style::setRole(m_count, "hint");
    m_message->setObjectName(QStringLiteral("auditMessage"));
    m_entityDelay->setSingleShot(true);
    m_entityDelay->setInterval(350);

    auto* filters = new QHBoxLayout;
    filters->setSpacing(8);
    auto labelled = [](QLabel* label, QWidget* field) {
        auto* box = new QVBoxLayout;
        box->setSpacing(3);
        Style::setRole(label, "hint");
        box->addWidget(label);
        box->addWidget(field);
        return box;
    };
    filters->addLayout(labelled(m_periodLabel, m_period));
    auto* dates = new QHBoxLayout;
    dates->setSpacing(4);
    dates->addWidget(m_from);
    dates->addWidget(m_toLabel);
    dates->addWidget(m_to);
    auto* datesBox = new QVBoxLayout;
    datesBox->setSpacing(3);
    datesBox->addSpacing(m_periodLabel->sizeHint().height() + 3);
    datesBox->addLayout(dates);
    filters->addLayout(datesBox);
    filters->addLayout(labelled(m_staffLabel, m_staff));
    filters->addLayout(labelled(m_actionLabel, m_action));
    filters->addLayout(labelled(m_entityLabel, m_entity), 1);
    auto* buttons = new QVBoxLayout;
    buttons->addStretch();
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_clear);
    buttonRow->addWidget(m_refresh);
    buttons->addLayout(buttonRow);
    filters->addLayout(buttons);

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int em = m_table->fontMetrics().averageCharWidth();
    m_table->setColumnWidth(AuditTableModel::TimeColumn, em * 22);
    m_table->setColumnWidth(AuditTableModel::ActorColumn, em * 22);
    m_table->setColumnWidth(AuditTableModel::ActionColumn, em * 34);
    m_table->setColumnWidth(AuditTableModel::EntityColumn, em * 26);

    auto* footer = new QHBoxLayout;
    footer->addWidget(m_count, 1);
    footer->addWidget(m_verify);

    contentLayout()->addLayout(filters);
    contentLayout()->addWidget(m_message);
    contentLayout()->addWidget(m_table, 1);
    contentLayout()->addLayout(footer);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        updatePeriodFields();
        applyFilters();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &AuditPage::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditPage::applyFilters);
    connect(m_staff, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilters);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilters);
    connect(m_entity, &QLineEdit::textChanged, m_entityDelay, qOverload<>(&QTimer::start));
    connect(m_entity, &QLineEdit::returnPressed, this, &AuditPage::applyFilters);
    connect(m_entityDelay, &QTimer::timeout, this, &AuditPage::applyFilters);
    connect(m_clear, &QPushButton::clicked, this, &AuditPage::clearFilters);
    connect(m_refresh, &QPushButton::clicked, this, [this] { m_model->refresh(); });
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verifyChain);
    connect(m_model, &AuditTableModel::loadFailed, this, &AuditPage::showLoadError);
    connect(m_model, &AuditTableModel::refreshed, this, &AuditPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditPage::updateCount);
    connect(m_table, &QTableView::customContextMenuRequested, this, &AuditPage::showContextMenu);

    m_updating = true;
    fillPeriodCombo();
    fillActionCombo();
    m_updating = false;
    updatePeriodFields();
    retranslateUi();
}

QString AuditPage::title() const
{
    return tr("Audit trail");
}

void AuditPage::setClinic(Clinic* clinic)
{
    m_clinic = clinic;
    m_message->clear();
    m_updating = true;
    fillStaffCombo();
    m_updating = false;
    m_model->setClinic(clinic);
    if (clinic)
        applyFilters();
}

void AuditPage::pageShown()
{
    if (!m_clinic)
        return;
    // Staff may have been added since; the selection stays if they are still there.
    m_updating = true;
    fillStaffCombo();
    m_updating = false;
    applyFilters();
}

void AuditPage::fillPeriodCombo()
{
    const int current = qMax(0, m_period->currentIndex());
    m_period->clear();
    m_period->addItem(tr("Any time"), int(Period::AnyTime));
    m_period->addItem(tr("Today"), int(Period::Today));
    m_period->addItem(tr("Last 7 days"), int(Period::Last7Days));
    m_period->addItem(tr("Last 30 days"), int(Period::Last30Days));
    m_period->addItem(tr("Between dates"), int(Period::Custom));
    m_period->setCurrentIndex(current);
}

void AuditPage::fillActionCombo()
{
    const QString current = m_action->currentData().toString();
    m_action->clear();
    m_action->addItem(tr("All actions"), QString());
    for (const AuditText::Family& f : AuditText::families())
        m_action->addItem(f.label, f.prefix);
    m_action->setCurrentIndex(qMax(0, m_action->findData(current)));
}

void AuditPage::fillStaffCombo()
{
    const QString current = m_staff->currentData().toString();
    m_staff->clear();
    m_staff->addItem(tr("Everyone"), QString());
    if (m_clinic && m_clinic->isOpen()) {
        if (auto actors = m_clinic->audit().actors(m_clinic->session())) {
            for (const AuditActor& a : *actors)
                m_staff->addItem(a.active ? a.name : tr("%1 (deactivated)").arg(a.name), a.id);
        }
        m_staff->addItem(tr("Recovery key"), Clinic::recoveryActorId());
    }
    m_staff->setCurrentIndex(qMax(0, m_staff->findData(current)));
}

void AuditPage::updatePeriodFields()
{
    const bool custom = Period(m_period->currentData().toInt()) == Period::Custom;
    m_from->setVisible(custom);
    m_toLabel->setVisible(custom);
    m_to->setVisible(custom);
}

void AuditPage::applyFilters()
{
    if (m_updating || !m_clinic)
        return;
    m_entityDelay->stop();
    AuditFilter f;
    const QDate today = QDate::currentDate();
    switch (Period(m_period->currentData().toInt())) {
    case Period::AnyTime:
        break;
    case Period::Today:
        f.from = startOfLocalDay(today);
        break;
    case Period::Last7Days:
        f.from = startOfLocalDay(today.addDays(-6));
        break;
    case Period::Last30Days:
        f.from = startOfLocalDay(today.addDays(-29));
        break;
    case Period::Custom: {
        const QDate from = qMin(m_from->date(), m_to->date());
        const QDate to = qMax(m_from->date(), m_to->date());
        f.from = startOfLocalDay(from);
        f.to = startOfLocalDay(to.addDays(1));
        break;
    }
    }
    f.actorId = m_staff->currentData().toString();
    f.actionPrefix = m_action->currentData().toString();
    f.entityId = m_entity->text().trimmed();
    m_message->clear();
    m_model->setFilter(f);
}

void AuditPage::clearFilters()
{
    m_updating = true;
    m_period->setCurrentIndex(0);
    m_staff->setCurrentIndex(0);
    m_action->setCurrentIndex(0);
    m_entity->clear();
    m_updating = false;
    updatePeriodFields();
    applyFilters();
}

void AuditPage::updateCount()
{
    if (!m_clinic) {
        m_count->clear();
        return;
    }
    const qint64 total = m_model->totalCount();
    const QLocale locale;
    if (total == 0)
        m_count->setText(tr("No entries match these filters."));
    else if (m_model->rowCount() < total)
        m_count->setText(tr("%1 entries — showing the newest %2; scroll down for more.")
                             .arg(locale.toString(total), locale.toString(m_model->rowCount())));
    else
        m_count->setText(total == 1 ? tr("One entry") : tr("%1 entries").arg(locale.toString(total)));
}

void AuditPage::showLoadError(const Error& error)
{
    m_message->showError(error);
}

void AuditPage::verifyChain()
{
    if (!m_clinic || !m_clinic->isOpen())
        return;
    Result<AuditVerification> result = [&] {
        WaitCursor wait;
        return m_clinic->audit().verify(m_clinic->session());
    }();
    if (!result) {
        m_message->showError(result.error());
        return;
    }
    const QLocale locale;
    if (result->intact) {
        m_message->showMessage(InlineMessage::Kind::Success,
                               tr("The audit trail is intact: all %1 entries carry an unbroken seal.")
                                   .arg(locale.toString(result->rowsChecked)));
        Q_EMIT statusMessage(tr("Audit trail verified."));
    } else {
        m_message->showMessage(
            InlineMessage::Kind::Error,
            tr("The audit trail has been tampered with at entry %1: %2. %3 entries before it "
               "verified. Keep this computer as it is and tell the practice manager.")
                .arg(locale.toString(result->brokenSeq), result->reason,
                     locale.toString(result->rowsChecked)));
    }
}

void AuditPage::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    const AuditEntry* e = index.isValid() ? m_model->entry(index.row()) : nullptr;
    if (!e)
        return;
    const AuditEntry entry = *e;
    QMenu menu(this);
    if (!entry.entityId.isEmpty()) {
        menu.addAction(tr("Show only entries about “%1”").arg(AuditText::entity(entry, m_model->names())),
                       this, [this, entry] {
                           m_entity->setText(entry.entityId);
                           applyFilters();
                       });
    }
    const int actorIndex = m_staff->findData(entry.actorId);
    if (!entry.actorId.isEmpty() && actorIndex > 0) {
        menu.addAction(tr("Show only entries by %1").arg(AuditText::actor(entry, m_model->names())), this,
                       [this, actorIndex] { m_staff->setCurrentIndex(actorIndex); });
    }
    if (!entry.entityId.isEmpty()) {
        menu.addSeparator();
        menu.addAction(Icons::icon(QStringLiteral("copy")), tr("Copy the id"), this,
                       [entry] { QApplication::clipboard()->setText(entry.entityId); });
    }
    if (!menu.isEmpty())
        menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void AuditPage::retranslateUi()
{
    setHeading(tr("Audit trail"), tr("Every sign-in and every change, sealed in a chain that shows if any "
                                     "entry is altered or removed."));
    m_periodLabel->setText(tr("&Period"));
    m_toLabel->setText(tr("to"));
    m_staffLabel->setText(tr("&Staff member"));
    m_actionLabel->setText(tr("&Action"));
    m_entityLabel->setText(tr("&Entity id"));
    m_entity->setPlaceholderText(tr("Paste an id to follow one record"));
    m_period->setAccessibleName(tr("Period"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    m_staff->setAccessibleName(tr("Staff member"));
    m_action->setAccessibleName(tr("Action"));
    m_entity->setAccessibleName(tr("Entity id"));
    m_clear->setText(tr("Clear filters"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Show entries written since the list was loaded"));
    m_verify->setText(tr("Verify chain"));
    m_verify->setToolTip(tr("Check every entry's seal and the links between them"));
    m_table->setAccessibleName(tr("Audit trail entries"));
    m_updating = true;
    fillPeriodCombo();
    fillActionCombo();
    fillStaffCombo();
    m_updating = false;
    m_model->retranslate();
    updateCount();
}

} // namespace rapport
