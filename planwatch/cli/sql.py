"""`planwatch sql "SELECT …"`: DuckDB over the warehouse (every table, plus `targets_wide` and `plans`).

Only argparse and settings are imported here; DuckDB, deltalake and polars inside the handler.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from planwatch.settings import add_arguments

if TYPE_CHECKING:
    import polars as pl

FORMATS = ("table", "csv", "json", "parquet", "xlsx")
NEEDS_FILE = ("parquet", "xlsx")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "sql",
        help="query the warehouse with SQL (DuckDB): every table, targets_wide and plans",
        description="Run one SQL query with DuckDB over the warehouse: every table "
        "(documents, tasks, task_units, targets, pages, runs, dq_results, quarantine, alerts) "
        "and the views targets_wide (a target with its document, task, units and indicator code) "
        "and plans (one row per plan with counts). --as-of reads every table as a run left it "
        "(or at a Delta version or timestamp). Without QUERY, lists the tables and their columns.",
    )
    p.add_argument("query", metavar="QUERY", nargs="?", help="one SQL query (quote it)")
    add_arguments(p, "as_of", "sql_format", "sql_out", "warehouse", "storage_options", "config", "log_level")
    p.set_defaults(func=cmd_sql)


def _print_table(frame: pl.DataFrame) -> None:
    import polars as pl

    from planwatch.cli.output import safe_columns

    frame = safe_columns(frame)
    with pl.Config(
        tbl_rows=max(frame.height, 1),
        tbl_cols=-1,
        fmt_str_lengths=60,
        fmt_table_cell_list_len=6,
        tbl_width_chars=200,
        tbl_hide_dataframe_shape=True,
    ):
        print(frame)
    print(f"({frame.height} rows)", file=sys.stderr)


def cmd_sql(args: argparse.Namespace) -> int:
    from planwatch.settings import load
    from warehouse import files
    from warehouse.checks import check
    from warehouse.exceptions import QueryError
    from warehouse.sql import describe, query
    from warehouse.store import Warehouse

    settings = load(args)
    fmt, out = settings.sql.format, settings.sql.out
    if fmt not in FORMATS:
        raise QueryError(f"sql: --format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if fmt in NEEDS_FILE and not out:
        raise QueryError(f"sql: --format {fmt} writes a file: give --out FILE")
    wh = Warehouse.open(settings.store)
    check(wh, need_tables=True)  # a file, missing, no bucket: one line, exit 4
    if not args.query:
        for name, cols in describe(wh).items():
            print(f"{name}: " + ", ".join(f"{c} {t}" for c, t in cols))
        return 0
    frame = query(wh, args.query, as_of=settings.read.as_of or None)
    if out:
        if fmt == "table":  # the file's suffix says the format (default csv)
            fmt = next((f for f, sfx in files.SUFFIX.items() if out.lower().endswith(sfx)), "csv")
        path = files.write(frame, out, fmt)
        print(f"{frame.height} rows → {path}", file=sys.stderr)
    elif fmt == "csv":
        sys.stdout.write(files.csv_text(frame, bom=False))
    elif fmt == "json":
        sys.stdout.write(frame.write_json() + "\n")
    else:
        _print_table(frame)
    return 0
