#!/bin/sh
# The worked examples of docs/scoring.md hold: the rule-set file printed there imports, and the caps examples
# (section 4) and the ranking example (section 7) come out of the real jifen-cli with the figures of the document's
# tables, copied below. A change to the scoring the document does not follow fails here; when a table there changes,
# change its copy here.
#
#   tests/scoring-doc-examples.sh JIFEN_CLI
set -eu
cli=$1
source_dir=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=$work/ledger.sqlite
j() { "$cli" --db "$db" "$@"; }
fail() { echo "docs/scoring.md: $1"; echo "expected:"; echo "$2"; echo "got:"; echo "$3"; exit 1; }

# The one JSON block of the document is the example rule set.
sed -n '/^```json$/,/^```$/p' "$source_dir/docs/scoring.md" | sed '1d;$d' >"$work/rules.json"
j init >/dev/null
j import-rules "$work/rules.json" --effective 2026-01-01 >/dev/null

member() { j add-member --name "$1" --id-number "$2" --branch 第一党支部 --join-date 2005-07-01 >/dev/null 2>&1; }
points() { j add-points --member "$1" --rule "$2" --date "$3" --quantity "$4" >/dev/null; }
# "date,raw points,contribution" of a member's entries, the reversed ones without a contribution.
contributions() { j entries --member "$1" --format csv | sed 1d | cut -d, -f2,8,9; }

# Section 4: A01, 2 points a unit, at most 4 a month.
zhang=110105198001010016
member 张三 $zhang
points $zhang A01 2026-03-05 1
points $zhang A01 2026-03-12 2
points $zhang A01 2026-03-20 1
points $zhang A01 2026-04-02 1
expected='2026-03-05,2,2
2026-03-12,4,2
2026-03-20,2,0
2026-04-02,2,2'
got=$(contributions $zhang)
[ "$got" = "$expected" ] || fail "the monthly cap example (section 4)" "$expected" "$got"
j reverse-entry 1 --reason 录入错误 >/dev/null
expected='2026-03-05,2,
2026-03-12,4,4
2026-03-20,2,0
2026-04-02,2,2'
got=$(contributions $zhang)
[ "$got" = "$expected" ] || fail "the cap example after the reversal (section 4)" "$expected" "$got"

# Section 4: B03, 1.5 points a unit, at most 6 a year.
li=110105198102020029
member 李四 $li
points $li B03 2026-02-10 2
points $li B03 2026-05-08 2
points $li B03 2026-09-15 1
expected='2026-02-10,3,3
2026-05-08,3,3
2026-09-15,1.5,0'
got=$(contributions $li)
[ "$got" = "$expected" ] || fail "the yearly cap example (section 4)" "$expected" "$got"

# Section 7: a March ranking with a tie. 张三 already has 4 of A01 in March; 李四 has no March entry yet.
points $zhang B03 2026-03-06 4
points $li A01 2026-03-07 2
points $li B03 2026-03-08 2
wang=110105198203030031
member 王五 $wang
points $wang B03 2026-03-09 2
points $wang A01 2026-03-10 2
chen=110105198304040044
member 陈七 $chen
points $chen A01 2026-03-11 2
member 周八 110105198405050057
expected='1,张三,10
2,李四,7
2,王五,7
4,陈七,4
5,周八,0'
got=$(j ranking --period 2026-03 --format csv | sed 1d | cut -d, -f1,2,5)
[ "$got" = "$expected" ] || fail "the ranking example (section 7)" "$expected" "$got"
echo "The worked examples of docs/scoring.md hold."
