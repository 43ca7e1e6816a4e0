"""A review section whose last sub-sections are the work ahead (round 46c).

"二、主要工作及成效" / "（一）粮食生产稳中有增。全年…" / "（二）…" / "（三）下一步工作打算" / "1.稳定粮食生产。…":
the sub-sections before the heading of work ahead report what was done, no tasks; the items under
it are. Top-level sections only, the heading of work ahead holding numbered items of its own.
"""

from __future__ import annotations

import functools
import re

from transform import lexicons
from transform.review_headings import AHEAD_HEADING, is_review_heading
from transform.titles import task_title
from transform.tree import HEADING_KINDS, Node

# a heading of work ahead that reports results too ("主要目标完成情况", "…举措和成效") is none
_RESULTS = re.compile(r"成效|成绩|回顾|总结|情况")


@functools.cache
def _review_ends() -> tuple[str, ...]:
    return lexicons.words("structure_review_parents")


def _reports(heading: str) -> bool:
    title = task_title(heading)
    return title.endswith(_review_ends()) or is_review_heading(title)


def _ahead(node: Node) -> bool:
    title = task_title(node.heading)
    return bool(node.children) and AHEAD_HEADING.search(title) is not None and _RESULTS.search(title) is None


def reviews_before_ahead(root: Node) -> set[int]:
    """Sub-sections of a top-level review section that stand before its heading of work ahead."""
    out: set[int] = set()
    for section in root.children:
        kids = section.children
        if len(kids) < 2 or section.kind not in HEADING_KINDS or not _reports(section.heading):
            continue
        at = next((i for i, c in enumerate(kids) if _ahead(c)), 0)
        out.update(id(c) for c in kids[:at])
    return out
