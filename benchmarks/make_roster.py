#!/usr/bin/env python3
"""Writes a roster of ROWS members as Excel's "CSV (逗号分隔)" on a Chinese PC does: GB18030, CRLF, standard headers.

    make_roster.py ROWS FILE [--encoding gb18030|utf-8-sig]

Every row is valid (unique ID numbers with correct check digits, dates after the 18th birthday), so an import
writes all of them; the values vary like a real roster (names, branches, dates, phones, some notes).
"""
import argparse
import random

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CODES = "10X98765432"
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文辉力永健世广海云东晓春雪梅琳丹宁浩宇鹏飞"
ETHNICITIES = ["汉族"] * 18 + ["回族", "满族", "壮族", "维吾尔族"]
EDUCATION = ["大学本科", "硕士研究生", "大专", "高中", "博士研究生", "中专"]
POSITIONS = ["", "", "科员", "副科长", "科长", "副主任", "主任", "副处长", "处长"]
AREAS = ["410402", "410502", "110105", "320106", "440305", "650102", "510107", "330106"]


def check_digit(first17):
    return CODES[sum(int(c) * w for c, w in zip(first17, WEIGHTS)) % 11]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("rows", type=int)
    parser.add_argument("file")
    parser.add_argument("--encoding", default="gb18030")
    parser.add_argument("--seed", type=int, default=4)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    branches = [f"机关第{i}党支部" for i in range(1, 41)]

    header = ["姓名", "性别", "身份证号", "出生日期", "民族", "学历", "所在支部", "入党时间", "转正时间", "人员类别",
              "联系电话", "职务", "备注"]
    lines = [",".join(header)]
    used = set()
    for i in range(args.rows):
        while True:
            birth_year = rng.randint(1950, 2004)
            birth_month = rng.randint(1, 12)
            birth_day = rng.randint(1, 28)
            seq = rng.randint(0, 999)
            first17 = f"{rng.choice(AREAS)}{birth_year}{birth_month:02d}{birth_day:02d}{seq:03d}"
            if first17 not in used:
                used.add(first17)
                break
        id_number = first17 + check_digit(first17)
        gender = "男" if seq % 2 == 1 else "女"
        join_year = rng.randint(birth_year + 19, min(2024, birth_year + 50))
        join = f"{join_year}/{rng.randint(1, 12)}/{rng.randint(1, 28)}"
        full = f"{join_year + 1}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))
        phone = f"1{rng.choice('3578')}{rng.randint(0, 999999999):09d}"
        notes = "" if rng.random() < 0.9 else f"\"调入，原单位：{rng.choice(branches)}\""
        lines.append(",".join([name, gender, id_number, f"{birth_year}-{birth_month:02d}-{birth_day:02d}",
                               rng.choice(ETHNICITIES), rng.choice(EDUCATION), rng.choice(branches), join, full,
                               "正式党员", phone, rng.choice(POSITIONS), notes]))
    with open(args.file, "wb") as f:
        f.write(("\r\n".join(lines) + "\r\n").encode(args.encoding))


if __name__ == "__main__":
    main()
