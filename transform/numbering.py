"""Numbering markers at the start of a line: 一、 （一） 1. 1、 1． 1。 1﹒ （1） 1） ① 第一章 第一条, 第一，
第一阶段 and 一是.

`match_marker(line)` -> Marker(kind, number, label, end) or None. Labels are normalised the way
the gold and the tasks table write them: 一, (一), 1, (1), ①, 第一章, 第一, 第一阶段, 一是 (一要, 第一项).

Long module: every marker kind and its false-positive rules, which are read together.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from transform import lexicons
from transform.boxes import box_parts
from transform.memo import per_document
from transform.numerals import CN_DIGIT_VALUES
from transform.roman import ROMAN_CHARS, roman_marker
from transform.unit_scale import BASE_UNITS, CAPACITY_UNITS, MEASURE_UNITS, MONEY_UNITS, SCALES, TIME_UNITS

CN_DIGITS = {**CN_DIGIT_VALUES, "○": 0}  # markers also print 〇 as ○ (二○二三)
CN_UNITS = {"十": 10, "百": 100}
_CN = "一二三四五六七八九十百零〇两"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def cn_to_int(s: str) -> int | None:
    """一 -> 1, 十二 -> 12, 二十三 -> 23, 一百零五 -> 105; None when not a numeral."""
    if not s:
        return None
    if s.isdigit():
        return int(s)
    total, cur = 0, 0
    for ch in s:
        if ch in CN_DIGITS:
            cur = CN_DIGITS[ch]
        elif ch in CN_UNITS:
            total += (cur or 1) * CN_UNITS[ch]
            cur = 0
        else:
            return None
    return total + cur


class Marker(NamedTuple):
    """A numbering marker (immutable; a NamedTuple because lines are matched by the thousand)."""

    kind: str  # part | chap | sec | art | phase | ord | cn | pcn | dec2 | dec3 | ar | par | rpar | circ | shi
    number: int
    label: str  # normalised label for the path
    end: int  # index in the line where the text after the marker starts


_SP = r"[ \t\u3000]*"
_ITEM_NAMES = lexicons.words("structure_item_names")
_ITEM_NAME_FIRST = frozenset(w[0] for w in _ITEM_NAMES)
_SHI_TEXT = r"[\u4e00-\u9fff“《\d]"  # what the text after 一是 opens with
# words after a decimal that make it a figure or a date, not a section number ("1.5万亩", "3.15前")
_DEC_STOPS = "万亿元千百十个家项倍米吨亩人户所座条次台辆名分秒时年月日天周度号期批级前后起至到余多"
_PATTERNS: tuple[tuple[str, re.Pattern], ...] = (
    # 第一篇 holds chapters (a whole plan: 篇 / 章 / 节)
    ("part", re.compile(rf"^第{_SP}([{_CN}\d]+){_SP}(篇){_SP}[、.．:：]?{_SP}")),
    ("chap", re.compile(rf"^第{_SP}([{_CN}\d]+){_SP}(章|部分){_SP}[、.．:：]?{_SP}")),
    ("sec", re.compile(rf"^第{_SP}([{_CN}\d]+){_SP}节{_SP}[、.．:：]?{_SP}")),
    ("art", re.compile(rf"^第{_SP}([{_CN}\d]+){_SP}条{_SP}")),
    # 第一阶段：… 第二阶段（4月16日—8月31日）… the numbered phases of a campaign's steps (实施步骤)
    (
        "phase",
        re.compile(
            rf"^第([{_CN}]{{1,2}})阶段(?:{_SP}[、，,．.﹒：:；;]{_SP}|[ \t\u3000]+|(?=[（(]))(?=[\u4e00-\u9fff“《（(])"
        ),
    ),
    # 第一，… 第二、… (an ordinal heading without 章/节/条)
    (
        "ord",
        re.compile(rf"^第([{_CN}]{{1,3}})项?(?:[、，,．.﹒：:；;]|[ \t\u3000]+){_SP}(?=[\u4e00-\u9fff“《])"),
    ),
    # (a conversion may print a space for the 、: "一 打造…", "二\u3000总体要求")
    (
        "cn",
        re.compile(rf"^([{_CN}]{{1,4}})(?:{_SP}[、，,．.﹒：:；;]{_SP}|[ \t\u3000]+(?=[\u4e00-\u9fff“《]))"),
    ),
    # 一是… 二是… opening a line (inside a paragraph they are split off first); Word's numbering or a
    # report may print a gap after it ("一是\t扛稳…", "二是 抓好…"): the text starts after the gap
    ("shi", re.compile(rf"^([{_CN}]{{1,3}})是(?:[ \t\u3000]+(?={_SHI_TEXT}))?(?={_SHI_TEXT}|[，,：:])")),
    # 一要… 二要… of a meeting's demands (会议要求：一要压实…): the same kind, labelled 一要
    ("shi", re.compile(rf"^([{_CN}]{{1,3}})要(?![素件点闻])(?=[\u4e00-\u9fff“《])")),
    ("pcn", re.compile(rf"^[（(]{_SP}([{_CN}]{{1,4}}){_SP}[）)]{_SP}[、.．,，]?{_SP}")),
    ("par", re.compile(rf"^[（(]{_SP}(\d{{1,3}}){_SP}[）)]{_SP}[、.．,，]?{_SP}")),
    # (a) (b) … lettered items, labelled as printed (round 42i): text must follow, not "(A)级"
    ("lat", re.compile(rf"^[（(]([a-zA-Z])[）)]{_SP}[、.．]?{_SP}(?![级类型档等])(?=[\u4e00-\u9fff“《])")),
    # A. B. … capital letters numbering items, labelled as printed (round 44c): a stop, then text
    ("lat", re.compile(rf"^([A-J])(?:[.．、](?![.．])){_SP}(?=[\u4e00-\u9fff“《])")),
    ("rpar", re.compile(rf"^(\d{{1,3}}){_SP}[）)]{_SP}")),
    (
        "ar",
        # (a star may mark a key item: "1*.开展…", "2★、推进…", "1.*改建…"; a long list's items
        # run to 1899: "1000.…", never a year 19xx/20xx: round 42c)
        re.compile(
            rf"^(\d{{1,3}}|1[0-8]\d\d)(?:[*＊★☆]{{1,2}})?{_SP}(?:[.．、﹒,，。；;](?![.．])|[ \t\u3000]+(?=[\u4e00-\u9fff“《])"
            rf"|[\]］](?={_SP}[\u4e00-\u9fff“《]))\s*"  # ("3]落实…": a scan's 、 read as a bracket)
            rf"(?:[*＊★☆]{_SP}(?=[\u4e00-\u9fff“《]))?"  # (one star: "**" masks a redacted name)
        ),
    ),
    ("circ", re.compile(rf"^([{CIRCLED}]){_SP}[、.．]?{_SP}")),
    # 项目一：… 督办事项二：… 任务三、… (lexicons/structure_item_names.txt): labelled as printed;
    # in square brackets or with an arabic numeral too ("【任务一】推进…", "问题1：…", round 41b)
    (
        "named",
        re.compile(
            rf"^【?({'|'.join(sorted(_ITEM_NAMES, key=len, reverse=True))})([{_CN}]{{1,3}}|\d{{1,2}})"
            rf"(?:】{_SP}|{_SP}[、，,．.﹒：:]{_SP}|[ \t\u3000]+)(?=[\u4e00-\u9fff“《])"
        ),
    ),
)
# The numbering mark a heading line opens with (一、 （一） (1) 1、 1.), as a pattern fragment for
# rules that look at headings without reading their markers (`transform.plan_judging`,
# `transform.targets.goals`); `match_marker` reads markers with their false-positive rules.
HEADING_MARK = (
    r"(?:[一二三四五六七八九十]{1,3}\s?[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}\s?[、.．])"
)
# 一是 二是 … inline enumerations (found anywhere in a paragraph, not only at line start).
SHI_RE = re.compile(rf"([{_CN}]{{1,3}})是(?=[\u4e00-\u9fff“《\d]|[，,：:])")


def label_for(kind: str, raw: str, number: int) -> str:
    if kind == "cn":
        return raw
    if kind == "pcn":
        return f"({raw})"
    if kind == "ar":
        return str(number)
    if kind == "par":
        return f"({number})"
    if kind == "rpar":
        return f"{number})"
    if kind == "circ":
        return raw
    if kind == "lat":
        return f"({raw})"
    if kind == "part":
        return f"第{raw}篇"
    if kind == "chap":
        return f"第{raw}{'章'}"
    if kind == "sec":
        return f"第{raw}节"
    if kind == "art":
        return f"第{raw}条"
    if kind == "shi":
        return f"{raw}是"
    if kind == "ord":
        return f"第{raw}"
    if kind == "phase":
        return f"第{raw}阶段"
    return raw


_LABEL_WORDS = {"shi": "要", "ord": "项"}  # a word after the numeral the label keeps


def _only(*kinds: str) -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((k, p) for k, p in _PATTERNS if k in kinds)  # keeps the order of _PATTERNS


# Each pattern can only match lines that start with its own first character: try those alone.
_FOR_CHAP, _FOR_PAREN, _FOR_CN, _FOR_CIRC, _FOR_DIGIT = (
    _only("part", "chap", "sec", "art", "phase", "ord"),
    _only("pcn", "par", "lat"),
    _only("cn", "shi"),
    _only("circ"),
    _only("rpar", "ar"),
)
_FOR_LETTER = _only("lat")
_FOR_NAMED = _only("named")


def _patterns_for(first: str) -> tuple[tuple[str, re.Pattern], ...]:
    if first == "第":
        return _FOR_CHAP
    if first in "（(":
        return _FOR_PAREN
    if first in _CN:
        return _FOR_CN
    if first in CIRCLED:
        return _FOR_CIRC
    return _FOR_DIGIT


# formal numerals (大写) numbering the sections of a Taiwan plan: 壹、… 貳、… 參、… 拾壹、…
_FORMAL_DIGITS = {
    **dict.fromkeys("壹", "一"),
    **dict.fromkeys("贰貳", "二"),
    **dict.fromkeys("叁參参", "三"),
    **dict.fromkeys("肆", "四"),
    **dict.fromkeys("伍", "五"),
    **dict.fromkeys("陆陸", "六"),
    **dict.fromkeys("柒", "七"),
    **dict.fromkeys("捌", "八"),
    **dict.fromkeys("玖", "九"),
    **dict.fromkeys("拾", "十"),
}
_FORMAL_CHARS = "".join(_FORMAL_DIGITS)
# the numeral, its mark, then a heading's text (never a list: "陆、海、空", "伍、陆两村")
_FORMAL = re.compile(
    rf"^([{_FORMAL_CHARS}]{{1,3}}){_SP}[、.．]{_SP}(?=[\u4e00-\u9fff“《])(?![{_FORMAL_CHARS}])"
    r"(?![^、，,。\n]{0,2}[、，,])"
)


def _formal_marker(line: str) -> Marker | None:
    """壹、計畫目標 -> chap 1 labelled 壹 (as printed); 貳拾壹、… -> 21."""
    m = _FORMAL.match(line[:12])
    if m is None:
        return None
    number = cn_to_int("".join(_FORMAL_DIGITS[c] for c in m.group(1)))
    return Marker("chap", number, m.group(1), m.end()) if number else None


_BOX_BRACKETS = {"【": "】", "[": "]", "［": "］", "〔": "〕"}
# a section numeral in square brackets, heading text after it: 【一】… (not "【一】" alone; 〔一〕 is
# read as （一） when the lines are normalised)
_BRACKETED_CN_RE = re.compile(rf"^【([{_CN}]{{1,4}})】{_SP}(?=[\u4e00-\u9fff“《])")


def _bracketed_cn(line: str) -> Marker | None:
    """【一】夯实基层基础 -> cn 1 labelled 一."""
    m = _BRACKETED_CN_RE.match(line[:12])
    if m is None:
        return None
    number = cn_to_int(m.group(1))
    return Marker("cn", number, m.group(1), m.end()) if number else None


@per_document
def match_marker(line: str) -> Marker | None:
    """The numbering marker at the start of `line`, or None (memoised per document: the
    structure pass looks at most lines several times). An enclosed numeral (⑴ ⒈ ㈠) reads as
    what it stands for ((1) 1. (一))."""
    if not line:
        return None
    first = line[0]
    if first in _ENCLOSED:
        plain = _ENCLOSED[first]
        mk = _match_with(plain + line[1:], _patterns_for(plain[0]))
        return mk._replace(end=mk.end - len(plain) + 1) if mk is not None else None
    if first == "专":  # a 专栏 box of a whole plan
        box = box_parts(line)
        return Marker("box", *box) if box is not None else None
    if first in _BOX_BRACKETS and line[1:2] == "专" and line.rstrip()[-1:] == _BOX_BRACKETS[first]:
        # a box heading in brackets: "【专栏2 运输服务提升工程】"
        box = box_parts(line.rstrip()[1:-1])
        return Marker("box", box[0], box[1], box[2] + 1) if box is not None else None
    if first in "IVX" or first in ROMAN_CHARS:  # Ⅱ．主要任务, II. 重点工作: ranked like 第二章
        if (roman := roman_marker(line)) is not None:
            return Marker("chap", *roman)
        return _task_code(line) if first in "IVX" else None  # ("XM-01 …": a task code)
    if first in _FORMAL_DIGITS:  # 壹、計畫目標 貳、推動策略: a Taiwan plan's sections, ranked like 第二章
        return _formal_marker(line)
    if first == "【" and line[1:2] in _CN:  # 【一】夯实基层基础: a section, as 一、 (round 43c)
        return _bracketed_cn(line)
    if first in _ITEM_NAME_FIRST or (first == "【" and line[1:2] in _ITEM_NAME_FIRST):
        mk = _match_with(line, _FOR_NAMED)
        if mk is not None:
            return mk
    if "A" <= first <= "Z" and (code := _task_code(line)) is not None:
        return code
    if "A" <= first <= "J":  # A. B. lettered items (round 44c)
        return _match_with(line, _FOR_LETTER)
    if not (first.isdigit() or first in "（(第" or first in _CN or first in CIRCLED):
        return None
    return _match_with(line, _patterns_for(first))


# a task list's code ("A-01 压缩企业开办时间…", "RW-3 整治村容村貌。…", "ZD-12：…"): capitals, a dash,
# a number, then a gap or a stop before the text (round 47c); never a model or a grade ("G-20国道")
_TASK_CODE = re.compile(
    rf"^([A-Z]{{1,3}}[-－‐](\d{{1,3}}))(?:[ \t\u3000]+|{_SP}[、.．:：]{_SP})(?=[\u4e00-\u9fff“《])"
)


def _task_code(line: str) -> Marker | None:
    """RW-3 整治… -> an item named as printed ("RW-3"), numbered by its number; ranked as 项目一."""
    m = _TASK_CODE.match(line[:16])
    if m is None or not int(m.group(2)):
        return None
    return Marker("named", int(m.group(2)), m.group(1).replace("－", "-").replace("‐", "-"), m.end())


# a task code of another shape opening a table row ("ZX-2026-01  整治…", "RW2026001  改造…"): the code cell
# of a 编号 / 任务编号 column (`table_rows.compound_number`), read in rows only (round 47f)
_ROW_CODE = re.compile(r"^([A-Z]{1,4}[-－]?(?:\d{1,8}[-－]){0,2}\d{1,8})[ \t]+(?=\S)")
_ROW_CODE_YEAR = re.compile(r"(?:19|20)\d{2}(?=\d{1,4}$)")


def row_code_marker(line: str) -> Marker | None:
    """The code a table row opens with, labelled as printed and numbered by its serial (the digits
    after a year: "RW2026001" -> 1), ranked as 项目一 (`named`); None for any other line."""
    m = _ROW_CODE.match(line[:24])
    if m is None or not (number := code_serial(m.group(1))):
        return None
    return Marker("named", number, m.group(1).replace("－", "-"), m.end())


_TABLE_CODE = re.compile(r"[A-Z]{1,4}[-－]?(?:\d{1,8}[-－]){0,2}\d{1,8}")


def table_code(cell: str) -> tuple[int, str] | None:
    """(serial, marker) of a task code of any shape in a table's 编号 column ("ZX-2026-01" -> (1,
    "ZX-2026-01 "), "RW2026001" -> (1, …)), which `row_code_marker` reads; None for any other cell."""
    serial = code_serial(cell) if _TABLE_CODE.fullmatch(cell) is not None else 0
    return (serial, cell.replace("－", "-") + " ") if serial else None


def code_serial(code: str) -> int:
    """The serial of a task code: its last digits, after a year they open with ("RW2026001" -> 1,
    "ZX-2026-01" -> 1); 0 for none."""
    serial = re.split("[-－]", code)[-1].lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    serial = _ROW_CODE_YEAR.sub("", serial, count=1)
    return int(serial) if serial.isdigit() else 0


#: ⑴…⒇, ⒈…⒛, ㈠…㈩ -> (1)…(20), 1.…20., (一)…(十): single characters that print a marker
_ENCLOSED = {
    chr(c): unicodedata.normalize("NFKC", chr(c)) for c in [*range(0x2474, 0x249C), *range(0x3220, 0x322A)]
}


# decimal section numbers of a plan numbered like a report: "2.1 加快…", "1.1.1新建…" (a number
# before a measure word or a date word is a figure: "1.5万亩", "3.15前")
_DECIMAL = re.compile(
    rf"^(\d{{1,2}}[.．]\d{{1,2}}(?:[.．]\d{{1,2}})?)(?![.．]?\d){_SP}[.．、]?{_SP}"
    rf"(?=[\u4e00-\u9fff“《])(?![{_DEC_STOPS}])"
)


# measure words of two characters or more (lexicons/target_units.toml) that make a decimal at a
# line's start a figure wrapped onto the line ("新建雨污分流管网" / "2.5公里以上…", "达到" / "12.5平方米"),
# never a section number; one-character words are in _DEC_STOPS, where a heading may not start
_DEC_FIGURE_WORDS = tuple(
    sorted(
        (
            u
            for u in CAPACITY_UNITS | MEASURE_UNITS | MONEY_UNITS | TIME_UNITS
            if len(u) > 1 and "\u4e00" <= u[0]
        ),
        key=len,
        reverse=True,
    )
)


# a table row's dashed number ("1-1  企业开办…", `table_rows.compound_number`): read in rows only
_DASHED = re.compile(r"^(\d{1,2}-\d{1,2})[ \t]+(?=\S)")
# … and a line's ("1-2.整治燃气…", "2-1、组建…": its punctuation and a word after it, round 42c)
_DASHED_ITEM = re.compile(r"^(\d{1,2}[-－]\d{1,2})[.．、](?=[\u4e00-\u9fff“《])")


def decimal_marker(line: str, row: bool = False) -> Marker | None:
    """The decimal section number a line opens with ("2.1 加快…" -> dec2 "2.1", "1.1.1新建…" -> dec3
    "1.1.1"), numbered by its last part; None for a figure ("1.5万亩", "3.15前"). Not read by
    `match_marker`: only the tree takes these, where the document's decimal items state units.
    A table's `row` may number it with a dash ("1-1", labelled as printed), a line too when a stop
    follows ("1-1.开展…")."""
    if not line[:1].isdigit():
        return None
    if (d := (_DASHED if row else _DASHED_ITEM).match(line)) is not None:
        a, b = re.split("[-－]", d.group(1))
        return Marker("dec2", int(b), f"{a}-{b}", d.end()) if int(b) else None
    m = _DECIMAL.match(line)
    if m is None or line.startswith(_DEC_FIGURE_WORDS, m.end()):
        return None
    parts = re.split("[.．]", m.group(1))
    number = int(parts[-1])
    return Marker(f"dec{len(parts)}", number, ".".join(parts), m.end()) if number else None


def bare_marker(line: str) -> Marker | None:
    """The marker of a line that holds nothing but it ("2." cut off the ①②… items its text opens
    with: `transform.lines.OpeningItem`), which `match_marker` takes for no marker. A bare
    number without its punctuation ("2") is none."""
    s = line.strip()
    if not s or len(s) > 8:
        return None
    mk = _match_with(s + "一", _patterns_for(s[0]))  # a stand-in text after the marker
    return mk if mk is not None and mk.end == len(s) else None


def _match_with(line: str, patterns: tuple[tuple[str, re.Pattern], ...]) -> Marker | None:
    """The first of `patterns` (in order) whose marker is accepted at the start of `line`."""
    for kind, pat in patterns:
        m = pat.match(line)
        if m is None:
            continue
        raw = m.group(1)
        if kind == "named":  # 项目一: the word, then its numeral
            number = int(m.group(2)) if m.group(2).isdigit() else (cn_to_int(m.group(2)) or 0)
            if number and not line.rstrip().endswith(("？", "?")):  # (问题一：为什么出台…？ asks)
                return Marker(kind, number, raw + m.group(2), m.end())
            continue
        if kind == "circ":
            number = CIRCLED.index(raw) + 1
        elif kind == "lat":
            number = ord(raw.lower()) - ord("a") + 1
        elif raw.isdigit():
            number = int(raw)
        else:
            parsed = cn_to_int(raw)
            if parsed is None:
                continue
            number = parsed
        end = m.end()
        if kind == "ar":
            if _ar_false_positive(line[end : end + 7], number, line[m.end(1) : end].strip("*＊★☆ \t\u3000")):
                continue
        elif kind == "cn":
            if _cn_false_positive(raw, line, m):
                continue
        label = f"第{raw}{m.group(2)}" if kind in ("part", "chap") else label_for(kind, raw, number)
        if kind == "lat" and line[0] == raw:  # "A." as printed, "(a)" in its brackets
            label = raw
        word = line[m.end(1) : m.end(1) + 1]
        if word and word == _LABEL_WORDS.get(kind):  # 一要 (shi), 第一项 (ord)
            label = f"{raw}要" if kind == "shi" else f"{label}项"
        return Marker(kind, number, label, end)
    return None


# "一 打造…" (a space for the 、) is a section heading: short, a small number, no measure word after
_SPACED_CN_MAX = 40
_SPACED_CN_STOPS = "年月日个次批项家种类条名位人期届级层号多余万亿"


def _cn_false_positive(raw: str, line: str, m: re.Match) -> bool:
    # "一、二、三级医院" / "一，" in prose: a real heading has text after the marker
    rest = line[m.end() :]
    if not rest:
        return True
    if not line[m.end(1) : m.end()].strip():  # only a space after the number
        return len(raw) > 2 or len(line) > _SPACED_CN_MAX or rest[0] in _SPACED_CN_STOPS
    if rest[0] in _CN and len(rest) > 1 and rest[1] in "、，,":
        return True
    sep = line[m.end(1) : m.end()].strip()
    if sep in ("，", ",", "：", ":") and len(raw) == 1 and raw in "一两":
        return True  # 一，… is prose
    return False


_YEAR_AFTER = re.compile(r"(?:19|20)\d{2}\s*年")
# a count right after "1、": the number, then a measure word or % ("800户" "12.5万亩" "80%")
_COUNT_AFTER = re.compile(r"(\d{1,6})(?:\.\d{1,3})?(?:[%％]|[\u4e00-\u9fff])")
# what follows the second number of a list or a date rather than a count ("3、4月" "1、2号楼")
_LIST_WORDS = "月日号时点、"


def _counted_item(rest: str, number: int, sep: str) -> bool:
    """An item opening with a count ("1、800户农村户厕完成改造"), not a list of numbers ("5、10、15个"),
    days or months ("3、4月"), or a decimal ("1.5亿元": only 、 opens such an item). The next
    number of a sequence ("1、2个" can be a list) stays a list."""
    if sep != "、":
        return False
    m = _COUNT_AFTER.match(rest)
    if m is None or int(m.group(1)) == number + 1:
        return False
    return rest[m.end() - 1] not in _LIST_WORDS


# "1.800户" / "2．1.5万亩": a number and a dot, then a count — a marker or a decimal (list context)
_DOT_COUNT = re.compile(
    rf"^(\d{{1,3}}){_SP}[.．﹒]{_SP}(?=\d{{1,6}}(?:\.\d{{1,3}})?(?:[%％]|[\u4e00-\u9fff]))"
)


def dot_count_marker(line: str) -> Marker | None:
    """The marker "1." of a line that opens with a number, a dot and a count ("1.800户农村户厕完成
    改造", "5.1.5万亩…"), which `match_marker` reads as a decimal: only the list around the line
    can tell (`transform.tree`)."""
    m = _DOT_COUNT.match(line)
    if m is None:
        return None
    number = int(m.group(1))
    return Marker("ar", number, str(number), m.end()) if number else None


# measure and date words that make a number before them a count, not an item number, where only a
# gap follows the number ("448 项具体工作", "3 個", "12 萬畝"), simplified and traditional
_COUNT_WORDS = "月日号號年个個家项項万萬亿億"


def _ar_false_positive(rest: str, number: int, sep: str = "") -> bool:
    """`rest`: the text after the marker (its first characters are all that is looked at);
    `sep`: the punctuation after the number ("" when only spaces follow it)."""
    if not rest:
        return True
    # "2023、2024年" / "5、10、15" lists of numbers; but "1.2024年底前，…" is item 1 opening with a year
    if rest[0].isdigit() and rest[0] not in CIRCLED:  # (str.isdigit holds for ① too)
        return _YEAR_AFTER.match(rest) is None and not _counted_item(rest, number, sep)
    # a unit word right after: "3 个" "5%" "448 项" -> not a marker; after 1. / 1、 it starts the text
    # ("9.家门口…")
    if rest[0] in "%％" or (rest[0] in _COUNT_WORDS and sep not in (".", "．", "、", "﹒", "。")):
        return True
    if not sep and _figure_clause(rest):
        # a PDF line opening with the figure its wrapped clause ends with ("480 公里。…", round 46h)
        return True
    return number == 0


# a measure word after a number and a gap ends a clause where a stop follows it ("480 公里。", "3 座，"):
# the figure of a clause wrapped onto the line; a row's number ("3 新建…") has words after it
_CLAUSE_STOPS = "，,。；;、）)"


def _figure_clause(rest: str) -> bool:
    if rest[0] in _DEC_STOPS:
        return rest[1:2] in _CLAUSE_STOPS and rest[1:2] != ""
    for w in _DEC_FIGURE_WORDS:
        if rest.startswith(w):
            return rest[len(w) : len(w) + 1] in _CLAUSE_STOPS and len(rest) > len(w)
    return False


# an item number glued to its text with no mark between ("1修建村组道路2.5公里", a village's list typed
# without punctuation); read as "1." only in a run 1, 2, 3 … of such lines
_GLUED_NUMBER = re.compile(r"^(\d{1,2})(?=[\u4e00-\u9fff])")
_GLUED_RUN_MIN = 3  # lines in the run, at least
_GLUED_GAP_MAX = 3  # lines of text between two of them, at most
_GLUED_NOT_WORDS = ("年", "月", "日", "号", "届", "期", "批", "次", "轮", "季度", "周岁")


def _glued_number(line: str) -> int | None:
    m = _GLUED_NUMBER.match(line)
    if m is None:
        return None
    rest = line[m.end() :]
    rest = rest[1:] if rest[:1] in SCALES else rest  # 3万亩, 2亿元
    if rest.startswith(_GLUED_NOT_WORDS) or rest.startswith(_GLUED_UNITS):
        return None  # a figure: 3个, 12公里, 2024年
    return int(m.group(1))


_GLUED_UNITS = tuple(u for u in BASE_UNITS if u and "\u4e00" <= u[0])


def glued_number_items(lines: list[str]) -> list[str]:
    """`lines` with the item numbers of a run of lines numbered 1, 2, 3 … glued to their text
    ("1修建村组道路…", "2新建村级光伏电站…") written "1.修建…"; other lines pass unchanged."""
    found = [
        (i, n)
        for i, ln in enumerate(lines)
        if ln[:1].isdigit() and type(ln) is str and (n := _glued_number(ln)) is not None  # (no table line)
    ]
    runs: list[list[int]] = []
    last_i, last_n = -_GLUED_GAP_MAX - 2, 0
    for i, n in found:
        if n == last_n + 1 and i - last_i <= _GLUED_GAP_MAX + 1 and runs:
            runs[-1].append(i)
        elif n == 1:
            runs.append([i])
        else:
            continue
        last_i, last_n = i, n
    out = list(lines)
    for run in runs:
        if len(run) >= _GLUED_RUN_MIN:
            for i in run:
                m = _GLUED_NUMBER.match(out[i])
                assert m is not None
                out[i] = out[i][: m.end()] + "." + out[i][m.end() :]
    return out


# 第二，… after a sentence, in a paragraph that opens with 第一，… (`transform.lines.split_inline`)
_ORD_ITEM = re.compile(r"(?<=[。；;！!？?）)])\s*(?=第[一二三四五六七八九十]{1,3}[，,、：:])")
_ORD_SPAN = 48


def ordinal_items(line: str) -> list[tuple[int, Marker]]:
    """(position, marker) of the ordinals (第二，…) after a sentence end in a paragraph that opens
    with one (第一，…); [] for any other paragraph."""
    first = match_marker(line[:_ORD_SPAN])
    if first is None or first.kind != "ord":
        return []
    found = ((m.end(), match_marker(line[m.end() : m.end() + _ORD_SPAN])) for m in _ORD_ITEM.finditer(line))
    return [(pos, mk) for pos, mk in found if mk is not None and mk.kind == "ord"]


_FIELD_COLONS = ("：", ":")


def field_run(lead: str) -> bool:
    """Is `lead`, the text of a line before its first 一是, only a rectification block's field label
    ("整改措施：" of "整改措施：一是…；二是…", lexicon `structure_field_runs`)? The run is then
    the field's value, read with the block it stands in (round 44g)."""
    lead = lead.strip()
    return lead.endswith(_FIELD_COLONS) and lead[:-1].strip() in _FIELD_LABELS


_FIELD_LABELS = frozenset(lexicons.words("structure_field_runs"))
