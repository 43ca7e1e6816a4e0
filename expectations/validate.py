"""Validate one run's content tables with Great Expectations before they are loaded.

Great Expectations has no polars engine: each table goes through `to_pandas()` (plain numpy / `str`
dtypes, dates as `datetime.date` objects) into an ephemeral GX context. Row-level failures come
back through `unexpected_index_list` (result format COMPLETE, `unexpected_index_column_names`
naming the key columns and a `_row` number) and those rows go to `quarantine` instead of the main
tables:
- a failing document takes its tasks, task_units and targets with it;
- a failing task or task unit takes its whole document (children are replaced as a set, so a
  partial set must not be loaded);
- a failing target just drops that target.
Table-level failures (schema, per-source row counts collapsing against the last run) mark the
source in `failed_sources`: none of its rows are loaded.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from expectations import suites as S
from expectations.collapse import collapse_checks
from expectations.gx import run_checks, to_pandas
from expectations.quarantine import split_passed
from expectations.results import Results, details, jsonable
from planwatch.crashpoints import crash_point
from planwatch.records import ValidatedRun
from warehouse import contract
from warehouse.contract import CONTENT_TABLES

if TYPE_CHECKING:
    import polars as pl

log = logging.getLogger(__name__)


def _today(now: datetime) -> date:
    """The latest calendar date anywhere (UTC+14): a page dated 'today' in China is never 'future'."""
    return (now.astimezone(UTC) + timedelta(hours=14)).date()


def _schema_problems(name: str, frame: pl.DataFrame) -> list[str]:
    expected = contract.table(name).polars_schema()
    problems = []
    if list(frame.columns) != list(expected):
        missing = [c for c in expected if c not in frame.columns]
        extra = [c for c in frame.columns if c not in expected]
        problems.append(
            f"columns differ (missing {missing}, extra {extra})"
            if missing or extra
            else "column order differs"
        )
    for col, dtype in expected.items():
        if col in frame.columns and frame.schema[col] != dtype:
            problems.append(f"{col} is {frame.schema[col]}, expected {dtype}")
    return problems


def _or_empty(frame: pl.DataFrame | None, name: str) -> pl.DataFrame:
    return contract.empty(name) if frame is None else frame


def _conformed(raw: dict[str, pl.DataFrame]) -> tuple[dict[str, pl.DataFrame], dict[str, list[str]]]:
    """Each table in contract schema with a `_row` number, and the schema problems of each."""
    import polars as pl

    frames: dict[str, pl.DataFrame] = {}
    schema_bad: dict[str, list[str]] = {}
    for n in CONTENT_TABLES:
        problems = _schema_problems(n, raw[n])
        try:
            frame = contract.conform(n, raw[n])
        except Exception as exc:
            problems.append(f"cannot conform: {exc}")
            frame = contract.empty(n)
        frames[n] = frame.with_row_index("_row").with_columns(pl.col("_row").cast(pl.Int64))
        if problems:
            schema_bad[n] = problems
    return frames, schema_bad


def _with_helpers(frames: dict[str, pl.DataFrame]) -> tuple[dict[str, pl.DataFrame], pl.DataFrame]:
    """The tables with the helper columns the suites read (`_source_id` of each row's document,
    `_plan_has_tasks`, `_plan_start_year`), and each document's source."""
    import polars as pl

    docs = frames["documents"]
    doc_src = docs.select(
        "doc_id",
        pl.col("source_id").fill_null("").alias("_source_id"),
        pl.col("plan_start_year").alias("_plan_start_year"),
    ).unique("doc_id", keep="first")
    task_docs = set(frames["tasks"].get_column("doc_id").drop_nulls().to_list())
    v: dict[str, pl.DataFrame] = {}
    v["documents"] = docs.with_columns(
        pl.col("source_id").fill_null("").alias("_source_id"),
        (~pl.col("is_plan").fill_null(False) | pl.col("doc_id").is_in(list(task_docs))).alias(
            "_plan_has_tasks"
        ),
    )
    for n in ("tasks", "task_units", "targets", "attachments"):
        f = frames[n].join(doc_src, on="doc_id", how="left").with_columns(pl.col("_source_id").fill_null(""))
        if n != "targets":
            f = f.drop("_plan_start_year")
        v[n] = f.sort("_row")
    return v, doc_src


