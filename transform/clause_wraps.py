"""An item's sentence cut inside a clause by a line break in a short PDF page (round 47f).

A page too short to show its wrap width (`transform.unwrap`) may still break an item's sentence in
mid-clause: "2.完成 12 座小型水库除险加固，病险水库" / "数量减少到 5 座以内。" (or after a comma: "1.新建公办
幼儿园 2 所，" / "新增学位 540 个。"). The two lines are one
sentence where the item's line reads as prose stating a figure (a comma and a digit after its number:
no heading such as "1.加强组织领导，压实工作责任", whose body follows), and the next line is the short
rest of the sentence with a figure of its own: no clause mark before its 。, only a unit bracket after it.
"""

from __future__ import annotations

import re

from transform.numbering import match_marker

_ITEM_KINDS = frozenset({"ar", "par", "rpar", "circ", "dec2"})
_REST_MAX = 30  # characters of the rest of the sentence before its 。
_REST_CLAUSE = re.compile(r"[，,；;：:、]")
_DIGIT = re.compile(r"\d")
_AFTER_STOP = re.compile(r"(?:[（(][^（()）]{2,60}[）)])?")  # only a unit bracket after the 。


def _cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def _item_text_start(line: str) -> int:
    """Where the text of the item `line` opens with starts (after 1. （1） ①), or 0: no item."""
    mk = match_marker(line[:24])
    return mk.end if mk is not None and mk.kind in _ITEM_KINDS else 0


def cut_in_clause(prev: str, line: str) -> bool:
    """Is `line` the rest of the item sentence `prev` breaks off in mid-clause ("…，病险水库" /
    "数量减少到 5 座以内。", "…2 所，" / "新增学位 540 个。")? `prev` opens an item, holds a comma and a figure
    and ends on a Chinese character or a comma; `line` opens with a character and ends its sentence
    shortly, with a figure and no clause mark before its 。."""
    if not prev or not line or not ((_cjk(prev[-1]) or prev[-1] == "，") and _cjk(line[0])):
        return False
    if "，" not in prev or not (start := _item_text_start(prev)) or not _DIGIT.search(prev, start):
        return False
    stop = line.find("。")
    if stop < 0 or stop > _REST_MAX or _REST_CLAUSE.search(line, 0, stop) or not _DIGIT.search(line, 0, stop):
        return False
    return _AFTER_STOP.fullmatch(line[stop + 1 :].strip()) is not None
