#include "patients/PatientSearchDelegate.h"

#include "common/Icons.h"
#include "common/Style.h"
#include "patients/PatientSearchModel.h"
#include "patients/PatientText.h"
#include "patients/PatientVocabulary.h"

#include <QPainter>
#include <QPainterPath>

namespace rapport {

QString PatientSearchDelegate::initials(const QString& name)
{
    QString out;
    for (const QString& word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QChar c = word.at(0);
        if (c.isLetter())
            out += c.toUpper();
        if (out.size() == 2)
            break;
    }
    return out.isEmpty() ? QStringLiteral("?") : out;
}

QSize PatientSearchDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics fm(option.font);
    return QSize(320, fm.height() * 2 + 20);
}

void PatientSearchDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect.adjusted(6, 2, -6, -2);
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    if (selected || hovered) {
        QPainterPath path;
        path.addRoundedRect(QRectF(r), 7, 7);
        painter->fillPath(path, selected ? QColor(0xdc, 0xef, 0xec) : QColor(0xf1, 0xf6, 0xf5));
        if (selected) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(Style::accent());
            painter->drawRoundedRect(QRectF(r.left(), r.top() + 8, 3, r.height() - 16), 1.5, 1.5);
        }
    }

    const bool create = index.data(PatientSearchModel::IsCreateRole).toBool();
    const int circle = r.height() - 16;
    const QRect avatar(r.left() + 12, r.top() + (r.height() - circle) / 2, circle, circle);
    if (create) {
        painter->setPen(QPen(Style::accent(), 1.2));
        painter->setBrush(QColor(0xe8, 0xf4, 0xf2));
        painter->drawEllipse(avatar);
        const int iconSize = circle * 3 / 5;
        painter->drawPixmap(QRect(avatar.center().x() - iconSize / 2 + 1,
                                  avatar.center().y() - iconSize / 2 + 1, iconSize, iconSize),
                            Icons::pixmap(QStringLiteral("plus"), iconSize, Style::accent(),
                                          painter->device()->devicePixelRatioF()));
    } else {
        const bool active = index.data(PatientSearchModel::ActiveRole).toBool();
        painter->setPen(Qt::NoPen);
        painter->setBrush(active ? QColor(0xd5, 0xeb, 0xe7) : QColor(0xe6, 0xea, 0xeb));
        painter->drawEllipse(avatar);
        QFont f = option.font;
        f.setWeight(QFont::DemiBold);
        f.setPointSizeF(f.pointSizeF() * 0.9);
        painter->setFont(f);
        painter->setPen(active ? Style::accentDark() : Style::mutedText());
        painter->drawText(avatar, Qt::AlignCenter, initials(index.data(Qt::DisplayRole).toString()));
    }

    const int textLeft = avatar.right() + 14;
    int textRight = r.right() - 12;
    // The badge for anyone not active, at the right.
    if (!create && !index.data(PatientSearchModel::ActiveRole).toBool()) {
        const auto status = PatientStatus(index.data(PatientSearchModel::StatusRole).toInt());
        QFont bf = option.font;
        bf.setPointSizeF(bf.pointSizeF() * 0.85);
        bf.setWeight(QFont::DemiBold);
        const QFontMetrics bfm(bf);
        const QString text = PatientVocabulary::name(status);
        const QRect badge(textRight - bfm.horizontalAdvance(text) - 16, r.center().y() - bfm.height() / 2 - 3,
                          bfm.horizontalAdvance(text) + 16, bfm.height() + 6);
        painter->setPen(Qt::NoPen);
        painter->setBrush(PatientText::toneBackground(status));
        painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
        painter->setFont(bf);
        painter->setPen(PatientText::toneForeground(status));
        painter->drawText(badge, Qt::AlignCenter, text);
        textRight = badge.left() - 10;
    }

    const QFontMetrics fm(option.font);
    const int lineTop = r.top() + (r.height() - fm.height() * 2 - 2) / 2;
    QFont nameFont = option.font;
    nameFont.setWeight(QFont::DemiBold);
    painter->setFont(nameFont);
    painter->setPen(create ? Style::accentDark() : Style::text());
    const QRect nameRect(textLeft, lineTop, textRight - textLeft, fm.height());
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(nameFont).elidedText(index.data(Qt::DisplayRole).toString(),
                                                        Qt::ElideRight, nameRect.width()));
    painter->setFont(option.font);
    painter->setPen(Style::mutedText());
    const QRect detailRect(textLeft, lineTop + fm.height() + 2, textRight - textLeft, fm.height());
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(index.data(PatientSearchModel::DetailRole).toString(), Qt::ElideRight,
                                    detailRect.width()));
    painter->restore();
}

} // namespace rapport
