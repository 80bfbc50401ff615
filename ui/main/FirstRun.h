#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace jifen {

class Database;

namespace ui {

// What a new install asks once: the operator's name, stamped on every change of a single-user ledger.
class FirstRun
{
    Q_DECLARE_TR_FUNCTIONS(FirstRun)

public:
    // The name kept in the ledger's `operator_name` setting; asked (and kept) when there is none. Cancelling the
    // question uses the system user's name this time and asks again next time.
    static QString operatorName(Database& db, QWidget* parent = nullptr);
};

} // namespace ui
} // namespace jifen
