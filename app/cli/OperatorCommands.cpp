// operator add|list|passwd|disable|enable: who may use the ledger.
#include "Cli.h"

#include "PasswordPrompt.h"

#include "storage/Operators.h"

namespace jifen::cli {

namespace {

// The new password: JIFEN_NEW_PASSWORD, else typed twice at the terminal.
std::optional<QString> newPassword(Context& context)
{
    const QString fromEnvironment = qEnvironmentVariable("JIFEN_NEW_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const auto first = promptPassword(Context::tr("New password: "));
    if (!first) {
        context.fail(Context::tr("A new password is needed: type it at the prompt or set JIFEN_NEW_PASSWORD."),
                     UsageError);
        return std::nullopt;
    }
    const auto second = promptPassword(Context::tr("Repeat the new password: "));
    if (!second || *second != *first) {
        context.fail(Context::tr("The two passwords differ; nothing was changed."));
        return std::nullopt;
    }
    return first;
}

int operatorCommand(Context& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ACTION"), Context::tr("add, list, passwd, disable or enable."));
    parser.addPositionalArgument(QStringLiteral("NAME"), Context::tr("The operator's name."));
    const QCommandLineOption role(QStringLiteral("role"), Context::tr("admin, clerk, reviewer or viewer (for add)."),
                                  QStringLiteral("ROLE"));
    parser.addOption(role);
    if (const auto stop = context.parse(parser, Context::tr("Manage operators. The first operator, an administrator, "
                                                            "ends single-user mode. Passwords come from "
                                                            "JIFEN_NEW_PASSWORD or the terminal."),
                                        1, 2))
        return *stop;
    const QStringList args = parser.positionalArguments();
    const QString action = args.constFirst();
    Database& db = context.database();
    if (action == u"list") {
        context.ledger(); // signs in: who may do what is not for everyone to read
        for (const auto& op : Operators::list(db))
            context.out() << op.name << '\t' << Actor::roleKey(op.role) << '\t'
                          << (op.active ? Context::tr("active") : Context::tr("disabled")) << '\n';
        context.out().flush();
        return Ok;
    }
    if (args.size() != 2)
        return context.fail(Context::tr("%1 needs an operator name.").arg(action), UsageError);
    const QString name = args.at(1);
    if (action == u"add") {
        bool ok = false;
        const Actor::Role r = Actor::roleFromKey(parser.value(role), &ok);
        if (!ok || r == Actor::Role::SingleUser)
            return context.fail(Context::tr("--role must be admin, clerk, reviewer or viewer."), UsageError);
        const auto password = newPassword(context);
        if (!password)
            return DataError;
        Operators::add(context.ledger(), name, r, *password);
        context.out() << Context::tr("Operator %1 added as %2.").arg(name, Actor::roleLabel(r)) << Qt::endl;
        return Ok;
    }
    if (action == u"passwd") {
        const auto password = newPassword(context);
        if (!password)
            return DataError;
        Operators::setPassword(context.ledger(), name, *password);
        context.out() << Context::tr("Password of %1 changed.").arg(name) << Qt::endl;
        return Ok;
    }
    if (action == u"disable" || action == u"enable") {
        Operators::setActive(context.ledger(), name, action == u"enable");
        return Ok;
    }
    return context.fail(Context::tr("Unknown action %1: use add, list, passwd, disable or enable.").arg(action),
                        UsageError);
}

} // namespace

JIFEN_CLI_COMMAND("operator", QT_TRANSLATE_NOOP("CliCommand", "manage operators and their roles"), operatorCommand);

} // namespace jifen::cli
