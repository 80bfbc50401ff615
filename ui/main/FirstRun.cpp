#include "FirstRun.h"

#include "common/InputDialog.h"
#include "storage/Ledger.h"
#include "storage/StorageError.h"

namespace jifen::ui {

QString FirstRun::operatorName(Database& db, QWidget* parent)
{
    const QString key = QStringLiteral("operator_name");
    const QString stored = Ledger(db, Actor::singleUser({})).setting(key).trimmed();
    if (!stored.isEmpty())
        return stored;
    QString name;
    while (InputDialog::getText(parent, tr("Welcome to Jifen"),
                                tr("Your name, as it will stand beside every change you make:"), name)) {
        name = name.trimmed();
        if (name.isEmpty())
            continue;
        try {
            Ledger(db, Actor::singleUser(name)).setSetting(key, name);
        } catch (const StorageError&) {
            // A read-only ledger: the name still stands on this session's changes (which will fail likewise).
        }
        return name;
    }
    return Actor::singleUser({}).name;
}

} // namespace jifen::ui
