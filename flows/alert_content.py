"""What a plan alert says, as structured content (before it is rendered for a target).

`plan_content` describes one new or changed plan: county, titles, issuer, dates, plan years, URL,
counts, the leading targets (as objects), deadlines and, for a changed plan, what changed
(tasks added or removed, targets added, removed or changed with the old and new value); a plan
page published by a short 印发 notice also carries that notice (`notice_content`).
`digest_content` bundles the plans of one source found by a first crawl or a backfill.
`flows.alert_render` turns the content into text, Markdown, Slack, HTML or a JSON payload.
Plain data only (dicts of str / int / float / lists): it goes into the outbox as JSON.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, datetime
from typing import Any

from planwatch.display import safe_text

LEADING_TARGETS = 5
MAX_FIELD_CHARS = 300  # any text of a page in an alert (a hostile 200k-character title)


def clean_content(value: Any) -> Any:
    """Alert content with every string cleaned of control, escape and bidi characters and cut
    to MAX_FIELD_CHARS, so whatever a renderer makes of it stays bounded."""
    if isinstance(value, str):
        return safe_text(value, MAX_FIELD_CHARS)
    if isinstance(value, dict):
        return {k: clean_content(v) for k, v in value.items()}
    if isinstance(value, list):
        return [clean_content(v) for v in value]
    return value


LISTED_CHANGES = 8  # per kind of change in a message (the JSON payload has them all)
DIGEST_LISTED = 10  # plans listed in a digest's text (the JSON payload has them all)
_DIGITS = re.compile(r"[\d.,，．]+")


def _iso(value: Any) -> str | None:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value) if value else None


def _number(value: Any) -> float | int | None:
    if value is None:
        return None
    f = float(value)
    return int(f) if f.is_integer() else f


def _measure(t: dict[str, Any]) -> dict[str, Any]:
    """What a target states, without what it measures (its indicator)."""
    return {
        "value": _number(t.get("value")),
        "unit": t.get("unit") or "",
        "comparator": t.get("comparator"),
        "change": t.get("change"),
        "year": t.get("year"),
        "text": (t.get("text") or "").strip(),
    }


def target_object(t: dict[str, Any], task_titles: dict[str, str] | None = None) -> dict[str, Any]:
    """One target as an alert object (what a webhook gets in `top_targets`)."""
    out = {
        "indicator": t.get("indicator"),
        "indicator_code": t.get("indicator_code"),
        "indicator_group": t.get("indicator_group"),
        **_measure(t),
    }
    if task_titles is not None and t.get("task_id"):
        out["task"] = task_titles.get(t["task_id"])
    return out


def leading_targets(targets: list[dict[str, Any]], n: int = LEADING_TARGETS) -> list[dict[str, Any]]:
    """The first `n` distinct targets, catalogued indicators first, restatements left out."""
    firsts = [t for t in targets if not t.get("restates")]
    ordered = sorted(firsts, key=lambda t: (t.get("indicator_code") is None, t.get("seq") or 0))
    out, seen = [], set()
    for t in ordered:
        key = (t.get("text") or "").strip() or f"{t.get('indicator')}{t.get('value')}{t.get('unit')}"
        if key not in seen:
            seen.add(key)
            out.append(t)
        if len(out) == n:
            break
    return out


def deadlines(tasks: list[dict[str, Any]], n: int = LEADING_TARGETS) -> list[dict[str, Any]]:
    """Tasks with a deadline (when the extraction gives `deadline` / `deadline_text`), earliest first."""
    dated = [t for t in tasks if t.get("deadline") or t.get("deadline_text")]
    dated.sort(key=lambda t: (_iso(t.get("deadline")) or "9999", t.get("seq") or 0))
    return [
        {
            "task": (t.get("title") or t.get("body") or "").strip()[:80],
            "deadline": _iso(t.get("deadline")),
            "deadline_text": t.get("deadline_text"),
            "lead_units": list(t.get("lead_units") or []),
        }
        for t in dated[:n]
    ]


def _groups(targets: list[dict[str, Any]]) -> list[str]:
    return sorted({g for t in targets if (g := t.get("indicator_group"))})


def plan_content(
    doc: dict[str, Any],
    tasks: list[dict[str, Any]],
    targets: list[dict[str, Any]],
    kind: str = "new_plan",
    changes: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The structured content of a new_plan / new_notice / changed_plan alert."""
    titles = {t["task_id"]: (t.get("title") or "").strip() for t in tasks if t.get("task_id")}
    out: dict[str, Any] = {
        "event": kind,
        "doc_id": doc.get("doc_id"),
        "source_id": doc.get("source_id"),
        "county": doc.get("county"),
        "title": doc.get("plan_title") or doc.get("title") or doc.get("doc_id"),
        "page_title": doc.get("title"),
        "issuer": doc.get("issuer"),
        "doc_number": doc.get("doc_number"),
        "url": doc.get("source"),
        "publish_date": _iso(doc.get("publish_date")),
        "plan_start_year": doc.get("plan_start_year"),
        "plan_end_year": doc.get("plan_end_year"),
        "is_plan": bool(doc.get("is_plan")),
        "n_tasks": int(doc.get("n_tasks") or len(tasks)),
        "n_targets": int(doc.get("n_targets") or len(targets)),
        "indicator_groups": _groups(targets),
        "top_targets": [target_object(t, titles) for t in leading_targets(targets)],
        "deadlines": deadlines(tasks),
    }
    if changes is not None:
        out["changes"] = changes
    return clean_content(out)


