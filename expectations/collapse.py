"""The collapse checks: a source whose rows (or tasks and targets per plan) fall far below what
its last comparable run loaded is not loaded this run (a crawler or parser regression)."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from expectations import suites as S
from expectations.gx import run_checks
from warehouse.contract import CONTENT_TABLES

if TYPE_CHECKING:
    import polars as pl

    from expectations.results import Results


Counts = dict[str, dict[str, int]]


def _counts(v: dict[str, pl.DataFrame]) -> tuple[Counts, dict[str, dict[str, int]]]:
    """Rows per source and table (plus plan documents), and tasks/targets of plan documents."""
    import polars as pl

    counts: Counts = defaultdict(lambda: {t: 0 for t in (*CONTENT_TABLES, "plan_documents")})
    for n in CONTENT_TABLES:
        for sid, cnt in v[n].group_by("_source_id").len().iter_rows():
            counts[sid][n] = int(cnt)
    plan_ids = v["documents"].filter(pl.col("is_plan").fill_null(False))
    for sid, cnt in plan_ids.group_by("_source_id").len().iter_rows():
        counts[sid]["plan_documents"] = int(cnt)
    per_plan: dict[str, dict[str, int]] = defaultdict(lambda: {"tasks": 0, "targets": 0})
    plan_doc_ids = plan_ids.get_column("doc_id").to_list()
    for n in ("tasks", "targets"):
        f = v[n].filter(pl.col("doc_id").is_in(plan_doc_ids))
        for sid, cnt in f.group_by("_source_id").len().iter_rows():
            per_plan[sid][n] = int(cnt)
    return counts, per_plan


def _measure_row(sid: str, prev: dict[str, int], counts: Counts, per_plan: Counts) -> dict[str, Any]:
    """One source's row for the GX batch: each measure now, before, and its floor (0: inactive)."""
    comparable = bool(int(prev.get("_comparable", 1) or 0))
    row: dict[str, Any] = {"source_id": sid}
    for m, table, kind in S.COLLAPSE_MEASURES:
        if kind == "rows":
            now_v, prev_v = float(counts[sid][table]), float(prev.get(table, 0) or 0)
            active = comparable and prev_v >= S.COLLAPSE_MIN_PREVIOUS
        else:
            n_plans, prev_plans = counts[sid]["plan_documents"], float(prev.get("plan_documents", 0) or 0)
            now_v = per_plan[sid][table] / n_plans if n_plans else 0.0
            prev_of = float(prev.get(f"{table}_of_plans", prev.get(table, 0)) or 0)
            prev_v = prev_of / prev_plans if prev_plans else 0.0
            active = prev_plans >= S.COLLAPSE_MIN_PREVIOUS and n_plans >= S.COLLAPSE_MIN_PREVIOUS
        row[f"n_{m}"] = now_v
        row[f"_prev_{m}"] = prev_v
        row[f"_min_{m}"] = prev_v * S.COLLAPSE_RATIO if active else 0.0
    return row


def collapse_checks(v: dict[str, pl.DataFrame], previous: Counts | None, out: Results) -> None:
    """Per source, through one GX batch (one row per source), table-level:
    - rows of each content table ≥ 50 % of the last run's (for a source that had ≥ 5) — only when
      the previous counts are comparable (a full parse; `_comparable` = 0 marks incremental runs
      such as nightly crawls, whose row counts depend on how much was published);
    - tasks and targets per `is_plan` document ≥ 50 % of the last run's, when both runs have ≥ 5
      plan documents for the source (a parser regression, whatever the size of the run).
    """
    import polars as pl

    if not previous:
        return
    counts, per_plan = _counts(v)
    sources = sorted(s for s in v["documents"].get_column("_source_id").unique().to_list() if s in previous)
    if not sources:
        return
    rows = [_measure_row(sid, previous.get(sid) or {}, counts, per_plan) for sid in sources]
    checks = S.source_counts_suite()
    results = run_checks("source_counts", pl.DataFrame(rows).to_pandas(), checks, index_cols=["source_id"])
    by_sid = {r["source_id"]: r for r in rows}
    for (m, table, kind), check, res in zip(S.COLLAPSE_MEASURES, checks, results, strict=True):
        bad = (
            {item["source_id"] for item in ((res.result or {}).get("unexpected_index_list") or [])}
            if res is not None and not res.success
            else set()
        )
        for sid in sources:
            r = by_sid[sid]
            now_v, prev_v = r[f"n_{m}"], r[f"_prev_{m}"]
            if sid in bad:
                shown = (
                    f"{now_v:.0f} rows vs {prev_v:.0f}"
                    if kind == "rows"
                    else f"{now_v:.1f} per plan document vs {prev_v:.1f}"
                )
                out.failed[sid].append(f"{table}: {shown} in the last run — {check.reason}")
            info = {
                "value": now_v,
                "previous": prev_v,
                "min": r[f"_min_{m}"],
                "reason": check.reason,
                "gx": check.type,
            }
            out.dq(
                table,
                sid,
                f"expect_source_{m}_not_to_collapse",
                "",
                "table",
                sid not in bad,
                counts[sid][table],
                None,
                json.dumps(info, ensure_ascii=False),
            )
