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
