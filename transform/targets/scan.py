"""The number scan: one regex pass finds where numbers start; each number is read (value, unit,
range, 余/多, suffix) into a `_Cand`, and year mentions are collected on the way. Cost grows
with the number of numbers, not with the text."""

from __future__ import annotations

import math
import re

from transform.numerals import parse_cn_number, parse_number
from transform.targets.comparators import _LEVEL_VERB_TAIL, _YEARS_VERB_TAIL, bare_list_item
from transform.targets.quantity import (
    _NUM_PRE_RE,
    _RANGE_TAIL_FIRST,
    _RANGE_TAIL_RE,
    _SUFFIX_FIRST,
    _SUFFIX_RE,
    CN_WORD_UNITS,
    DAY_LIMIT_AFTER,
    DAY_LIMIT_BEFORE,
    FRACTION_UNITS,
    GRADE_BEFORE,
    GRADE_UNIT,
    QTY_RE,
    RATIO_AFTER,
    SPACED_PER_RE,
    TENTHS_AFTER,
    UNIT_AFTER_RE,
    UNIT_WORDS,
    WORD_START_UNITS,
    _value,
    second_of_one_ratio,
)
from transform.targets.spans import _LazyMasks
from transform.targets.words import lex
from transform.targets.years import _year_at, multiple_base_end
from transform.unit_scale import PERCENT_UNITS, unit_kind

_FRACTION_WORDS = tuple(FRACTION_UNITS)

# letters a template writes for a figure it leaves blank ("面积 x 万亩以上", "产值 x.x 千万元")
_PLACEHOLDER_CHARS = frozenset("xX×ｘＸ")


def _tenths_in_word(t: str, end: int) -> bool:
    """成 after a number begins a word (成立, 成为, 成不变) unless what follows is no CJK character
    or a comparator/joiner word (七成以上, 三成的, 两成和)."""
    nxt = t[end : end + 1]
    return "\u4e00" <= nxt <= "\u9fff" and not t.startswith(TENTHS_AFTER, end)


class _Cand:
    """One number that may be a target (a plain class with __slots__: built for every number,
    it is ~3× cheaper to construct than a dataclass called with keywords)."""

    __slots__ = (
        "start",
        "end",
        "qty_end",
        "value",
        "unit",
        "kind",
        "suffix",
        "approx",
        "is_range",
        "chinese",
        "keep",
        "noun_end",
        "seg_start",
        "seg_end",
        "clause_start",
        "clause_end",
        "sent_start",
    )

    # set outside __init__ (see below): boundaries of the number's segment, clause, sentence
    seg_start: int
    seg_end: int
    clause_start: int
    clause_end: int
    sent_start: int

    def __init__(
        self,
        start: int,
        end: int,
        qty_end: int,
        value: float,
        unit: str,
        kind: str,
        suffix: str,
        approx: bool,
        is_range: bool,
        chinese: bool,
    ) -> None:
        self.start = start  # number start
        self.end = end  # end of number + unit (+ suffix)
        self.qty_end = qty_end  # end of number + unit (before suffix)
        self.value = value
        self.unit = unit
        self.kind = kind
        self.suffix = suffix
        self.approx = approx
        self.is_range = is_range
        self.chinese = chinese
        self.keep = True
        self.noun_end = -1  # end of the noun after the number consumed for the indicator
        # seg_start, clause_start: boundaries before the number, set for every number before
        # any rule runs; seg_end, clause_end, sent_start: set once the number is kept (see
        # _starts_before, _ends_after, _sent_start)


# after N年, characters that make it no length of time (5年级 is a grade, 3年底 a date)
_NOT_YEARS_UNIT = frozenset("级底末内前度起后间来代")


_ABOUT_DIGITS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _about_range_low(num: str) -> float | None:
    """The lower bound of two Chinese digits naming about so many (一两, 两三, 三五, 七八: a range
    of one or two up), else None (二五 would read 25 only as a digit run; 五三 is none)."""
    a, b = _ABOUT_DIGITS.get(num[0]), _ABOUT_DIGITS.get(num[1])
    if a is None or b is None or not 0 < b - a <= 2:
        return None
    return float(a)


def _day_limit(t: str, start: int, qend: int) -> bool:
    """Is the 日 at `qend` after a number the unit of a time limit, no date? After an event
    (后, 之日起) and with 内/以内 after it (受理后15日内), or a limit word right before the number
    (审批不超过15日). A date (3月15日内) or a notice's 请于10日内 is neither."""
    prev = t[start - 1 : start]
    if prev in ("后", "起"):  # 受理后15日内, 自受理之日起15日内: a limit after an event
        return t.startswith(DAY_LIMIT_AFTER, qend + 1)
    return t[max(0, start - 6) : start].endswith(DAY_LIMIT_BEFORE)


