"""Years set by headings: a heading that opens with a year and names goals or work ("2025年目标：…",
"（二）2027年主要目标", "到2026年工作任务", "2024年度工作安排") dates the targets of the items under
it that name no year of their own. A review of the past (2023年工作回顾, …完成情况) dates nothing."""

from __future__ import annotations

import re

from transform.targets.goals import is_review_heading

_HEADING_YEAR = re.compile(
    r"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]\s*)?(?:到|至|力争到)?\s*((?:19|20)\d{2})\s*年"
    r"(?:度)?(?:底|末)?(?:前)?[^，,。；;：:\d]{0,8}?(?:目标|指标|任务|计划|安排|重点)"
)
_NOT_AHEAD = ("回顾", "完成情况", "进展情况", "执行情况", "总结", "成效", "成绩")


def heading_year(heading: str | None) -> int | None:
    """The year a heading sets for the items under it, or None."""
    if not heading or "年" not in heading[:16]:
        return None
    m = _HEADING_YEAR.match(heading)
    if m is None or any(w in heading for w in _NOT_AHEAD) or is_review_heading(heading):
        return None
    return int(m.group(1))


class DatedText(str):
    """A goal paragraph under a year heading: the text, and the year its targets default to."""

    year: int | None = None


def dated(text: str, year: int | None) -> str:
    """`text`, carrying `year` (see DatedText) when there is one."""
    if year is None:
        return text
    out = DatedText(text)
    out.year = year
    return out


def node_year(node) -> int | None:
    """The year the nearest heading over a tree node (itself included) sets, or None."""
    n = node
    while n is not None and n.kind != "root":
        y = heading_year(n.heading)
        if y is not None:
            return y
        n = n.parent
    return None
