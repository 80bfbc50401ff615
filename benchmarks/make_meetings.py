#!/usr/bin/env python3
"""Writes a year of organisation-life meetings for the synthetic city of city_data.sh, as a clerk's import file.

    make_meetings.py MEMBERS_CSV BRANCHES YEAR MEETINGS_CSV POINTS_CSV [--per-branch N]

MEMBERS_CSV is city_data.sh's members.csv (id_number,name,branch number,category); its branches are named 第N党支部
as the benchmarks create them. Each branch holds N meetings (default 30) in the default rule set's rhythm: 支部党员大会
and 党课 quarterly, 支委会 and 主题党日 monthly, 组织生活会 once; three of those 33 fall through at random, so that
some branches miss what is required. The committee (a branch's first five members) meets as 支委会; every other
meeting lists the whole branch, about 90% present, 6% excused and 4% absent.

MEETINGS_CSV: 支部,会议类型,日期,主题,出席,请假,缺席 (UTF-8, with that header), one meeting a row, by date then branch.
POINTS_CSV: 身份证号,规则编码,日期,数量,备注: the entries import-meetings writes for that file (present members the
type's present rule, absent ones its absent rule, in the same order), for import-points to be compared with it.
The data is deterministic (fixed seed).
"""
import argparse
import random

# code, name, present rule, absent rule, months held (as the default rule set's meeting_types).
TYPES = [
    ("DYDH", "支部党员大会", "A01", "C01", [3, 6, 9, 12]),
    ("ZWH", "支委会", "A02", "C01", list(range(1, 13))),
    ("DK", "党课", "A04", "C01", [2, 5, 8, 11]),
    ("ZTDR", "主题党日", "A05", "C01", list(range(1, 13))),
    ("ZZSHH", "组织生活会", "A07", "C01", [1]),
]
TOPICS = ["学习贯彻党的二十大精神", "学习新修订的党章", "开展批评与自我批评", "重温入党誓词", "学习党史",
          "讨论年度工作计划", "部署志愿服务", "交流学习心得"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("members_csv")
    parser.add_argument("branches", type=int)
    parser.add_argument("year", type=int)
    parser.add_argument("meetings_csv")
    parser.add_argument("points_csv")
    parser.add_argument("--per-branch", type=int, default=30)
    args = parser.parse_args()
    rng = random.Random(20261207)

    members = [[] for _ in range(args.branches + 1)]
    with open(args.members_csv, encoding="utf-8") as f:
        for line in f:
            id_number, _name, branch, _category = line.rstrip("\n").split(",")
            members[int(branch)].append(id_number)

    meetings = []  # (date, branch, type)
    for branch in range(1, args.branches + 1):
        held = [(month, t) for t in TYPES for month in t[4]]
        rng.shuffle(held)
        for month, t in sorted(held[:args.per_branch], key=lambda h: h[0]):
            meetings.append((f"{args.year}-{month:02d}-{rng.randint(1, 28):02d}", branch, t))
    meetings.sort(key=lambda m: (m[0], m[1]))

    with open(args.meetings_csv, "w", encoding="utf-8") as out, open(args.points_csv, "w", encoding="utf-8") as points:
        out.write("支部,会议类型,日期,主题,出席,请假,缺席\n")
        points.write("身份证号,规则编码,日期,数量,备注\n")
        for date, branch, (code, name, present_rule, absent_rule, _months) in meetings:
            listed = members[branch][:5] if code == "ZWH" else members[branch]
            lists = {"present": [], "excused": [], "absent": []}
            for id_number in listed:
                r = rng.random()
                lists["present" if r < 0.90 else "excused" if r < 0.96 else "absent"].append(id_number)
            topic = f"{name}：{rng.choice(TOPICS)}"
            out.write(f"第{branch}党支部,{code},{date},{topic},{';'.join(lists['present'])},"
                      f"{';'.join(lists['excused'])},{';'.join(lists['absent'])}\n")
            for kind, rule in (("present", present_rule), ("absent", absent_rule)):
                for id_number in lists[kind]:
                    points.write(f"{id_number},{rule},{date},1,{name} {kind}\n")


if __name__ == "__main__":
    main()
