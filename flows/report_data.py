"""What a run report shows, read from the warehouse after the load (small polars frames).

`gather(wh, run_id, report)` collects: the run's verdict and counts, its new and changed plans
(title, county, date, link, tasks, targets, first deadline; a short 印发 notice and the plan page
it links are one plan, as in the `plans` view), plans per county and week, targets
by indicator group and year, the top indicators compared across counties, fetches per source and
outcome, the data-quality summary, and the targets the indicator catalogue does not know yet.
`flows.report_page` renders it; `flows.reports` writes and publishes the pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import polars as pl

    from planwatch.records import QualitySummary
    from warehouse.store import Warehouse

TOP_INDICATORS = 4  # indicators compared across counties
FETCH_SOURCES_SHOWN = 40  # sources in the fetches chart (the most failures first); the rest as one bar
FAILED_OUTCOMES = ("error", "blocked", "refused")
TOP_UNCODED = 15
UNCODED = "未编码"
FAILURES_SHOWN = 20  # failed expectation results the report lists (Data Docs list them all)
# the columns the report reads (never the documents' and tasks' texts: ~12 KB a document)
DOC_COLUMNS = (
    "doc_id",
    "source",
    "county",
    "title",
    "plan_title",
    "publish_date",
    "plan_start_year",
    "plan_end_year",
    "is_plan",
    "n_tasks",
    "n_targets",
)
TARGET_COLUMNS = (
    "doc_id",
    "indicator",
    "value",
    "unit",
    "year",
    "value_std",
    "unit_std",
    "restates",
    "indicator_code",
    "indicator_group",
)


@dataclass
class ReportData:
    run: dict[str, Any]
    report: dict[str, Any]
    plans: list[dict[str, Any]] = field(default_factory=list)  # new and changed plans of this run
    charts: dict[str, pl.DataFrame] = field(default_factory=dict)
    dq: dict[str, Any] = field(default_factory=dict)
    indicators: dict[str, Any] = field(default_factory=dict)
    group_labels: dict[str, str] = field(default_factory=dict)


def indicator_summary(targets: pl.DataFrame) -> dict[str, Any]:
    """How many of these targets the catalogue coded, and the commonest unknown phrases."""
    import polars as pl

    from transform.indicator_codes import version

    if "indicator_code" not in targets.columns or targets.height == 0:
        return {
            "catalogue_version": version(),
            "targets": targets.height,
            "uncoded": targets.height,
            "top_uncoded": [],
        }
    uncoded = targets.filter(pl.col("indicator_code").is_null())
    top = (
        uncoded.filter(pl.col("indicator").is_not_null())
        .group_by("indicator", "unit")
        .len()
        .sort(["len", "indicator"], descending=[True, False])
        .head(TOP_UNCODED)
    )
    return {
        "catalogue_version": version(),
        "targets": targets.height,
        "uncoded": uncoded.height,
        "top_uncoded": [
            {"indicator": r["indicator"], "unit": r["unit"], "n": r["len"]} for r in top.iter_rows(named=True)
        ],
    }


def run_doc_ids(wh: Warehouse, run: dict[str, Any]) -> tuple[list[str], list[str]]:
    """(new, changed) documents of a run, from the change data feed of its `documents` commit."""
    import json

    import polars as pl

    try:
        counts = json.loads(run.get("counts_json") or "{}").get("documents", {})
        version = json.loads(run.get("versions_json") or "{}").get("documents")
    except ValueError:
        return [], []
    if version is None or not (counts.get("inserted") or counts.get("updated")):
        return [], []
    cdf = wh.changes("documents", int(version))
    new = cdf.filter(pl.col("_change_type") == "insert")["doc_id"].to_list()
    changed = cdf.filter(pl.col("_change_type") == "update_postimage")["doc_id"].to_list()
    return new, changed


def _run_plans(
    docs: pl.DataFrame,
    tasks: pl.DataFrame,
    new_ids: list[str],
    changed_ids: list[str],
    linked: pl.DataFrame | None = None,
) -> list[dict]:
    """The plans this run inserted or changed. `linked` (`warehouse.sql.linked_notices`): a
    notice folded into the plan page it links is no plan of its own; the page names it."""
    import polars as pl

    changed = set(changed_ids)
    notices: dict[str, Any] = {}
    if linked is not None and linked.height:
        notices = dict(zip(linked["page_id"].to_list(), linked["notice_title"].to_list(), strict=True))
        docs = docs.filter(~pl.col("doc_id").is_in(linked["notice_id"].unique().to_list()))
    mine = docs.filter(pl.col("is_plan") & pl.col("doc_id").is_in([*new_ids, *changed_ids]))
    firsts: dict[str, Any] = {}
    if "deadline" in tasks.columns and tasks.height:
        dl = tasks.filter(pl.col("deadline").is_not_null()).group_by("doc_id").agg(pl.col("deadline").min())
        firsts = dict(zip(dl["doc_id"].to_list(), dl["deadline"].to_list(), strict=True))
    out = []
    for d in mine.sort(["county", "publish_date"], descending=[False, True], nulls_last=True).iter_rows(
        named=True
    ):
        out.append(
            {
                "kind": "changed" if d["doc_id"] in changed else "new",
                "county": d["county"],
                "title": d["plan_title"] or d["title"] or d["doc_id"],
                "url": d["source"],
                "publish_date": d["publish_date"],
                "years": (d["plan_start_year"], d["plan_end_year"]),
                "tasks": d["n_tasks"],
                "targets": d["n_targets"],
                "first_deadline": firsts.get(d["doc_id"]),
                "notice_title": notices.get(d["doc_id"]),
            }
        )
    return out


def _plans_per_week(docs: pl.DataFrame) -> pl.DataFrame:
    import polars as pl

    return (
        docs.filter(pl.col("is_plan") & pl.col("publish_date").is_not_null())
        .with_columns(pl.col("publish_date").dt.truncate("1w").alias("week"), pl.col("county").fill_null("—"))
        .group_by("week", "county")
        .len("plans")
        .sort("week", "county")
    )


def _targets_by_group(targets: pl.DataFrame, labels: dict[str, str]) -> pl.DataFrame:
    import polars as pl

    return (
        targets.filter(pl.col("restates").is_null() & pl.col("year").is_not_null())
        .with_columns(
            pl.col("indicator_group")
            .replace_strict(labels, default="未编码")
            .fill_null("未编码")
            .alias("group")
        )
        .group_by("year", "group")
        .len("targets")
        .sort("year", "group")
    )


def _top_indicators(targets: pl.DataFrame, docs: pl.DataFrame) -> pl.DataFrame:
    """The catalogued indicators set by the most counties, one row per county (its latest
    target on the common scale), e.g. GDP growth by county."""
    import polars as pl

    from transform.indicator_codes import entries

    names = {e.code: e.name for e in entries()}
    coded = (
        targets.filter(pl.col("indicator_code").is_not_null() & pl.col("restates").is_null())
        .join(docs.select("doc_id", "county", "publish_date"), on="doc_id")
        .with_columns(
            pl.coalesce("value_std", "value").alias("v"), pl.coalesce("unit_std", "unit").alias("u")
        )
    )
    spread = (
        coded.group_by("indicator_code", "u")
        .agg(pl.col("county").n_unique().alias("counties"), pl.len().alias("n"))
        .sort(["counties", "n", "indicator_code"], descending=[True, True, False])
        .head(TOP_INDICATORS)
    )
    picked = coded.join(spread.select("indicator_code", "u"), on=["indicator_code", "u"])
    latest = (
        picked.sort(["publish_date", "year"], descending=True, nulls_last=True)
        .group_by("indicator_code", "u", "county", maintain_order=True)
        .first()
    )
    return latest.select(
        pl.col("indicator_code")
        .replace_strict(names, default=None)
        .fill_null(pl.col("indicator_code"))
        .alias("indicator"),
        pl.col("u").alias("unit"),
        pl.col("county").fill_null("—"),
        pl.col("v").alias("value"),
        "year",
    ).sort("indicator", "county")


def _fetches(wh: Warehouse, run_id: str) -> pl.DataFrame:
    import polars as pl

    pages = wh.read("pages", filter=pl.col("run_id") == run_id, columns=("source_id", "outcome"))
    fetches = pages.group_by("source_id", "outcome").len("fetches")
    failed = pl.col("outcome").is_in(FAILED_OUTCOMES)
    per_source = fetches.group_by("source_id").agg(
        pl.col("fetches").filter(failed).sum().alias("failed"), pl.col("fetches").sum().alias("all")
    )
    if per_source.height > FETCH_SOURCES_SHOWN:  # a chart of 11,000 bars says nothing (nor draws)
        shown = per_source.sort(["failed", "all", "source_id"], descending=[True, True, False]).head(
            FETCH_SOURCES_SHOWN
        )
        others = f"其他 {per_source.height - FETCH_SOURCES_SHOWN} 个来源 · other sources"
        fetches = (
            fetches.with_columns(
                pl.when(pl.col("source_id").is_in(shown.get_column("source_id").implode()))
                .then(pl.col("source_id"))
                .otherwise(pl.lit(others))
            )
            .group_by("source_id", "outcome")
            .agg(pl.col("fetches").sum().cast(pl.UInt32))
        )
    return fetches.sort("source_id", "outcome")


def quality_summary(
    wh: Warehouse, run_id: str, failed_sources: dict[str, list[str]] | None = None
) -> QualitySummary:
    """The run's expectation results as Data Docs and the report show them, read with the filters
    and columns pushed into the scans: the counts from one column, then only the rows shown (the
    run-wide results, the failed ones, the first quarantined). A night of 11,000 sources has
    ~500,000 `dq_results` rows; none of them is held whole."""
    import polars as pl

    from expectations.docs import QUARANTINE_SHOWN
    from planwatch.records import QualitySummary

    mine = pl.col("run_id") == run_id
    success = wh.read("dq_results", filter=mine, columns=["success"]).get_column("success")
    quarantined = wh.read("quarantine", filter=mine, columns=["run_id"]).height
    return QualitySummary(
        evaluated=success.len(),
        failed=int((~success).sum()),
        quarantined=quarantined,
        run_wide=wh.read("dq_results", filter=mine & (pl.col("source_id") == "")),
        failures=wh.read("dq_results", filter=mine & ~pl.col("success")),
        quarantine=wh.read("quarantine", filter=mine, limit=QUARANTINE_SHOWN),
        failed_sources=dict(failed_sources or {}),
    )


def _dq(wh: Warehouse, run_id: str, quality: QualitySummary | None = None) -> dict[str, Any]:
    dq = quality if quality is not None else quality_summary(wh, run_id)
    return {
        "evaluated": dq.evaluated,
        "failed": dq.failed,
        "quarantined": dq.quarantined,
        "failures": dq.failures.select("table_name", "source_id", "expectation", "column", "unexpected_count")
        .head(FAILURES_SHOWN)
        .to_dicts(),
    }


def gather(
    wh: Warehouse, run_id: str, report: dict[str, Any] | None = None, quality: QualitySummary | None = None
) -> ReportData:
    """Everything the report of `run_id` shows (the warehouse as that run left it). `quality`:
    the run's expectation results as its Data Docs read them at the end of the run (read again
    from the warehouse when not given)."""
    import json

    import polars as pl

    from transform.indicator_codes import group_labels
    from warehouse.sql import linked_notices

    run = wh.run(run_id) or {"run_id": run_id, "status": "unknown", "started_at": None, "flow": "?"}
    report = dict(report or {})
    if "sources" not in report:  # a report rebuilt later: the per-source report the run stored
        try:
            stored = json.loads(run.get("report_json") or "{}")
        except ValueError:
            stored = {}
        sources = stored.get("sources") or {}
        report["sources"] = list(sources.values()) if isinstance(sources, dict) else sources
        if stored.get("indicators"):
            report.setdefault("indicators", stored["indicators"])
    docs = wh.read("documents", as_of=run_id, columns=DOC_COLUMNS)
    targets = wh.read("targets", as_of=run_id, columns=TARGET_COLUMNS)
    tasks = wh.read("tasks", as_of=run_id, columns=("doc_id", "deadline"))
    labels = group_labels()
    data = ReportData(run=run, report=report, group_labels=labels)
    if "new_doc_ids" in report:
        new_ids, changed_ids = list(report["new_doc_ids"]), list(report.get("changed_doc_ids") or [])
    else:
        new_ids, changed_ids = run_doc_ids(wh, run)
    linked = linked_notices(wh, as_of=run_id)
    data.plans = _run_plans(docs, tasks, new_ids, changed_ids, linked)
    one_per_plan = docs.filter(~pl.col("doc_id").is_in(linked["notice_id"].unique().to_list()))
    data.charts = {
        "plans_per_week": _plans_per_week(one_per_plan),
        "targets_by_group": _targets_by_group(targets, labels),
        "top_indicators": _top_indicators(targets, docs),
        "fetches": _fetches(wh, run_id),
    }
    data.dq = _dq(wh, run_id, quality)
    data.indicators = report.get("indicators") or indicator_summary(targets)
    return data
