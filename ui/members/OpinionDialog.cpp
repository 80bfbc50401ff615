#include "OpinionDialog.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/Session.h"
#include "print/ReportOdt.h"
#include "print/ReportPrinter.h"
#include "report/ReportBuilder.h"
#include "storage/Ledger.h"
#include "storage/MemberLookup.h"
#include "storage/StorageError.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace jifen::ui {

OpinionDialog::OpinionDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("opinionDialog"));
    setWindowTitle(tr("Print the Party branch opinion"));
    m_candidates = new QPlainTextEdit;
    m_candidates->setObjectName(QStringLiteral("opinionCandidates"));
    m_candidates->setPlaceholderText(tr("Names or ID numbers, one per line or separated by commas"));
    m_candidates->setTabChangesFocus(true);
    const int year = QDate::currentDate().year();
    m_from = new QSpinBox;
    m_from->setObjectName(QStringLiteral("opinionYearFrom"));
    m_to = new QSpinBox;
    m_to->setObjectName(QStringLiteral("opinionYearTo"));
    for (QSpinBox* spin : {m_from, m_to}) {
        spin->setRange(2000, 2100);
        spin->setGroupSeparatorShown(false);
    }
    m_from->setValue(year - 2);
    m_to->setValue(year);
    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("opinionText"));
    m_text->setPlaceholderText(tr("Leave empty to write the opinion by hand on the printout"));
    m_text->setTabChangesFocus(true);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("opinionProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();

    auto* years = new QHBoxLayout;
    years->addWidget(m_from);
    years->addWidget(new QLabel(tr("to")));
    years->addWidget(m_to);
    years->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("&Candidates:"), m_candidates);
    form->addRow(tr("&Years:"), years);
    form->addRow(tr("Branch &opinion:"), m_text);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* print = buttons->addButton(tr("&Preview and print..."), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("opinionPrint"));
    auto* pdf = buttons->addButton(tr("Save as P&DF..."), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("opinionPdf"));
    auto* odt = buttons->addButton(tr("Save for a &word processor (.odt)..."), QDialogButtonBox::ActionRole);
    odt->setObjectName(QStringLiteral("opinionOdt"));
    connect(print, &QPushButton::clicked, this, &OpinionDialog::preview);
    connect(pdf, &QPushButton::clicked, this, [this] { save(QStringLiteral("pdf")); });
    connect(odt, &QPushButton::clicked, this, [this] { save(QStringLiteral("odt")); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(560, 420);
}

void OpinionDialog::setCandidates(const QString& text)
{
    m_candidates->setPlainText(text);
}

std::optional<BranchOpinion> OpinionDialog::opinion()
{
    const auto show = [this](const QString& message) {
        m_problem->setText(message);
        m_problem->setVisible(!message.isEmpty());
    };
    if (m_from->value() > m_to->value()) {
        show(tr("The first year is after the last."));
        return std::nullopt;
    }
    const MemberLookup::Result found = MemberLookup::resolve(m_session.database(), m_candidates->toPlainText());
    QStringList problems;
    if (!found.notFound.isEmpty())
        problems << tr("Not on the roster: %1").arg(found.notFound.join(tr(", ", "list separator")));
    for (const MemberLookup::Ambiguous& a : found.ambiguous)
        problems << tr("%1 is the name of %n members: paste the ID number instead.", nullptr,
                       static_cast<int>(a.candidates.size()))
                        .arg(a.name);
    if (found.found.isEmpty() && problems.isEmpty())
        problems << tr("Paste the candidates' names or ID numbers.");
    show(problems.join(u'\n'));
    if (!problems.isEmpty())
        return std::nullopt;
    QList<qint64> ids;
    for (const Member& m : found.found)
        ids << m.id;
    try {
        return ReportBuilder(m_session.ledger()).opinion(ids, m_from->value(), m_to->value(), m_text->toPlainText());
    } catch (const StorageError& error) {
        show(error.message());
        return std::nullopt;
    }
}

bool OpinionDialog::record(const BranchOpinion& opinion)
{
    return m_session.attempt(this, windowTitle(), [&] {
        ReportBuilder(m_session.ledger()).recordOpinion(opinion);
        m_session.notify(0);
    });
}

void OpinionDialog::preview()
{
    const auto built = opinion();
    if (!built || !record(*built))
        return;
    ReportPrinter(built->document()).preview(this);
}

bool OpinionDialog::save(const QString& suffix, QString fileName)
{
    const auto built = opinion();
    if (!built)
        return false;
    if (fileName.isEmpty()) {
        const QString filter = suffix == u"odt" ? tr("OpenDocument text (*.odt)") : tr("PDF (*.pdf)");
        fileName = FileDialog::getSaveFileName(this, windowTitle(), built->title() + u'.' + suffix, filter);
        if (fileName.isEmpty())
            return false;
        if (QFileInfo(fileName).suffix().isEmpty())
            fileName += u'.' + suffix;
    }
    // Refuse before writing when this operator may not issue one.
    if (!m_session.attempt(this, windowTitle(),
                           [this] { m_session.ledger().actor().require(Actor::Permission::EnterPoints); }))
        return false;
    QString error;
    const ReportDocument document = built->document();
    const bool written = suffix == u"odt" ? ReportOdt(document).write(fileName, &error)
                                          : ReportPrinter(document).writePdf(fileName, &error);
    if (!written) {
        MessageBox::warning(this, windowTitle(), error);
        return false;
    }
    return record(*built);
}

} // namespace jifen::ui
