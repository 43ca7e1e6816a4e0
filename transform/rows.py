"""Task, task-unit and target rows of one document, from its tree of tasks.

Units come from each task's own text or are inherited from its section; targets from each task's
text (its unit statements cut out) and from the document's goal paragraphs; a target restated in
a task after the goals paragraph points at its first statement (`restates`).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from typing import Any

from transform.deadlines import find_deadline, labelled_deadline
from transform.gazetteer import canonical, dominant_level
from transform.heading_years import node_year, preamble_year
from transform.indicator_codes import codes_for
from transform.label_targets import target_text
from transform.structure import Node
from transform.table_rows import row_deadline_year
from transform.targets import extract_targets as _extract_targets
from transform.targets.goals import is_review_heading, restated_targets
from transform.targets.restates import mark_restatements
from transform.targets.years import labelled_deadline_year
from transform.titles import glued_title, heading_style, is_project_name, project_title, task_title
from transform.unit_plan import SectionNotes, plan_units
from transform.unit_runs import RunUnits
from transform.units import Units, extract_units, strip_spans
from warehouse.contract import COMPARATORS

log = logging.getLogger(__name__)

UnitsOf = Callable[..., Units]
TARGET_KEYS = (
    "indicator",
    "value",
    "unit",
    "comparator",
    "change",
    "year",
    "baseline_year",
    "text",
    "value_std",
    "unit_std",
    "ambiguous",
)


def _inherited_units(
    node: Node,
    units_of,
    ancestors: list[Node] | None = None,
    first_lead: bool = False,
    plan: Units | None = None,
    run: list[str] | None = None,
) -> Units:
    """The units of a task: its own, else those of the nearest section that states some (in its
    heading or on a line under it), else those stated for the whole plan under its title (`plan`,
    `transform.unit_plan`); a task that names only participating units takes the lead units of
    that section or plan. `run`: the units of an unnumbered unit heading over the run of items
    the task is in (`transform.unit_runs`), nearer than any section."""
    own = units_of(node, first_lead) if first_lead else units_of(node)
    if own.lead:
        return own
    if run is not None:
        inherited = Units(list(run), [p for p in own.participating if p not in run], [])
        inherited.rules = [*own.rules, f"unit heading over its run of items -> lead: {', '.join(run)}"]
        return inherited
    for anc in node.ancestors() if ancestors is None else ancestors:
        u = units_of(anc, first_lead) if first_lead else units_of(anc)
        if u.lead:
            part = own.participating if own.participating else u.participating
            inherited = Units(list(u.lead), [p for p in part if p not in u.lead], [])
        elif u.participating and not own.participating:
            inherited = Units([], list(u.participating), [])
        else:
            continue
        inherited.rules = [*own.rules, f"inherited from section {'/'.join(anc.path)}", *u.rules]
        return inherited
    if plan is not None:
        part = own.participating if own.participating else plan.participating
        inherited = Units(list(plan.lead), [p for p in part if p not in plan.lead], [])
        inherited.rules = [*own.rules, "inherited from the plan's unit line under its title", *plan.rules]
        return inherited
    return own


class _PlanUnits:
    """The units each numbering context (the main text, each annex) states for its whole plan."""

    def __init__(self) -> None:
        self.found: dict[int, Units | None] = {}

    def __call__(self, node: Node) -> Units | None:
        if node.annex not in self.found:
            root = node
            while root.parent is not None:
                root = root.parent
            lines = (root.preambles or {}).get(node.annex)
            self.found[node.annex] = plan_units(lines) if lines else None
        return self.found[node.annex]


def build_rows(
    doc_id: str, nodes: list[Node], units_of, span: tuple, goals: list[str], first_lead: bool = False
):
    """Task, task-unit and target rows. span: (the year of an annual plan, the first year of the
    plan, the year the page was published): figures of earlier years are past figures.
    first_lead: the document says the first unit of each list leads (列第一位者为牵头单位); a
    note with 下同 in a task says it for that task and the next ones."""
    annual = span[0]
    tasks: list[dict] = []
    targets: list[dict] = []
    seen_ids: dict[str, int] = {}
    parent_deadlines: dict[int, tuple] = {}  # the labelled deadline an item states for its sub-items
    reviews: dict[int, bool] = {}  # id(section) -> its heading reviews the past (read once per section)
    titles = _titles(nodes)
    plans, runs, notes = _PlanUnits(), RunUnits(), SectionNotes()
    for seq, node in enumerate(nodes, 1):
        path = node.path
        task_id = doc_id + "/" + "/".join(path)
        if task_id in seen_ids:  # numbering restarted under an unnumbered sub-heading
            seen_ids[task_id] += 1
            task_id = f"{task_id}~{seen_ids[task_id]}"
        else:
            seen_ids[task_id] = 1
        ancestors = node.ancestors()
        own = units_of(node)
        here = first_lead or notes(ancestors)
        units = _inherited_units(node, units_of, ancestors, here, plans(node), runs(node))
        if own.first_is_lead_note and own.note_following:
            first_lead = True
        top = ancestors[-1] if ancestors else node
        body = node.own_text
        deadline, deadline_text = _deadline(body, ancestors, annual, parent_deadlines)
        by = _deadline_year(node, deadline, deadline_text, body, annual)
        text = target_text(body, own.spans)
        found = _task_targets(doc_id, task_id, path, text, node, ancestors, len(targets), span, reviews, by)
        targets.extend(found)
        tasks.append(
            {
                "task_id": task_id,
                "doc_id": doc_id,
                "seq": seq,
                "path": path,
                "section": _section(node, top),
                "title": titles[seq - 1],
                "body": body,
                "lead_units": units.lead,
                "participating_units": units.participating,
                "n_targets": len(found),
                "deadline": deadline,
                "deadline_text": deadline_text,
            }
        )
    task_units = _unit_rows(doc_id, tasks)
    for para in _without_reprints(goals):
        targets.extend(_goal_targets(doc_id, para, len(targets), span))
    # targets of goal paragraphs come first in reading order; seq follows the list order
    for i, t in enumerate(targets, 1):
        t["seq"] = i
    mark_restatements(targets)
    return tasks, _dedupe_units(task_units), targets


_REPRINT_MIN = 20  # characters of a goal paragraph that is a reprint where an earlier one holds it
# paragraphs that may hold a later one whole (a headline, a lead, a preview: the first on a page);
# comparing each paragraph with every earlier one was quadratic on a page of thousands
_HOLDERS_MAX = 256


def _without_reprints(goals: list[str]) -> list[str]:
    """The goal paragraphs without those printed again (a headline or lead repeated on a news page,
    a lead shown first in a preview that holds it whole): a paragraph equal to an earlier one, or
    held whole in one (20 characters at least), gives its targets once."""
    out: list[str] = []
    seen: set[str] = set()
    holders: list[str] = []  # the first _HOLDERS_MAX paragraphs: where a reprint finds its first print
    for para in goals:
        s = "".join(para.split())
        if s in seen or (len(s) >= _REPRINT_MIN and any(s in o for o in holders)):
            continue
        seen.add(s)
        if len(holders) < _HOLDERS_MAX:
            holders.append(s)
        out.append(para)
    return out


def _deadline_year(node: Node, deadline, deadline_text: str | None, body: str, annual) -> int | None:
    """The year the task's deadline dates its targets by: a table row's deadline cell, or a labelled
    deadline in an item's prose ("整改时限：2026年12月底前", round 46d)."""
    if node.row:
        return row_deadline_year(node.row, deadline, deadline_text)
    return labelled_deadline_year(body, annual)


