"""A `planwatch parse --out DIR` folder as a run: validate it, and load it into the warehouse.

The same validate → load wiring as the nightly flow (without crawling, alerts or Prefect), so
`planwatch load` and `planwatch validate` are thin commands over it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from flows.exceptions import FlowError
from warehouse.contract import CONTENT_TABLES

if TYPE_CHECKING:
    import polars as pl

    from load.result import LoadResult
    from planwatch.records import ValidatedRun
    from warehouse.store import Warehouse


# tables a load from a folder writes that tell whether the warehouse still holds what it loaded
LOADED_TABLES = (*CONTENT_TABLES, "quarantine")


@dataclass
class FolderLoad:
    run_id: str
    result: LoadResult
    validated: ValidatedRun
    unchanged_since: str | None = None  # a reload of the same folder: that run's id, nothing written


def fingerprint(tables: dict[str, pl.DataFrame], validate: bool) -> str:
    """A digest of a parse folder's rows (in key order) and of whether it is validated."""
    import hashlib

    from warehouse.contract import table

    h = hashlib.sha256(f"validate={validate}".encode())
    for name in CONTENT_TABLES:
        frame = tables[name]
        h.update(f"\x1f{name}:{frame.height}:{','.join(frame.columns)}".encode())
        if frame.height:
            h.update(frame.sort(list(table(name).key)).hash_rows(seed=0).to_numpy().tobytes())
    return h.hexdigest()


def _same_load(wh: Warehouse, digest: str) -> str | None:
    """The run that loaded this very folder, when nothing was committed to the tables it wrote
    since (their versions are still those it recorded): reloading it would change nothing."""
    import json

    import polars as pl

    runs = wh.history(limit=None).filter(pl.col("flow") == "load")
    versions = wh.versions()
    for row in runs.iter_rows(named=True):
        try:
            report = json.loads(row.get("report_json") or "{}")
            recorded = json.loads(row.get("versions_json") or "{}")
        except ValueError:
            continue
        if report.get("input_sha256") != digest:
            continue
        if all(recorded.get(t) == versions.get(t) for t in LOADED_TABLES):
            return str(row["run_id"])
        return None  # loaded before, but the tables moved on since: load again
    return None


def read_parse_dir(path: str | Path) -> dict[str, pl.DataFrame]:
    """The content tables of a parse output folder (missing files → empty tables)."""
    import polars as pl

    from warehouse.contract import empty

    d = Path(path)
    if not d.is_dir():
        raise FlowError(f"{path}: not a folder")
    tables = {}
    found = False
    for name in CONTENT_TABLES:
        f = d / f"{name}.parquet"
        if f.is_file():
            tables[name] = pl.read_parquet(f)
            found = True
        else:
            tables[name] = empty(name)
    if not found:
        raise FlowError(f"{path}: no documents.parquet / tasks.parquet / targets.parquet")
    return tables


def validate_folder(path: str | Path, *, run_id: str, docs_dir: str | None = None) -> ValidatedRun:
    """Run the expectation suites on a parse output folder (nothing is loaded)."""
    from expectations.validate import validate_run

    return validate_run(read_parse_dir(path), run_id=run_id, docs_dir=docs_dir)


def load_folder(wh: Warehouse, path: str | Path, *, run_id: str, validate: bool = True) -> FolderLoad:
    """Validate a parse output folder and load the rows that pass as one run (flow `load`).

    Loading the same folder again, with nothing committed to its tables since, writes nothing
    at all (no `runs` row, no `dq_results`, no new version of any table): `unchanged_since`."""
    from flows import datadocs
    from flows.history import previous_counts
    from load.merge import load_validated
    from load.result import LoadResult
    from load.runs import RunInfo
    from planwatch.records import ValidatedRun
    from warehouse.contract import empty

    tables = read_parse_dir(path)
    digest = fingerprint(tables, validate)
    same = _same_load(wh, digest)
    if same is not None:
        return FolderLoad(
            run_id, LoadResult(), ValidatedRun(tables, empty("quarantine"), empty("dq_results")), same
        )
    started = datetime.now(UTC)
    if validate:
        from expectations.validate import validate_run

        run = validate_run(
            tables,
            run_id=run_id,
            previous_counts=previous_counts(wh, flow="load"),
            docs_dir=str(datadocs.docs_dir(wh)),
        )
        run.docs_path = datadocs.publish(wh, run.docs_path)
    else:
        run = ValidatedRun(tables=tables, quarantine=empty("quarantine"), dq_results=empty("dq_results"))
    info = RunInfo(
        status="partial" if run.failed_sources else "completed",
        started_at=started,
        report={"input": str(path), "input_sha256": digest},
    )
    result = load_validated(wh, run, run_id=run_id, flow="load", info=info)
    return FolderLoad(run_id, result, run)
