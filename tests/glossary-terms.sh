#!/bin/sh
# The translation file speaks the glossary's language: no English source and no Chinese translation in
# resources/translations/jifen_zh_CN.ts uses a name docs/glossary.md rejects (its last column, each in backticks).
# A Chinese variant is matched anywhere; an English one (ASCII letters) as a whole word, case included.
#
#   tests/glossary-terms.sh [GLOSSARY [TS_FILE]]
set -eu
source_dir=$(cd "$(dirname "$0")/.." && pwd)
glossary=${1:-$source_dir/docs/glossary.md}
ts=${2:-$source_dir/resources/translations/jifen_zh_CN.ts}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The rejected names: the backticked words of the table's last column, one a line.
grep '^|' "$glossary" | awk -F'|' 'NR > 2 { print $(NF - 1) }' | grep -o '`[^`]*`' | tr -d '`' >"$work/rejected"
if [ ! -s "$work/rejected" ]; then
    echo "No rejected names found in $glossary: is its table still there?"
    exit 1
fi

# What a user reads: the text of <source>, <translation> and <numerusform> elements, not context names or locations.
grep -v -e '<name>' -e '<location' "$ts" >"$work/text"

found=0
while IFS= read -r term; do
    case $term in
    *[A-Za-z]*) hits=$(grep -n -w -F -e "$term" "$work/text" || true) ;;
    *) hits=$(grep -n -F -e "$term" "$work/text" || true) ;;
    esac
    if [ -n "$hits" ]; then
        echo "\"$term\" is a name docs/glossary.md rejects; the translation file uses it:"
        echo "$hits" | sed 's/^/  /'
        found=1
    fi
done <"$work/rejected"
if [ "$found" -ne 0 ]; then
    echo "Use the glossary's name instead (docs/glossary.md)."
    exit 1
fi
echo "The translation file uses none of the $(wc -l <"$work/rejected") names the glossary rejects."
