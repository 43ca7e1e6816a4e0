"""What earlier runs tell the next one: the per-source row counts its collapse checks compare with."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from warehouse.store import Warehouse

# runs that load only what is new since the last run: their row counts are not comparable
INCREMENTAL_FLOWS = ("nightly",)


def previous_counts(
    wh: Warehouse, flow: str | None = None, before_run: str | None = None
) -> dict[str, dict[str, int]]:
    """`{source_id: {table: rows, plan_documents: n, ..., _comparable: 0|1}}` that the latest run
    (of `flow`) loaded, from the `source_counts` its `runs` row records — for
    `validate_run(previous_counts=...)`.

    Row counts of incremental runs (flow `nightly`: only what was published since) are not
    comparable between runs: `_comparable` = 0 keeps only the per-plan-document checks.
    """
    import polars as pl

    runs = wh.history(limit=None)
    if flow:
        runs = runs.filter(pl.col("flow") == flow)
    if before_run:
        runs = runs.filter(pl.col("run_id") < before_run)
    for row in runs.iter_rows(named=True):
        try:
            report = json.loads(row.get("report_json") or "{}")
        except ValueError:
            continue
        if isinstance(report, dict) and isinstance(report.get("source_counts"), dict):
            comparable = int((row.get("flow") or "") not in INCREMENTAL_FLOWS)
            return {
                sid: {**counts, "_comparable": comparable} for sid, counts in report["source_counts"].items()
            }
    return {}


# flows whose finished runs say how each of their sources stands
CRAWL_FLOWS = ("nightly", "backfill")
FINISHED = ("completed", "partial")


def _report_sources(row: dict) -> list[dict]:
    try:
        report = json.loads(row.get("report_json") or "{}")
    except ValueError:
        return []
    sources = report.get("sources") if isinstance(report, dict) else None
    if isinstance(sources, dict):
        return [s for s in sources.values() if isinstance(s, dict)]
    return [s for s in sources if isinstance(s, dict)] if isinstance(sources, list) else []


def source_states(wh: Warehouse) -> dict[str, str]:
    """`{source_id: "ok" | "failed"}` as each source stood at the end of the latest finished
    crawl that covered it (interrupted and failed runs say nothing about a source)."""
    import polars as pl

    runs = wh.history(limit=None).filter(pl.col("flow").is_in(CRAWL_FLOWS) & pl.col("status").is_in(FINISHED))
    out: dict[str, str] = {}
    for row in runs.iter_rows(named=True):
        for rep in _report_sources(row):
            sid = rep.get("source_id")
            if sid and sid not in out:
                out[sid] = "failed" if rep.get("status") == "failed" else "ok"
    return out


def unparsed_runs(wh: Warehouse) -> dict[str, list[str]]:
    """`{source_id: [run ids]}`: interrupted runs newer than the latest finished run that
    covered the source. Their detail pages are archived but were never parsed and loaded."""
    import polars as pl

    runs = wh.history(limit=None).filter(
        pl.col("flow").is_in((*CRAWL_FLOWS, "reparse")) & pl.col("status").is_in((*FINISHED, "interrupted"))
    )
    done: set[str] = set()
    out: dict[str, list[str]] = {}
    for row in runs.iter_rows(named=True):  # newest first
        sources = [s for s in (row.get("sources") or []) if s]
        if row["status"] == "interrupted":
            for sid in sources:
                if sid not in done:
                    out.setdefault(sid, []).append(row["run_id"])
        else:
            done.update(sources)
    return out
