"""Restatements: a target of the goals paragraph restated in a task (or a task's target stated
again in another task) stays two rows, the later one pointing at the first with `restates`, so
that sums can skip it (issue 15: "restates = the target_id of the first statement")."""

from __future__ import annotations

import unicodedata

_STRIP = " \t\n,，、:：;；。"
# first statements of one value (same unit, comparator, change and year) a row is compared with by
# indicator: a plan states a value a handful of times; a hostile page thousands of times, where
# comparing each row with every earlier one would cost quadratic time (past the cap, a row
# restates a later first statement only with the same indicator)
_MAX_FIRSTS = 64


def _norm(indicator: str | None) -> str:
    return "".join(unicodedata.normalize("NFKC", indicator or "").split()).strip(_STRIP)


def _same_indicator(a: str, b: str) -> bool:
    """One names the other: 地区生产总值 / 全县地区生产总值 (a phrase of two characters at least)."""
    if not a or not b:
        return a == b
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 2 and short in long_


def mark_restatements(rows: list[dict]) -> None:
    """Set `restates` on every target row (in place): the target_id of the first row with the
    same value, unit, comparator, change and year and the same indicator, else None.

    The goals paragraphs (rows without a task) come first in reading order, then the tasks in
    their order; `rows` is in that order within each group.
    """
    firsts: dict[tuple, list[tuple[str, str]]] = {}
    exact: dict[tuple, str] = {}  # (key, indicator) -> the first statement's target_id
    for r in sorted(rows, key=lambda r: r.get("task_id") is not None):  # stable: keeps the order
        key = (r.get("value"), r.get("unit") or "", r.get("comparator"), r.get("change"), r.get("year"))
        ind = _norm(r.get("indicator"))
        seen = firsts.setdefault(key, [])
        match = next((first_id for first_ind, first_id in seen if _same_indicator(ind, first_ind)), None)
        if match is None and len(seen) >= _MAX_FIRSTS and _same_indicator(ind, ind):
            match = exact.get((key, ind))
        r["restates"] = match
        if match is None:
            tid = r.get("target_id") or ""
            if len(seen) < _MAX_FIRSTS:
                seen.append((ind, tid))
            exact.setdefault((key, ind), tid)
