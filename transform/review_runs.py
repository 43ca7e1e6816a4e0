"""Reports whose review of the past and work ahead sit under unnumbered heading lines, each over a
list numbered from 1 ("2023年工作回顾 / 1.… 2.… / 2024年工作展望 / 1.… 2.…"): the reviewed items report
work done (read by `transform.structure.find_tasks` as a review, as a numbered review section is)."""

from __future__ import annotations

from transform.targets.goals import AHEAD_HEADING, is_review_heading
from transform.tree import Node

# a section of progress (…落实情况) holds the tasks it reports on
PROGRESS_ENDS = ("执行情况", "完成情况", "落实情况", "进展情况", "推进情况")


def review_runs(root: Node) -> set[int]:
    """Top-level items under an unnumbered heading line that reviews the past ("2023年工作回顾" /
    1. 2. …) before a list restarting at 1 under a heading of work ahead ("2024年工作展望" / 1. 2. …):
    the reviewed items report work done, no tasks (as under a numbered review section)."""
    runs: list[tuple[str, list[Node]]] = []
    preamble = (root.preambles or {}).get(0) or [""]
    for c in root.children:
        if c.annex:
            break
        if not runs or (c.number == 1 and c.subheading):
            runs.append((c.subheading if runs else preamble[-1].strip(), []))
        runs[-1][1].append(c)
    found: set[int] = set()
    ahead_after = False  # a heading of work ahead below the run (read from the last run up)
    for heading, items in reversed(runs):
        if ahead_after and is_review_heading(heading) and not heading.endswith(PROGRESS_ENDS):
            found |= {id(c) for c in items}
        ahead_after = ahead_after or (bool(AHEAD_HEADING.search(heading)) and not is_review_heading(heading))
    return found
