"""Comparator and change of a target from the words around its number: 不少于/控制在/约 before
it, 以上/以内/左右 after it (see quantity.SUFFIX_CMP), 增长/下降 N (a relative change) against
新增 N (a count). The words are data: lexicons/targets_comparators.toml."""

from __future__ import annotations

import re

from transform.lexicons import table
from transform.targets.words import any_word_re, by_last_char, first_ending, lasts, lex

_CMP = table("targets_comparators")

# (words a text ends with, comparator), checked in this order
_PREFIX_CMP = [
    (lex("targets_comparators", "prefix", i, "words"), group["op"]) for i, group in enumerate(_CMP["prefix"])
]
_AT_LEAST_WORDS = next(words for words, op in _PREFIX_CMP if op == ">=")
_CMP_WORDS: dict[str, str] = dict(_CMP["before_verb"]["words"])
_CMP_VERBS = lex("targets_comparators", "before_verb", "verbs")
_CMP_VERB_TAIL = re.compile(
    "(" + "|".join(map(re.escape, _CMP_WORDS)) + ")(?:" + "|".join(map(re.escape, _CMP_VERBS)) + ")$"
)
# Words directly before a bare number (no unit) that still make it a target.
_LEVEL_VERB_TAIL = re.compile(
    "(?:" + "|".join(map(re.escape, lex("targets_comparators", "level", "words"))) + r")\s?$"
)
# A bare figure after 、 or 和 that follows a bare figure after a verb of level (分别不高于1.85、1.20,
# 分别不高于0.50和0.45): the next item of a list of values (searched in the 24 characters before it).
_BARE_LIST_JOINERS = frozenset("、和")
_BARE_LIST_BACK = 24
BARE_LIST_TAIL = re.compile(
    "(?:"
    + "|".join(map(re.escape, lex("targets_comparators", "level", "words")))
    + r")\s?\d+(?:\.\d+)?(?:、\d+(?:\.\d+)?)*["
    + "".join(sorted(_BARE_LIST_JOINERS))
    + "]$"
)


def bare_list_item(t: str, start: int) -> bool:
    """Is the bare number at `start` the next item of a list of bare figures after a verb of
    level ("分别不高于1.85、1.20", "分别不高于0.50和0.45")?"""
    return (
        start > 1
        and t[start - 1] in _BARE_LIST_JOINERS
        and BARE_LIST_TAIL.search(t, max(0, start - _BARE_LIST_BACK), start) is not None
    )


# A change verb right before a number with 年: a length of time (受教育年限提高0.5年).
_YEARS_VERB_TAIL = re.compile(
    "(?:" + "|".join(map(re.escape, lex("targets_comparators", "change", "years_verbs"))) + r")\s?$"
)
_RELATIVE_UNITS = frozenset(lex("targets_comparators", "change", "relative_units"))
_INC_WORDS = lex("targets_comparators", "change", "increase")
_RAISE_WORDS = lex("targets_comparators", "change", "raise")
_DEC_WORDS = lex("targets_comparators", "change", "decrease")
# 新增 N is a count; 改造提升 N万亩 is an amount of work, not a relative change
_NEW_WORDS = lex("targets_comparators", "change", "count")
# A change by an amount right after a value (由2020年的23%提高2个百分点, 从目前的23.04%再提高超1个
# 百分点): that value is the baseline, the amount is the target.
CHANGE_BY_RE = re.compile(
    r"\s?(?:再|将)?(?:"
    + "|".join(map(re.escape, sorted(_INC_WORDS + _RAISE_WORDS + _DEC_WORDS, key=len, reverse=True)))
    + r")(?:了)?(?:超过|超|约|近)?\s?[\d一二两三四五六七八九十]"
)
# 比2020年 / 较上年 / 与基期相比: a comparison before the number, not part of the change words
_VERSUS = r"(?:比|较|与)\s?(?:(?:19|20)\d{2}\s?年(?:底|末)?|上年|去年|上一年|基期|基准年)(?:相比)?"
_CHANGE_NOISE = lex("targets_comparators", "change", "noise")
# Stripped from the tail of the phrase before a number before looking at change verbs.
_CHANGE_NOISE_TAIL = re.compile("(?:" + "|".join(map(re.escape, _CHANGE_NOISE)) + "|" + _VERSUS + r"|\s)+$")
_CHANGE_NOISE_LAST = lasts(_CHANGE_NOISE) | frozenset("年底末期比")  # what a match ends with, besides \s
_TO_LEVEL_RE = re.compile(
    "(?:" + "|".join(map(re.escape, lex("targets_comparators", "change", "to_level_verbs"))) + ")(?:到|至)"
)

