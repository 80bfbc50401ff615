#pragma once

#include "model/Points.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <Qt>

#include <optional>
#include <utility>

class QComboBox;
class QHBoxLayout;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace jifen::ui {

// The cells of the rules editors' tables: how a value is shown in a cell and read back from it. Reading a row through
// RuleCells stops at the first bad cell and names it in the user's language ("第 2 行，名额列：……").
class RuleCells
{
    Q_DECLARE_TR_FUNCTIONS(RuleCells)

public:
    RuleCells(const QTableWidget* table, int row, QString& error)
        : m_table(table)
        , m_row(row)
        , m_error(error)
    {
    }

    static QTableWidgetItem* readOnly(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter);
    // An editable cell holding a number: right-aligned, as numbers are in every table.
    static QTableWidgetItem* number(const QString& text);
    static QTableWidgetItem* check(bool checked);
    static QString points(const std::optional<Cents>& value); // empty when unset
    // Empty text: unset. "1,5" is read as the locale writes it, "1.5" as well.
    static bool parsePoints(const QString& text, std::optional<Cents>& value);
    // A combo box of the member rules ("A01 参加支部党员大会") after "(none)", the code as each item's data, set to
    // `current`; fills `combo` afresh when given, else a new one.
    static QComboBox* ruleChooser(const QList<std::pair<QString, QString>>& codesAndNames, const QString& current,
                                  QComboBox* combo = nullptr);

    // The buttons under an editable table: add and remove (the current row) on the left, revert and save on the right;
    // each named by `names` (add, remove, revert, save) for tests.
    struct Buttons {
        QPushButton* add;
        QPushButton* revert;
        QPushButton* save;
        QHBoxLayout* layout;
    };
    static Buttons buttons(QTableWidget* table, const QString& addText, const QString& removeText,
                           const QString& saveText, const QStringList& names);

    // The trimmed text of a cell; empty when `required` is a problem.
    QString text(int column, bool required = false);
    bool isChecked(int column) const;
    QString comboCode(int column) const;
    // Points (or a percentage) with at most two decimals; unset when empty (a problem when `required`); with
    // `positive` more than 0, with `percent` at most 100.
    bool points(int column, std::optional<Cents>& value, bool required = false, bool positive = false,
                bool percent = false);
    bool count(int column, std::optional<int>& value, int minimum, int maximum);
    // Records a problem of the cell (or of the row when column < 0) and returns false.
    bool fail(int column, const QString& problem);
    bool ok() const { return m_error.isEmpty(); }

private:
    QString header(int column) const;
    const QTableWidget* m_table;
    int m_row;
    QString& m_error;
};

} // namespace jifen::ui
