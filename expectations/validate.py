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
import math
import os
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from expectations import suites as S
from planwatch.crashpoints import crash_point
from warehouse import contract

if TYPE_CHECKING:
    import pandas as pd
    import polars as pl

log = logging.getLogger(__name__)

CONTENT = contract.CONTENT_TABLES
# a child row quarantined because its document was
PARENT_QUARANTINED = "document_quarantined"
CHILD_QUARANTINED = "child_rows_quarantined"
_GX_LOCK = threading.RLock()
_GX_CONTEXT: Any = None


@dataclass
class ValidationOutcome:
    tables: dict[str, "pl.DataFrame"]  # rows that passed, in contract schema
    quarantine: "pl.DataFrame"
    dq_results: "pl.DataFrame"
    failed_sources: dict[str, list[str]] = field(default_factory=dict)
    docs_path: str | None = None

    @property
    def n_quarantined(self) -> int:
        return self.quarantine.height


def gx_context() -> Any:
    """One ephemeral GX context per process (importing GX is the slow part, ~5 s)."""
    global _GX_CONTEXT
    with _GX_LOCK:
        if _GX_CONTEXT is None:
            os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
            logging.getLogger("great_expectations").setLevel(logging.WARNING)
            import great_expectations as gx
            from great_expectations.data_context.types.base import ProgressBarsConfig

            ctx = gx.get_context(mode="ephemeral")
            try:
                ctx.variables.progress_bars = ProgressBarsConfig(globally=False)
            except Exception:  # older/newer GX without the switch: bars are only cosmetic
                pass
            _GX_CONTEXT = ctx
        return _GX_CONTEXT


_BATCH_DEFINITIONS: dict[str, Any] = {}


def _batch_definition(name: str) -> Any:
    """One pandas data source per process, one dataframe asset per table (created once)."""
    ctx = gx_context()
    if name not in _BATCH_DEFINITIONS:
        try:
            ds = ctx.data_sources.get("planwatch")
        except (KeyError, ValueError, Exception):
            ds = ctx.data_sources.add_pandas("planwatch")
        asset = ds.add_dataframe_asset(name)
        _BATCH_DEFINITIONS[name] = asset.add_batch_definition_whole_dataframe("run")
    return _BATCH_DEFINITIONS[name]


def run_checks(name: str, df: "pd.DataFrame", checks: list[S.Check], index_cols: list[str]) -> list[Any]:
    """Validate `df` against `checks` with GX; returns one ExpectationValidationResult per check
    (None when GX returned none for it)."""
    import great_expectations as gx

    with _GX_LOCK:  # GX contexts are not thread-safe
        batch = _batch_definition(name).get_batch(batch_parameters={"dataframe": df})
        suite = gx.ExpectationSuite(name=f"planwatch_{name}", expectations=[c.expectation for c in checks])
        res = batch.validate(suite, result_format={"result_format": "COMPLETE",
                                                   "unexpected_index_column_names": index_cols})
    results = list(res.results)

    def kw(cfg: Any) -> dict:
        return {k: v for k, v in cfg.kwargs.items() if k != "batch_id"}

    ordered = []
    for check in checks:  # match each check to its result by type and arguments
        cfg = check.expectation.configuration
        ordered.append(next((r for r in results if r.expectation_config.type == cfg.type
                             and kw(r.expectation_config) == kw(cfg)), None))
    return ordered


def _to_pandas(frame: "pl.DataFrame") -> "pd.DataFrame":
    """polars → pandas with numpy/str dtypes; dates become `datetime.date` objects."""
    import pandas as pd
    import polars as pl

    df = frame.to_pandas()
    for col, dtype in frame.schema.items():
        if dtype == pl.Date:
            df[col] = pd.Series(frame.get_column(col).to_list(), dtype=object, index=df.index)
    return df


def _today(now: datetime) -> date:
    """The latest calendar date anywhere (UTC+14): a page dated 'today' in China is never 'future'."""
    return (now.astimezone(timezone.utc) + timedelta(hours=14)).date()


def _schema_problems(name: str, frame: "pl.DataFrame") -> list[str]:
    expected = contract.table(name).polars_schema()
    problems = []
    if list(frame.columns) != list(expected):
        missing = [c for c in expected if c not in frame.columns]
        extra = [c for c in frame.columns if c not in expected]
        problems.append(f"columns differ (missing {missing}, extra {extra})" if missing or extra
                        else "column order differs")
    for col, dtype in expected.items():
        if col in frame.columns and frame.schema[col] != dtype:
            problems.append(f"{col} is {frame.schema[col]}, expected {dtype}")
    return problems