def _check_table(
    n: str, frame: pl.DataFrame, checks: list[S.Check], all_sources: list[str], out: Results
) -> None:
    """Run one table's suite; record table-level results per run and row-level ones per source."""
    from collections import Counter

    t = contract.table(n)
    results = run_checks(n, to_pandas(frame), checks, index_cols=[*t.key, "_row"])
    crash_point("validate.table")  # crash suites: killed mid-validation
    src_col = frame.get_column("_source_id").to_list()
    per_source_total = Counter(src_col)
    for check, res in zip(checks, results, strict=True):
        if check.level == "table":
            ok = bool(res is not None and res.success)
            out.dq(n, "", check.type, check.column, "table", ok, frame.height, None, details(res, check))
            if not ok:
                out.fail_sources(all_sources, f"{n}: {check.reason}")
            continue
        bad_rows = _failed_rows(n, check, res, out, quarantine=check.level == "row")
        bad_by_src = Counter(src_col[r] for r in bad_rows)
        errored = res is None or bool((res.exception_info or {}).get("raised_exception"))
        info = details(res, check)
        out.dq(
            n,
            "",
            check.type,
            check.column,
            check.level,  # "row" or "flag"
            (not errored) and not bad_rows,
            frame.height,
            len(bad_rows),
            info,
        )
        for sid, total in per_source_total.items():
            bad = bad_by_src.get(sid, 0)
            out.dq(
                n, sid, check.type, check.column, check.level, (not errored) and bad == 0, total, bad, info
            )


def _failed_rows(n: str, check: S.Check, res: Any, out: Results, *, quarantine: bool = True) -> list[int]:
    """The `_row` numbers a row-level check failed (recorded in `out` for the quarantine unless the
    check only flags); none when it raised."""
    bad_rows: list[int] = []
    if res is None or (res.exception_info or {}).get("raised_exception"):
        log.warning("%s: %s raised: %s", n, check.type, res and res.exception_info)
    elif not res.success:
        for item in res.result.get("unexpected_index_list") or []:
            r = int(item["_row"])
            bad_rows.append(r)
            value = item.get(check.column) if check.column in item else None
            reason = check.reason + ("" if value is None else f" (value: {jsonable(value)})")
            if quarantine:
                out.fail_row(n, r, (check.type, check.column, reason))
    return bad_rows


def validate_run(
    tables: dict[str, pl.DataFrame],
    *,
    run_id: str,
    previous_counts: dict[str, dict[str, int]] | None = None,
    now: datetime | None = None,
    docs_dir: str | Path | None = None,
    source_failures: dict[str, str] | None = None,
) -> ValidatedRun:
    """Validate the run's content tables; see the module doc for what happens to failures.

    previous_counts: `{source_id: {table: rows}}` of the last comparable run
    (`flows.history.previous_counts`); None skips the collapse check.
    docs_dir: write the static HTML report (Data Docs) there.
    source_failures: sources that failed before validation, with why (Data Docs mark the run).
    """

    now = now or datetime.now(UTC)
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    raw: dict[str, pl.DataFrame] = {n: _or_empty(tables.get(n), n) for n in CONTENT_TABLES}
    frames, schema_bad = _conformed(raw)
    v, doc_src = _with_helpers(frames)
    all_sources = sorted(doc_src.get_column("_source_id").unique().to_list())
    suites = S.suites(today=_today(now), doc_ids=doc_src.get_column("doc_id").drop_nulls().to_list())
    out = Results(run_id, now)
    for n in CONTENT_TABLES:
        frame = v[n].select([*contract.table(n).column_names, *S.HELPER_COLUMNS[n]])
        if schema_bad.get(n):
            # the GX column-list check runs on the frame as given, so the result names the problem
            out.fail_sources(all_sources, f"{n}: schema: {'; '.join(schema_bad[n])}")
            problems = json.dumps({"problems": schema_bad[n]}, ensure_ascii=False)
            out.dq(
                n,
                "",
                "expect_table_schema_to_match_contract",
                "",
                "table",
                False,
                raw[n].height,
                None,
                problems,
            )
        if frame.height:
            _check_table(n, frame, suites[n], all_sources, out)
    collapse_checks(v, previous_counts, out)
    passed, quarantine = split_passed(v, out)
    dq = contract.conform("dq_results", out.dq_rows) if out.dq_rows else contract.empty("dq_results")
    dq = dq.unique(subset=list(contract.table("dq_results").key), keep="first", maintain_order=True)
    run = ValidatedRun(tables=passed, quarantine=quarantine, dq_results=dq, failed_sources=dict(out.failed))
    if docs_dir is not None:
        from expectations.docs import write_data_docs

        run.docs_path = str(
            write_data_docs(docs_dir, run_id=run_id, outcome=run, now=now, source_failures=source_failures)
        )
    return run
