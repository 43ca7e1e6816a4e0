"""Reports whose review of the past and work ahead sit under unnumbered heading lines, each over a
list numbered from 1 ("2023年工作回顾 / 1.… 2.… / 2024年工作展望 / 1.… 2.…"): the reviewed items report
work done (read by `transform.structure.find_tasks` as a review, as a numbered review section is)."""

from __future__ import annotations

import re
from collections.abc import Callable

from transform.review_headings import AHEAD_HEADING, is_review_heading
from transform.speeches import congress_report
from transform.tree import Node

# a section of progress (…落实情况) holds the tasks it reports on
PROGRESS_ENDS = ("执行情况", "完成情况", "落实情况", "进展情况", "推进情况")
# lines above the first item read for the heading over them ("2024年工作回顾" / a few paragraphs of
# prose / "（一）…"): the nearest line that ends no sentence
_HEADING_LOOK = 6
_SENTENCE_END = ("。", "；", ";", "！", "!", "？", "?")
_YEAR = re.compile(r"(20\d{2})\s*年")


def review_runs(root: Node, cut_in_review: Callable[[int], bool] | None = None) -> set[int]:
    """Top-level items under an unnumbered heading line that reviews the past ("2023年工作回顾" /
    1. 2. …) before a list restarting at 1 under a heading of work ahead ("2024年工作展望" / 1. 2. …):
    the reviewed items report work done, no tasks (as under a numbered review section). The first
    run's heading may stand a few paragraphs above its first item ("2024年工作回顾" / "2024年，…。"
    / "（一）…"). A single run under a review heading, with no work ahead below it, is a review too
    where `cut_in_review(reviewed year)` says the page announces work ahead (a 政府工作报告 cut
    after its review)."""
    runs: list[tuple[str, list[Node]]] = []
    preamble = (root.preambles or {}).get(0) or [""]
    for c in root.children:
        if c.annex:
            break
        if not runs or (c.number == 1 and c.subheading):
            runs.append((c.subheading if runs else _nearest_heading(preamble), []))
        runs[-1][1].append(c)
    found: set[int] = set()
    ahead_after = False  # a heading of work ahead below the run (read from the last run up)
    for heading, items in reversed(runs):
        if ahead_after and is_review_heading(heading) and not heading.endswith(PROGRESS_ENDS):
            found |= {id(c) for c in items}
        ahead_after = ahead_after or (bool(AHEAD_HEADING.search(heading)) and not is_review_heading(heading))
    if len(runs) == 1 and cut_in_review is not None and _cut_review(runs[0][0], cut_in_review):
        found |= {id(c) for c in runs[0][1]}
    return found


def _nearest_heading(preamble: list[str]) -> str:
    """The nearest line above the first item that ends no sentence (within `_HEADING_LOOK` lines),
    else the line just above it."""
    for ln in reversed(preamble[-_HEADING_LOOK:]):
        s = ln.strip()
        if s and not s.endswith(_SENTENCE_END):
            return s
    return preamble[-1].strip()


def _cut_review(heading: str, cut_in_review: Callable[[int], bool]) -> bool:
    if not is_review_heading(heading) or heading.endswith(PROGRESS_ENDS) or AHEAD_HEADING.search(heading):
        return False
    m = _YEAR.search(heading)
    return cut_in_review(int(m.group(1)) if m else 0)


# the year ahead announced above the sections: "…暨2026年工作计划", "并就2026年重点工作作出安排";
# "…上半年工作总结和下半年工作计划" announces the rest of the year reviewed
_AHEAD_ANNOUNCED = re.compile(
    r"(20\d{2}\s*年|下半年)[^。；;\n年]{0,8}(?:工作计划|工作安排|工作打算|工作思路|工作谋划|工作要点|重点工作)"
)
_PREAMBLE_LOOK = 400
# a 政府工作报告 named for its year ("2026年黄龙县政府工作报告"): the year of the work it reports ahead
_REPORT_YEAR = re.compile(r"(20\d{2})\s*年[^。；;\n]{0,20}?政府工作报告")


def announces_work_ahead(root: Node, reviewed: int) -> bool:
    """The lines above the first section announce a later year's work than the one reviewed (a
    later year's 政府工作报告 too: "2026年某县政府工作报告" over "一、2025年工作回顾"), or they are the top of a 政府工作报告 given at a people's congress (its review is followed by the
    year's work, on another page where a portal splits the report)."""
    pre = "\n".join(root.lines)[:_PREAMBLE_LOOK]
    if congress_report(pre.split("\n")):
        return True
    later = [m.group(1) for m in _AHEAD_ANNOUNCED.finditer(pre)]
    later += [m.group(1) for m in _REPORT_YEAR.finditer(pre)]
    return any(y == "下半年" or int(y[:4]) > reviewed for y in later) if reviewed else False
