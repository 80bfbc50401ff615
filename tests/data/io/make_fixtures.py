#!/usr/bin/env python3
"""Writes the roster and CSV fixtures of test_io in every encoding Excel produces.

Run once from anywhere (python3 tests/data/io/make_fixtures.py); the generated files are committed. The same
logical rosters are written as UTF-8, UTF-8 with BOM, GB18030 (Excel's "CSV (逗号分隔)" on a Chinese PC) and
UTF-16LE/BE with BOM, tab-separated (Excel's "Unicode 文本"), so the tests can check that every encoding gives
the same members.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CODES = "10X98765432"


def check_digit(first17):
    return CODES[sum(int(c) * w for c, w in zip(first17, WEIGHTS)) % 11]


def make_id(area, birth, male, want_x=False, skip=0):
    """A valid 18-character ID number; want_x picks a sequence whose check digit is X."""
    found = 0
    for seq in range(1, 1000):
        if (seq % 2 == 1) != male:
            continue
        first17 = f"{area}{birth}{seq:03d}"
        cd = check_digit(first17)
        if want_x and cd != "X":
            continue
        if not want_x and cd == "X":
            continue
        if found == skip:
            return first17 + cd
        found += 1
    raise ValueError("no sequence")


def fullwidth(text):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def quote(field, sep):
    if any(ch in field for ch in (sep, '"', "\n", "\r")):
        return '"' + field.replace('"', '""') + '"'
    return field


def render(rows, sep, eol, trailing_empty=0):
    lines = []
    for row in rows:
        if row is None:  # a blank line, as clerks leave between groups
            lines.append("")
            continue
        lines.append(sep.join(quote(f, sep) for f in row) + sep * trailing_empty)
    return eol.join(lines) + eol


def write(name, text, encoding, bom=b""):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(bom + text.encode(encoding))


def write_all_encodings(stem, rows, trailing_empty=0):
    """stem-utf8.csv (LF), stem-utf8-bom.csv (CRLF), stem-gb18030.csv (CRLF), stem-utf16le.txt, stem-utf16be.txt."""
    comma_crlf = render(rows, ",", "\r\n", trailing_empty)
    write(f"{stem}-utf8.csv", render(rows, ",", "\n", trailing_empty), "utf-8")
    write(f"{stem}-utf8-bom.csv", comma_crlf, "utf-8", b"\xef\xbb\xbf")
    write(f"{stem}-gb18030.csv", comma_crlf, "gb18030")
    tabbed = render(rows, "\t", "\r\n", trailing_empty)
    write(f"{stem}-utf16le.txt", tabbed, "utf-16-le", b"\xff\xfe")
    write(f"{stem}-utf16be.txt", tabbed, "utf-16-be", b"\xfe\xff")


# The good roster: every value importable, with the quirks Excel and clerks produce.
ZHANG = make_id("110105", "19800101", male=True)
LI = make_id("110105", "19850315", male=False, want_x=True)
AYGUL = make_id("650102", "19900620", male=False)
WANG15 = "110105" + "750808" + "123"  # old 15-digit number, male (3 is odd)
ZHAO = make_id("410402", "20000105", male=True)
SUN = make_id("320106", "19701111", male=False)

HEADER = ["序号", "姓名", "性别", "身份证号", "出生年月", "民族", "学历", "所在支部", "入党时间", "转正时间",
          "人员类别", "联系电话", "职务", "备注", "籍贯"]
GOOD = [
    HEADER,
    ["1", "张三", "男", ZHANG, "1980.01", "汉族", "大学本科", "第一党支部", "2005/7/1", "2006-07-01", "正式党员",
     "13800138000", "科长", "", "河南安阳"],
    # a two-character name padded with a full-width space; gender and birth date left to the ID (lower-case x,
    # full-width digits); a month-only date; phone in full-width digits; notes with a line break
    ["2", "李\u3000四", "", fullwidth(LI[:6]) + LI[6:-1] + "x", "", "汉族", "硕士研究生", "第一党支部",
     "2010年7月1日", "20110701", "", fullwidth("13900139000"), "", "2020年调入\n原单位：市财政局", ""],
    # a Uyghur name written with the katakana middle dot and spaces; Excel serial dates; a comma and quotes inside
    ["3", "阿依古丽 ・ 买买提", "女", AYGUL, "1990-06-20", "维吾尔族", "大专", "第二党支部", "43647", "44013",
     "正式", "0991-1234567", "副主任,兼秘书", '说"到"做到', ""],
    None,
    # a zero-width space inside the name, an old 15-digit ID, dates with a time of day as Excel writes them
    ["4", "王\u200b五 ", "男", WANG15, "", "汉族", "高中", "第二党支部", "1998/7/1 0:00", "1999/7/1 0:00",
     "正式党员", "", "", "", ""],
    # a probationary member who joined half a year before the tests' "today" (2025-06-30)
    ["5", "赵六", "男", ZHAO, "2000年1月", "回族", "本科", "第一党支部", "2025年1月", "", "预备党员",
     "'13700137000", "科员", "", ""],
    ["6", " 孙七", "女性", SUN, "19701111", "满族", "中专", "机关第三党支部", "1995.07.01", "1996.7.1", "",
     "+8613600136000", "", "", ""],
]
write_all_encodings("roster-good", GOOD, trailing_empty=3)

# The problem roster: one problem per row, and one good row among them.
DUP = make_id("410402", "19820202", male=True)
YOUNG = make_id("410402", "20000501", male=False)
MALE = make_id("410402", "19790909", male=True)
CONFLICT = make_id("410402", "19800101", male=False, skip=1)
GOOD2 = make_id("410402", "19880808", male=True, skip=2)
PROB = make_id("410402", "19900101", male=True, skip=3)
LATE = make_id("410402", "19910101", male=False, skip=4)
BADCD = MALE[:-1] + ("0" if MALE[-1] != "0" else "1")
ROUNDED = "410402198001011000"
assert check_digit(ROUNDED[:17]) != "0"
PROBLEM_HEADER = ["姓名", "身份证号", "性别", "出生日期", "所在支部", "入党时间", "转正时间", "人员类别", "手机号码"]
PROBLEMS = [
    PROBLEM_HEADER,
    ["甲", "4.10402E+17", "", "", "第一党支部", "", "", "", ""],  # row 2
    ["乙", ROUNDED, "", "", "第一党支部", "", "", "", ""],  # row 3
    ["丙", DUP, "", "", "第一党支部", "", "", "", ""],  # row 4
    ["丁", DUP, "", "", "第二党支部", "", "", "", ""],  # row 5
    ["戊", GOOD2, "", "", "第一党支部", "2030-01-01", "", "", ""],  # row 6: join in the future
    ["己", YOUNG, "", "", "第一党支部", "2017-06-01", "", "", ""],  # row 7: joined at 17
    ["庚", MALE, "女", "", "第一党支部", "", "", "", ""],  # row 8: gender conflicts with the ID
    ["辛", CONFLICT, "", "1985-03-04", "第一党支部", "", "", "", ""],  # row 9: birth date conflicts
    ["壬", PROB, "", "", "第一党支部", "2019/2/30", "", "", ""],  # row 10: no such day
    ["", LATE, "", "", "第一党支部", "", "", "", ""],  # row 11: no name
    ["癸", make_id("410402", "19920101", male=True, skip=5), "", "", "第一党支部", "2015-07-01", "2016-07-01",
     "预备党员", ""],  # row 12: probationary with a full-member date
    ["子", make_id("410402", "19930101", male=True, skip=6), "", "", "第一党支部", "", "", "", "1.38001E+10"],  # 13
    ["丑", make_id("410402", "19940101", male=False, skip=7), "女", "1994-01-01", "第三党支部", "2016-07-01",
     "2017-07-01", "正式党员", "13800138000"],  # row 14: a good row
    ["寅", make_id("410402", "19850101", male=True, skip=8), "", "", "第一党支部", "2016-07-01", "2015-07-01", "",
     ""],  # row 15: full-member date before the join date
    ["卯", BADCD, "", "", "第一党支部", "", "", "", ""],  # row 16: wrong check digit
    ["辰", make_id("410402", "19860101", male=True, skip=9), "", "", "", "", "", "", ""],  # row 17: no branch
]
write("roster-problems-utf8-bom.csv", render(PROBLEMS, ",", "\r\n"), "utf-8", b"\xef\xbb\xbf")
write("roster-problems-gb18030.csv", render(PROBLEMS, ",", "\r\n"), "gb18030")

# A title row above the header, as printed rosters have; semicolons as a European-locale Excel writes.
TITLE = [["机关第一党支部党员花名册"], ["姓名", "身份证号", "所在支部"], ["张三", ZHANG, "第一党支部"]]
write("roster-title-row.csv", render(TITLE, ";", "\r\n"), "gb18030")

# No ID column: nothing can be matched.
write("roster-no-id-column.csv", render([["姓名", "所在支部"], ["张三", "第一党支部"]], ",", "\r\n"), "utf-8")

# Headers of another system, mapped by a saved profile.
CUSTOM = [["党员名字", "证件号码", "部门", "入党年月"], ["张三", ZHANG, "第一党支部", "2005年7月"]]
write("roster-custom-headers.csv", render(CUSTOM, ",", "\r\n"), "utf-8", b"\xef\xbb\xbf")
with open(os.path.join(HERE, "custom-mapping.json"), "w", encoding="utf-8") as f:
    f.write('{\n    "format": "jifen-roster-mapping",\n    "version": 1,\n    "columns": {\n'
            '        "党员名字": "name",\n        "证件号码": "id_number",\n        "部门": "branch",\n'
            '        "入党年月": "join_date"\n    }\n}\n')

# Plain CSV cases for the reader.
with open(os.path.join(HERE, "quoting.csv"), "wb") as f:
    # row 1 header; row 2 quoted comma and doubled quotes; row 3 a quoted line break (CRLF inside);
    # row 4 blank; row 5 only separators; row 6 trailing empty columns; no line end at the end of the file
    f.write('a,b,c\r\n"x,y","say ""hi""",z\r\n"line1\r\nline2",2,3\r\n\r\n,,\r\nlast,,,,\r\n'
            '"after",the,end'.encode("utf-8"))
