# Shared by the city-scale benchmarks (scoring_bench.sh, postgres_bench.sh, branches_bench.sh): writes the synthetic
# city's data into WORK_DIR, or keeps what is there when it was made for the same sizes (WORK_DIR/data.stamp).
#
#   . benchmarks/city_data.sh; city_settings BUILD_DIR WORK_DIR DEFAULT_BRANCHES NAME
#   city_data WORK_DIR MEMBERS BRANCHES ENTRIES YEAR
#   city_members_ledger CLI WORK_DIR BRANCHES YEAR    (after city_data: WORK_DIR/members-only.sqlite, see below)
#
# Files written (UTF-8, no header unless said):
#   members.csv  id_number,name,branch number (1..BRANCHES),category           one line per member
#   points.csv   身份证号,规则编码,日期,数量,备注 (with that header)            ENTRIES entries over the YEAR, for import-points
#   raw.csv      id_number,date,raw points × 100                               the same entries, for a plain SELECT
# The data is deterministic (fixed seed), so every run and both engines see the same city.

# city_settings BUILD_DIR WORK_DIR DEFAULT_BRANCHES NAME: what every city-scale benchmark sets up first. Sets build,
# work (WORK_DIR, or a new /tmp/NAME.XXXXXX), cli, and members, branches, entries, year and repeats from MEMBERS,
# BRANCHES, ENTRIES, YEAR and REPEATS (defaults 100,000, DEFAULT_BRANCHES, 2,000,000, 2025 and 5); checks that jifen-cli
# is built and the sqlite3 shell is there; runs the commands in UTF-8 as the operator "bench".
city_settings() {
build="$(cd "${1:-$here/build}" && pwd)"
work="${2:-$(mktemp -d "/tmp/$4.XXXXXX")}"
mkdir -p "$work"
work="$(cd "$work" && pwd)"
cli="$build/app/cli/jifen-cli"
members="${MEMBERS:-100000}"
branches="${BRANCHES:-$3}"
entries="${ENTRIES:-2000000}"
year="${YEAR:-2025}"
repeats="${REPEATS:-5}"
[ -x "$cli" ] || { echo "jifen-cli not found in $build (build it first)" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed" >&2; exit 2; }
export LANG=C.UTF-8 LC_ALL=C.UTF-8 JIFEN_USER=bench
unset JIFEN_PASSWORD
echo "work directory: $work"
}

city_data() {
local work="$1" members="$2" branches="$3" entries="$4" year="$5"
local stamp="$members $branches $entries $year"
if [ "$(cat "$work/data.stamp" 2>/dev/null)" != "$stamp" ]; then
python3 - "$work" "$members" "$branches" "$entries" "$year" <<'EOF'
import datetime, random, sys
work, members, branches, entries, year = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
rng = random.Random(20260301)
weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
def id_number(i):
    first17 = "110101%08d%03d" % (19600101 + (i // 1000) % 40 * 10000 + (i % 12) * 100 + 1, i % 1000)
    return first17 + "10X98765432"[sum(int(c) * w for c, w in zip(first17, weights)) % 11]
surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
given = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红文斌"
ids = set()
with open(f"{work}/members.csv", "w", encoding="utf-8") as f:
    for i in range(members):
        n = id_number(i)
        assert n not in ids
        ids.add(n)
        name = rng.choice(surnames) + rng.choice(given) + (rng.choice(given) if rng.random() < 0.6 else "")
        category = "正式党员" if rng.random() < 0.9 else "预备党员"
        f.write(f"{n},{name},{1 + i % branches},{category}\n")
# Rule codes of the default rule set, weighted as a city's activity might be; D01 (a veto) is rare.
codes = ["A01", "A02", "A03", "A04", "A05", "A06", "B01", "B02", "B03", "B04", "B05", "C01", "C02", "C03", "D01"]
points = {"A01": 3, "A02": 1, "A03": 2, "A04": 3, "A05": 3, "A06": 2, "B01": 2, "B02": 3, "B03": 2, "B04": 1,
          "B05": 5, "C01": -3, "C02": -1, "C03": -2, "D01": -20}
code_weights = [20, 3, 15, 10, 15, 2, 10, 5, 4, 10, 1, 3, 3, 2, 0.02]
days = [(datetime.date(year, 1, 1) + datetime.timedelta(d)).isoformat() for d in range(365)]
id_list = sorted(ids)
with open(f"{work}/points.csv", "w", encoding="utf-8") as f, open(f"{work}/raw.csv", "w") as raw:
    f.write("身份证号,规则编码,日期,数量,备注\n")
    chosen = rng.choices(codes, code_weights, k=entries)
    for k in range(entries):
        m = rng.randrange(members)
        code = chosen[k]
        day = days[rng.randrange(365)]
        q = 1 if rng.random() < 0.85 else 2
        f.write(f"{id_list[m]},{code},{day},{q},\n")
        raw.write(f"{id_list[m]},{day},{points[code] * q * 100}\n")
EOF
echo "$stamp" >"$work/data.stamp"
fi
}

# The ledger of the city's members without entries, WORK_DIR/members-only.sqlite, made once and kept with the data
# (WORK_DIR/members-only.stamp): every import round of a benchmark starts from a copy of it. The members go straight
# into the tables (they carry no audit records): what the benchmarks measure comes after. The roster has a history,
# as a city's does within a year, so that the counted-members SQL (RosterHistory::countedSql) has work: one member in
# a hundred moved to the next branch on a day of YEAR, one in two hundred left (转出) on YEAR's last day (after every
# entry and meeting of the data). The stamp's last word names the ledger's make: it changes when a new ledger's does
# (pages-8k: new ledgers have 8 KiB pages), so that a kept ledger is made again as Jifen now makes one.
city_members_ledger() {
local cli="$1" work="$2" branches="$3" year="$4"
local stamp
stamp="$(cat "$work/data.stamp") history-1 pages-8k"
if [ "$(cat "$work/members-only.stamp" 2>/dev/null)" != "$stamp" ] || [ ! -f "$work/members-only.sqlite" ]; then
rm -f "$work/members-only.sqlite" "$work/members-only.stamp" "$work/members-only.tmp"*
"$cli" --db "$work/members-only.tmp" init >/dev/null
sqlite3 "$work/members-only.tmp" <<EOF
.mode csv
CREATE TEMP TABLE staged (id_number TEXT, name TEXT, branch INTEGER, category TEXT);
.import '$work/members.csv' staged
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $branches)
INSERT INTO branches (name, kind) SELECT '第' || i || '党支部', 'branch' FROM n;
INSERT INTO members (id_number, name, branch_id, category, join_date)
SELECT s.id_number, s.name, b.id, s.category, '2000-01-01' FROM staged s JOIN branches b ON b.name = '第' || s.branch || '党支部';
INSERT INTO roster_history (member_id, date, status, branch_id, previous_status, previous_branch_id, recorded_by, recorded_at)
SELECT id, date('$year-01-01', '+' || (id * 7 % 360) || ' days'), '在册', branch_id % $branches + 1, '在册', branch_id,
       'bench', '$year-01-01T00:00:00.000Z' FROM members WHERE id % 100 = 0;
UPDATE members SET branch_id = branch_id % $branches + 1 WHERE id % 100 = 0;
INSERT INTO roster_history (member_id, date, status, branch_id, previous_status, previous_branch_id, recorded_by, recorded_at)
SELECT id, '$year-12-31', '转出', branch_id, '在册', branch_id, 'bench', '$year-01-01T00:00:00.000Z'
FROM members WHERE id % 200 = 7;
UPDATE members SET status = '转出', status_date = '$year-12-31' WHERE id % 200 = 7;
COMMIT;
ANALYZE;
EOF
mv "$work/members-only.tmp" "$work/members-only.sqlite"
rm -f "$work/members-only.tmp-journal" # the journal Jifen keeps beside a ledger stays with the name it was made under
echo "$stamp" >"$work/members-only.stamp"
fi
}
