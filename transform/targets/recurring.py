"""Recurring targets (每年不少于5000场, 每日洒水不少于4次: year null) and the words that make a
recurring word no recurrence: a rate after a verb of level (达到每年2万吨), a standard per head
(每人每年500元), a capacity (每日处理能力), a frequency saying who is counted (每周参加1次…的人数).
Split from `years` (round 39m); the words are in lexicons/targets_years.toml."""

from __future__ import annotations

import re

from transform.targets.words import alternation, holds_any, lex

_RECURRING_RE = re.compile(
    alternation(lex("targets_years", "recurring"), lex("targets_years", "not_recurring"))
)
# After a recurring word: a frequency inside the phrase that says who is counted, up to its 的
# (每周[参加1次及以上体育锻炼的]人数): bounded, no punctuation or other number on the way.
_FREQUENCY_MODIFIER_RE = re.compile(
    r"[^,，;；。:：\d\n]{0,8}?(?P<n>\d+(?:\.\d+)?|[一两二三四五六七八九十]{1,3})\s?(?:"
    + "|".join(map(re.escape, lex("targets_years", "frequency_units")))
    + r")(?:及以上|以上)?[^,，;；。:：\d\n]{0,12}?(?:"
    + "|".join(map(re.escape, lex("targets_years", "frequency_phrase_ends")))
    + ")"
)


def frequency_modifier(t: str, start: int, end: int, number_at: int = -1) -> bool:
    """A recurring word between `start` and `end` opens a phrase holding a frequency and ending in
    的 that says who is counted (每周参加1次及以上体育锻炼的人数): it recurs nothing. With
    `number_at`, the frequency must be the number that starts there."""
    m = _RECURRING_RE.search(t, start, end)
    f = _FREQUENCY_MODIFIER_RE.match(t, m.end()) if m is not None else None
    return f is not None and (number_at < 0 or f.start("n") == number_at)


# A recurring word right after a verb of level and right before a number is the rate of the
# measure ("制氢能力达到每年2万吨"), no recurrence of the target: lexicons/targets_years.toml.
_RATE_VERBS = tuple(lex("targets_years", "rate_verbs"))
_RATE_HEADS = tuple(lex("targets_years", "rate_heads"))  # 每人每年500元: a standard per head and year
_CLAUSE_ONLY = frozenset(lex("targets_years", "clause_only"))  # 每日…，…落实率100%: not daily
_RATE_MEASURES = tuple(lex("targets_years", "rate_measures"))  # 每日处理能力达到500吨: a capacity
_RATE_NUMBER_FIRST = frozenset("0123456789一二两三四五六七八九十百千万")


def _names_a_rate(t: str, start: int, end: int) -> bool:
    """A capacity or scale word (能力, 规模) between a recurring word and the number, in its clause:
    the phrase names the measure's rate per day or year (每日处理能力达到500吨), no recurrence."""
    if end - start > 24:
        return False
    return any(t.find(w, start, end) >= 0 for w in _RATE_MEASURES) and not any(
        t.find(p, start, end) >= 0 for p in "，,；;。"
    )


def _opens_frequency(t: str, at: int, end: int) -> bool:
    """A phrase with a frequency, ending in 的 or 率 before `end`, starts at `at` (每天[两小时达标率]):
    it names what is counted, so a recurring word later in the sentence may still recur."""
    f = _FREQUENCY_MODIFIER_RE.match(t, at)
    return f is not None and f.end() <= end


def _recurring_word(t: str, start: int, end: int) -> re.Match[str] | None:
    """The first recurring word (每年, 逐年 …) between start and end that is no rate after a verb
    of level (达到每年2万吨), nor after a head it is counted per (按每人每年500元标准), nor opens a
    phrase of a frequency (每天两小时达标率)."""
    m = _RECURRING_RE.search(t, start, end)
    while m is not None and (
        (
            t[m.end() : m.end() + 1] in _RATE_NUMBER_FIRST
            and t.endswith(_RATE_VERBS, max(0, m.start() - 4), m.start())
        )
        or t.endswith(_RATE_HEADS, max(0, m.start() - 2), m.start())
        or _names_a_rate(t, m.end(), end)
        or _opens_frequency(t, m.end(), end)
    ):
        m = _RECURRING_RE.search(t, m.end(), end)
    return m


_WHOLE_YEAR = tuple(lex("targets_years", "whole_year"))


_WHOLE_YEAR_INSIDE = tuple(lex("targets_years", "whole_year_inside"))


def _whole_year(t: str, clause_start: int, start: int) -> bool:
    """The number's clause opens with a word of the whole year (全年, 年内), or names 全年/年内 after
    its subject, and names no recurring word of its own: "每月…，全年清理垃圾1.5万吨", "每季度…，
    各社区党组织全年组织开展活动不少于12次" state the year's amount."""
    head = t[clause_start:start].lstrip()
    return (head.startswith(_WHOLE_YEAR) or holds_any(head, _WHOLE_YEAR_INSIDE)) and not recurring_in(
        t, clause_start, start
    )


_RATE_ENDS = tuple(lex("targets_years", "rate_ends"))
_RATE_END_VERBS = tuple(sorted(lex("targets_years", "rate_end_verbs"), key=len, reverse=True))
_SHARE_UNITS = frozenset(("%", "‰"))


def rate_clause(t: str, clause_start: int, c) -> bool:
    """The number c is a share (%) right after a rate noun (合格率, 覆盖率, 比例) in a clause of its
    own with no recurring word: "每月开展1次质量巡查，交工验收合格率100%" states a level, no recurrence."""
    if c.unit not in _SHARE_UNITS:
        return False
    head = t[clause_start : c.start].rstrip()
    verb = next((v for v in _RATE_END_VERBS if head.endswith(v)), "")
    head = head[: len(head) - len(verb)].rstrip()
    return head.endswith(_RATE_ENDS) and not recurring_in(t, clause_start, c.start)


def recurring_in(t: str, start: int, end: int) -> bool:
    """A recurring word (每年, 逐年 …) between start and end (no rate: 达到每年2万吨)."""
    return _recurring_word(t, start, end) is not None


_SUB_YEAR = tuple(lex("targets_years", "sub_year_recurring"))
_ONE_OFF_VERBS = tuple(lex("targets_years", "one_off_after_frequency"))
_TIMES_RE = re.compile(r"(?:\d+|[一两二三四五六七八九十])\s?次")
_ONE_OFF_HEAD = 12  # characters of the later clause its verb of one-off work stands in


def one_off_after_frequency(t: str, m: re.Match[str], clause_start: int, start: int) -> bool:
    """A later clause opening with a verb of one-off work (清运, 签订 …) after a clause whose recurring
    word of a period shorter than a year already says how often (每周开展1次集中清扫，清运陈年垃圾
    800吨): the figure is what the plan's period must reach, no recurrence."""
    if m.group() not in _SUB_YEAR or _TIMES_RE.search(t, m.end(), clause_start) is None:
        return False
    head = t[clause_start : min(start, clause_start + _ONE_OFF_HEAD)]
    return (
        "每" not in head and any(v in head for v in _ONE_OFF_VERBS) and not any(ch.isdigit() for ch in head)
    )