write("line-ends-lf.csv", "a,b\n1,2\n\n3,4\n", "utf-8")
write("line-ends-cr.csv", "a,b\r1,2\r\r3,4\r", "utf-8")
write("line-ends-crlf.csv", "a,b\r\n1,2\r\n\r\n3,4\r\n", "utf-8")
write("semicolons.csv", "姓名;身份证号;备注\r\n张三;" + ZHANG + ";\"a;b\"\r\n", "gb18030")
write("sep-hint.csv", "sep=;\r\na;b,c\r\n1;2,3\r\n", "utf-8")
write("tabs-empty-cells.txt", "a\tb\tc\r\n\t2\t\r\n\t\t3\r\n", "utf-16-le", b"\xff\xfe")
write("unclosed-quote.csv", 'a,b\r\n1,"2\r\n3,4\r\n5,6\r\n', "utf-8")
write("gb18030-no-bom.csv", "姓名,民族\r\n阿依古丽·买买提,维吾尔族\r\n", "gb18030")
write("utf16le-no-bom.txt", "姓名\t民族\r\n张三\t汉族\r\n", "utf-16-le")
# A GBK roster with ASCII headers whose few names and branch happen to be valid UTF-8 too (卢 = C2 AC is "¬" in UTF-8):
# only the whole file's reading tells GBK.
LOOKALIKE = "name,id_number,branch\r\n" + "".join(
    f"{name},{make_id('110105', birth, male)},一支\r\n"
    for name, birth, male in (("卢平", "19800101", True), ("毛英", "19851230", False), ("谢山", "19900615", True)))
LOOKALIKE.encode("gb18030").decode("utf-8")  # raises if the fixture no longer shows the trap
write("roster-gbk-valid-utf8.csv", LOOKALIKE, "gb18030")

print("fixtures written to", HERE)