# The period or state a 由…到 change starts from: 由“十三五”时期的15个, 由基期的40%
BASE_PERIOD = (
    r"(?:[“\"]?十[一二三四五六七八九]五[”\"]?(?:规划)?(?:时期末|时期|期间|期末|末)?|"
    + "|".join(map(re.escape, lex("targets_comparators", "change", "base_periods")))
    + ")"
)

# words that name the level reached ("…，达到79岁"): no change is carried over to the number
LEVEL_REACHED_RE = re.compile(
    "(?:" + "|".join(map(re.escape, lex("targets_comparators", "level", "reached"))) + r")\s?$"
)

_CMP_NOISE = lex("targets_comparators", "noise", "words")
_CMP_NOISE_TAIL = re.compile("(?:" + "|".join(map(re.escape, _CMP_NOISE)) + ")$")
_CMP_NOISE_LAST = lasts(_CMP_NOISE)

_PREFIX_CMP_TABLE = by_last_char(_PREFIX_CMP)
_CMP_VERB_LAST = lasts(_CMP_VERBS)
_FLOOR_VERBS = lex("targets_comparators", "before_verb", "floor_verbs")
_FLOOR_WORDS = tuple(w for w, op in _CMP_WORDS.items() if op == ">=")
# recurring words (每周, 每年 …) that may stand between a bound and its number (不少于每周1课时)
_RECURRING_WORDS = tuple(sorted(lex("targets_years", "recurring"), key=len, reverse=True))


def _cmp_before_verb(tail: str) -> str | None:
    """Group 1 of _CMP_VERB_TAIL.search(tail) (至少入选 → 至少): the regex runs only when the
    text ends with one of its verbs."""
    core = tail[:-1] if tail[-1:] == "\n" else tail  # `$` also matches before a final newline
    if core.endswith(_FLOOR_VERBS):  # 至少设置1个托育点
        verb = next(v for v in _FLOOR_VERBS if core.endswith(v))
        return next((w for w in _FLOOR_WORDS if core.endswith(w, 0, len(core) - len(verb))), None)
    if core[-1:] not in _CMP_VERB_LAST or not core.endswith(_CMP_VERBS):
        return None
    m = _CMP_VERB_TAIL.search(tail)
    return m.group(1) if m else None


def _prefix_comparator(seg_before: str) -> str:
    """Comparator from the words right before a number (不少于, 控制在, 约 …), "=" if none."""
    tail = seg_before[-12:].rstrip()
    if tail[-1:] in _CMP_NOISE_LAST:  # the last characters of the noise words
        tail = _CMP_NOISE_TAIL.sub("", tail)
    op = first_ending(tail, _PREFIX_CMP_TABLE)
    if op:
        return str(op)
    if "每" in tail[-5:] and (rec := next((r for r in _RECURRING_WORDS if tail.endswith(r)), "")):
        op = first_ending(tail[: -len(rec)].rstrip(), _PREFIX_CMP_TABLE)
        if op:
            return str(op)  # 不少于每周1课时: the bound, then how often
    # 至少入选一人, 不少于建成5个: a comparator, then a verb of commitment
    cw = _cmp_before_verb(tail)
    if cw:
        return _CMP_WORDS[cw]
    if tail.endswith("的") and (m := _REFERENCE_RE.search(seg_before[-_REFERENCE_BACK:].rstrip())):
        return str(first_ending(m.group(1), _PREFIX_CMP_TABLE) or "=")  # 不低于当地低保标准的1.3倍
    if _LEAD_FIRSTS_RE.search(tail) is not None and (m := _LEAD_RE.search(tail)):
        return _LEAD_WORDS[m.group(1)]  # (全年)至少新开工亿元以上项目60个
    if tail.endswith(("至", "到")) and _SPLIT_CAP_RE.search(seg_before.rstrip()[-_SPLIT_CAP_BACK:]):
        return "<="  # 压缩企业开办时间至1个工作日
    if "少" in seg_before and _FLOOR_SPAN_RE.search(seg_before[-_FLOOR_SPAN_BACK:]):
        return ">="  # 至少打通省级垂管系统5个
    return "="


