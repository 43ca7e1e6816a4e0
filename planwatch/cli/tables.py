"""`planwatch load | validate | history | show | export | maintain | docs`: the warehouse's tables.

`load` and `validate` go through `flows.folder` (the same validate → load wiring as a night);
the reading commands call the warehouse. Only argparse and settings are imported here;
deltalake, polars and Great Expectations are imported inside the handlers.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from planwatch.settings import add_arguments

if TYPE_CHECKING:
    import polars as pl

    from planwatch.settings import Settings
    from warehouse.store import Warehouse

WH = ("warehouse", "storage_options", "config", "log_level")
FORMATS = ("table", "csv", "json")


def register(subparsers: argparse._SubParsersAction) -> None:
    # Long function: argparse declarations of seven commands.
    p = subparsers.add_parser(
        "load",
        help="validate and load a `planwatch parse --out DIR` folder into the warehouse as a run",
        description="Validate the Parquet tables in DIR (documents.parquet, tasks.parquet, "
        "task_units.parquet, targets.parquet) with the expectation suites and MERGE the rows "
        "that pass into the warehouse as one run (flow `load`). Re-loading the same folder "
        "changes nothing. Prints the run id and per-table insert/update/delete/noop counts.",
    )
    p.add_argument("dir", metavar="DIR", help="folder written by `planwatch parse --out DIR`")
    add_arguments(p, "load_run_id", "skip_validation", *WH)
    p.set_defaults(func=cmd_load)

    p = subparsers.add_parser(
        "history",
        help="list the runs with their insert/update/noop counts",
        description="List runs newest first: flow, status, documents new/updated/"
        "unchanged, rows inserted/updated/deleted/noop, quarantined, "
        "table versions.",
    )
    add_arguments(p, "limit", "output_format", *WH)
    p.set_defaults(func=cmd_history)

    p = subparsers.add_parser(
        "show",
        help="print a table, current or as of a run id, version or timestamp",
        description="Print a warehouse table. --as-of takes a run id (the consistent snapshot that run "
        "recorded for every table), a Delta version number, or an ISO timestamp.",
    )
    p.add_argument(
        "table",
        metavar="TABLE",
        help="documents, tasks, task_units, targets, pages, runs, dq_results, quarantine or alerts",
    )
    add_arguments(p, "as_of", "limit", "columns", "output_format", *WH)
    p.set_defaults(func=cmd_show)

    p = subparsers.add_parser(
        "export",
        help="write the current tables as Parquet, CSV or XLSX for analysts",
        description="Write every table's current state as <DIR>/<table>.parquet, readable without "
        "Delta support (DuckDB, pandas, Spark), or with --format csv / xlsx as <DIR>/<table>.csv "
        "(UTF-8 with BOM: Excel reads the Chinese) / .xlsx. --partition-by county, publish_year "
        "or county,publish_year writes the content tables as hive-partitioned Parquet folders "
        "<DIR>/<table>/county=<name>/publish_year=<year>/.",
    )
    add_arguments(p, "export_dir", "partition_by", "export_format", *WH)
    p.set_defaults(func=cmd_export)

    p = subparsers.add_parser(
        "maintain",
        help="compact small files and vacuum beyond the retention window",
        description="Compact small files of every table and vacuum files removed more than "
        "--retention-hours ago, keeping every version that a run inside the window points at.",
    )
    add_arguments(p, "retention_hours", *WH)
    p.set_defaults(func=cmd_maintain)

    p = subparsers.add_parser(
        "validate",
        help="run the expectation suites on a parse output folder without loading it",
        description="Validate the Parquet tables in DIR and print the failed expectations, quarantined "
        "rows and sources that would not be loaded. Exit status 1 when anything failed.",
    )
    p.add_argument("dir", metavar="DIR", help="folder written by `planwatch parse --out DIR`")
    add_arguments(p, "validate_docs", "config", "log_level")
    p.set_defaults(func=cmd_validate)

    p = subparsers.add_parser(
        "docs",
        help="print generated documentation (the data dictionary)",
        description="Print generated documentation. `dictionary`: every table's "
        "columns, types, keys and meaning as Markdown.",
    )
    p.add_argument(
        "what", choices=("dictionary",), help="dictionary: the tables, columns and keys as Markdown"
    )
    p.set_defaults(func=cmd_docs)


# --- helpers -----------------------------------------------------------------------------------
def _settings(args: argparse.Namespace) -> Settings:
    from planwatch.settings import load

    return load(args)


def _warehouse(settings: Settings) -> Warehouse:
    from warehouse.store import Warehouse

    return Warehouse.open(settings.store)


def _format(settings: Settings) -> str:
    from warehouse.exceptions import WarehouseError

    fmt = settings.read.format
    if fmt not in FORMATS:
        raise WarehouseError(f"--format: expected one of {', '.join(FORMATS)}, got {fmt!r}")
    return fmt


def _print(frame: pl.DataFrame, fmt: str, limit: int = 0) -> None:
    import polars as pl

    if limit:
        frame = frame.head(limit)
    if fmt == "csv":
        if sys.stdout.isatty():
            frame = _shown(frame)
        flat = frame.with_columns(
            [
                pl.col(c).cast(pl.List(pl.Utf8)).list.join("|")
                for c, t in frame.schema.items()
                if isinstance(t, pl.List)
            ]
        )
        sys.stdout.write(flat.write_csv())
    elif fmt == "json":
        sys.stdout.write(frame.write_json() + "\n")
    else:
        with pl.Config(tbl_rows=max(frame.height, 1), tbl_cols=-1, fmt_str_lengths=60, tbl_width_chars=200):
            print(_shown(frame))


def _shown(frame: pl.DataFrame) -> pl.DataFrame:
    """Text columns without escape sequences, control or bidi characters (portal titles are
    stored verbatim; a terminal must not execute them)."""
    import polars as pl

    from planwatch.display import safe_text

    return frame.with_columns(
        pl.col(c).map_elements(safe_text, return_dtype=pl.Utf8)
        for c, t in frame.schema.items()
        if t == pl.Utf8
    )


# --- handlers ----------------------------------------------------------------------------------
def cmd_load(args: argparse.Namespace) -> int:
    from flows.folder import load_folder
    from planwatch.ids import new_run_id

    settings = _settings(args)
    wh = _warehouse(settings)
    run_id = settings.load.run_id or new_run_id()
    done = load_folder(wh, args.dir, run_id=run_id, validate=not settings.load.no_validate)
    if done.validated.docs_path:
        print(f"data docs: {done.validated.docs_path}")
    result = done.result
    print(f"run {run_id} loaded into {wh.root}")
    for table, c in result.counts.items():
        print(
            f"  {table:<12} inserted {c['inserted']:>6}  updated {c['updated']:>6}  "
            f"deleted {c['deleted']:>6}  noop {c['noop']:>6}"
        )
    print(
        f"  documents: {len(result.new_docs)} new, {len(result.changed_docs)} changed, "
        f"{len(result.unchanged_docs)} unchanged"
    )
    for sid, why in done.validated.failed_sources.items():
        print(f"  source {sid or '(none)'} NOT loaded: {'; '.join(why)}")
    q = done.validated.quarantine
    if q.height:
        print(f"  {q.height} rows quarantined (planwatch show quarantine --as-of {run_id})")
    return 0


def _total(text: str | None, key: str) -> int:
    import json

    from warehouse.contract import CONTENT_TABLES

    try:
        return sum(int(c.get(key, 0)) for t, c in json.loads(text or "{}").items() if t in CONTENT_TABLES)
    except (ValueError, AttributeError):
        return 0


def cmd_history(args: argparse.Namespace) -> int:
    import polars as pl

    settings = _settings(args)
    fmt = _format(settings)
    runs = _warehouse(settings).history(limit=settings.read.limit or None)

    def total(key: str) -> pl.Expr:
        return pl.col("counts_json").map_elements(lambda s: _total(s, key), return_dtype=pl.Int64).alias(key)

    view = (
        runs.select(
            "run_id",
            "flow",
            "status",
            "started_at",
            pl.col("n_documents_new").alias("docs_new"),
            pl.col("n_documents_updated").alias("docs_updated"),
            pl.col("n_documents_unchanged").alias("docs_unchanged"),
            total("inserted"),
            total("updated"),
            total("deleted"),
            total("noop"),
            pl.col("n_quarantined").alias("quarantined"),
            "versions_json",
        )
        if runs.height
        else runs
    )
    _print(view, fmt)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from warehouse import contract
    from warehouse.exceptions import WarehouseError

    contract.table(args.table)  # an unknown table is a clear error before opening anything
    settings = _settings(args)
    fmt = _format(settings)
    frame = _warehouse(settings).read(args.table, as_of=settings.read.as_of or None)
    if settings.read.columns:
        cols = [c.strip() for c in settings.read.columns.split(",") if c.strip()]
        unknown = [c for c in cols if c not in frame.columns]
        if unknown:
            raise WarehouseError(f"show: unknown columns {unknown}")
        frame = frame.select(cols)
    print(f"{args.table}: {frame.height} rows", file=sys.stderr)
    _print(frame, fmt, settings.read.limit)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from load.export import export
    from warehouse.exceptions import WarehouseError

    settings = _settings(args)
    to, by, fmt = settings.export.to, settings.export.partition_by, settings.export.format
    if not to:
        raise WarehouseError("export: --to DIR is required")
    try:
        paths = export(_warehouse(settings), to, partition_by=by or None, fmt=fmt)
    except ValueError as exc:
        raise WarehouseError(f"export: {exc}") from None
    for p in paths:
        print(p)
    return 0


def cmd_maintain(args: argparse.Namespace) -> int:
    import json

    from warehouse.maintain import maintain

    settings = _settings(args)
    report = maintain(_warehouse(settings), settings.maintain.retention_hours)
    print(json.dumps(report, indent=1, default=str))
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    import polars as pl

    from flows.folder import validate_folder
    from planwatch.ids import new_run_id

    settings = _settings(args)
    run = validate_folder(args.dir, run_id=new_run_id("validate-"), docs_dir=settings.validate.docs or None)
    dq = run.dq_results
    bad = dq.filter(~pl.col("success") & (pl.col("source_id") == ""))
    print(f"{dq.filter(pl.col('source_id') == '').height} expectations evaluated, {bad.height} failed")
    if bad.height:
        _print(bad.select("table_name", "expectation", "column", "level", "unexpected_count"), "table")
    if run.quarantine.height:
        print(f"{run.quarantine.height} rows would be quarantined:")
        _print(run.quarantine.select("table_name", "row_key", "expectation", "reason"), "table", 50)
    for sid, why in run.failed_sources.items():
        print(f"source {sid or '(none)'} would not be loaded: {'; '.join(why)}")
    if run.docs_path:
        print(f"data docs: {run.docs_path}")
    for name, frame in run.tables.items():
        print(f"{name}: {frame.height} rows pass")
    return 1 if (bad.height or run.quarantine.height or run.failed_sources) else 0


def cmd_docs(args: argparse.Namespace) -> int:
    from warehouse.contract import data_dictionary_markdown

    sys.stdout.write(data_dictionary_markdown())
    return 0