def _deadline(body: str, ancestors: list[Node], annual, parent_deadlines: dict[int, tuple]) -> tuple:
    """The task's own deadline, else the labelled deadline its parent states for its sub-items
    (siblings share it: each parent is read once)."""
    deadline, deadline_text = find_deadline(body, annual)
    if deadline_text is None and ancestors:
        parent = ancestors[0]
        if id(parent) not in parent_deadlines:
            parent_deadlines[id(parent)] = labelled_deadline(parent.own_text, annual)
        deadline, deadline_text = parent_deadlines[id(parent)]
    return deadline, deadline_text


def _unit_rows(doc_id: str, tasks: list[dict]) -> list[dict]:
    """task_units rows. The canonical name keeps the unit's level (县农业农村局 and 市农业农村局 are two
    bodies); a department printed without a level takes the level most units of the document print."""
    level = dominant_level([u for t in tasks for u in t["lead_units"] + t["participating_units"]])
    rows: list[dict] = []
    names_of: dict[str, str | None] = {}  # each name read once: a plan repeats its units task after task
    for t in tasks:
        for role, names in (("lead", t["lead_units"]), ("participating", t["participating_units"])):
            for name in names:
                if name not in names_of:
                    names_of[name] = canonical(name, level)
                rows.append(
                    {
                        "task_id": t["task_id"],
                        "doc_id": doc_id,
                        "role": role,
                        "unit": name,
                        "canonical": names_of[name],
                    }
                )
    return rows


def _section(node: Node, top: Node) -> str | None:
    """The heading of the outermost level; for a table row without one, its category cell."""
    if top is node and node.group:
        return node.group
    return task_title(top.heading) or None


def _titles(nodes: list[Node]) -> list[str | None]:
    """Each task's title. Items of a plan whose items open with a short heading sentence
    ("1.完善实验室体系。…") may have lost the 。 after it: theirs is cut where a new sentence
    starts (`glued_title`); items that are plain sentences keep theirs up to the first 。."""
    prose = [n.heading for n in nodes if n.title is None and n.kind != "shi"]
    style = heading_style(prose)
    # a list of projects ("1.城北小学建设项目" …): a name whose description ran on without a stop
    # ends with the name
    projects = sum(1 for h in prose if is_project_name(task_title(h)))
    by_name = projects >= 2 and projects * 2 >= len(prose)
    out: list[str | None] = []
    for n in nodes:
        if n.title is not None:  # a table row's title cell
            out.append(n.title or None)
            continue
        if n.kind == "shi":
            out.append(task_title(n.heading) or None)
            continue
        title = glued_title(n.heading) if style else task_title(n.heading)
        out.append((project_title(title) if by_name else title) or None)
    return out