_FLOOR_SPAN_RE = re.compile(
    "(?:"
    + "|".join(map(re.escape, lex("targets_comparators", "floor_span", "words")))
    + r")[^\d,，;；。:：、\s]{1,"
    + str(_CMP["floor_span"]["max_chars"])
    + "}$"
)
_FLOOR_SPAN_BACK = int(_CMP["floor_span"]["max_chars"]) + 2


_SPLIT_CAP_RE = re.compile(
    "(?:"
    + "|".join(map(re.escape, lex("targets_comparators", "split_cap", "verbs")))
    + r")[^\d,，;；。:：、\s]{1,"
    + str(_CMP["split_cap"]["max_chars"])
    + "}(?<!["
    + "".join(lex("targets_comparators", "split_cap", "not_after"))
    + r"])[至到]$"
)
_SPLIT_CAP_BACK = int(_CMP["split_cap"]["max_chars"]) + 4


_REFERENCE_RE = re.compile(
    r"(不超过|不高于|不少于|不低于|不小于|高于|低于)[^,，;；。:：\d]{1,"
    + str(_CMP["reference"]["max_chars"])
    + r"}的\s?$"
)
_REFERENCE_BACK = int(_CMP["reference"]["max_chars"]) + 6  # the cap word, what is referred to, 的
_LEAD_WORDS: dict[str, str] = dict(_CMP["lead"]["words"])
_LEAD_FIRSTS = tuple(_LEAD_WORDS)
_LEAD_FIRSTS_RE = any_word_re(_LEAD_FIRSTS)
_LEAD_RE = re.compile(
    "(" + "|".join(map(re.escape, _LEAD_WORDS)) + ")(?:" + "|".join(map(re.escape, _CMP_VERBS)) + ")[^\\d]*$"
)


# 新增 first: a new count is no change even when the words end like an increase (新增 → 增)
_CHANGE_TABLE = by_last_char(
    [(_NEW_WORDS, None), (_INC_WORDS, "increase"), (_RAISE_WORDS, "raise"), (_DEC_WORDS, "decrease")]
)
_AFTER_INC = lex("targets_comparators", "change", "after_increase")
_AFTER_DEC = lex("targets_comparators", "change", "after_decrease")
# a change of these kinds is relative; of a count (提升改造30条, 增加学位500个) it is the work
_RELATIVE_KINDS = {
    "increase": frozenset({"percent", "money", "measure", "none", "unknown", "time", "capacity"}),
    "raise": frozenset({"percent", "money", "none", "unknown"}),
}


def relative_kind(unit: str, kind: str) -> str:
    """The unit kind to judge a change by: a raise of years of age or schooling (岁, 年) or in
    multiples (倍) is a relative change like a raise of a rate."""
    return "percent" if unit in _RELATIVE_UNITS else kind


def _change(seg_before: str, kind: str = "percent") -> str | None:
    """ "increase" / "decrease" when the words before a number end with a change verb, for a
    number of unit kind `kind` (see `unit_scale.unit_kind`, `relative_kind`): an increase of a
    count is the number added, not a relative change."""
    tail = seg_before[-24:]
    last = tail[-1:]
    if last and (last in _CHANGE_NOISE_LAST or last.isspace()):  # else the noise regex cannot match
        tail = _CHANGE_NOISE_TAIL.sub("", tail)
    found = first_ending(tail, _CHANGE_TABLE)
    if found is None or found == "decrease":
        return found
    if (
        found == "raise"
        and kind in ("measure", "capacity")
        and (_AVERAGE_RAISE_RE.search(tail) or _BASE_RAISE_RE.search(tail))
    ):
        return "increase"  # 亩均粮食产能提高100公斤, 比2025年提高0.4平方米: a raise of a level, no amount of work
    return "increase" if kind in _RELATIVE_KINDS[found] else None


# an average (亩均, 人均 …) named right before a raise word: its raise in a measure is a change
_AVERAGE_RAISE_RE = re.compile(
    "(?:"
    + "|".join(map(re.escape, lex("targets_comparators", "change", "average_heads")))
    + ")[^\\d,，。;；、]{0,10}(?:"
    + "|".join(map(re.escape, lex("targets_comparators", "change", "raise")))
    + ")$"
)


# a base compared with right before a raise word ("比2025年提高0.4平方米", "较上年提升0.2立方米"): the raise
# of a measure is a change of its level
_BASE_RAISE_RE = re.compile(
    "(?:比|较)[^,，。;；、]{0,12}(?:"
    + "|".join(map(re.escape, lex("targets_comparators", "change", "raise")))
    + ")$"
)


