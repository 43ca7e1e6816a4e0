"""`planwatch maintain`: compact small files and vacuum old ones, keeping run snapshots readable.

Per table: `optimize.compact()` (one commit when there was something to compact), a checkpoint,
then `vacuum(retention_hours, keep_versions=...)`: files removed more than `retention_hours` ago
are deleted unless a version that a `runs` row inside the window points at still needs them —
so `read(table, as_of=run_id)` keeps working for every run newer than now − retention.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from warehouse import contract

if TYPE_CHECKING:
    from warehouse.store import Warehouse

log = logging.getLogger(__name__)


def run_versions(wh: Warehouse, since: datetime | None) -> dict[str, set[int]]:
    """Versions per table that runs started at or after `since` (all runs when None) recorded."""
    import polars as pl

    runs = wh.read("runs")
    if since is not None:
        runs = runs.filter(pl.col("started_at") >= since)
    keep: dict[str, set[int]] = {}
    for text in runs.get_column("versions_json").drop_nulls().to_list():
        try:
            for table, v in json.loads(text).items():
                keep.setdefault(table, set()).add(int(v))
        except (ValueError, TypeError, AttributeError):
            continue
    return keep


def maintain(
    wh: Warehouse,
    retention_hours: int,
    *,
    keep_runs_since: datetime | None = None,
    tables: list[str] | None = None,
) -> dict[str, Any]:
    """Compact and vacuum every table; returns `{table: {compacted, files_removed, kept_versions, version}}`.

    keep_runs_since: runs started at or after this keep their versions (default now − retention).
    """
    now = datetime.now(UTC)
    since = keep_runs_since or (now - timedelta(hours=retention_hours))
    report: dict[str, Any] = {
        "retention_hours": retention_hours,
        "keep_runs_since": since.isoformat(),
        "tables": {},
    }
    with wh.writer_lock():
        keep = run_versions(wh, since)
        for name in tables or list(contract.TABLES):
            dt = wh.delta(name)
            if dt is None:
                continue
            entry: dict[str, Any] = {}
            metrics = dt.optimize.compact()
            entry["files_added"] = int(metrics.get("numFilesAdded", 0))
            entry["files_compacted"] = int(metrics.get("numFilesRemoved", 0))
            try:
                dt.create_checkpoint()
            except Exception as exc:  # a checkpoint only speeds up reads
                log.warning("%s: checkpoint failed: %s", name, exc)
            kept = sorted(v for v in keep.get(name, set()) if v <= dt.version())
            removed = dt.vacuum(
                retention_hours=int(retention_hours),
                dry_run=False,
                enforce_retention_duration=False,
                keep_versions=kept or None,
            )
            entry["files_removed"] = len(removed)
            entry["kept_versions"] = kept
            entry["version"] = dt.version()
            report["tables"][name] = entry
    return report
