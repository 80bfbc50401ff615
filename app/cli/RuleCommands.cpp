// init, import-rules, export-rules: the ledger and its rule set.
#include "Cli.h"

#include "io/RuleSetFile.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>

namespace jifen::cli {

namespace {

void printChanges(QTextStream& out, const Ledger::RuleSetChanges& changes)
{
    if (changes.isEmpty()) {
        out << Context::tr("Rule set unchanged.") << '\n';
        return;
    }
    if (!changes.added.isEmpty())
        out << Context::tr("Rules added: %1").arg(changes.added.join(u' ')) << '\n';
    if (!changes.changed.isEmpty())
        out << Context::tr("Rules changed (new version): %1").arg(changes.changed.join(u' ')) << '\n';
    if (!changes.replaced.isEmpty())
        out << Context::tr("Rules replaced for every date (no entry used them): %1").arg(changes.replaced.join(u' '))
            << '\n';
    if (!changes.removed.isEmpty())
        out << Context::tr("Rules removed: %1").arg(changes.removed.join(u' ')) << '\n';
    if (!changes.kept.isEmpty())
        out << Context::tr("Rules kept because entries use them: %1").arg(changes.kept.join(u' ')) << '\n';
    if (changes.awardsChanged)
        out << Context::tr("Awards updated.") << '\n';
    if (changes.gradesChanged)
        out << Context::tr("Grade bands updated.") << '\n';
    if (changes.basePointsChanged)
        out << Context::tr("Base points updated.") << '\n';
    if (changes.pledgeRulesChanged)
        out << Context::tr("Pledge rules (pledge_rules) updated.") << '\n';
    if (!changes.branchKept.isEmpty())
        out << Context::tr("Meeting types and branch rules kept because meetings or branch entries use them: %1")
                   .arg(changes.branchKept.join(u' '))
            << '\n';
    if (changes.branchKeysChanged)
        out << Context::tr("Meeting types, branch rules, branch evaluation, tiers or branch awards updated.") << '\n';
}

int initCommand(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption org(QStringLiteral("org"), Context::tr("The organisation's name, printed on reports."),
                                 Context::tr("NAME"));
    parser.addOption(org);
    if (const auto stop = context.parse(parser, Context::tr("Create or upgrade the database and load the default rule "
                                                            "set if it has none."),
                                        0, 0))
        return *stop;
    // Refused before the ledger is opened, so that nothing is created for a command that fails.
    if (parser.isSet(org) && parser.value(org).trimmed().isEmpty())
        return context.fail(Context::tr("--org: the organisation's name cannot be empty."), UsageError);
    Ledger& ledger = context.ledger();
    // One transaction: a refused rule set leaves the organisation's name as it was.
    Transaction transaction(context.database());
    if (parser.isSet(org))
        ledger.setSetting(QStringLiteral("organisation"), parser.value(org).trimmed());
    const RuleSet current = ledger.ruleSet();
    if (current.rules.isEmpty()) {
        const RuleSet defaults = RuleSetFile::defaultRuleSet();
        ledger.importRuleSet(defaults, QDate());
        context.out() << Context::tr("Default rule set loaded: %1 rules, %2 awards, %3 grade bands.")
                             .arg(defaults.rules.size())
                             .arg(defaults.awards.size())
                             .arg(defaults.grades.size())
                      << '\n';
    }
    transaction.commit();
    context.out() << Context::tr("Database ready: %1 (schema %2)")
                         .arg(QDir::toNativeSeparators(context.database().path()))
                         .arg(context.database().schemaVersion())
                  << Qt::endl;
    return Ok;
}

int importRulesCommand(Context& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE.json"), Context::tr("A jifen-rules/1 rule-set file."));
    const QCommandLineOption effective(QStringLiteral("effective"),
                                       Context::tr("Date from which changed rules apply (default: today)."),
                                       QStringLiteral("YYYY-MM-DD"));
    parser.addOption(effective);
    if (const auto stop = context.parse(parser, Context::tr("Import a rule set: rules are updated by code (a new "
                                                            "version where a value changed), new ones added; awards "
                                                            "and grade bands replaced."),
                                        1, 1))
        return *stop;
    QDate from;
    if (parser.isSet(effective)) {
        from = isoDate(parser.value(effective));
        if (!from.isValid())
            return context.fail(Context::tr("--effective: not a date (YYYY-MM-DD): %1").arg(parser.value(effective)),
                                UsageError);
    }
    const QString file = parser.positionalArguments().constFirst();
    const auto result = RuleSetFile::read(file);
    if (!result.ok())
        return context.fail(result.errors.join(u'\n'));
    printChanges(context.out(), context.ledger().importRuleSet(result.ruleSet, from));
    return Ok;
}

int exportRulesCommand(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    Context::tr("Write to FILE instead of standard output."), Context::tr("FILE"));
    parser.addOption(output);
    if (const auto stop = context.parse(parser, Context::tr("Print the rule set as a jifen-rules/1 file."), 0, 0))
        return *stop;
    return context.writeOutput(parser.value(output), RuleSetFile::write(context.ledger().ruleSet())) ? Ok : DataError;
}

} // namespace

JIFEN_CLI_COMMAND("init", QT_TRANSLATE_NOOP("CliCommand", "create or upgrade the database, load the default rule set"),
                  initCommand);
JIFEN_CLI_COMMAND("import-rules", QT_TRANSLATE_NOOP("CliCommand", "import a jifen-rules/1 rule-set file"),
                  importRulesCommand);
JIFEN_CLI_COMMAND("export-rules", QT_TRANSLATE_NOOP("CliCommand", "print the rule set as a jifen-rules/1 file"),
                  exportRulesCommand);

} // namespace jifen::cli
