"""The regexes of a quantity as written: a number, an optional range, 余/多, a scale word, a unit
(with a rate denominator) and a suffix (以上/以下/以内/左右, also "（含）以上").

Units come from `transform.unit_scale` (data: lexicons/target_units.toml); suffix words from
lexicons/targets_comparators.toml.
"""

from __future__ import annotations

import math
import re

from transform.lexicons import table
from transform.numerals import NUM_AR, NUM_CN, parse_number
from transform.tries import trie_regex
from transform.unit_scale import BASE_UNITS, COUNT_UNITS, PER_UNITS, TENTHS_UNITS

_UNITS = sorted(BASE_UNITS | TENTHS_UNITS, key=len, reverse=True)

_UNIT_RE = trie_regex(_UNITS)
# the denominator of a rate written after the unit: 万元/亩, 平方米/人, 元/吨
_PER_RE = trie_regex(sorted(PER_UNITS, key=len, reverse=True))
# 百分之五十, 千分之五: a share in words, read in the unit of its words (lexicons/target_units.toml)
FRACTION_UNITS: dict[str, str] = dict(table("target_units")["fraction_words"])
# 成 (tenths) is a unit only before a non-word character or one of these (3成立 is no share)
TENTHS_AFTER: tuple[str, ...] = tuple(table("target_units")["tenths_after"])
# (列 too: 开行300列, but 附件2列出, 表1列示)
WORD_START_UNITS = frozenset(table("target_units")["word_start_units"])
# units that, right after a number in Chinese words with no scale word, end a word: 红十字, 八字方针
CN_WORD_UNITS = frozenset(table("target_units")["cn_word_units"])
DAY_LIMIT_AFTER: tuple[str, ...] = tuple(table("target_units")["day_limit_after"])
DAY_LIMIT_BEFORE: tuple[str, ...] = tuple(table("target_units")["day_limit_before"])
GRADE_UNIT: str = table("target_units")["grade_unit"]
GRADE_BEFORE: tuple[str, ...] = tuple(table("target_units")["grade_before"])
UNIT_WORDS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in table("target_units")["unit_words"].items()}
_FRACTION = "|".join(sorted(FRACTION_UNITS, key=len, reverse=True))
_NUM = rf"(?:(?:{_FRACTION})(?:百|{NUM_CN}|{NUM_AR})|{NUM_AR}|{NUM_CN})"
_RANGE_SEP = r"(?:-|~|—|–|－|～|至|到|或)"
# 千 is a scale word before a unit after Arabic digits (8千亩, 12.5千公顷), not where it begins
# a unit of its own (50千瓦, 3千米, 110千伏)
_OWN_QIAN = sorted((u[1:] for u in _UNITS if u.startswith("千") and len(u) > 1), key=len, reverse=True)
_SCALE = f"万亿|千万|百万|十万|万|亿|萬億|千萬|百萬|十萬|萬|億|千(?!{'|'.join(map(re.escape, _OWN_QIAN))})(?={_UNIT_RE})"


def _opt(rx: str) -> str:
    """An optional group, `(?:rx)?`, written `(?:rx|)`: it matches the same (rx first, else
    nothing), but sre runs `?` over a group through its generic repeat code, which costs more
    than the whole number regex otherwise does (QTY_RE runs at every number: ~30% faster)."""
    return f"(?:{rx}|)"


QTY_RE = re.compile(
    rf"(?P<num>{_NUM})"
    + _opt(rf"\s?(?P<rsep>{_RANGE_SEP})\s?(?P<num2>(?:{_FRACTION}|)(?:{NUM_AR}|{NUM_CN}))")
    + _opt(r"(?P<approx1>余|多)")
    + r"\s?"
    + _opt(rf"(?P<scale>{_SCALE})")
    + _opt(r"(?P<approx2>余|多)")
    + _opt(rf"\s?(?P<unit>{_UNIT_RE}" + _opt(rf"/(?:{_PER_RE})") + ")")
)
# Where a number can start: a run of digits/numerals followed by what may follow a target or
# a year (点: the decimal point of a Chinese numeral, 一百二十点五万吨). The run is bounded ({1,24}+, possessive) so that a failed lookahead never makes the
# engine rescan a long run from every position (linear time on any input). It is written as
# one numeral then {0,23}+ more (the same match): a pattern that starts with a character class
# lets the engine skip to the next numeral in C instead of trying the pattern at every position.
# (the run takes the 千 of 50千瓦 as a numeral: the character after it, 瓦 of 千瓦, may follow too)
_PRE_NEXT = re.escape(
    "".join(
        sorted(
            {u[0] for u in _UNITS}
            | {u[0] for u in _OWN_QIAN}
            | set("万亿余多以左上内及之点%-~—–－～至到或年 \t")
        )
    )
)
_NUMERAL_CH = "[0-9零〇一二两三四五六七八九十百千]"
# (日 only as a time limit may be: 日 then 内/以内 or a clause end, 受理后15日内, 审批不超过15日;
# scan._day_limit tells a date from it)
_DAY_NEXT = "|".join(map(re.escape, DAY_LIMIT_AFTER))
_NUM_PRE_RE = re.compile(
    rf"{_NUMERAL_CH}{_NUMERAL_CH}{{0,23}}+(?:(?=[{_PRE_NEXT}])|(?<=[0-9])(?:(?=[.,][0-9])"
    rf"|(?=[。;:!?)\]】、,]|$))|(?<=19[0-9][0-9]|20[0-9][0-9])"
    rf"|(?=日(?:{_DAY_NEXT}|[。;,、)\s]|$))|(?<=[0-9])(?={GRADE_UNIT}))"
)

