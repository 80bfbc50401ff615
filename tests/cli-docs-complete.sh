#!/bin/sh
# The manual page and the README's command reference keep up with the command line: every command `jifen-cli --help`
# lists has an entry in packaging/man/jifen-cli.1.in and a row in the README's command table, and every option a
# command's --help lists is named in that command's entries of the manual page. A new command or option without its
# documentation fails here instead of going unnoticed.
#
#   tests/cli-docs-complete.sh JIFEN_CLI
set -eu
cli=${1:?the jifen-cli executable}
source_dir=$(cd "$(dirname "$0")/.." && pwd)
man="$source_dir/packaging/man/jifen-cli.1.in"
readme="$source_dir/README.md"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8

# The commands: the lines of the "Commands:" block of the usage, "  NAME  summary".
commands=$("$cli" --help | awk '/^Commands:/ { on = 1; next } on && /^$/ { exit } on { print $1 }')
if [ -z "$commands" ]; then
    echo "jifen-cli --help lists no commands"
    exit 1
fi

# The manual page's text of each command: an entry starts at a line ".B NAME ..." or ".BI NAME ..." whose NAME is a
# command and runs until the next entry of another command or the next section; printed as "NAME<TAB>line".
entries=$(awk -v names="$(echo "$commands" | tr '\n' ' ')" '
    BEGIN { n = split(names, list, " "); for (i = 1; i <= n; ++i) known[list[i]] = 1 }
    /^\.S[HS]/ { current = ""; next }
    /^\.BI? / { word = $2; gsub(/\\/, "", word); gsub(/"/, "", word); if (word in known) current = word }
    current != "" { print current "\t" $0 }' "$man")

missing=""
for command in $commands; do
    if ! echo "$entries" | grep -q "^$command	"; then
        missing="$missing
  manual page: no entry for $command"
        continue
    fi
    text=$(echo "$entries" | sed -n "s/^$command	//p")
    # The options of the command's --help, "  -o, --output <FILE>  ..." or "  --format <...>  ...", but for --help.
    options=$("$cli" "$command" --help | sed -n 's/^  \(-[A-Za-z], \)\{0,1\}--\([a-z][a-z0-9-]*\).*/\2/p' | grep -vx help || true)
    for option in $options; do
        escaped=$(echo "$option" | sed 's/-/\\\\-/g')
        if ! echo "$text" | grep -q -- "\\\\-\\\\-$escaped"; then
            missing="$missing
  manual page: $command does not name --$option"
        fi
    done
done

# The README's command reference: a table row whose first cell names the command ("| `NAME ...`" or "`NAME`, ...").
for command in $commands; do
    if ! grep -E '^\| `' "$readme" | cut -d'|' -f2 | grep -qE "\`$command( |\`)"; then
        missing="$missing
  README: no row for $command in the command reference"
    fi
done

if [ -n "$missing" ]; then
    echo "The documentation lacks what jifen-cli --help lists:$missing"
    exit 1
fi
echo "The manual page and the README name every command ($(echo "$commands" | wc -l)) and every option."
