#include "GuiFixture.h"
#include "io/DemoData.h"

#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>

using namespace jifen;
using namespace jifen::test;
using Page = ui::MainWindow::Page;

namespace {

// A number as the tables show one: points, counts, ranks, percentages, a rank's change ("↑2"). Dates, codes, masked ID
// and phone numbers are not.
bool isNumber(const QString& text)
{
    static const QRegularExpression number(QStringLiteral("^[-+↑↓]?\\d[\\d.,]*%?$"));
    return number.match(text).hasMatch();
}

// Every column of every table under `root` whose shown cells are all numbers is right-aligned; returns how many such
// columns there were.
int checkNumberColumns(QWidget* root, const QString& where)
{
    int checked = 0;
    const QList<QTableView*> views = root->findChildren<QTableView*>();
    for (const QTableView* view : views) {
        const QAbstractItemModel* model = view->model();
        if (!model || model->rowCount() == 0)
            continue;
        for (int c = 0; c < model->columnCount(); ++c) {
            int numbers = 0;
            bool allNumbers = true;
            for (int r = 0; r < model->rowCount() && allNumbers; ++r) {
                const QString text = model->index(r, c).data().toString().trimmed();
                if (text.isEmpty() || text == u"—")
                    continue;
                allNumbers = isNumber(text);
                numbers += allNumbers ? 1 : 0;
            }
            if (!allNumbers || numbers == 0)
                continue;
            ++checked;
            for (int r = 0; r < model->rowCount(); ++r) {
                const QModelIndex index = model->index(r, c);
                if (index.data().toString().trimmed().isEmpty())
                    continue;
                INFO(where.toStdString() << ": table " << view->objectName().toStdString() << ", column "
                                         << model->headerData(c, Qt::Horizontal).toString().toStdString() << ", row "
                                         << r << ": " << index.data().toString().toStdString());
                CHECK((Qt::Alignment(index.data(Qt::TextAlignmentRole).toInt()) & Qt::AlignRight));
                break; // one cell per column says enough, and keeps a failure to one line
            }
        }
    }
    return checked;
}

} // namespace

TEST_CASE("numbers are right-aligned in every table of every page")
{
    GuiFixture f;
    DemoData::Options options;
    options.members = 30;
    DemoData::load(f.ledger(), options);
    f.refreshScreens();
    int checked = 0;
    for (const Page page : {Page::Members, Page::Entry, Page::Rules, Page::Awards, Page::Ranking, Page::Audit}) {
        f.window->showPage(page);
        QWidget* widget = f.window->pageWidget(page);
        REQUIRE(widget);
        if (page == Page::Members) {
            auto* members = widget->findChild<QTableView*>(QStringLiteral("memberTable"));
            REQUIRE(members);
            members->selectRow(0);
        }
        const QList<QTabWidget*> tabs = widget->findChildren<QTabWidget*>();
        checked += checkNumberColumns(widget, QString::number(int(page)));
        for (QTabWidget* tab : tabs)
            for (int i = 0; i < tab->count(); ++i) {
                tab->setCurrentIndex(i);
                checked += checkNumberColumns(widget, QStringLiteral("%1/%2").arg(int(page)).arg(i));
            }
    }
    // Points, ranks and counts on the rules, entry, member, commendation and ranking pages.
    CHECK(checked >= 8);
}