# (suffix word, comparator), longest first where one word ends another (及以上 before 以上)
SUFFIX_CMP: dict[str, str] = dict(table("targets_comparators")["suffix"])
# (a second measure word in brackets may stand before it: 5000台(套)以上, 2000套（间）以上)
_BRACKET_UNIT = "|".join(map(re.escape, sorted((u for u in COUNT_UNITS if len(u) == 1), reverse=True)))
_SUFFIX_RE = re.compile(
    r"\s?(?:\(含\)|（含）|[(（](?:"
    + _BRACKET_UNIT
    + r")[)）])?(?P<suf>"
    + "|".join(map(re.escape, SUFFIX_CMP))
    + ")"
)
# A second bound written after the unit: 10%-15%, 3万-5万亩
_RANGE_TAIL_RE = re.compile(rf"\s?{_RANGE_SEP}\s?(?:{NUM_AR}|{NUM_CN})(?:{_SCALE})?")

# First characters of a match of _SUFFIX_RE / _RANGE_TAIL_RE besides whitespace (their \s?):
# a number followed by anything else has neither, and most numbers are (the regex call is skipped).
_SUFFIX_FIRST = "(（" + "".join(sorted({w[0] for w in SUFFIX_CMP}))
_RANGE_TAIL_FIRST = "-~—–－～至到或"
# What can follow the digits of a number inside QTY_RE (besides \s): a range separator, 余/多,
# a scale word or a unit.
_AFTER_NUM_FIRST = frozenset("-~—–－～至到或余多万亿千百十") | {u[0] for u in _UNITS}


def _value(num: str) -> float | None:
    """Value of a number token already in half-width form."""
    if num[0].isdigit():
        try:
            v = float(num.replace(",", ""))
        except ValueError:
            return None
        return v if math.isfinite(v) else None
    return parse_number(num)


# a unit word right after the second bound of a range whose first bound carries only its scale
# word ("3万-5万亩", "300万至350万人次": the unit is 万亩, 万人次)
UNIT_AFTER_RE = re.compile(rf"\s?(?P<unit>{_UNIT_RE}" + _opt(rf"/(?:{_PER_RE})") + ")")

# the denominator of a rate set off by a space (text of a PDF or a table: "800 亿立方米 / 年",
# "740 万平方米/ 年"): QTY_RE reads only the unit before it
SPACED_PER_RE = re.compile(rf"(?:\s/\s?|/\s)(?P<per>{_PER_RE})")

# "缩小到1.9:1": the first term of a ratio (its second term is no target: exclusions)
RATIO_AFTER = re.compile(r"\s?[:∶]\s?1(?![\d.])")

# "医护比达到1:1.2": a ratio written with 1 first; its second term is the value (as 1.9 is of
# "缩小到1.9:1") and the 1 is none. The 1 follows 比 or a verb of level (达到, 为 …): "比例尺1:2000"
# and "按照1:1" stay as they are. A bound ending in 于 (不低于, 不高于) leads it as well: "床护比不低于1:0.6".
_ONE_FIRST_RE = re.compile(r"(?:比|达到|达|为|是|到|至|在|保持|于)\s?1\s?[:∶]\s?$")
ONE_RATIO_RE = re.compile(r"1\s?[:∶]\s?\d")  # a candidate that is such a ratio read whole
_ONE_THEN_RE = re.compile(r"\s?[:∶]\s?(?!1(?![\d.]))\d")


def second_of_one_ratio(t: str, start: int) -> bool:
    """Is the number at `start` the second term of a ratio "1:N" led by 比 or a verb of level?"""
    return (
        t[start - 1 : start] in (":", "∶") and _ONE_FIRST_RE.search(t, max(0, start - 8), start) is not None
    )


def first_of_one_ratio(t: str, start: int, end: int) -> bool:
    """Is the number t[start:end] the leading 1 of such a ratio ("1:1.2"), not of 1:1?"""
    if t[start:end] != "1":
        return False
    m = _ONE_THEN_RE.match(t, end)
    return m is not None and second_of_one_ratio(t, m.end() - 1)