def _jsonable(v: Any) -> Any:
    if isinstance(v, float) and not math.isfinite(v):
        return str(v)
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    if hasattr(v, "tolist"):
        return v.tolist()
    if hasattr(v, "item"):
        return v.item()
    return v


def _details(result: Any, check: S.Check) -> str:
    out: dict[str, Any] = {"reason": check.reason, "level": check.level}
    kw = {k: v for k, v in check.expectation.configuration.kwargs.items() if k != "value_set"
          or len(v) <= 20}
    out["kwargs"] = kw
    if result is not None:
        r = result.result or {}
        for k in ("observed_value", "partial_unexpected_list", "unexpected_percent"):
            if k in r:
                out[k] = r[k][:20] if isinstance(r[k], list) else r[k]
        exc = (result.exception_info or {})
        if exc.get("raised_exception"):
            out["exception"] = str(exc.get("exception_message"))[:500]
    return json.dumps(out, ensure_ascii=False, default=lambda v: str(_jsonable(v)))


def _row_key(row: dict, key: tuple[str, ...], row_no: int) -> str:
    parts = [row.get(k) for k in key]
    if any(p is None for p in parts):
        return f"<null key>#{row_no}"
    return "|".join(str(p) for p in parts)


def validate_run(tables: dict[str, "pl.DataFrame"], *, run_id: str,
                 previous_counts: dict[str, dict[str, int]] | None = None, now: datetime | None = None,
                 docs_dir: str | Path | None = None) -> ValidationOutcome:
    """Validate the run's content tables; see the module doc for what happens to failures.

    previous_counts: `{source_id: {table: rows}}` of the last comparable run
    (`Warehouse.previous_counts(flow)`); None skips the collapse check.
    docs_dir: write the static HTML report (Data Docs) there (e.g. `Warehouse.data_docs_dir`).
    """
    import polars as pl

    now = now or datetime.now(timezone.utc)
    if now.tzinfo is None:
        now = now.replace(tzinfo=timezone.utc)
    raw = {n: (tables.get(n) if tables.get(n) is not None else contract.empty(n)) for n in CONTENT}

    failed: dict[str, list[str]] = defaultdict(list)
    dq_rows: list[dict] = []
    frames: dict[str, pl.DataFrame] = {}
    schema_bad: dict[str, list[str]] = {}
    for n in CONTENT:
        problems = _schema_problems(n, raw[n])
        try:
            frames[n] = contract.conform(n, raw[n]).with_row_index("_row").with_columns(
                pl.col("_row").cast(pl.Int64))
        except Exception as exc:
            problems.append(f"cannot conform: {exc}")
            frames[n] = contract.empty(n).with_row_index("_row").with_columns(pl.col("_row").cast(pl.Int64))
        if problems:
            schema_bad[n] = problems

    docs = frames["documents"]
    doc_src = docs.select("doc_id", pl.col("source_id").fill_null("").alias("_source_id"),
                          pl.col("plan_start_year").alias("_plan_start_year")).unique("doc_id", keep="first")
    all_sources = sorted(doc_src.get_column("_source_id").unique().to_list())
    doc_ids = doc_src.get_column("doc_id").drop_nulls().to_list()

    # helper columns
    task_docs = set(frames["tasks"].get_column("doc_id").drop_nulls().to_list())
    v: dict[str, pl.DataFrame] = {}
    v["documents"] = docs.with_columns(
        pl.col("source_id").fill_null("").alias("_source_id"),
        (~pl.col("is_plan").fill_null(False) | pl.col("doc_id").is_in(list(task_docs))).alias("_plan_has_tasks"))
    for n in ("tasks", "task_units", "targets"):
        f = frames[n].join(doc_src, on="doc_id", how="left").with_columns(pl.col("_source_id").fill_null(""))
        if n != "targets":
            f = f.drop("_plan_start_year")
        v[n] = f.sort("_row")

    suites = S.suites(today=_today(now), doc_ids=doc_ids)
    row_fail: dict[str, dict[int, list[tuple[str, str, str]]]] = {n: defaultdict(list) for n in CONTENT}
    validated_at = now
    for n in CONTENT:
        t = contract.table(n)
        frame = v[n]
        cols = [*t.column_names, *S.HELPER_COLUMNS[n]]
        frame = frame.select(cols)
        if schema_bad.get(n):
            # the GX column-list check runs on the frame as given, so the result names the problem
            for sid in all_sources:
                failed[sid].append(f"{n}: schema: {'; '.join(schema_bad[n])}")
            dq_rows.append(_dq(run_id, n, "", "expect_table_schema_to_match_contract", "", "table", False,
                               raw[n].height, None, json.dumps({"problems": schema_bad[n]}, ensure_ascii=False),
                               validated_at))
        if frame.height == 0:
            continue
        df = _to_pandas(frame)
        checks = suites[n]
        results = run_checks(n, df, checks, index_cols=[*t.key, "_row"])
        crash_point("validate.table")  # crash suites: killed mid-validation
        src_col = frame.get_column("_source_id").to_list()
        per_source_total: dict[str, int] = defaultdict(int)
        for s in src_col:
            per_source_total[s] += 1
        for check, res in zip(checks, results):
            if check.level == "table":
                ok = bool(res is not None and res.success)
                dq_rows.append(_dq(run_id, n, "", check.type, check.column, "table", ok, frame.height,
                                   None, _details(res, check), validated_at))
                if not ok:
                    for sid in all_sources:
                        failed[sid].append(f"{n}: {check.reason}")
                continue
            bad_rows: list[int] = []
            if res is None or (res.exception_info or {}).get("raised_exception"):
                log.warning("%s: %s raised: %s", n, check.type, res and res.exception_info)
            elif not res.success:
                for item in res.result.get("unexpected_index_list") or []:
                    r = int(item["_row"])
                    bad_rows.append(r)
                    value = item.get(check.column) if check.column in item else None
                    row_fail[n][r].append((check.type, check.column,
                                           check.reason + ("" if value is None else f" (value: {_jsonable(value)})")))
            bad_by_src: dict[str, int] = defaultdict(int)
            for r in bad_rows:
                bad_by_src[src_col[r]] += 1
            errored = res is None or bool((res.exception_info or {}).get("raised_exception"))
            details = _details(res, check)
            dq_rows.append(_dq(run_id, n, "", check.type, check.column, "row",
                               (not errored) and not bad_rows, frame.height, len(bad_rows), details, validated_at))
            for sid, total in per_source_total.items():
                dq_rows.append(_dq(run_id, n, sid, check.type, check.column, "row",
                                   (not errored) and bad_by_src.get(sid, 0) == 0, total,
                                   bad_by_src.get(sid, 0), details, validated_at))

    _collapse_checks(run_id, v, previous_counts, failed, dq_rows, validated_at)

    passed, quarantine = _apply(run_id, v, row_fail, failed, validated_at)
    dq = contract.conform("dq_results", dq_rows) if dq_rows else contract.empty("dq_results")
    dq = dq.unique(subset=list(contract.table("dq_results").key), keep="first", maintain_order=True)
    outcome = ValidationOutcome(tables=passed, quarantine=quarantine, dq_results=dq,
                                failed_sources={k: v for k, v in failed.items()})
    if docs_dir is not None:
        from expectations.docs import write_data_docs

        outcome.docs_path = str(write_data_docs(docs_dir, run_id=run_id, outcome=outcome, now=now))
    return outcome


