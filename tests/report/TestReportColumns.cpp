#include "LedgerFixture.h"
#include "report/ReportBuilder.h"

using namespace jifen;
using namespace jifen::test;

TEST_CASE("every column of numbers in a report is right-aligned, on paper and in the tables on screen")
{
    LedgerFixture f;
    ReportBuilder builder(f.ledger, QDate(2026, 4, 1));
    const QList<ReportDocument> documents {
        builder.ranking(Period::month(2026, 3), std::nullopt).document(RankingReport::exportColumns()),
        builder.eligibility(2026, f.ledger.ruleSet().awards).document(),
        builder.statement(f.jia, 2026).document(),
        builder.opinion({f.jia, f.ding}, 2025, 2026).document(),
    };
    int numberColumns = 0;
    for (const ReportDocument& document : documents) {
        for (const ReportTable& table : document.tables()) {
            for (qsizetype c = 0; c < table.columns.size(); ++c) {
                // A column of numbers: every filled cell carries the number behind its text.
                int numbers = 0;
                bool allNumbers = true;
                for (const QList<ReportCell>& row : table.rows) {
                    if (row[c].text.isEmpty() || row[c].text == u"—")
                        continue;
                    allNumbers = allNumbers && row[c].number.has_value();
                    ++numbers;
                }
                if (!allNumbers || numbers == 0)
                    continue;
                ++numberColumns;
                INFO(document.title.toStdString()
                     << ": " << table.caption.toStdString() << ", column " << table.columns[c].title.toStdString());
                CHECK(table.columns[c].align == ReportTable::Align::Right);
            }
        }
    }
    // Ranks, points, year totals, quantities, numbers in a list and years.
    CHECK(numberColumns >= 12);
}
