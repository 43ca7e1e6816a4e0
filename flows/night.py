"""One run's state as the pipeline's steps hand it on, and its per-source report.

The report (`runs.report_json`, the run summary the CLI prints) counts per source: pages fetched
and failed, documents new / updated / unchanged, tasks, targets, quarantined rows and errors.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from flows.chunks import Chunk, ChunkBuilder
from flows.totals import RunTotals

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    import polars as pl

    from flows.alerts import Message
    from load.result import LoadResult
    from load.runs import RunInfo
    from planwatch.settings import Settings
    from warehouse.store import Warehouse


def _now() -> datetime:
    return datetime.now(UTC)


def _source_report(sid: str) -> dict[str, Any]:
    return {
        "source_id": sid,
        "pages_fetched": 0,
        "pages_failed": 0,
        "documents": 0,
        "new": 0,
        "updated": 0,
        "unchanged": 0,
        "plans": 0,
        "tasks": 0,
        "targets": 0,
        "quarantined": 0,
        "errors": [],
        "status": "ok",
    }


@dataclass
class Night:
    """One run's state as the steps hand it on: per-source reports, the `pages` rows fetched
    and not loaded yet (`chunks`: as the crawler records them, then per finished source), the parsed tables not loaded yet (`chunks`), what the loaded chunks add up to
    (`totals`), the sources that failed (for the ops alerts) and where the run is (`phase`,
    for an interrupted run; `chunk_loading` / `loading` while a chunk / the `runs` row loads)."""

    settings: Settings
    wh: Warehouse
    run_id: str
    flow_name: str
    started: datetime = field(default_factory=_now)
    reports: dict[str, dict[str, Any]] = field(default_factory=dict)
    failures: dict[str, tuple[str, str]] = field(default_factory=dict)  # source → (ops kind, detail)
    ops: list[Message] = field(default_factory=list)
    phase: str = "start"
    loading: bool = False
    chunk_loading: bool = False
    parsed: int = 0  # parse batches back
    loaded_sources: set[str] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)
    totals: RunTotals = field(default_factory=RunTotals)
    chunks: ChunkBuilder = field(init=False)
    # where a full chunk goes instead of the load (a shard of a sharded night stages it)
    chunk_sink: Callable[[Chunk], None] | None = None

    def __post_init__(self) -> None:
        self.chunks = ChunkBuilder(self.settings.crawl.load_chunk_docs, self.lock)

    def report(self, sid: str) -> dict[str, Any]:
        return self.reports.setdefault(sid, _source_report(sid))

    def fail_source(self, sid: str, error: str, *, kind: str = "source_failed", ops_detail: str = "") -> None:
        rep = self.report(sid)
        rep["status"] = "failed"
        rep["errors"].append(error)
        self.failures.setdefault(sid, (kind, ops_detail or error))

    def add_live(self, row: dict[str, Any]) -> None:
        """A `pages` row the crawler just recorded (called from crawl threads)."""
        self.chunks.add_live(row)

    def begin_load(self) -> None:
        """Mark the load as started, unless a stop came first (then KeyboardInterrupt: the run
        is recorded as interrupted instead). Past this point the load writes the `runs` row."""
        from planwatch import interrupt

        with self.lock:
            if interrupt.requested():
                raise KeyboardInterrupt
            self.loading = True

    def begin_chunk(self) -> None:
        """Mark a chunk's load as started, unless a stop came first (then KeyboardInterrupt)."""
        from planwatch import interrupt

        with self.lock:
            if interrupt.requested():
                raise KeyboardInterrupt
            self.chunk_loading = True

    def end_chunk(self, sources: list[str] | None) -> None:
        """A chunk's load ended; `sources` (None when it failed) are loaded: their `pages` rows
        are in the warehouse (and no longer kept in `chunks`)."""
        with self.lock:
            self.chunk_loading = False
            self.loaded_sources.update(sources or ())

    @property
    def status(self) -> str:
        return run_status(self.reports.values())


def run_status(reports: Iterable[dict[str, Any]]) -> str:
    """A run's status from its per-source reports: `partial` when a source failed."""
    return "partial" if any(r["status"] == "failed" for r in reports) else "completed"


def run_info(
    reports: dict[str, dict[str, Any]],
    *,
    started: datetime,
    n_pages: int,
    status: str | None = None,
    error: str | None = None,
    **report: Any,
) -> RunInfo:
    """The `runs` row of a night (one process's, a sharded night's, an interrupted one's) from
    its per-source reports; `status` by default from them (`run_status`); `report`: what
    `runs.report_json` holds besides them."""
    from load.runs import RunInfo

    return RunInfo(
        status=status or run_status(reports.values()),
        started_at=started,
        sources=sorted(reports),
        n_pages=n_pages,
        n_errors=sum(len(r["errors"]) for r in reports.values()),
        report={"sources": reports, **report},
        error=error,
    )


@dataclass
class Preview:
    new_docs: list[str]
    changed_docs: list[str]
    unchanged_docs: list[str]