def notice_content(doc: dict[str, Any]) -> dict[str, Any]:
    """The short 印发 notice that publishes a plan page (`flows.plan_alerts.fold_linked`): what a
    plan alert says of it (`content["notice"]`)."""
    return clean_content(
        {
            "doc_id": doc.get("doc_id"),
            "title": doc.get("title"),
            "url": doc.get("source"),
            "doc_number": doc.get("doc_number"),
            "publish_date": _iso(doc.get("publish_date")),
            "issuer": doc.get("issuer"),
        }
    )


# ---------------------------------------------------------------- what changed
def _task_key(t: dict[str, Any]) -> str:
    return (t.get("title") or t.get("body") or "").strip()


def _target_key(t: dict[str, Any], task_titles: dict[str, str]) -> tuple[str, str]:
    """Which target this is, independent of its numbers: its task and its indicator (or its
    clause with the numbers taken out)."""
    what = (t.get("indicator") or "").strip() or _DIGITS.sub("#", (t.get("text") or "").strip())
    return task_titles.get(t.get("task_id") or "", ""), what


def change_summary(
    old_tasks: list[dict[str, Any]],
    new_tasks: list[dict[str, Any]],
    old_targets: list[dict[str, Any]],
    new_targets: list[dict[str, Any]],
) -> dict[str, Any]:
    """Tasks added / removed / changed and targets added / removed / changed (value, unit, year:
    old and new), pairing targets by task and indicator."""
    old_t = {_task_key(t): t for t in old_tasks}
    new_t = {_task_key(t): t for t in new_tasks}
    tasks_changed = [
        k
        for k in old_t.keys() & new_t.keys()
        if (old_t[k].get("body"), old_t[k].get("lead_units"))
        != (new_t[k].get("body"), new_t[k].get("lead_units"))
    ]
    old_titles = {t["task_id"]: _task_key(t) for t in old_tasks if t.get("task_id")}
    new_titles = {t["task_id"]: _task_key(t) for t in new_tasks if t.get("task_id")}
    old_by: dict[tuple[str, str], list[dict]] = defaultdict(list)
    new_by: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for t in sorted(old_targets, key=lambda t: t.get("seq") or 0):
        old_by[_target_key(t, old_titles)].append(t)
    for t in sorted(new_targets, key=lambda t: t.get("seq") or 0):
        new_by[_target_key(t, new_titles)].append(t)
    added: list[dict[str, Any]] = []
    removed: list[dict[str, Any]] = []
    changed: list[dict[str, Any]] = []
    for key in sorted(old_by.keys() | new_by.keys()):
        olds, news = old_by.get(key, []), new_by.get(key, [])
        for o, n in zip(olds, news, strict=False):
            before, after = _measure(o), _measure(n)
            if {k: v for k, v in before.items() if k != "text"} != {
                k: v for k, v in after.items() if k != "text"
            }:
                changed.append(
                    {
                        "indicator": n.get("indicator") or key[1],
                        "task": key[0] or None,
                        "old": before,
                        "new": after,
                    }
                )
        added.extend(target_object(n) for n in news[len(olds) :])
        removed.extend(target_object(o) for o in olds[len(news) :])
    return {
        "n_tasks": {"old": len(old_tasks), "new": len(new_tasks)},
        "n_targets": {"old": len(old_targets), "new": len(new_targets)},
        "tasks_added": sorted(new_t.keys() - old_t.keys()),
        "tasks_removed": sorted(old_t.keys() - new_t.keys()),
        "tasks_changed": sorted(tasks_changed),
        "targets_added": added,
        "targets_removed": removed,
        "targets_changed": changed,
    }


def digest_content(
    source_id: str, county: str | None, plans: list[dict[str, Any]], reason: str
) -> dict[str, Any]:
    """One source's new plans as one message. reason: first_crawl | backfill | always."""
    plans = sorted(plans, key=lambda p: (p.get("publish_date") or "", p.get("title") or ""), reverse=True)
    return {
        "event": "digest",
        "reason": reason,
        "source_id": source_id,
        "county": county,
        "n_plans": sum(1 for p in plans if p.get("is_plan")),
        "n_notices": len(plans),
        "n_tasks": sum(p.get("n_tasks") or 0 for p in plans),
        "n_targets": sum(p.get("n_targets") or 0 for p in plans),
        "indicator_groups": sorted({g for p in plans for g in p.get("indicator_groups") or []}),
        "plans": clean_content(plans),
    }