# any change word (a clause without one cannot open with one)
_CHANGE_WORD_RE = re.compile(
    "|".join(
        map(
            re.escape, sorted(set(_INC_WORDS + _RAISE_WORDS + _DEC_WORDS + _NEW_WORDS), key=len, reverse=True)
        )
    )
)
_NOT_A_CHANGE_RE = re.compile(r"的|[^,:;。]{0,20}?(?:到|至|达到|为)")


def _change_at_start(head: str, kind: str) -> str | None:
    """The change named by the first word of `head` (a clause without its leading fillers)."""
    for words, found in (
        (_NEW_WORDS, None),
        (_DEC_WORDS, "decrease"),
        (_INC_WORDS, "increase"),
        (_RAISE_WORDS, "raise"),
    ):
        # (one C-level test of the whole tuple first: most clauses open with none of its words)
        w = next((w for w in words if head.startswith(w)), None) if head.startswith(words) else None
        if w is not None:
            if _NOT_A_CHANGE_RE.match(head, len(w)):
                return None  # 下降的企业数量, 提高到600元: no change of what follows
            if found is None or found == "decrease":
                return found
            return "increase" if kind in _RELATIVE_KINDS[found] else None
    return None


# An average then a cut verb, its object, then the share cut: "平均减少办理环节50%以上", "企业开办平均
# 压缩办理时间60%" (a decrease; the object holds no figure, break or word of level: 到 至 为 的).
_AVERAGE_CUT_RE = re.compile(
    "(?:"
    + "|".join(map(re.escape, lex("targets_comparators", "change", "average_heads")))
    + ")(?:"
    + "|".join(map(re.escape, sorted(_DEC_WORDS, key=len, reverse=True)))
    + r")[^\d,，。;；:：、到至为的\s]{1,10}$"
)


def average_cut(head: str) -> str | None:
    """ "decrease" when the words before a share end with an average, a cut verb and its object."""
    if "均" not in head:
        return None
    return "decrease" if _AVERAGE_CUT_RE.search(head[-24:]) else None


_RATE_INC = tuple(lex("targets_comparators", "change", "rate_increase"))
_RATE_DEC = tuple(lex("targets_comparators", "change", "rate_decrease"))
_RATE_LEVELS = tuple(sorted(lex("targets_comparators", "change", "rate_levels"), key=len, reverse=True))


def _rate_change(seg_before: str) -> str | None:
    """ "年均增速7%左右", "增幅保持在8%以上", "降幅达到3%": a rate of growth (of decline) right before a
    share, once the words of level at its end are stripped, names an increase (a decrease)."""
    tail = seg_before[-16:].rstrip()
    for _ in range(3):  # (保持在, then 不低于: a few words of level at most)
        w = next((w for w in _RATE_LEVELS if tail.endswith(w)), None)
        if w is None:
            break
        tail = tail[: -len(w)].rstrip()
    if tail.endswith(_RATE_INC):
        return "increase"
    return "decrease" if tail.endswith(_RATE_DEC) else None


def _change_after(t: str, end: int) -> str | None:
    """A change named after a share: 实现10%以上增长, 保持8%左右的增速."""
    if t.startswith(_AFTER_INC, end):
        return "increase"
    if t.startswith(_AFTER_DEC, end):
        return "decrease"
    return None


# "每季度至少研究安全生产工作1次": a floor word opens the clause's verb and its object, and the count
# of times closes it (lexicons/targets_comparators.toml `floor_over_object`)
_FLOOR_OBJ = lex("targets_comparators", "floor_over_object", "words")
_FLOOR_OBJ_UNITS = frozenset(lex("targets_comparators", "floor_over_object", "units"))
_FLOOR_OBJ_SPAN = 20  # characters from the floor word to the count
_FLOOR_OBJ_BREAKS = re.compile(r"[\d,，、;；。:：\n]")


def floor_over_object(t: str, clause_start: int, start: int, unit: str) -> bool:
    """A count of times (N次) whose clause has a floor word (至少, 不少于) before its verb and object,
    with no figure or break between: the floor holds (">=")."""
    if unit not in _FLOOR_OBJ_UNITS:
        return False
    lo = max(clause_start, start - _FLOOR_OBJ_SPAN)
    k = max(t.rfind(w, lo, start) for w in _FLOOR_OBJ)
    return k >= 0 and _FLOOR_OBJ_BREAKS.search(t, k, start) is None
