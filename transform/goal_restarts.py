"""Goal items printed in the numbering style of their own goals heading.

A goals section may list its goals with the same marker as the section itself, restarting at one:

    （二）工作目标
    到2025年，全市基本养老服务体系更加健全。
    （一）养老床位。全市养老床位总数达到1.2万张。
    （二）社区养老。…

The tree reads the restarted （一）（二） as siblings of （二）工作目标, where no rule reads them (they
are neither tasks nor goals). Here the run that restarts at one right after a goals heading without
items of its own becomes that heading's items, so its targets are the section's goals, dated by the
year its paragraph opens with (`heading_years.node_year`).
"""

from __future__ import annotations

import re

from transform.heading_years import GOAL_HEADING
from transform.tree import Node

__all__ = ["regroup_goal_restarts"]

_HEADING_END = re.compile(r"[。：:；;，,]")
_CLAUSE = re.compile(r"[。；;，,]")
_HEADING_MAX = 10  # characters of a goals heading's first phrase ("工作目标", "主要发展目标")


def _is_goal_heading(node: Node) -> bool:
    if node.children or node.row or node.table:
        return False
    words = _HEADING_END.split(node.heading.strip(), 1)[0]
    return 0 < len(words) <= _HEADING_MAX and GOAL_HEADING.search(words) is not None


def _restart_end(kids: list[Node], start: int, head: Node) -> int:
    """The end of the run kids[start:] numbered 1, 2, 3 … in the marker style of `head`. An item
    with items of its own, or a bare heading numbered on from `head` ("三、重点任务" after
    "二、发展目标" and its 一、二、), is the next section, not a goal."""
    end, expect = start, 1
    while end < len(kids) and kids[end].kind == head.kind and kids[end].number == expect:
        k = kids[end]
        if k.children or (k.number == head.number + 1 and not _CLAUSE.search(k.own_text)):
            break
        end, expect = end + 1, expect + 1
    return end


def _set_depth(node: Node, depth: int) -> None:
    stack = [(node, depth)]
    while stack:
        n, d = stack.pop()
        n.depth = d
        stack.extend((c, d + 1) for c in n.children)


def regroup_goal_restarts(root: Node) -> None:
    """Move each run of items restarting at one right after a goals heading of the same marker
    style under that heading (in place)."""
    stack = [root]
    while stack:
        node = stack.pop()
        kids = node.children
        out: list[Node] = []
        i = 0
        while i < len(kids):
            head = kids[i]
            out.append(head)
            i += 1
            nxt = kids[i] if i < len(kids) else None
            if nxt is None or nxt.kind != head.kind or nxt.number != 1 or not _is_goal_heading(head):
                continue
            end = _restart_end(kids, i, head)
            head.children = kids[i:end]
            for c in head.children:
                c.parent = head
                _set_depth(c, head.depth + 1)
            i = end
        node.children = out
        stack.extend(out)