def _dedupe_units(rows: list[dict]) -> list[dict]:
    seen = set()
    out = []
    for r in rows:
        key = (r["task_id"], r["role"], r["unit"])
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _task_targets(
    doc_id, task_id, path, text, node, ancestors, offset, span, reviews: dict[int, bool], by=None
) -> list[dict]:
    """A task's targets; none for an item under a review of the past ("一、2023年工作回顾": it
    reports achievements). `reviews` remembers each section's answer: its tasks share it. by: the
    year of a table row's deadline cell, which dates the row's targets that name no year."""
    kept = text
    for a in ancestors:
        review = reviews.get(id(a))
        if review is None:
            review = reviews[id(a)] = is_review_heading(a.heading)
        if review:
            # (a progress report's item restates its targets before its results: those are kept)
            kept = restated_targets(a.heading, text)
            if kept is None:
                return []
    year = by if by is not None else _list_year(node, ancestors)
    return _targets_for(doc_id, task_id, path, kept, offset, span, year)


def _list_year(node: Node, ancestors: list[Node]) -> int | None:
    """The year a task's targets default to: the one set by the nearest heading or lead-in over it
    ("一、2025年目标" over the task), or, for a top-level item, by the lead-in sentence that ends the
    preamble of its numbering context ("到2025年，全县实现以下目标：" over 1、2、…)."""
    if ancestors:
        return node_year(ancestors[0])
    root = node.parent
    return None if root is None else preamble_year(root, node.annex)  # (no parent: a table row)


def _goal_targets(doc_id: str, para: str, offset: int, span: tuple) -> list[dict]:
    """Targets of a goal paragraph (its unit statements cut out); one under a year heading
    carries that year (heading_years.DatedText)."""
    text = strip_spans(para, extract_units(para).spans)
    return _targets_for(doc_id, None, None, text, offset, span, getattr(para, "year", None))


def _targets_for(
    doc_id: str,
    task_id: str | None,
    path: list[str] | None,
    text: str,
    offset: int,
    span: tuple,
    year: int | None = None,
) -> list[dict]:
    """Target rows of one text; span = (the plan's annual year, its first year, the year the page
    was published); year: the year a heading over the text sets (heading_years), for targets
    whose text names none."""
    if not text.strip():
        return []
    try:
        annual, first, issued = span
        found = _extract_targets(text, default_year=year, annual_year=annual, first_year=first, issued=issued)
        found = found or []
    except Exception:  # a target bug must not lose the task
        log.exception("target extraction failed in %s", task_id or doc_id)
        return []
    rows: list[dict[str, Any]] = []
    counts: dict[str, int] = {}
    for t in found:
        row = dict(t) if _well_formed(t) else _cleaned(t)
        if row is None:
            continue
        key = f"{task_id or ''}|{row['text']}|{row['value']}|{row['unit']}"
        counts[key] = counts.get(key, 0) + 1
        tid = hashlib.sha256(f"{key}|{counts[key]}".encode()).hexdigest()[:12]
        row.update(target_id=f"{doc_id}:{tid}", doc_id=doc_id, task_id=task_id, seq=offset + len(rows) + 1)
        row.update(codes_for(row))  # the indicator catalogue (transform/indicator_codes.py)
        rows.append(row)
    return rows


_CHANGES = (None, "increase", "decrease")


def _well_formed(t: dict) -> bool:
    """Is the record already a row as `_cleaned` would make it (the usual case: the extractor
    builds its records with these keys, in this order, of these types)? Then a copy is the row."""
    if tuple(t) != TARGET_KEYS:
        return False
    value, year, base, std = t["value"], t["year"], t["baseline_year"], t["value_std"]
    return (
        type(value) is float
        and value == value  # not NaN
        and type(t["unit"]) is str
        and type(t["text"]) is str
        and t["comparator"] in COMPARATORS
        and t["change"] in _CHANGES
        and type(t["ambiguous"]) is bool
        and (year is None or type(year) is int)
        and (base is None or type(base) is int)
        and (std is None or type(std) is float)
    )


def _cleaned(t: dict) -> dict[str, Any] | None:
    """The row of one extracted record, its fields coerced to the row's types; None when it has
    no numeric value."""
    row: dict[str, Any] = {k: t.get(k) for k in TARGET_KEYS}
    try:
        row["value"] = float(row["value"])
    except (TypeError, ValueError):
        return None
    if row["value"] != row["value"]:  # NaN
        return None
    row["unit"] = row.get("unit") or ""
    row["text"] = row.get("text") or ""
    if row.get("comparator") not in COMPARATORS:
        row["comparator"] = "="
    if row.get("change") not in ("increase", "decrease"):
        row["change"] = None
    row["ambiguous"] = bool(row.get("ambiguous"))
    for k in ("year", "baseline_year"):
        row[k] = int(row[k]) if isinstance(row.get(k), (int, float)) and row[k] == row[k] else None
    if row.get("value_std") is not None:
        try:
            row["value_std"] = float(row["value_std"])
        except (TypeError, ValueError):
            row["value_std"] = None
    return row
