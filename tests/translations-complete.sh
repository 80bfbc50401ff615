#!/bin/sh
# Every string the user sees has its Chinese translation: lupdate run over the sources into a copy of
# resources/translations/jifen_zh_CN.ts finds no string without one. A tr() string added without it would show English
# in the Chinese interface. (To fix: `ninja update_translations`, then translate what it marks unfinished.)
#
#   tests/translations-complete.sh LUPDATE
set -eu
lupdate=$1
source_dir=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$source_dir/resources/translations/jifen_zh_CN.ts" "$work/check.ts"
cd "$source_dir"
"$lupdate" -silent -no-obsolete -locations none -extensions cpp,h,ui core ui app export -ts "$work/check.ts"
if grep -q 'type="unfinished"' "$work/check.ts"; then
    echo "Strings without a Chinese translation in resources/translations/jifen_zh_CN.ts:"
    grep -A1 '<source>' "$work/check.ts" | grep -B1 'type="unfinished"' | sed -n 's/.*<source>\(.*\)<\/source>.*/  \1/p'
    exit 1
fi
echo "Every string has its Chinese translation ($(grep -c '<message' "$work/check.ts") strings)."