def preview(wh: Warehouse, tables: dict[str, pl.DataFrame]) -> Preview:
    """New / changed / unchanged documents against the committed state (what the MERGE will find)."""
    docs = tables["documents"]
    ids = docs.get_column("doc_id").to_list()
    known: dict[str, str] = {}
    if ids:
        from flows.steps import read_docs

        current = read_docs(wh, "documents", ids).select("doc_id", "content_sha256")
        known = dict(zip(current["doc_id"].to_list(), current["content_sha256"].to_list(), strict=True))
    out = Preview([], [], [])
    for did, sha in zip(ids, docs.get_column("content_sha256").to_list(), strict=True):
        bucket = (
            out.new_docs
            if did not in known
            else out.changed_docs
            if known[did] != sha
            else out.unchanged_docs
        )
        bucket.append(did)
    return out


def counted_plans(docs: pl.DataFrame) -> set[str]:
    """The plans among `docs`, one per plan: a short 印发 notice without tasks whose linked plan
    page (`documents.plan_pages`, by URL) is among them, a plan with tasks, is counted as that
    page (the `plans` view's own rule: `warehouse.sql.folded_notices`)."""
    from warehouse.sql import folded_notices

    if "is_plan" not in docs.columns or docs.height == 0:
        return set()
    plans = set(docs.filter(docs.get_column("is_plan").fill_null(False)).get_column("doc_id").to_list())
    return plans - folded_notices(docs) if plans else plans


def fill_reports(
    reports: dict[str, dict[str, Any]],
    tables: dict[str, pl.DataFrame],
    result: LoadResult | Preview,
    quarantine: pl.DataFrame | None,
) -> None:
    docs = tables["documents"]
    src = dict(zip(docs.get_column("doc_id").to_list(), docs.get_column("source_id").to_list(), strict=True))
    for rep in reports.values():
        rep.update(
            {
                k: 0
                for k in (
                    "new",
                    "updated",
                    "unchanged",
                    "plans",
                    "documents",
                    "tasks",
                    "targets",
                    "quarantined",
                )
            }
        )

    def count(key: str, ids: list[str]) -> None:
        for sid, n in Counter(src.get(d) for d in ids).items():
            if sid in reports:
                reports[sid][key] = n

    plans = counted_plans(docs)
    count("plans", [d for d in (*result.new_docs, *result.changed_docs) if d in plans])
    count("new", result.new_docs)
    count("updated", result.changed_docs)
    count("unchanged", result.unchanged_docs)
    for name in ("documents", "tasks", "targets"):
        count(name, tables[name].get_column("doc_id").to_list())
    if quarantine is not None and quarantine.height:
        for sid, n in Counter(quarantine.get_column("source_id").to_list()).items():
            if sid in reports:
                reports[sid]["quarantined"] = n


SUMMARY_NAMES = 20  # failed sources named in the run's one summary record; the rest counted
# The counts of a source's line and of the night's summary, in their order: (report key, how the
# line prints it). The errors are a list in a source's report and a count in the summary.
_COUNTED = (
    ("pages_fetched", "fetched {} pages"),
    ("new", "{} new"),
    ("updated", "{} updated"),
    ("unchanged", "{} unchanged documents"),
    ("tasks", "{} tasks"),
    ("targets", "{} targets"),
    ("quarantined", "{} quarantined"),
    ("errors", "{} errors"),
)


def _counts_text(counts: Mapping[str, int]) -> str:
    """`fetched 3 pages, 1 new / 0 updated / 2 unchanged documents, 4 tasks, …, 0 errors`."""
    parts = [text.format(int(counts[key])) for key, text in _COUNTED]
    return f"{parts[0]}, {' / '.join(parts[1:4])}, {', '.join(parts[4:])}"


def log_sources(
    reports: Iterable[dict[str, Any]], run_logger: logging.Logger | logging.LoggerAdapter[logging.Logger]
) -> None:
    """The night's per-source lines, and its summary.

    One line per source goes to this module's logger (stderr at INFO, as every planwatch
    module's lines; not to Prefect's API): a national night has ~11,000 sources, and sent to the
    run logger they were as many log rows in Prefect's server (~50 MB more in its temporary
    server at the end of the night). The run logger (the flow run's log in Prefect) gets one
    record that adds them up and names the failed sources (at most `SUMMARY_NAMES`); the
    per-source table stays in the run report, `--json` and `runs.report_json`."""
    total: Counter[str] = Counter()
    failed: list[str] = []
    for r in reports:
        counts = {key: len(r[key]) if key == "errors" else int(r[key]) for key, _ in _COUNTED}
        log.info("%s: %s", r["source_id"], _counts_text(counts))
        total.update(counts)
        total["sources"] += 1
        if r["status"] == "failed":
            failed.append(str(r["source_id"]))
    named = ", ".join(failed[:SUMMARY_NAMES]) + (
        f" and {len(failed) - SUMMARY_NAMES} more" if len(failed) > SUMMARY_NAMES else ""
    )
    run_logger.info(
        "%d sources (%d failed%s): %s",
        total["sources"],
        len(failed),
        f": {named}" if failed else "",
        _counts_text(total),
    )
