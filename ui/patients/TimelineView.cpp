#include "patients/TimelineView.h"

#include "common/Icons.h"
#include "common/Style.h"
#include "patients/TimelineModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace rapport {

namespace {
// An icon in a tinted circle on a thin line that joins the entries, the text beside it.
class TimelineDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static constexpr int TextLeft = 48; // after the dot

    // Long summaries wrap rather than lose their end.
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QFontMetrics fm(option.font);
        const int width = qMax(120, (option.widget ? option.widget->width() : 400) - TextLeft - 12);
        const int text = fm.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap,
                                         index.data(Qt::DisplayRole).toString())
                             .height();
        return QSize(200, qMax(text + fm.height() + 22, 48));
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QRect r = option.rect;
        if (option.state & QStyle::State_Selected)
            painter->fillRect(r, QColor(0xee, 0xf6, 0xf5));
        const QColor color = index.data(TimelineModel::ColorRole).value<QColor>();
        const int circle = 30;
        const QRect dot(r.left() + 4, r.top() + 9, circle, circle);
        const int lineX = dot.center().x();
        painter->setPen(QPen(QColor(0xdd, 0xe3, 0xe4), 2));
        if (index.row() > 0)
            painter->drawLine(lineX, r.top(), lineX, dot.top());
        if (index.row() < index.model()->rowCount() - 1)
            painter->drawLine(lineX, dot.bottom(), lineX, r.bottom() + 1);
        QColor tint = color;
        tint.setAlpha(30);
        painter->setPen(QPen(color.lighter(130), 1));
        painter->setBrush(Qt::white);
        painter->drawEllipse(dot);
        painter->setBrush(tint);
        painter->drawEllipse(dot);
        const int iconSize = 16;
        painter->drawPixmap(QRect(dot.center().x() - iconSize / 2 + 1, dot.center().y() - iconSize / 2 + 1,
                                  iconSize, iconSize),
                            Icons::pixmap(index.data(TimelineModel::IconRole).toString(), iconSize, color,
                                          painter->device()->devicePixelRatioF()));

        const QFontMetrics fm(option.font);
        const int left = r.left() + TextLeft;
        const int width = r.right() - left - 6;
        const QString summary = index.data(Qt::DisplayRole).toString();
        const int textHeight = fm.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, summary).height();
        const int top = r.top() + (r.height() - textHeight - fm.height() - 3) / 2;
        painter->setPen(Style::text());
        painter->setFont(option.font);
        painter->drawText(QRect(left, top, width, textHeight), Qt::AlignLeft | Qt::TextWordWrap, summary);
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.92);
        painter->setFont(small);
        painter->setPen(Style::mutedText());
        painter->drawText(QRect(left, top + textHeight + 3, width, fm.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(small).elidedText(index.data(TimelineModel::DetailRole).toString(),
                                                         Qt::ElideRight, width));
        painter->restore();
    }
};
} // namespace

TimelineView::TimelineView(QWidget* parent)
    : Card(parent)
    , m_model(new TimelineModel(this))
    , m_list(new QListView(this))
    , m_count(new QLabel(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("timelineCard"));
    auto* icon = new QLabel(this);
    icon->setPixmap(Icons::pixmap(QStringLiteral("history"), 18, Style::accent(), devicePixelRatioF()));
    titleRow()->insertWidget(0, icon);
    m_count->setObjectName(QStringLiteral("timelineCount"));
    Style::setRole(m_count, "hint");
    titleRow()->addWidget(m_count);

    m_list->setObjectName(QStringLiteral("timelineList"));
    m_list->setProperty("role", QStringLiteral("plainList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new TimelineDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("timelineEmpty"));
    m_empty->setWordWrap(true);
    Style::setRole(m_empty, "hint");
    body()->addWidget(m_list, 1);
    body()->addWidget(m_empty);
    body()->addStretch(0);

    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelineView::updateEmpty);
    retranslateUi();
    updateEmpty();
}

void TimelineView::updateEmpty()
{
    const int rows = m_model->rowCount();
    m_empty->setVisible(rows == 0);
    m_list->setVisible(rows > 0);
    m_count->setText(rows == 0 ? QString() : rows == 1 ? tr("One entry") : tr("%n entries", nullptr, rows));
}

void TimelineView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Card::changeEvent(event);
}

void TimelineView::retranslateUi()
{
    setTitle(tr("Timeline"));
    m_list->setAccessibleName(tr("Timeline, newest first"));
    m_empty->setText(tr("Nothing yet. Changes, consent decisions and family links appear here, and later "
                        "appointments, messages, calls, complaints and surveys."));
    updateEmpty();
}

} // namespace rapport
