#include "IntegrityBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace jifen::ui {

IntegrityBanner::IntegrityBanner(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("integrityBanner"));
    // A fixed red, not the palette's: the warning must look the same in every theme.
    setStyleSheet(QStringLiteral("#integrityBanner { background: #b71c1c; border-bottom: 2px solid #7f0000; }"
                                 "#integrityBanner QLabel { color: white; }"));
    auto* icon = new QLabel(QStringLiteral("⚠"));
    QFont big = icon->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    icon->setFont(big);
    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("integrityText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* restore = new QPushButton(tr("Restore from backup..."));
    restore->setObjectName(QStringLiteral("integrityRestore"));
    auto* dismiss = new QPushButton(tr("Dismiss"));
    dismiss->setObjectName(QStringLiteral("integrityDismiss"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(restore, 0, Qt::AlignTop);
    layout->addWidget(dismiss, 0, Qt::AlignTop);
    connect(restore, &QPushButton::clicked, this, &IntegrityBanner::restoreRequested);
    connect(dismiss, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void IntegrityBanner::showProblem(const QString& firstProblem, int problemCount)
{
    QString text = tr("<b>This ledger fails its integrity check: it was changed outside Jifen.</b><br>"
                      "First broken link: %1")
                       .arg(firstProblem.toHtmlEscaped());
    if (problemCount > 1)
        text += QStringLiteral("<br>") + tr("%n problem(s) found in all.", nullptr, problemCount);
    text += QStringLiteral("<br>")
        + tr("Do not rely on these points until this is explained. Restore the newest backup that verifies (File → "
             "Restore from backup...), or ask the administrator; <i>jifen-cli verify</i> lists every problem.");
    m_text->setText(text);
    show();
}

QString IntegrityBanner::text() const
{
    return m_text->text();
}

} // namespace jifen::ui