def _negative_after_level(t: str, start: int) -> bool:
    """Is the "-" before the number at `start` a minus sign: right after a verb of level
    (控制在-2.5‰, 保持在-1%以上), not a hyphen (G-5, 2-3)? Asked only of a share or a difference
    of shares (PERCENT_UNITS): a count or an amount is never below zero ("达到-20家" is a dash)."""
    return _LEVEL_VERB_TAIL.search(t, max(0, start - 5), start - 1) is not None


# "3个 百分点": the unit 个百分点 split by a line wrap of PDF text (one whitespace character)
_WRAPPED_POINTS = "百分点"
_SPACED_PER_FIRST = frozenset(" \t\u3000/")  # what SPACED_PER_RE can start with


def _scan(
    t: str, drops: list[tuple[int, int, str]] | None = None
) -> tuple[list[_Cand], list[int], list[int]]:
    # Long function: the hot loop over every number of a text; helpers per step would cost a call per number.
    """Every number with a unit (or a bare number with a comparator) that may be a target,
    and the year mentions (positions, years). `drops` (for `--explain`, transform/explain.py)
    receives (start, end, rule) of each number skipped here."""
    cands: list[_Cand] = []
    masks: _LazyMasks | None = None
    ypos: list[int] = []
    yval: list[int] = []
    last_end = -1
    for hit in _NUM_PRE_RE.finditer(t):
        start, run_end = hit.span()
        if start < last_end:
            continue
        if run_end - start == 4:
            run = t[start:run_end]
            if run[:2] in ("19", "20") and run.isdigit() and run >= "1950":
                ya = _year_at(t, start)
                if ya is not None:
                    ypos.append(ya[0])
                    yval.append(ya[1])
                    last_end = ya[2]
                    continue
                if (base_end := multiple_base_end(t, start)) > 0:
                    if drops is not None:
                        drops.append((start, base_end, "multiple_base"))
                    last_end = base_end  # 是2020年的1.4倍: the base of the multiple, no figure
                    continue
        m = QTY_RE.match(t, start)
        if m is None:  # the number pattern matched here a moment ago: never
            continue
        last_end = qend = m.end()
        num, _rsep, num2, approx1, scale, approx2, unit_word = m.groups()  # one call, not seven
        unit = (scale + unit_word if unit_word else scale) if scale else (unit_word or "")
        frac = num[0] in "百千十1" and num.startswith(_FRACTION_WORDS)
        digit = num[0].isdigit() and not frac
        if frac:
            unit = FRACTION_UNITS[num[: num.index("之") + 1]]  # 百分之五十 -> %, 千分之五 -> ‰
        approx = bool(approx1 or approx2)
        chinese = not digit and not frac
        if chinese and not unit:
            continue  # 一 in words (统一, 进一步): the most frequent hit, dropped before any other lookup
        if chinese and unit in CN_WORD_UNITS:
            if drops is not None:
                drops.append((start, qend, "tenths_in_word"))
            continue  # 红十字, 八字方针, 一字排开: a word, no length in characters (but 三十万字 is)
        if unit == "个" and t[qend : qend + 1].isspace() and t.startswith(_WRAPPED_POINTS, qend + 1):
            unit = "个百分点"  # "增长3个 百分点": a line wrap (PDF) inside the unit
            last_end = qend = qend + 1 + len(_WRAPPED_POINTS)
        elif unit_word and t[qend : qend + 1] in _SPACED_PER_FIRST and (pm := SPACED_PER_RE.match(t, qend)):
            unit += "/" + pm.group("per")  # "800 亿立方米 / 年": the rate's denominator after a space
            last_end = qend = pm.end()
        nxt = t[qend : qend + 1]
        if nxt == "日" and not unit and _day_limit(t, start, qend):
            unit = "日"  # 受理后15日内审批完毕, 审批不超过15日: a time limit in days, no date
            last_end = qend = qend + 1
            nxt = t[qend : qend + 1]
        elif nxt == GRADE_UNIT and not unit and digit and t[max(0, start - 3) : start].endswith(GRADE_BEFORE):
            unit = GRADE_UNIT  # 电子病历应用水平达到4级: a grade reached
            last_end = qend = qend + 1
            nxt = t[qend : qend + 1]
        sm = _SUFFIX_RE.match(t, qend) if nxt and (nxt in _SUFFIX_FIRST or nxt.isspace()) else None
        if not unit:
            if nxt == "/" and digit and t[qend + 1 : qend + 2].isdigit():
                if drops is not None:
                    drops.append((start, qend, "fraction_of"))
                continue  # 提高到1/3以上: a fraction in digits, read as 三分之一 is (no one number)
            # cheap early exit for the many bare numbers: dates, document numbers
            level = _LEVEL_VERB_TAIL.search(t, max(0, start - 4), start) or (
                nxt == "年" and _YEARS_VERB_TAIL.search(t, max(0, start - 4), start)
            )
            ratio = (nxt in ":∶" and RATIO_AFTER.match(t, qend) is not None) or (
                digit and second_of_one_ratio(t, start)  # 医护比达到1:1.2: the second term
            )
            if not (sm or approx or level or ratio or bare_list_item(t, start)):
                if drops is not None:
                    drops.append((start, qend, "bare_number"))
                continue
            if (
                level
                and nxt == "年"
                and t[qend + 1 : qend + 2] not in _NOT_YEARS_UNIT
                and not t.startswith(("以来", "以前", "以后"), qend + 1)
            ):
                unit = "年"  # 受教育年限提高到11.7年, 平均生存周期达到5年: a length of time
                qend += 1
                nxt = t[qend : qend + 1]
                sm = _SUFFIX_RE.match(t, qend) if nxt and (nxt in _SUFFIX_FIRST or nxt.isspace()) else None
        prev = t[start - 1] if start else " "  # ("" is in every string: a text may start with a number)
        negative = prev == "-" and digit and unit in PERCENT_UNITS and _negative_after_level(t, start)
        if prev.isascii() and (prev.isalnum() or prev in "._/-#") and not negative:
            if drops is not None:
                drops.append((start, qend, "glued_before"))
            continue  # PM2.5, S319, G240, P3, 113717/2023
        if prev.isspace() and t[start - 2 : start - 1] in _PLACEHOLDER_CHARS and start > 1:
            if drops is not None:
                drops.append((start, qend, "placeholder"))
            continue  # a template's "x.x 千万元", "xx 万亩": the figure is left blank
        if nxt.isascii() and nxt.isalnum() and (not unit or unit[-1].isascii()):
            if drops is not None:
                drops.append((start, qend, "glued_after"))
            continue  # 5G, 3D, 4A级 (but 3万名60—69岁…: a unit stands between)
        if digit and num[0] == "0" and num[1:2].isdigit():
            if drops is not None:
                drops.append((start, qend, "leading_zero"))
            continue  # 010-67683008, 0571: a telephone area code or a register's code, no quantity
        if unit in ("分", "万分") and t.startswith("之", qend):
            if drops is not None:
                drops.append((start, qend, "fraction_of"))
            continue  # 三分之一, 2分之1, 1万分之3: a fraction, no score (its value is not written as one number)
        if (unit in WORD_START_UNITS and _tenths_in_word(t, qend)) or (
            unit in UNIT_WORDS and t.startswith(UNIT_WORDS[unit], qend)
        ):
            if drops is not None:
                drops.append((start, qend, "tenths_in_word"))
            continue  # 3成立, 两成为, 一成不变, 附件2列出, 两位数: the unit begins a word, no measure
        if masks is None:
            masks = _LazyMasks(t)
        if start in masks:
            if drops is not None:
                drops.append((start, qend, "masked"))
            continue
        if digit:  # _value(num), inlined: called for every number
            try:
                value = float(num.replace(",", ""))
            except ValueError:
                continue
            if not math.isfinite(value):
                continue
        elif frac:
            # 10万分之12: the numeral after 之 (parse_number reads the words forms only)
            parsed = _value(num[num.index("之") + 1 :]) if num[0] == "1" else parse_number(num)
            if parsed is None:
                continue
            value = parsed
        else:
            # parse_number(num) for a Chinese numeral out of the half-width text: nothing to
            # strip or convert, no 百分之
            parsed = parse_cn_number(num)
            if parsed is None or not math.isfinite(parsed):
                continue
            value = parsed
        if negative:
            value, start = -value, start - 1  # 自然增长率控制在-2.5‰以上: a figure below zero
        kind = "time" if unit == "日" else unit_kind(unit)
        is_range = num2 is not None
        if chinese and len(num) == 2 and unit and (low := _about_range_low(num)) is not None:
            value = low  # 一两个, 两三家, 三五个: about one or two: the lower bound, a range
            cands.append(_Cand(start, qend, qend, value, unit, kind, "", approx, True, chinese))
            continue
        if is_range:
            v2 = _value(num2)
            if not unit or v2 is None or v2 <= value:
                if drops is not None:
                    drops.append((start, qend, "not_a_range"))
                continue  # 2023-2025, 07-31: not a range of values
        suffix = ""
        end = qend
        if nxt == "口" and unit[-1:] == "人":
            end = qend + 1  # 9万人口: people, the 口 no part of what follows
        if sm is None and kind == "money" and nxt in _CURRENCY_FIRST:
            sm = _suffix_after_currency(t, qend)  # 200亿元人民币以上: the bound after the currency
        elif not unit and nxt in ":∶" and digit and (rm := RATIO_AFTER.match(t, qend)) is not None:
            # 生师比分别达到17:1、13.5:1: the ratio read whole (its value the first term), so the
            # next item's words start after its ":1"; a bound may follow it (2.5:1以上)
            end = last_end = rm.end()
            sm = _SUFFIX_RE.match(t, end) if t[end : end + 1] in _SUFFIX_FIRST else None
        if sm:
            suf = sm.group("suf")
            if suf != "内" or kind == "time":
                suffix = suf
                end = sm.end()
        if unit and not is_range and not suffix and nxt and (nxt in _RANGE_TAIL_FIRST or nxt.isspace()):
            rm = _RANGE_TAIL_RE.match(t, qend)
            if rm:
                base = unit.lstrip("万亿十百千")
                if t.startswith(base, rm.end()):
                    is_range = True
                    end = last_end = rm.end() + len(base)  # the second bound is read: skip it
                    if not base and (um := UNIT_AFTER_RE.match(t, end)):
                        unit += um.group("unit")  # 3万-5万亩: the unit after the second bound
                        kind = unit_kind(unit)
                        end = last_end = um.end()
        if not unit and digit and t[start - 1 : start] in (":", "∶") and second_of_one_ratio(t, start):
            start = t.rindex("1", 0, start)  # 医护比达到1:1.2: the ratio read whole, its value 1.2
        cands.append(_Cand(start, end, qend, value, unit, kind, suffix, approx, is_range, chinese))
    if _EACH in t:
        _each_shares_unit(t, cands)
    return cands, ypos, yval


