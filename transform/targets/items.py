"""Counts of a plan's own items are no targets (spec/EXTRACTION.md "scope counts"): "分解为79项
重点工作任务", "清单共38件", "提出3项指标", the aspects it covers (从9个方面, 把握好3方面), the items it splits up
(将86项重点工作进行分解), the items chosen for it (从13项候选项目中选出10项), its items after a count
of its kinds (10大类50个事项, 12类39件45个事项). Words: lexicons/targets_exclusions.toml."""

from __future__ import annotations

import re

from transform.targets.words import lex


def _x(key: str) -> tuple[str, ...]:
    return lex("targets_exclusions", key)


def _alt(key: str) -> str:
    """The words of a lexicon key as one regex alternation."""
    return "|".join(map(re.escape, _x(key)))


def _any(words: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(map(re.escape, words)))


_ITEM_UNITS = frozenset(_x("item_units"))
_ITEM_AFTER_RE = re.compile(f"(?:{_alt('item_modifiers')})*(?:{_alt('item_nouns')})")
_ITEM_NOUNS = _x("item_nouns")
_TOTAL_WORDS = frozenset(("共", "共计", "合计", "计", "总计"))
_NESTED_COUNT_RE = re.compile(r"(?:(?:类别|大类)?\s?\d{1,4}\s?(?:项|个|条|件)){1,2}")
_ITEM_VERB_RE = _any(_x("item_verbs"))
_ITEM_SPLIT_RE = re.compile(
    f"[^,;:。]{{0,24}}?(?:{_alt('item_nouns')})[^,;:。]{{0,12}}?(?:{_alt('item_split_verbs')})"
)
_CHOSEN_VERBS = _x("chosen_verbs")
_SUBSET_HEADS = frozenset(_x("subset_heads"))
_SUBSET_UNITS = frozenset(_x("subset_units"))
_SENT_END = "。;!?\n"
# "10大类50个事项", "12类45件53个事项", "五大类23个主要指标": a count in 个 after a count of the list's
# kinds or items
_COUNT_BEFORE = re.compile(r"(?:\d{1,4}|[一二两三四五六七八九十]{1,3})\s?(?:大类|类|件|项)\s?$")


def own_items(t: str, c, clause_start: int) -> bool:
    """A count of the plan's own items (see _counts_items), of the aspects it covers (从9个方面),
    of the items it splits up among its units (将86项重点工作进行分解), of the items chosen for it
    (从13项候选项目中选出10项), or of its items after a count of its kinds (10大类50个事项)."""
    if c.unit == "方" and t.startswith("面", c.end):
        return True  # 把握好3方面: the 方 is the head of 方面 (aspects counted), no measure word
    if _counted_in_brackets(t, c):
        return True
    if c.unit == "个" and _ITEM_AFTER_RE.match(t, c.end) is not None:
        if _COUNT_BEFORE.search(t, c.start - 8 if c.start > 8 else 0, c.start) is not None:
            return True
    if c.unit in _LIST_COUNT_UNITS and (
        _kinds_then_items(t, c, clause_start) or _items_of_field(t, c, clause_start)
    ):
        return True
    if not (c.unit in _ITEM_UNITS or (c.unit == "个" and t.startswith(("方面", "类别"), c.end))):
        return False
    if t[clause_start : c.start].rstrip().endswith(_CHOSEN_VERBS) and _ends_clause(t, c.end):
        return True
    if c.unit in _SUBSET_UNITS and _subset(t, c, clause_start):
        return True
    lo = c.start - 48 if c.start - 48 > clause_start else clause_start
    if _DOCUMENT_ITEMS_RE.search(t, lo, c.start):
        return True
    if _DOCUMENT_SETS_RE.search(t, lo, c.start) and _ITEM_NOUN_AFTER_RE.match(t, c.end):
        return True  # 该计划共订定250项施政目标及471项关键绩效指标
    return _counts_items(t, c, clause_start) or _ITEM_SPLIT_RE.match(t, c.end) is not None


# "《规划》中明确提出的9项具体建设任务和7项…", "本方案确定的12项…": the items a document (named in
# 《》 or as 本方案) sets out, counted, maybe the second of two such counts joined by 和/、 (bounded
# runs, no nested repeats)
_DOCUMENT_ITEMS_RE = re.compile(
    "(?:》|本(?:"
    + _alt("document_self_nouns")
    + "))[^,;:。\\d]{0,8}?(?:"
    + _alt("document_item_verbs")
    + ")了?的\\s?(?:\\d{1,4}\\s?(?:项|件|条)[^\\d,;:。]{1,12}?(?:和|及|以及|与|、)\\s?)?$"
)


# "该计划共订定250项施政目标及471项…": the same without 的 (本/该 + the document, maybe 共, the verb),
# when the count is followed by the item noun itself
_DOCUMENT_SETS_RE = re.compile(
    "(?:》|[本该](?:"
    + _alt("document_self_nouns")
    + "))[^,;:。\\d]{0,4}?(?:"
    + _alt("document_item_verbs")
    + ")了?\\s?(?:\\d{1,4}\\s?(?:项|件|条)[^\\d,;:。]{1,12}?(?:和|及|以及|与|、)\\s?)?$"
)
_ITEM_NOUN_AFTER_RE = re.compile(f"[^\\d,;:。、]{{0,6}}?(?:{_alt('item_nouns')})")


