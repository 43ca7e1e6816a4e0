"""Warehouse subcommands: load, history, show, export, maintain, validate, docs.

Only argparse and settings are imported here; deltalake, polars and Great Expectations are
imported inside the handlers so `planwatch --help` stays fast.
"""
from __future__ import annotations

import argparse
import sys
from typing import Any

from planwatch.settings import add_arguments

WH = ("warehouse", "storage_options", "config", "log_level")
FORMATS = ("table", "csv", "json")


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "load", help="validate and load a `planwatch parse --out DIR` folder into the warehouse as a run",
        description="Validate the Parquet tables in DIR (documents.parquet, tasks.parquet, "
                    "task_units.parquet, targets.parquet) with the expectation suites and MERGE the rows "
                    "that pass into the warehouse as one run (flow `load`). Re-loading the same folder "
                    "changes nothing. Prints the run id and per-table insert/update/delete/noop counts.")
    p.add_argument("dir", metavar="DIR", help="folder written by `planwatch parse --out DIR`")
    add_arguments(p, "load_run_id", "skip_validation", *WH)
    p.set_defaults(func=cmd_load)

    p = subparsers.add_parser("history", help="list the runs with their insert/update/noop counts",
                              description="List runs newest first: flow, status, documents new/updated/"
                                          "unchanged, rows inserted/updated/deleted/noop, quarantined, "
                                          "table versions.")
    add_arguments(p, "limit", "output_format", *WH)
    p.set_defaults(func=cmd_history)

    p = subparsers.add_parser(
        "show", help="print a table, current or as of a run id, version or timestamp",
        description="Print a warehouse table. --as-of takes a run id (the consistent snapshot that run "
                    "recorded for every table), a Delta version number, or an ISO timestamp.")
    p.add_argument("table", metavar="TABLE", help="documents, tasks, task_units, targets, pages, runs, "
                                                  "dq_results, quarantine or alerts")
    add_arguments(p, "as_of", "limit", "columns", "output_format", *WH)
    p.set_defaults(func=cmd_show)

    p = subparsers.add_parser(
        "export", help="write the current tables as plain Parquet for analysts",
        description="Write every table's current state as <DIR>/<table>.parquet, readable without "
                    "Delta support (DuckDB, pandas, Spark). --partition-by county writes the content "
                    "tables as hive-partitioned folders <DIR>/<table>/county=<name>/.")
    add_arguments(p, "export_dir", "partition_by", *WH)
    p.set_defaults(func=cmd_export)

    p = subparsers.add_parser(
        "maintain", help="compact small files and vacuum beyond the retention window",
        description="Compact small files of every table and vacuum files removed more than "
                    "--retention-hours ago, keeping every version that a run inside the window points at.")
    add_arguments(p, "retention_hours", *WH)
    p.set_defaults(func=cmd_maintain)

    p = subparsers.add_parser(
        "validate", help="run the expectation suites on a parse output folder without loading it",
        description="Validate the Parquet tables in DIR and print the failed expectations, quarantined "
                    "rows and sources that would not be loaded. Exit status 1 when anything failed.")
    p.add_argument("dir", metavar="DIR", help="folder written by `planwatch parse --out DIR`")
    add_arguments(p, "validate_docs", "config", "log_level")
    p.set_defaults(func=cmd_validate)

    p = subparsers.add_parser("docs", help="print generated documentation (the data dictionary)",
                              description="Print generated documentation. `dictionary`: every table's "
                                          "columns, types, keys and meaning as Markdown.")
    p.add_argument("what", choices=("dictionary",), help="dictionary: the tables, columns and keys as Markdown")
    p.set_defaults(func=cmd_docs)


# --- helpers -----------------------------------------------------------------------------------
def _cfg(args: argparse.Namespace) -> Any:
    from planwatch import settings as _settings

    return _settings.load(args)


def _warehouse(args: argparse.Namespace) -> Any:
    from warehouse.store import Warehouse

    return Warehouse.open(_cfg(args))


