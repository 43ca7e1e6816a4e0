"""Whole plans in 篇 / 章 / 节 (issue 15, round 7C).

A plan in chapters opens with the past period and the setting, then its general requirements
(总体要求, 指导思想, 发展目标 …), then its work. The chapters and sections before its first topic
heading review the past under headings of any wording ("第一章 乘势而上迈向新征程 / 第一节 如期全面
建成小康社会"): they hold no tasks (`transform.structure` treats them as reviews).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

_CHAPTER_KINDS = frozenset(("part", "chap", "sec"))


def background_sections(root: Any, is_topic: Callable[[Any], bool]) -> set[int]:
    """The ids of the 篇/章/节 nodes before the first topic heading of a plan in chapters (none
    where the plan has no chapters or no topic heading)."""
    heads = list(_chapter_nodes(root))
    if not any(n.kind == "chap" for n in heads):
        return set()
    first = next((n for n in heads if is_topic(n)), None)
    if first is None:
        return set()
    above = set()
    p = first.parent
    while p is not None:
        above.add(id(p))
        p = p.parent
    return {id(n) for n in heads if n.order < first.order and id(n) not in above}


def _chapter_nodes(node: Any) -> Iterator[Any]:
    for child in node.children:
        if child.kind in _CHAPTER_KINDS:
            yield child
            yield from _chapter_nodes(child)
