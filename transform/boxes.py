"""专栏 boxes of whole plans ("专栏1 综合交通重点工程", "专栏 3：重大平台建设工程", "专栏五"): the
projects or figures a plan prints in a box beside its text.

A box is a level of the tree (kind "box", labelled as printed: 专栏1, 专栏2-1, 专栏五): it belongs
to the heading open above it (第X节, 一、, （一）), never to the numbered item printed before it,
so its own items (restarting at 1) sit under it and the items before it stay tasks. A box
without numbered items is a task itself (it names projects), unless its heading names the plan's
indicators ("专栏1 “十五五”时期经济社会发展主要指标": its table states goals, `indicator_box`); a
section whose only sub-items are boxes keeps its own text as a task (`transform.structure`).
"""

from __future__ import annotations

import re
from typing import Any

from transform import lexicons
from transform.numerals import parse_cn_number

BOX = "box"
# the box line: a number (2, 2-1, 五) or none, then a short heading without sentence punctuation
_BOX_RE = re.compile(
    r"^专\s?栏[ \t\u3000]*(?P<n>\d{1,2}(?:[-－—.．]\d{1,2})?|[一二三四五六七八九十]{1,3})?"
    r"(?:[ \t\u3000]*[:：、.．][ \t\u3000]*|[ \t\u3000]+|(?=[^\d\s])|$)(?P<head>[^。；;！!？?|｜]{0,40})$"
)
# "专栏作者…", "专栏介绍了…": a column of a newspaper, not a box
_NOT_BOX = re.compile(r"^专\s?栏[ \t\u3000]*(?:作者|文章|介绍|记者|编辑|报道)")


def box_parts(line: str) -> tuple[int, str, int] | None:
    """(number, label, end of the marker) of a line that opens a 专栏 box, or None
    (`transform.numbering.match_marker` makes it a marker of kind "box")."""
    m = _BOX_RE.match(line)
    if m is None or _NOT_BOX.match(line):
        return None
    raw = m.group("n") or ""
    head = m.group("head")
    if not raw and not re.search(r"(工程|项目|行动|计划|指标|任务|清单|重点|布局|平台|专项)", head):
        return None  # "专栏" alone (a site's menu) or prose after it: only a heading naming projects
    if raw[:1].isdigit():
        number = int(re.split(r"[-－—.．]", raw)[0])
    else:
        number = int(parse_cn_number(raw) or 1) if raw else 1
    return number, "专栏" + raw.replace("－", "-").replace("—", "-"), m.start("head")


# a box headed as the plan's indicators (…主要指标, 预期指标, 指标体系): the words of an annex so titled
_INDICATOR_WORDS = lexicons.table("structure_indicator_annexes")
_INDICATOR_ENDS = tuple(_INDICATOR_WORDS["title_ends"].split())
_NOT_INDICATOR = tuple(_INDICATOR_WORDS["not_words"].split())


def indicator_box(node: Any) -> bool:
    """A 专栏 box without numbered items whose heading names the plan's indicators ("专栏1
    “十五五”时期经济社会发展主要指标" over a table of 指标 单位 2025年 2030年): its rows state the
    plan's goals, not work; a box of 考核指标 stays the work assessed."""
    head = (node.heading or "").strip()
    return (
        node.kind == BOX
        and not node.children
        and head.endswith(_INDICATOR_ENDS)
        and not any(w in head for w in _NOT_INDICATOR)
    )


def box_parent_depth(kinds: list[str], item_kinds: frozenset[str]) -> int:
    """How many open nodes a new box keeps (`kinds`: the kinds on the stack below the root, outer
    first): it closes the numbered items and any box open at the end of the stack, so that it
    sits under the heading above them."""
    k = len(kinds)
    while k > 0 and (kinds[k - 1] in item_kinds or kinds[k - 1] == BOX):
        k -= 1
    return k


_CHAPTER_KINDS = frozenset(("part", "chap", "sec"))
_HEADING_ITEM_KINDS = frozenset(("cn", "pcn"))
_STATES_WORK = re.compile(r"[。；;]")


def box_closes_item(kinds: list[str], top: Any) -> bool:
    """Does a new box close `top`, the node open at the end of the stack that `box_parent_depth`
    keeps (`kinds`: the kinds kept, outer first)? In a plan in chapters, an item numbered like a
    heading (一、 （一）) under a 第X章 or 第X节 whose line states its work ("二、发展乡村旅游。培育…")
    is a numbered item: the box after it belongs to the section, as after a "1." item."""
    return (
        bool(kinds)
        and kinds[-1] in _HEADING_ITEM_KINDS
        and any(k in _CHAPTER_KINDS for k in kinds[:-1])
        and not top.children
        and _STATES_WORK.search(top.heading) is not None
    )


def box_keeps(nodes: list[Any], item_kinds: frozenset[str]) -> int:
    """How many of the open `nodes` (the stack below the root, outer first) a new box keeps: it
    closes the numbered items before it (`box_parent_depth`, `box_closes_item`)."""
    kinds = [n.kind for n in nodes]
    keep = box_parent_depth(kinds, item_kinds)
    if keep and box_closes_item(kinds[:keep], nodes[keep - 1]):
        keep -= 1
    return keep


def boxed_section(node: Any) -> bool:
    """A section whose only sub-items are 专栏 boxes and that has text of its own (on lines below
    its heading or on the heading line after its title): the work its text states is a task
    beside the boxes."""
    if not all(c.kind == BOX for c in node.children) or all(map(indicator_box, node.children)):
        return False  # (a section over boxes of indicators only states goals: "一、主要预期目标")
    return any(ln.strip() for ln in node.lines) or _states_work(node.heading or "")


def _states_work(heading: str) -> bool:
    """A heading line that goes on past its title ("（一）打造精品景区。推动…，新增…3家。"): the
    section's own text is on its heading line (round 40b)."""
    end = heading.find("。")
    return 0 <= end < len(heading) - 1 and len(heading[end + 1 :].strip()) >= _WORK_MIN


_WORK_MIN = 6  # characters of text after the title (not a stray note)


def box_closed_by(stack: list[Any], kind: str, number: int) -> int:
    """The depth of the open box that a marker (kind, number) closes, or 0: the items before the
    box go on ("1. 2. / 专栏3 / （1）（2） / 3."), and the box's own items do not."""
    at = next((d for d in range(len(stack) - 1, 0, -1) if stack[d].kind == BOX), 0)
    if not at or kind == BOX:
        return 0
    box, parent = stack[at], stack[at - 1]
    if any(c.kind == kind and c.number == number - 1 for c in box.children[-1:]):
        return 0  # the box's own items go on
    before = parent.children[: parent.children.index(box)] if box in parent.children else []
    last = next((c for c in reversed(before) if c.kind == kind), None)
    return at if last is not None and last.number == number - 1 else 0


# an indicator's line: its name, a colon, a short value holding a figure ("1.2万人", "四千个", "6%")
INDICATOR_LINE = re.compile(
    r"[^\s：:。；;，,]{2,24}[：:][ \t]*[^：:。；;]{0,12}(?:\d|[一二三四五六七八九十两][十百千万个家人所]?)"
    r"[^：:。；;]{0,20}[。；;]?$"
)


def lists_indicators(section: Any) -> bool:
    """A bare section whose lines all pair an indicator with its figure ("城镇新增就业：1.2万人；",
    "单位地区生产总值能耗：下降3%；"), at least two of them: a list of indicators, no work."""
    lines = section.lines
    return (
        len(lines) >= 2
        and all("：" in ln or ":" in ln for ln in lines)
        and all(INDICATOR_LINE.match(ln) for ln in lines)
    )