def _format(cfg: Any) -> str:
    from warehouse.exceptions import WarehouseError

    if cfg.output_format not in FORMATS:
        raise WarehouseError(f"--format: expected one of {', '.join(FORMATS)}, got {cfg.output_format!r}")
    return cfg.output_format


def read_parse_dir(path: str) -> dict:
    """The content tables of a `planwatch parse --out DIR` folder (missing files → empty tables)."""
    from pathlib import Path

    import polars as pl

    from warehouse import contract
    from warehouse.exceptions import WarehouseError

    d = Path(path)
    if not d.is_dir():
        raise WarehouseError(f"{path}: not a folder")
    tables = {}
    found = False
    for name in contract.CONTENT_TABLES:
        f = d / f"{name}.parquet"
        if f.is_file():
            tables[name] = pl.read_parquet(f)
            found = True
        else:
            tables[name] = contract.empty(name)
    if not found:
        raise WarehouseError(f"{path}: no documents.parquet / tasks.parquet / targets.parquet")
    return tables


def new_run_id(prefix: str = "") -> str:
    import secrets
    from datetime import datetime, timezone

    return prefix + datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ") + "-" + secrets.token_hex(3)


def _print(frame: Any, fmt: str, limit: int = 0) -> None:
    import polars as pl

    if limit:
        frame = frame.head(limit)
    if fmt == "csv":
        flat = frame.with_columns([pl.col(c).cast(pl.List(pl.Utf8)).list.join("|")
                                   for c, t in frame.schema.items() if isinstance(t, pl.List)])
        sys.stdout.write(flat.write_csv())
    elif fmt == "json":
        sys.stdout.write(frame.write_json() + "\n")
    else:
        with pl.Config(tbl_rows=max(frame.height, 1), tbl_cols=-1, fmt_str_lengths=60, tbl_width_chars=200):
            print(frame)