def _dq(run_id: str, table: str, source_id: str, expectation: str, column: str, level: str, success: bool,
        element_count: int | None, unexpected_count: int | None, details: str, at: datetime) -> dict:
    return {"run_id": run_id, "table_name": table, "source_id": source_id, "expectation": expectation,
            "column": column, "level": level, "success": bool(success), "element_count": element_count,
            "unexpected_count": unexpected_count, "details": details, "validated_at": at}


def _collapse_checks(run_id: str, v: dict, previous: dict | None, failed: dict, dq_rows: list,
                     at: datetime) -> None:
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
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {t: 0 for t in (*CONTENT, "plan_documents")})
    for n in CONTENT:
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
    sources = sorted(s for s in v["documents"].get_column("_source_id").unique().to_list() if s in previous)
    if not sources:
        return
    measures = S.COLLAPSE_MEASURES
    rows = []
    for sid in sources:
        prev = previous.get(sid) or {}
        comparable = bool(int(prev.get("_comparable", 1) or 0))
        row: dict[str, Any] = {"source_id": sid}
        for m, table, kind in measures:
            if kind == "rows":
                now_v, prev_v = float(counts[sid][table]), float(prev.get(table, 0) or 0)
                active = comparable and prev_v >= S.COLLAPSE_MIN_PREVIOUS
            else:
                n_plans, prev_plans = counts[sid]["plan_documents"], float(prev.get("plan_documents", 0) or 0)
                now_v = per_plan[sid][table] / n_plans if n_plans else 0.0
                prev_v = float(prev.get(f"{table}_of_plans", prev.get(table, 0)) or 0) / prev_plans \
                    if prev_plans else 0.0
                active = prev_plans >= S.COLLAPSE_MIN_PREVIOUS and n_plans >= S.COLLAPSE_MIN_PREVIOUS
            row[f"n_{m}"] = now_v
            row[f"_prev_{m}"] = prev_v
            row[f"_min_{m}"] = prev_v * S.COLLAPSE_RATIO if active else 0.0
        rows.append(row)
    frame = pl.DataFrame(rows)
    checks = S.source_counts_suite()
    results = run_checks("source_counts", frame.to_pandas(), checks, index_cols=["source_id"])
    by_sid = {r["source_id"]: r for r in rows}
    for (m, table, kind), check, res in zip(measures, checks, results):
        bad = {item["source_id"] for item in ((res.result or {}).get("unexpected_index_list") or [])} \
            if res is not None and not res.success else set()
        for sid in sources:
            r = by_sid[sid]
            ok = sid not in bad
            shown = (f"{r[f'n_{m}']:.0f} rows vs {r[f'_prev_{m}']:.0f}" if kind == "rows"
                     else f"{r[f'n_{m}']:.1f} per plan document vs {r[f'_prev_{m}']:.1f}")
            if not ok:
                failed[sid].append(f"{table}: {shown} in the last run — {check.reason}")
            dq_rows.append(_dq(run_id, table, sid, f"expect_source_{m}_not_to_collapse", "", "table", ok,
                               counts[sid][table], None,
                               json.dumps({"value": r[f"n_{m}"], "previous": r[f"_prev_{m}"],
                                           "min": r[f"_min_{m}"], "reason": check.reason,
                                           "gx": check.type}, ensure_ascii=False), at))


