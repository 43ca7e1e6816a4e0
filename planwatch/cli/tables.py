"""`planwatch load | validate | history | show | export | maintain | docs`: the warehouse's tables.

`load` and `validate` go through `flows.folder` (the same validate → load wiring as a night);
the reading commands call the warehouse. Only argparse and settings are imported here;
deltalake, polars and Great Expectations are imported inside the handlers.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from planwatch.cli import output
from planwatch.settings import add_arguments

if TYPE_CHECKING:
    import polars as pl

    from planwatch.settings import Settings
    from warehouse.store import Warehouse

WH = ("warehouse", "storage_options", "config", "log_level")  # fmt: skip
FORMATS = ("table", "csv", "json")


def register(subparsers: argparse._SubParsersAction) -> None:
    # Long function: argparse declarations of seven commands.
    p = subparsers.add_parser(
        "load",
        help="validate and load a `planwatch parse --out DIR` folder into the warehouse as a run",
        description="Validate the Parquet tables in DIR (documents.parquet, tasks.parquet, "
        "task_units.parquet, targets.parquet) with the expectation suites and MERGE the rows "
        "that pass into the warehouse as one run (flow `load`). Re-loading the same folder "
        "writes nothing (no new version of any table). Prints the run id and per-table "
        "insert/update/delete/noop counts.",
    )
    p.add_argument("dir", metavar="DIR", help="folder written by `planwatch parse --out DIR`")
    add_arguments(p, "load_run_id", "skip_validation", *WH)
    p.set_defaults(func=cmd_load)

    p = subparsers.add_parser(
        "history",
        help="list the runs with their insert/update/noop counts",
        description="List runs newest first: run id (it starts with the UTC start time), flow, "
        "status, documents new/updated/unchanged, rows inserted, quarantined; --columns all (or "
        "--format json/csv) adds rows updated/deleted/noop, the start time and table versions.",
    )
    add_arguments(p, "limit", "columns", "output_format", "json", *WH)
    p.set_defaults(func=cmd_history)

    p = subparsers.add_parser(
        "show",
        help="print a table, current or as of a run id, version or timestamp",
        description="Print a warehouse table: a few readable columns that fit the terminal "
        "(--columns a,b or --columns all for others; --format json/csv for every column). "
        "--as-of takes a run id (the consistent snapshot that run recorded for every table), a "
        "Delta version number, or an ISO timestamp.",
    )
    p.add_argument(
        "table",
        metavar="TABLE",
        help="documents, tasks, task_units, targets, pages, runs, dq_results, quarantine or alerts",
    )
    add_arguments(p, "as_of", "limit", "columns", "output_format", "json", *WH)
    p.set_defaults(func=cmd_show)

    p = subparsers.add_parser(
        "export",
        help="write the current tables as Parquet, CSV or XLSX for analysts",
        description="Write every table's current state as <DIR>/<table>.parquet, readable without "
        "Delta support (DuckDB, pandas, Spark), or with --format csv / xlsx as <DIR>/<table>.csv "
        "(UTF-8 with BOM: Excel reads the Chinese) / .xlsx. --partition-by county, publish_year "
        "or county,publish_year writes the content tables as hive-partitioned Parquet folders "
        "<DIR>/<table>/county=<name>/publish_year=<year>/. A missing warehouse is an error "
        "(exit 4), not empty files.",
    )
    add_arguments(p, "export_dir", "partition_by", "export_format", *WH)
    p.set_defaults(func=cmd_export)

    p = subparsers.add_parser(
        "maintain",
        help="compact small files and vacuum beyond the retention window",
        description="Compact small files of every table and vacuum files removed more than "
        "--retention-hours ago, keeping every version that a run inside the window points at.",
    )
    add_arguments(p, "retention_hours", "json", *WH)
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
# What `show` prints by default in a table (every column with --columns all, --format json/csv).
SHOW_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("doc_id", "publish_date", "county", "is_plan", "n_tasks", "n_targets", "title"),
    "tasks": ("doc_id", "seq", "title", "lead_units"),
    "task_units": ("doc_id", "role", "canonical", "unit"),
    "targets": ("doc_id", "seq", "year", "comparator", "value", "unit", "indicator"),
    "pages": ("fetched_at", "source_id", "kind", "outcome", "status", "url"),
    "runs": ("run_id", "flow", "status", "n_documents_new", "n_errors", "error"),
    "dq_results": ("table_name", "source_id", "expectation", "success", "unexpected_count", "column"),
    "quarantine": ("table_name", "row_key", "expectation", "reason"),
    "alerts": ("created_at", "kind", "status", "source_id", "title"),
}
HISTORY_COLUMNS = (
    "run_id",
    "flow",
    "status",
    "docs_new",
    "docs_updated",
    "docs_unchanged",
    "inserted",
    "quarantined",
)
HEADERS = {"docs_new": "new", "docs_updated": "upd", "docs_unchanged": "same", "inserted": "ins",
           "quarantined": "quar", "n_documents_new": "new", "n_errors": "errs", "unexpected_count": "bad",
           "publish_date": "published", "is_plan": "plan", "n_tasks": "tasks", "n_targets": "targets",
           "comparator": "cmp", "table_name": "table"}  # fmt: skip


def _settings(args: argparse.Namespace) -> Settings:
    from planwatch.settings import load

    return load(args)


def _warehouse(settings: Settings, *, write: bool = False, need_tables: bool = True) -> Warehouse:
    """The warehouse, checked first: a path that is a file, read-only or missing is one clear
    error (exit 4), never a traceback, an empty table or nine empty export files."""
    from warehouse.checks import check
    from warehouse.store import Warehouse

    wh = Warehouse.open(settings.store)
    check(wh, write=write, need_tables=need_tables)
    return wh


def _format(settings: Settings) -> str:
    from planwatch.exceptions import ConfigError

    if settings.json:
        return "json"
    fmt = settings.read.format
    if fmt not in FORMATS:
        raise ConfigError(f"--format: expected one of {', '.join(FORMATS)}, got {fmt!r}")
    return fmt


def _print(frame: pl.DataFrame, fmt: str, limit: int = 0, *, defaults: tuple[str, ...] = (),
           columns: str = "", what: str = "") -> None:  # fmt: skip
    """A frame as a table that fits the terminal (the `defaults` columns unless `columns`), or
    every column as CSV or JSON."""
    from warehouse import files

    total = frame.height
    if limit:
        frame = frame.head(limit)
    if fmt != "table" or columns:
        frame = output.pick_columns(frame, columns or "all", ())
    if fmt == "csv":
        if sys.stdout.isatty():
            frame = output.safe_columns(frame)
        sys.stdout.write(files.csv_text(frame, bom=False, separator="|"))
    elif fmt == "json":
        sys.stdout.write(frame.write_json() + "\n")
    else:
        frame = output.pick_columns(frame, columns, defaults) if defaults else frame
        output.console().print(output.frame_table(frame, headers=HEADERS))  # cells made safe there
        shown = f"{frame.height} of {total}" if frame.height < total else str(total)
        hint = "; --limit 0 for all" if frame.height < total else ""
        print(f"{what + ': ' if what else ''}{shown} rows{hint}; --columns all or --format json for every column",
              file=sys.stderr)  # fmt: skip


# --- handlers ----------------------------------------------------------------------------------
def cmd_load(args: argparse.Namespace) -> int:
    from flows import writer
    from flows.folder import load_folder
    from planwatch.ids import new_run_id

    settings = _settings(args)
    wh = _warehouse(settings, write=True, need_tables=False)
    run_id = settings.load.run_id or new_run_id()
    with writer.guard(wh, settings.shard.writer_wait_s):  # one writer at a time (flows.writer)
        done = load_folder(wh, args.dir, run_id=run_id, validate=not settings.load.no_validate)
    if done.unchanged_since:
        print(f"{args.dir}: unchanged since run {done.unchanged_since}; nothing written to {wh.root}")
        return 0
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
    if runs.height == 0:
        runs = runs.with_columns(pl.lit("{}").alias("counts_json"))

    def total(key: str) -> pl.Expr:
        return pl.col("counts_json").map_elements(lambda s: _total(s, key), return_dtype=pl.Int64).alias(key)

    view = runs.select(
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
    _print(view, fmt, defaults=HISTORY_COLUMNS, columns=settings.read.columns, what="runs")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from warehouse import contract

    contract.table(args.table)  # an unknown table is a clear error before opening anything
    settings = _settings(args)
    fmt = _format(settings)
    frame = _warehouse(settings).read(args.table, as_of=settings.read.as_of or None)
    _print(frame, fmt, settings.read.limit, defaults=SHOW_COLUMNS.get(args.table, ()),
           columns=settings.read.columns, what=args.table)  # fmt: skip
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from load.export import export
    from planwatch.exceptions import ConfigError
    from warehouse import contract

    settings = _settings(args)
    to, by, fmt = settings.export.to, settings.export.partition_by, settings.export.format
    if not to:
        raise ConfigError("export: --to DIR is required")
    wh = _warehouse(settings)
    names = list(contract.TABLES)
    paths = []
    with output.progress() as show:
        for i, name in enumerate(names, 1):
            try:
                paths.extend(export(wh, to, partition_by=by or None, tables=[name], fmt=fmt))
            except ValueError as exc:  # a --format / --partition-by that does not fit
                raise ConfigError(f"export: {exc}") from None
            if show:
                show("export", name, i, len(names))
    for p in paths:
        print(p)
    print(f"exported {len(paths)} tables from {wh.root} to {to}", file=sys.stderr)
    return 0


def cmd_maintain(args: argparse.Namespace) -> int:
    from flows import writer
    from warehouse import contract
    from warehouse.maintain import maintain

    settings = _settings(args)
    wh = _warehouse(settings, write=True)
    report: dict = {}
    names = list(contract.TABLES)
    with writer.guard(wh, settings.shard.writer_wait_s), output.progress(enabled=not settings.json) as show:
        for i, name in enumerate(names, 1):
            part = maintain(wh, settings.maintain.retention_hours, tables=[name])
            report = {**part, "tables": {**report.get("tables", {}), **part["tables"]}}
            if show:
                show("maintain", name, i, len(names))
    if settings.json:
        output.print_json(report)
        return 0
    t = output.table(["table", "compacted", "added", "removed", "kept versions", "version"],
                     numeric=["compacted", "added", "removed", "version"])  # fmt: skip
    for name, e in report["tables"].items():
        kept = e["kept_versions"]
        t.add_row(name, str(e["files_compacted"]), str(e["files_added"]), str(e["files_removed"]),
                  output.cut(", ".join(map(str, kept)), 20), str(e["version"]))  # fmt: skip
    output.console().print(t)
    removed = sum(e["files_removed"] for e in report["tables"].values())
    print(f"{len(report['tables'])} tables compacted and vacuumed: {removed} files removed "
          f"(retention {settings.maintain.retention_hours} h)")  # fmt: skip
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