# --- handlers ----------------------------------------------------------------------------------
def cmd_load(args: argparse.Namespace) -> int:
    from datetime import datetime, timezone

    from load.merge import load_run

    cfg = _cfg(args)
    tables = read_parse_dir(args.dir)
    wh = _warehouse(args)
    run_id = cfg.load_run_id or new_run_id()
    started = datetime.now(timezone.utc)
    extra: dict = {}
    failed: dict = {}
    if not cfg.skip_validation:
        from expectations.validate import validate_run

        outcome = validate_run(tables, run_id=run_id, previous_counts=wh.previous_counts(flow="load"),
                               docs_dir=wh.data_docs_dir)
        tables, failed = outcome.tables, outcome.failed_sources
        extra = {"quarantine": outcome.quarantine, "dq_results": outcome.dq_results}
        if outcome.docs_path:
            print(f"data docs: {outcome.docs_path}")
    info = {"started_at": started, "status": "partial" if failed else "completed"}
    result = load_run(wh, run_id=run_id, flow="load", tables=tables, extra=extra, run_info=info)
    print(f"run {run_id} loaded into {wh.root}")
    for table, c in result.counts.items():
        print(f"  {table:<12} inserted {c['inserted']:>6}  updated {c['updated']:>6}  "
              f"deleted {c['deleted']:>6}  noop {c['noop']:>6}")
    print(f"  documents: {len(result.new_docs)} new, {len(result.changed_docs)} changed, "
          f"{len(result.unchanged_docs)} unchanged")
    for sid, why in failed.items():
        print(f"  source {sid or '(none)'} NOT loaded: {'; '.join(why)}")
    q = extra.get("quarantine")
    if q is not None and q.height:
        print(f"  {q.height} rows quarantined (planwatch show quarantine --as-of {run_id})")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    import json

    import polars as pl

    cfg = _cfg(args)
    fmt = _format(cfg)
    runs = _warehouse(args).history(limit=cfg.limit or None)

    def total(text: str | None, key: str) -> int:
        try:
            return sum(int(c.get(key, 0)) for t, c in json.loads(text or "{}").items()
                       if t in ("documents", "tasks", "task_units", "targets"))
        except (ValueError, AttributeError):
            return 0

    view = runs.select(
        "run_id", "flow", "status", "started_at",
        pl.col("n_documents_new").alias("docs_new"), pl.col("n_documents_updated").alias("docs_updated"),
        pl.col("n_documents_unchanged").alias("docs_unchanged"),
        pl.col("counts_json").map_elements(lambda s: total(s, "inserted"), return_dtype=pl.Int64).alias("inserted"),
        pl.col("counts_json").map_elements(lambda s: total(s, "updated"), return_dtype=pl.Int64).alias("updated"),
        pl.col("counts_json").map_elements(lambda s: total(s, "deleted"), return_dtype=pl.Int64).alias("deleted"),
        pl.col("counts_json").map_elements(lambda s: total(s, "noop"), return_dtype=pl.Int64).alias("noop"),
        pl.col("n_quarantined").alias("quarantined"), "versions_json",
    ) if runs.height else runs
    _print(view, fmt)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from warehouse import contract
    from warehouse.exceptions import WarehouseError

    try:
        contract.table(args.table)
    except KeyError as exc:
        raise WarehouseError(str(exc.args[0])) from None
    cfg = _cfg(args)
    fmt = _format(cfg)
    frame = _warehouse(args).read(args.table, as_of=cfg.as_of or None)
    if cfg.columns:
        cols = [c.strip() for c in cfg.columns.split(",") if c.strip()]
        unknown = [c for c in cols if c not in frame.columns]
        if unknown:
            raise WarehouseError(f"show: unknown columns {unknown}")
        frame = frame.select(cols)
    print(f"{args.table}: {frame.height} rows", file=sys.stderr)
    _print(frame, fmt, cfg.limit)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from load.export import export

    from warehouse.exceptions import WarehouseError

    cfg = _cfg(args)
    if not cfg.export_dir:
        raise WarehouseError("export: --to DIR is required")
    if cfg.partition_by not in ("", "county"):
        raise WarehouseError(f"export: --partition-by supports only county, not {cfg.partition_by!r}")
    paths = export(_warehouse(args), cfg.export_dir, partition_by=cfg.partition_by or None)
    for p in paths:
        print(p)
    return 0


def cmd_maintain(args: argparse.Namespace) -> int:
    import json

    from planwatch import settings as _settings
    from warehouse.maintain import maintain
    from warehouse.store import Warehouse

    cfg = _settings.load(args)
    report = maintain(Warehouse.open(cfg), cfg.retention_hours)
    print(json.dumps(report, indent=1, default=str))
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    import polars as pl

    from expectations.validate import validate_run

    tables = read_parse_dir(args.dir)
    cfg = _cfg(args)
    outcome = validate_run(tables, run_id=new_run_id("validate-"), docs_dir=cfg.validate_docs or None)
    dq = outcome.dq_results
    bad = dq.filter(~pl.col("success") & (pl.col("source_id") == ""))
    print(f"{dq.filter(pl.col('source_id') == '').height} expectations evaluated, {bad.height} failed")
    if bad.height:
        _print(bad.select("table_name", "expectation", "column", "level", "unexpected_count"), "table")
    if outcome.quarantine.height:
        print(f"{outcome.quarantine.height} rows would be quarantined:")
        _print(outcome.quarantine.select("table_name", "row_key", "expectation", "reason"), "table", 50)
    for sid, why in outcome.failed_sources.items():
        print(f"source {sid or '(none)'} would not be loaded: {'; '.join(why)}")
    if outcome.docs_path:
        print(f"data docs: {outcome.docs_path}")
    for name, frame in outcome.tables.items():
        print(f"{name}: {frame.height} rows pass")
    return 1 if (bad.height or outcome.quarantine.height or outcome.failed_sources) else 0


def cmd_docs(args: argparse.Namespace) -> int:
    from warehouse.contract import data_dictionary_markdown

    sys.stdout.write(data_dictionary_markdown())
    return 0
