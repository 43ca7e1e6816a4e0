"""Numbers a report frames rather than commits to (audit round 4, issue 15; EXTRACTION.md is
silent on the first two, decided as a careful analyst would): a rate a report says all reached
(完成率均在90%以上), a count of existing things a later share applies to (全港约600个黑点，目标…
消除至少75%), a heading's own project count in parentheses ((项目6个，其中…5个)), a counting rule
(视为引进总投资10亿元的项目), a measure word that starts a word (54名词解释), the size of a
list pointed at (以下12项) and an age limit (年龄不超过60周岁). Called from
transform/targets/exclusions.py; the words are data: lexicons/targets_exclusions.toml."""

from __future__ import annotations

import re

from transform.targets.spans import _CLAUSE_RX, _MAX_SPAN, _SENT_CH, _SENT_RX
from transform.targets.words import alternation, lex
from transform.unit_scale import AGE_UNITS


def _x(key: str) -> tuple[str, ...]:
    return lex("targets_exclusions", key)


_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
# a word that looks ahead (将, 力争, 计划 …): the clause commits to what it counts
_COMMIT_CUE_RE = re.compile(alternation(lex("targets_goals", "commit_cues")))
_TARGET_VERB_RE = re.compile(
    "(?:"
    + alternation(lex("targets_indicators", "commit_verbs"), lex("targets_indicators", "not_verbs"))
    + ")"
)


_PAREN_ITEMS_RE = re.compile(r"\((?:" + "|".join(map(re.escape, _x("paren_item_heads"))) + r")\s?\d")


def paren_item_count(t: str, c) -> bool:
    """The count sits in parentheses that open with a count of the heading's own projects
    ("(项目6个,其中基建类5个、服务类1个)", "(项目4个,含续建项目2个)")."""
    k = t.rfind("(", c.start - 40 if c.start > 40 else 0, c.start)
    if k < 0 or ")" in t[k : c.start]:
        return False
    return _PAREN_ITEMS_RE.match(t, k) is not None


_UNIT_WORDS = _x("unit_words")
_UNIT_WORD_UNITS = frozenset(w[0] for w in _UNIT_WORDS)
_COUNTING_RULE_RE = re.compile("|".join(map(re.escape, _x("counting_rule"))))
_EVAL_RATE_RE = re.compile(r"率\s?(?:" + "|".join(map(re.escape, _x("evaluation_states"))) + r")\s?$")
_EVAL_COMMIT_RE = re.compile("|".join(map(re.escape, _x("evaluation_commits"))) + r"|到\s?20\d\d")
_SHARE_AHEAD_RE = re.compile(r"\d\s?%")
_TIMES_UNITS = frozenset(_x("times_units"))
_FLOOR_WORDS = _x("denominator_floor_words")


def _sentence_start(t: str, p: int) -> int:
    """Where the sentence holding position p starts (looking back at most _MAX_SPAN)."""
    lo = p - _MAX_SPAN if p > _MAX_SPAN else 0
    return max(t.rfind(ch, lo, p) for ch in _SENT_CH) + 1


def evaluation_rate(t: str, c, clause_before: str) -> bool:
    """A rate a report says was reached by all ("完成率均在90%以上", "执行率都在85%以上"), with no
    commitment before it in its sentence ("确保…完成率均在95%以上" is a target)."""
    return (
        _EVAL_RATE_RE.search(clause_before) is not None
        and _EVAL_COMMIT_RE.search(t, _sentence_start(t, c.start), c.start) is None
    )


def denominator(t: str, c, clause_before: str) -> bool:
    """A count of existing things that a later share of the same sentence applies to: the
    clause only names them (no verb of commitment before the count, a noun after it up to the
    clause end) and the next clauses commit to a share ("全港约600个黑点，目标…消除至少75%")."""
    if c.unit in _TIMES_UNITS and "每" in clause_before:
        return False  # 每季度召开1次分析会，…签订责任书100%: how often, not a base
    if any(w in clause_before for w in _FLOOR_WORDS):
        return False  # 每个区至少与2家三级医院建立转诊协作关系: a floor the clause commits to
    m = _CLAUSE_RX.search(t, c.end, c.end + _MAX_SPAN)
    end = m.start() if m else min(len(t), c.end + _MAX_SPAN)  # bounded: a long 、 list has no clause end
    noun = t[c.end : end]
    if len(noun) < 2 or any(ch.isdigit() for ch in noun) or not _CJK_RE.match(noun):
        return False
    if _TARGET_VERB_RE.search(clause_before) is not None or _TARGET_VERB_RE.search(noun) is not None:
        return False  # 7个卫生院完成搬迁: the clause commits to the count
    if _COMMIT_CUE_RE.search(clause_before) is not None:
        return False  # 今年全市将为5000名残疾人提供康复服务: the clause looks ahead to serve them
    m = _SENT_RX.search(t, end + 1, end + _MAX_SPAN)
    return _SHARE_AHEAD_RE.search(t, end, m.start() if m else end + _MAX_SPAN) is not None


def counting_rule(clause_before: str) -> bool:
    """视为/视同 before the number in its clause: how an achievement is counted."""
    return _COUNTING_RULE_RE.search(clause_before) is not None


def unit_word(t: str, c) -> bool:
    """The number's one-character measure word starts a word (54名词解释, 附件3名单)."""
    return c.unit in _UNIT_WORD_UNITS and t.startswith(_UNIT_WORDS, c.qty_end - len(c.unit))


_LIST_POINTERS = tuple(sorted(_x("list_pointers"), key=len, reverse=True))
_AGE_LIMIT_HEADS = tuple(_x("age_limit_heads"))
_AGE_MEASURES = tuple(_x("age_measures"))


def list_pointer(near: str) -> bool:
    """The words right before a count point at a list (以下12项, 下列5类, 上述3个方面): its size."""
    return near.rstrip(" 共").endswith(_LIST_POINTERS)


def age_limit(clause_before: str) -> bool:
    """An age whose clause names an age (年龄, 年满) but no average age: who may do or get it."""
    return any(w in clause_before for w in _AGE_LIMIT_HEADS) and not any(
        w in clause_before for w in _AGE_MEASURES
    )


def framing_rule(t: str, c, clause_before: str, has_paren: bool) -> str:
    """The name of the framing rule that finds the number c is no target ("" when none)."""
    near = t[c.start - 4 if c.start > 4 else 0 : c.start]
    if ("下" in near or "述" in near) and list_pointer(near):
        return "list_pointer"  # 对以下12项运维事项实行清单管理: the size of the list
    if c.unit in AGE_UNITS and "年" in clause_before and age_limit(clause_before):
        return "age_limit"  # 运维人员年龄不超过60周岁: who may do the work
    if c.unit and unit_word(t, c):
        return "unit_word"  # 54名词解释, 附件3名单: the measure word starts a word
    if has_paren and c.kind == "count" and paren_item_count(t, c):
        return "paren_item_count"  # 教育惠民工程(项目6个,其中基建类5个…): the list's make-up
    if "视" in clause_before and counting_rule(clause_before):
        return "counting_rule"  # 视为引进总投资10亿元的项目: how an achievement counts
    if c.kind == "percent" and "率" in clause_before and evaluation_rate(t, c, clause_before):
        return "evaluation_rate"  # 完成率均在90%以上: the rates were all above 90%
    if c.kind == "count" and denominator(t, c, clause_before):
        return "denominator"  # 全港约600个黑点，目标…消除至少75%: the share's base
    return ""
