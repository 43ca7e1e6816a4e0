"""Stray spaces inside words, as a PDF converter leaves them.

A converter puts a space where a justified line left a wide gap between two glyphs ("区 商务局",
"增 长5%", "县政府园区 发展服务中心"). Such a space is read as none in the page's working copy
(transform/normalize.py): a single space between two Chinese characters that the page prints joined
elsewhere or that make a common word ("增长", lexicon stray_space_words), unless it separates two
unit names ("县发改局 县财政局": a name ending, then a name prefix) or follows a chapter or article number ("第一章 总体要求"),
or parts the column heads of a table's header row ("序号 存在问题 整改措施"). A space between characters
the page never prints joined (a byline "县长 陈大用", the fields of a spaced table row) stays, but
in a letter-spaced table cell of three or more single characters ("| 牵 头 单 位 |").

A few candidate pairs are looked up in the text one by one (a substring search each); many, in one
set of the pairs the page prints joined: linear either way, each space then decided in constant time.
"""

from __future__ import annotations

import re
from functools import lru_cache

from transform.lexicons import words
from transform.unit_words import LABEL_KIND, simplified

# a single space between two Chinese characters, and a Chinese character pair (overlapping)
_SPACE_BEFORE_CJK = re.compile(r" (?=[\u4e00-\u9fff])")  # (a literal first: a fast scan)
_CJK_PAIR = re.compile(r"(?=([\u4e00-\u9fff]{2}))")
# "第一章 总体要求", "第三条 …": a space after a chapter or article number separates
_PART_NUMBER = re.compile(r"第[〇零一二三四五六七八九十百千0-9]+[章节条篇部编款]$")
_FEW_PAIRS = 32  # candidate pairs looked up one by one; more: one set of the page's pairs
_WORD_REACH = 8  # characters either side of a space that a broken label or ending can reach
_GAPS = (" ", "\u3000", "\t")
_SEPARATOR_LOOKBACK = 12  # characters before a space read to tell a separator
# "主动公开 发布机构：…": a label of three or more characters and its colon after the space opens a field
_FIELD_LABEL = re.compile(r"[\u4e00-\u9fff]{3,8}[:：]")
# a letter-spaced cell: three or more single characters, each space between them single, making up
# a whole "|" or tab cell ("| 牵 头 单 位 |"); a letter-spaced line is a display heading the
# metadata rules read as printed ("重 点 任 务 清 单" under a title is no wrapped line of it)
_LETTER_SPACED = re.compile(
    r"(?m)[|\t][ \u3000]*([\u4e00-\u9fff](?: [\u4e00-\u9fff]){2,})[ \u3000]*(?=\r?$|[|\t])"
)


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    """Words a stray space breaks, read joined on any page (lexicon stray_space_words): two
    characters as a pair, longer ones wherever the space falls inside them."""
    return frozenset(words("stray_space_words"))


@lru_cache(maxsize=1)
def _unit_edges() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(unit name endings, unit name prefixes, person titles): a space between the first two
    separates two names, one after a person title a title and a name ("副部长 王志清")."""
    return words("units_endings"), words("units_prefixes"), words("units_person_titles")


@lru_cache(maxsize=1)
def _spanning_words() -> dict[str, tuple[tuple[str, str], ...]]:
    """Character pair -> (head, tail) splits of the role labels (units_roles.toml), the unit
    name endings of two or more characters and the longer words of stray_space_words that the pair
    straddles: "牵头 单位" is the label 牵头单位 ("头单" -> ("牵头", "单位")), "救援大 队" the ending
    大队, "等 部门" the list's close 等部门."""
    endings = (e for e in _unit_edges()[0] if len(e) > 1)
    longer = (w for w in _words() if len(w) > 2)  # "等部门", "牵头作用"
    out: dict[str, list[tuple[str, str]]] = {}
    for word in (*LABEL_KIND, *endings, *longer):
        for k in range(1, len(word)):
            out.setdefault(word[k - 1 : k + 1], []).append((word[:k], word[k:]))
    return {pair: tuple(splits) for pair, splits in out.items()}


def _inside_word(text: str, i: int) -> bool:
    """The space at `i` breaks a role label or a unit name ending ("牵 头单位：", "区消防救援大 队"),
    unless a longer name prefix starts after it ("各镇 街道办事处": 街道, not the 街 of 镇街)."""
    splits = _spanning_words().get(simplified(text[i - 1] + text[i + 1]), ())
    if not splits:
        return False
    lo = max(0, i - _WORD_REACH)
    window, k = simplified(text[lo : i + 1 + _WORD_REACH]), i - lo  # (a traditional page reads the same)
    return any(
        window.endswith(head, 0, k)
        and window.startswith(tail, k + 1)
        and window[k - len(head) - 1 : k - len(head)] not in _GAPS  # (a letter-spaced run "县 市 区 乡 镇")
        and not _longer_prefix(window, k + 1, tail)
        for head, tail in splits
    )


def _longer_prefix(text: str, start: int, tail: str) -> bool:
    """A unit name prefix longer than `tail` starts at `start`."""
    return any(len(p) > len(tail) and text.startswith(p, start) for p in _unit_edges()[1])


def _separates(text: str, i: int) -> bool:
    """The space at `i` separates two words: a unit name ending before it and a name starting
    after it ("县发改局 县财政局"), a person's title ("县长 陈大用") or a chapter number before it
    ("第一章 总体要求"), a field label after it ("主动公开 发布机构：")."""
    before = simplified(text[max(0, i - _SEPARATOR_LOOKBACK) : i])  # (a traditional mirror reads alike: 42b)
    endings, prefixes, titles = _unit_edges()
    after = simplified(text[i + 1 : i + 1 + _SEPARATOR_LOOKBACK])
    if before.endswith(titles) or (before.endswith(endings) and after.startswith(prefixes)):
        return True
    if _FIELD_LABEL.match(text, i + 1):
        return True
    if _PART_NUMBER.search(before) is not None:
        return True
    # a table's header row ("序号 存在问题 整改措施 整改时限"): its spaces part the column heads
    # (round 40b: "问题 整改" read joined where the title prints 问题整改)
    start = text.rfind("\n", max(0, i - _HEAD_ROW_REACH), i) + 1  # (a header row is short)
    return (start > 0 or i <= _HEAD_ROW_REACH) and text.startswith(_HEAD_ROW, start)


_HEAD_ROW = ("序号 ", "编号 ", "序号\u3000", "编号\u3000")
_HEAD_ROW_REACH = 120  # characters back to a header row's start, at most


def stray_spaces(text: str) -> list[tuple[int, int]]:
    """Spans of the stray spaces of `text`: a single space between two Chinese characters that
    the page prints joined elsewhere ("增 长" where it prints "增长"), and that separates nothing."""
    spaces = [i for m in _SPACE_BEFORE_CJK.finditer(text) if (i := m.start()) and _cjk(text[i - 1])]
    if not spaces:
        return []
    pairs = {text[i - 1] + text[i + 1] for i in spaces}
    if len(pairs) <= _FEW_PAIRS:  # a substring search each (C speed) beats a set of every pair
        joined = {p for p in pairs if p in _words() or p in text}
    else:
        joined = set(_CJK_PAIR.findall(text)) | _words()
    cells = _LETTER_SPACED.finditer(text) if "|" in text or "\t" in text else ()
    spaced = {m.start(1) + k for m in cells for k in range(1, len(m.group(1)), 2)}
    return [
        (i, i + 1)
        for i in spaces
        if i in spaced
        or _inside_word(text, i)
        or (text[i - 1] + text[i + 1] in joined and not _separates(text, i))
    ]
