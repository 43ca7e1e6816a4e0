"""Run reports: `<warehouse>/reports/RUN_ID.html` and `reports/index.html`, written after each
run (and by `planwatch report`), plus the Prefect artifacts of a flow run.

A report never fails a run: any error is logged and the run goes on. For an object-store
warehouse the pages are written in a local temp folder and copied to `<root>/reports/`.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from planwatch.records import QualitySummary
    from warehouse.store import Warehouse

log = logging.getLogger(__name__)
ARTIFACT_PREFIX = "planwatch"


def reports_dir(wh: Warehouse) -> Path:
    if not wh.remote:
        return Path(wh.root) / "reports"
    key = hashlib.sha256(wh.root.encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / "planwatch-reports" / key


def _atomic_write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def write_index(wh: Warehouse) -> Path:
    from flows.report_page import render_index

    folder = reports_dir(wh)
    existing = {p.stem for p in folder.glob("*.html") if p.name != "index.html"} if folder.is_dir() else set()
    runs = wh.history(limit=None).to_dicts()
    path = folder / "index.html"
    _atomic_write(path, render_index(runs, existing))
    return path


def write_run_report(
    wh: Warehouse,
    run_id: str,
    report: dict[str, Any] | None = None,
    docs_path: str | None = None,
    quality: QualitySummary | None = None,
) -> tuple[str, list[dict[str, Any]]]:
    """Write the report of `run_id` and the index; returns where the page can be read and the
    run's new and changed plans. `quality`: the expectation results the run's Data Docs showed
    (`report_data.quality_summary`), so that they are not read twice."""
    from flows.report_data import gather
    from flows.report_page import render_run_page

    folder = reports_dir(wh)
    data = gather(wh, run_id, report, quality)
    docs_link = None
    if docs_path and not wh.remote and not str(docs_path).startswith(("s3://", "s3a://")):
        docs_link = os.path.relpath(docs_path, folder)
    elif docs_path:
        docs_link = str(docs_path)
    page = folder / f"{run_id}.html"
    _atomic_write(page, render_run_page(data, docs_link))
    index = write_index(wh)
    if not wh.remote:
        return str(page), data.plans
    try:
        uri = wh.upload(page, f"reports/{page.name}")
        wh.upload(index, "reports/index.html")
        return uri, data.plans
    except Exception as exc:  # the local copy stays
        log.warning("run report not uploaded to %s: %s", wh.root, exc)
        return str(page), data.plans


def publish(
    wh: Warehouse,
    report: dict[str, Any],
    new_docs: list[str],
    changed_docs: list[str],
    docs_path: str | None,
    quality: QualitySummary | None = None,
) -> str | None:
    """After a run: its report page and its Prefect artifacts. Logs instead of raising (a report
    never fails a run); returns where the page can be read."""
    run_id = str(report.get("run_id"))
    try:
        page, plans = write_run_report(
            wh,
            run_id,
            {**report, "new_doc_ids": new_docs, "changed_doc_ids": changed_docs},
            docs_path,
            quality,
        )
    except Exception as exc:
        log.warning("run report of %s not written: %s: %s", run_id, type(exc).__name__, exc)
        page, plans = None, []
    publish_artifacts({**report, "report_html": page}, plans, page)
    return page


# ---------------------------------------------------------------- Prefect artifacts
def _verdict(report: dict[str, Any]) -> str:
    sources = report.get("sources") or []
    failed = [s["source_id"] for s in sources if s.get("status") == "failed"]
    new = sum(s.get("new", 0) for s in sources)
    updated = sum(s.get("updated", 0) for s in sources)
    head = (
        f"**{report.get('status', '?')}**: {len(sources)} sources, {new} new and {updated} updated documents"
    )
    return head + (f"; failed: {', '.join(failed)}" if failed else "")


def _markdown(report: dict[str, Any], plans: list[dict[str, Any]]) -> str:
    lines = [f"# planwatch {report.get('flow', '')} run {report.get('run_id', '')}", "", _verdict(report), ""]
    if plans:
        lines += [
            "| | county | plan | published | tasks | targets |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for p in plans:
            title = str(p["title"]).replace("|", "\\|").replace("]", "\\]")
            lines.append(
                f"| {'new' if p['kind'] == 'new' else 'changed'} | {p['county'] or ''} | [{title}]({p['url']}) "
                f"| {p['publish_date'] or ''} | {p['tasks']} | {p['targets']} |"
            )
    else:
        lines.append("No new or changed plans.")
    return "\n".join(lines)


def artifact_keys(flow: str) -> dict[str, str]:
    """Stable artifact keys per flow (Prefect keys: lowercase letters, digits and dashes)."""
    base = f"{ARTIFACT_PREFIX}-{flow}".lower().replace("_", "-")
    return {"summary": f"{base}-summary", "sources": f"{base}-sources", "report": f"{base}-report"}


ARTIFACT_SOURCES = 500  # rows of the per-source table artifact (Prefect refuses events over ~1.5 MB)
_SOURCE_COLUMNS = (
    "source_id",
    "status",
    "pages_fetched",
    "pages_failed",
    "new",
    "updated",
    "unchanged",
    "tasks",
    "targets",
    "quarantined",
)


def source_rows(
    sources: list[dict[str, Any]], limit: int = ARTIFACT_SOURCES
) -> tuple[list[dict[str, Any]], str]:
    """The per-source table artifact's rows and description. A national night has ~11,000 sources:
    its whole table makes an event Prefect's server refuses, so at most `limit` rows are kept, the
    sources that failed or reported errors first, then those with new or updated documents, each
    group in the run's order; the run report keeps every source."""

    def rank(s: dict[str, Any]) -> int:
        if s.get("status") not in (None, "ok") or s.get("pages_failed") or s.get("errors"):
            return 0
        return 1 if s.get("new") or s.get("updated") else 2

    ordered = sorted(sources, key=rank) if len(sources) > limit else sources
    rows = [
        {k: s.get(k, 0) for k in _SOURCE_COLUMNS} | {"errors": len(s.get("errors") or [])}
        for s in ordered[:limit]
    ]
    if len(sources) <= limit:
        return rows, "per-source counts of the run"
    return rows, (
        f"per-source counts of the run: {limit} of {len(sources)} sources (failed, then changed, first);"
        " the run report lists every source"
    )


def publish_artifacts(report: dict[str, Any], plans: list[dict[str, Any]], page: str | None) -> bool:
    """The flow run's markdown (verdict and new plans), table (per-source counts) and link (the
    report page) artifacts. False outside a Prefect flow run or when Prefect refuses."""
    try:
        from prefect.artifacts import create_link_artifact, create_markdown_artifact, create_table_artifact
        from prefect.context import FlowRunContext

        if FlowRunContext.get() is None:
            return False
        keys = artifact_keys(str(report.get("flow") or "run"))
        create_markdown_artifact(
            markdown=_markdown(report, plans),
            key=keys["summary"],
            description="planwatch run verdict and new plans",
        )
        table, shown = source_rows(report.get("sources") or [])
        create_table_artifact(table=table, key=keys["sources"], description=shown)
        if page:
            link = page if "://" in page else Path(page).resolve().as_uri()
            create_link_artifact(
                link=link,
                link_text=f"run report {report.get('run_id', '')}",
                key=keys["report"],
                description="the run report (charts)",
            )
        return True
    except Exception as exc:
        log.warning("Prefect artifacts not published: %s: %s", type(exc).__name__, exc)
        return False