_EACH = "分别"
_EACH_BACK = 16  # characters before the first value that may hold 分别
_EACH_JOINERS = frozenset(lex("targets_exclusions", "each_unit_joiners"))
# the bare value right before a joiner (not a digit of a name: PM10, 5G)
_EACH_FIRST_RE = re.compile(r"(?<![\dA-Za-z.])\d{1,6}(?:\.\d{1,4})?$")


def _each_shares_unit(t: str, cands: list[_Cand]) -> None:
    """ "分别不低于4.5和5.8平方米": a bare value joined to the next value, which has the unit, after 分别
    shares that unit (and its scale: "分别达到3和5万亩" reads 3 万亩); the scan may have dropped it
    as a bare number ("分别不高于33和58微克/立方米"): it is added."""
    starts = {c.start: c for c in cands}
    added = []
    for b in cands:
        if not b.unit or b.start < 2 or t[b.start - 1] not in _EACH_JOINERS:
            continue
        m = _EACH_FIRST_RE.search(t, max(0, b.start - 12), b.start - 1)
        if m is None or _EACH not in t[max(0, m.start() - _EACH_BACK) : m.start()]:
            continue
        a = starts.get(m.start())
        if a is None:
            end = m.end()
            added.append(
                _Cand(m.start(), end, end, float(m.group()), b.unit, b.kind, "", False, False, False)
            )
        elif not a.unit and not a.is_range:
            a.unit, a.kind = b.unit, b.kind
    if added:
        cands.extend(added)
        cands.sort(key=lambda c: c.start)


_CURRENCY_NOTES = lex("targets_exclusions", "currency_notes")
_CURRENCY_FIRST = frozenset(w[0] for w in _CURRENCY_NOTES)


def _suffix_after_currency(t: str, qend: int):
    """The bound (以上, 左右 …) right after the currency that follows a money amount
    (旅游总收入200亿元人民币以上), or None."""
    note = next((w for w in _CURRENCY_NOTES if t.startswith(w, qend)), "")
    return _SUFFIX_RE.match(t, qend + len(note)) if note else None