def _apply(run_id: str, v: dict, row_fail: dict, failed: dict, at: datetime) -> tuple[dict, "pl.DataFrame"]:
    """Split rows into passed tables and quarantine rows (cascading as the module doc says)."""
    import polars as pl

    failed_set = set(failed)
    q: dict[tuple, dict] = {}

    def add(n: str, row: dict, expectation: str, column: str, reason: str) -> None:
        t = contract.table(n)
        rk = _row_key(row, t.key, row["_row"])
        k = (n, rk, expectation)
        if k in q:
            entry = q[k]
            if column and column not in entry["column"].split(","):
                entry["column"] = ",".join(filter(None, [entry["column"], column]))
            if reason not in entry["reason"]:
                entry["reason"] += "; " + reason
            return
        clean = {c: row.get(c) for c in t.column_names}
        q[k] = {"run_id": run_id, "table_name": n, "row_key": rk, "doc_id": row.get("doc_id"),
                "source_id": row.get("_source_id"), "expectation": expectation, "column": column or "",
                "reason": reason, "row_json": json.dumps(clean, ensure_ascii=False, default=str),
                "quarantined_at": at}

    rows = {n: v[n].to_dicts() if row_fail[n] else None for n in CONTENT}
    bad_docs: dict[str, str] = {}
    for n in CONTENT:
        for r, fails in row_fail[n].items():
            row = rows[n][r]
            if row.get("_source_id") in failed_set:
                continue  # the whole source is not loaded anyway
            for exp, col, reason in fails:
                add(n, row, exp, col, reason)
            if n in ("documents", "tasks", "task_units") and row.get("doc_id") is not None:
                bad_docs.setdefault(row["doc_id"], f"{n} row {_row_key(row, contract.table(n).key, r)}: "
                                    f"{fails[0][2]}")

    drop_rows: dict[str, set[int]] = {n: set(row_fail[n]) for n in CONTENT}
    if bad_docs:
        for n in CONTENT:
            f = v[n].filter(pl.col("doc_id").is_in(list(bad_docs)) & ~pl.col("_source_id").is_in(list(failed_set)))
            for row in f.to_dicts():
                if row["_row"] in row_fail[n]:
                    continue
                if n == "documents":
                    add(n, row, CHILD_QUARANTINED, "", f"a row of this document failed: {bad_docs[row['doc_id']]}")
                else:
                    add(n, row, PARENT_QUARANTINED, "doc_id",
                        f"its document was quarantined: {bad_docs[row['doc_id']]}")
                drop_rows[n].add(row["_row"])

    passed = {}
    for n in CONTENT:
        f = v[n].filter(~pl.col("_source_id").is_in(list(failed_set)))
        if drop_rows[n]:
            f = f.filter(~pl.col("_row").is_in(list(drop_rows[n])))
        if bad_docs:
            f = f.filter(~pl.col("doc_id").is_in(list(bad_docs)))
        passed[n] = contract.conform(n, f.select(contract.table(n).column_names))
    quarantine = contract.conform("quarantine", list(q.values())) if q else contract.empty("quarantine")
    return passed, quarantine