_BRACKET_UNITS = _ITEM_UNITS | {"个"}
_LIST_COUNT_UNITS = frozenset(("个", "项", "件"))
_LIST_NOUNS = _ITEM_NOUNS + _x("list_nouns_extra")
_FIELD_WORDS = _x("field_words")
_FIELD_REACH_VERBS = _x("field_reach_verbs")


def _kinds_then_items(t: str, c, clause_start: int) -> bool:
    """The list named, then a count of its kinds and of its items: "确定民生实事项目共5大类12个"."""
    m = _COUNT_BEFORE.search(t, c.start - 8 if c.start - 8 > clause_start else clause_start, c.start)
    if m is None:
        return False
    return t[clause_start : m.start()].rstrip(" 共计约").endswith(_LIST_NOUNS)


def _items_of_field(t: str, c, clause_start: int) -> bool:
    """The list's items counted by field, the count closing its clause: "其中，教育惠民领域2个，包括…",
    "生态环境领域2项；"; not the fields a work reaches ("覆盖领域40个")."""
    head = t[clause_start : c.start].rstrip()
    if any(v in head for v in _FIELD_REACH_VERBS):
        return False  # 覆盖领域40个, 项目覆盖领域12个: the fields the work reaches, a target
    return head.endswith(_FIELD_WORDS) and (_ends_clause(t, c.end) or t.startswith(_FIELD_LIST_AFTER, c.end))


_FIELD_LIST_AFTER = ("包括", "为", "分别")


def _counted_in_brackets(t: str, c) -> bool:
    """A count alone in brackets right after an item noun: the goals of a group counted after its
    name ("关于经济发展类目标(13个)", "质量效益指标（12项）", "重点任务(8个)")."""
    k = c.start - 1
    if k < 2 or t[k] not in "(（" or c.unit not in _BRACKET_UNITS:
        return False
    if t[c.end : c.end + 1] not in (")", "）"):
        return False
    return t[k - 4 : k].endswith(_ITEM_NOUNS)


def _subset(t: str, c, clause_start: int) -> bool:
    """A part of the list counted alone after the list was named in its sentence (有12件来自…), or
    the list's total closing the sentence that names it (…分为类别、任务内容、责任单位3个方面，共149项。)."""
    head = t[clause_start : c.start].strip()
    if head.strip(" 共约") not in _SUBSET_HEADS and not _bare_total(t, c, head):
        return False
    before = t[clause_start - 60 if clause_start > 60 else 0 : clause_start]
    k = max(before.rfind(ch) for ch in _SENT_END)
    return any(n in before[k + 1 :] for n in _ITEM_NOUNS)


def _bare_total(t: str, c, head: str) -> bool:
    """共149项 alone in its clause: a total word, the count with no bound (共30项以上 commits), then
    the clause's end."""
    return head in _TOTAL_WORDS and not c.suffix and not c.approx and _ends_clause(t, c.end)


def _ends_clause(t: str, end: int) -> bool:
    """Nothing but a mark or a note ([1]) follows the number in its clause."""
    rest = t[end : end + 6].lstrip(" 余多")
    return not rest or rest[0] in ",;:。.!?\n[(（|"


def _counts_items(t: str, c, clause_start: int) -> bool:
    """A count of the plan's own items: 分解为79项重点工作任务, 清单共38件, 提出3项指标,
    （分解任务15项）— not 完成10项改革任务 (a modifier the item words do not know)."""
    if _ITEM_AFTER_RE.match(t, c.end) is not None:
        return True
    # 6类55项考核指标, 7个类别63项指标: the kinds of the items counted next
    m = _NESTED_COUNT_RE.match(t, c.end)
    if m is not None and _ITEM_AFTER_RE.match(t, m.end()) is not None:
        return True
    # 所列重点工作的落实(共101项), 民生实事(共12件): a parenthesised total of the items just named
    k = t.rfind("(", c.start - 4 if c.start > 4 else 0, c.start)
    if k >= 0 and t[k + 1 : c.start].strip() in _TOTAL_WORDS:
        return any(n in t[k - 12 if k > 12 else 0 : k] for n in _ITEM_NOUNS)
    head = t[clause_start : c.start].rstrip(" 共计约")
    if _PARTS_LIST_TAIL.search(head) is not None:
        # 分解为12个部分、38个方面、44项重点, 共安排十方面、34项: the last of a list of the plan's own
        # parts
        return _ITEM_VERB_RE.search(head) is not None
    return head.endswith(_ITEM_NOUNS) and _ITEM_VERB_RE.search(head) is not None


_PARTS_LIST_TAIL = re.compile(
    r"(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s?(?:"
    + "|".join(map(re.escape, _x("document_parts") + _x("item_units")))
    + r")\s?[、,，]\s?$"
)
