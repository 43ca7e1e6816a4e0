"""`--explain`: which numbered lines (and table rows) became tasks, and why (transform/structure.py).

Read back from the tree and the tasks the parse found, with the predicates `structure` decides
with (`_is_topic_heading`, `_is_closing`, `names_work`, the units of a node): nothing is
recorded on the normal path. The rule names are those functions and their word lists.
"""

from __future__ import annotations

from typing import Any

from transform.structure import (
    GOAL_HEADING,
    Node,
    Structure,
    _is_closing,
    _is_topic_heading,
    _states_goals,
    heading_words,
    names_work,
)
from transform.tree import HEADING_KINDS

#: the numbering marker kinds of transform/numbering.py, as a reader knows them
MARKERS = {
    "part": "第一篇",
    "box": "专栏1",
    "chap": "第一章",
    "sec": "第一节",
    "art": "第一条",
    "ord": "第一，",
    "cn": "一、",
    "shi": "一是",
    "pcn": "（一）",
    "par": "（1）",
    "rpar": "1）",
    "ar": "1.",
    "circ": "①",
    "lat": "(a)",
}
_HEAD = 40  # characters of a heading shown


def marker_name(node: Node) -> str:
    if node.row:
        return "table row"
    return f"{node.kind} ({MARKERS[node.kind]})" if node.kind in MARKERS else node.kind


def structure_events(root: Node, structure: Structure | None, units_of: Any) -> list[dict[str, Any]]:
    """One event per node of the tree (a numbered line or a table row), in reading order."""
    tasks = {id(n) for n in structure.tasks} if structure is not None else set()
    out: list[dict[str, Any]] = []

    def walk(node: Node) -> None:
        for child in node.children:
            decision, rule = _decision(child, tasks, units_of, structure is None)
            out.append(
                {
                    "kind": "structure",
                    "path": "/".join(child.path),
                    "marker": marker_name(child),
                    "heading": child.heading[:_HEAD],
                    "decision": decision,
                    "rule": rule,
                }
            )
            walk(child)

    walk(root)
    return out


def _decision(node: Node, tasks: set[int], units_of: Any, skipped: bool) -> tuple[str, str]:
    """(task | section | goals | dropped, the rule)."""
    if skipped:
        return (
            "dropped",
            "document: the title names another kind of notice (non_plan_kinds.txt, plan_subject_notices.txt …)",
        )
    has_units = bool(units_of(node)) if units_of is not None else False
    if id(node) in tasks:
        if node.row:
            return "task", "a row of a task table (texttables / html_tables)"
        if node.kind == "shi":
            return "task", "一是… items (lines.ListedItem)"
        if node.children:
            return "task", "find_tasks: work given to a unit above its items"
        if node.depth == 0 and node.kind in HEADING_KINDS:
            if has_units:
                return "task", "_section_tasks: a section without items that names a unit"
            if names_work(node):
                return "task", "_section_tasks: names_work (task_verbs.txt, task_project_words.txt)"
            return "task", "_section_tasks: most sections beside it name work"
        if _is_topic_heading(node):
            return "task", "find_tasks: a topic heading that names a unit"
        return "task", "find_tasks: a numbered item without sub-items"
    if node.children:
        if _is_topic_heading(node):
            goal = GOAL_HEADING.search(heading_words(node)) is not None
            what = "goals" if goal else "section"
            return (
                what,
                "_is_topic_heading (structure_topic_headings.txt): its items are no tasks unless they name a unit",
            )
        return "section", "find_tasks: a section over numbered items"
    if not node.own_text.strip():
        return "dropped", "find_tasks: no text"
    if _is_topic_heading(node):
        goal = GOAL_HEADING.search(heading_words(node)) is not None
        if goal:
            return "goals", "_is_topic_heading + GOAL_HEADING: its targets are kept with task_id null"
        return "dropped", "_is_topic_heading (structure_topic_headings.txt)"
    if _is_closing(node):
        return "dropped", "_is_closing (structure_closing_headings.txt)"
    if node.depth == 0 and node.kind in HEADING_KINDS:
        if _states_goals(node):
            return (
                "goals",
                "_section_tasks: no work, but its text states goals (_GOAL_CUE) or its heading names the"
                " period's work as a list (structure_work_list_headings.txt): targets with task_id null",
            )
        return "dropped", "_section_tasks: names no work and no unit (or a notice's own requirements)"
    if node.kind == "shi":
        return "dropped", "_section_tasks: 一是… beside other numbering, or exhortations"
    return _under_topic(node) or (
        "dropped",
        "find_tasks: a top-level list beside 一、 sections (attachments, requirements)",
    )


def _under_topic(node: Node) -> tuple[str, str] | None:
    """The decision for an item (not a task) below a topic heading: a goals heading's items state
    the section's goals; goal items restarting their goals heading's numbering were moved under it
    (goal_restarts.regroup_goal_restarts)."""
    up = node.parent
    while up is not None and up.kind != "root" and not _is_topic_heading(up):
        up = up.parent
    if up is None or up.kind == "root":
        return None
    if GOAL_HEADING.search(heading_words(up)) is None:
        return (
            "dropped",
            "_is_topic_heading (structure_topic_headings.txt): an item of a topic heading that names no unit",
        )
    if up is node.parent and up.kind == node.kind:
        return (
            "goals",
            "goal_restarts.regroup_goal_restarts: a goal item restarting its goals heading's numbering,"
            " moved under it: targets with task_id null, dated by its paragraph (heading_years)",
        )
    return (
        "goals",
        "an item under a goals heading (GOAL_HEADING) that names no unit: targets with task_id null",
    )
