#pragma once

class QCoreApplication;

namespace jifen {

// Gives the GUI and the CLI the same identity (so they find the same default ledger), version and translations.
void initApplication(QCoreApplication& app);

} // namespace jifen
