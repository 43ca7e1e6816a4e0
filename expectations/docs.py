"""Data Docs: a small static HTML report per run plus an index, under `<warehouse>/data_docs/`.

GX's own Data Docs need a file-backed context and site builders; a run's results are already in
`dq_results` and `quarantine`, so this writes plain HTML from them. Every value is escaped with
`html.escape` (titles and reasons come from scraped pages).
"""

from __future__ import annotations

import html
import json
import os
import re
import tempfile
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from planwatch.records import QualitySummary, ValidatedRun

QUARANTINE_SHOWN = 500  # quarantined rows a run's page lists (it counts them all)

CSS = """body{font-family:system-ui,sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 8px;text-align:left;
vertical-align:top;font-size:13px}th{background:#f3f3f3}.ok{color:#17692a}.bad{color:#b00020;font-weight:bold}
code{font-size:12px}"""


def e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def safe_name(run_id: str) -> str:
    """A run id as a file name (Data Docs pages are named after runs)."""
    return re.sub(r"[^A-Za-z0-9_.-]", "_", run_id)[:120] or "run"


def _page(title: str, body: str) -> str:
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{e(title)}</title>'
        f"<style>{CSS}</style></head><body><h1>{e(title)}</h1>{body}</body></html>\n"
    )


def _table(headers: list[str], rows: list[list[Any]], classes: list[str] | None = None) -> str:
    head = "".join(f"<th>{e(h)}</th>" for h in headers)
    body = []
    for i, row in enumerate(rows):
        cls = f' class="{e(classes[i])}"' if classes else ""
        body.append(f"<tr{cls}>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
    return f"<table><tr>{head}</tr>{''.join(body)}</table>"


def _atomic_write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".html")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.chmod(tmp, 0o644)  # mkstemp makes it private; the report is for people to open
    os.replace(tmp, path)


def summarize(outcome: ValidatedRun) -> QualitySummary:
    """What Data Docs show of a validation held in memory (`flows.report_data.quality_summary`
    reads the same from the warehouse for a night validated in chunks)."""
    import polars as pl

    from planwatch.records import QualitySummary

    dq = outcome.dq_results
    failures = dq.filter(~pl.col("success"))
    return QualitySummary(
        evaluated=dq.height,
        failed=failures.height,
        quarantined=outcome.quarantine.height,
        run_wide=dq.filter(pl.col("source_id") == ""),
        failures=failures,
        quarantine=outcome.quarantine.head(QUARANTINE_SHOWN),
        failed_sources=dict(outcome.failed_sources),
    )


def run_report_html(
    run_id: str,
    summary: QualitySummary,
    now: datetime,
    source_failures: dict[str, str] | None = None,
    passed_rows: dict[str, int] | None = None,
) -> str:
    # Long function: one HTML page assembled top to bottom, section by section.
    source_failures = source_failures or {}
    failed_sources = summary.failed_sources
    not_loaded = len(failed_sources) + len(set(source_failures) - set(failed_sources))
    parts = [
        f"<p>Run <code>{e(run_id)}</code> validated at {e(now.isoformat(timespec='seconds'))}: "
        f'{summary.evaluated} expectation results, <span class="{"bad" if summary.failed else "ok"}">'
        f"{summary.failed} failed</span>, {summary.quarantined} rows quarantined, "
        f'<span class="{"bad" if not_loaded else "ok"}">{not_loaded} sources not loaded</span>.</p>',
        '<p><a href="index.html">all runs</a></p>',
    ]
    if source_failures:
        parts.append(
            f'<p class="bad">PARTIAL RUN: {len(source_failures)} source(s) failed before validation; '
            "nothing of them was checked or loaded.</p>"
        )
        parts.append("<h2>Sources that failed (crawl)</h2>")
        parts.append(_table(["source", "why"], [[s, why] for s, why in sorted(source_failures.items())]))
    if failed_sources:
        parts.append("<h2>Sources not loaded (table-level failures)</h2>")
        parts.append(
            _table(["source", "why"], [[s, "; ".join(r)] for s, r in sorted(failed_sources.items())])
        )
    parts.append("<h2>Passed rows by table</h2>")
    parts.append(_table(["table", "rows loaded"], [[n, k] for n, k in (passed_rows or {}).items()]))
    if summary.quarantined:
        parts.append("<h2>Quarantine</h2>")
        q = summary.quarantine.head(QUARANTINE_SHOWN)
        parts.append(
            _table(
                ["table", "row key", "source", "expectation", "column", "reason"],
                [
                    [
                        r["table_name"],
                        r["row_key"],
                        r["source_id"],
                        r["expectation"],
                        r["column"],
                        r["reason"],
                    ]
                    for r in q.iter_rows(named=True)
                ],
            )
        )
    parts.append("<h2>Expectations (all sources)</h2>")
    rows, classes = [], []
    for r in summary.run_wide.iter_rows(named=True):
        try:
            reason = json.loads(r["details"] or "{}").get("reason", "")
        except ValueError:
            reason = ""
        rows.append(
            [
                r["table_name"],
                r["expectation"],
                r["column"],
                r["level"],
                "ok" if r["success"] else "FAILED",
                r["element_count"],
                r["unexpected_count"],
                reason,
            ]
        )
        classes.append("ok" if r["success"] else "bad")
    parts.append(
        _table(
            ["table", "expectation", "column", "level", "result", "rows", "unexpected", "fails when"],
            rows,
            classes,
        )
    )
    failures = summary.failures
    per_source = failures.filter(failures["source_id"] != "") if failures.height else failures
    if per_source.height:
        parts.append("<h2>Failures by source</h2>")
        parts.append(
            _table(
                ["source", "table", "expectation", "column", "rows", "unexpected", "details"],
                [
                    [
                        r["source_id"],
                        r["table_name"],
                        r["expectation"],
                        r["column"],
                        r["element_count"],
                        r["unexpected_count"],
                        r["details"],
                    ]
                    for r in per_source.iter_rows(named=True)
                ],
            )
        )
    return _page(f"planwatch data quality — {run_id}", "".join(parts))


def write_data_docs(
    dest: str | Path,
    *,
    run_id: str,
    outcome: ValidatedRun | QualitySummary,
    now: datetime,
    source_failures: dict[str, str] | None = None,
    passed_rows: dict[str, int] | None = None,
) -> Path:
    """Write `<dest>/runs/<run_id>.html` and refresh `<dest>/index.html`; returns the run page.

    outcome: a validation held in memory, or a `QualitySummary` of one (a night validated in
    chunks: read from the warehouse by `flows.report_data.quality_summary`, never its per-source
    rows whole). source_failures: sources that failed before validation (their crawl), with
    why: the page and the index mark the run as partial instead of showing it green.
    passed_rows: rows that passed by table (default: `outcome.tables`' heights)."""
    from planwatch.records import ValidatedRun

    if isinstance(outcome, ValidatedRun):
        if passed_rows is None:
            passed_rows = {n: f.height for n, f in outcome.tables.items()}
        summary = summarize(outcome)
    else:
        summary = outcome
    dest = Path(dest)
    page = dest / "runs" / f"{safe_name(run_id)}.html"
    source_failures = source_failures or {}
    _atomic_write(page, run_report_html(run_id, summary, now, source_failures, passed_rows))
    json_path = dest / "runs" / f"{safe_name(run_id)}.json"
    _atomic_write(  # a run stopped mid-way never leaves half a summary for the index
        json_path,
        json.dumps(
            {
                "run_id": run_id,
                "at": now.isoformat(timespec="seconds"),
                "results": summary.evaluated,
                "failed": summary.failed,
                "quarantined": summary.quarantined,
                "failed_sources": sorted(set(summary.failed_sources) | set(source_failures)),
            },
            ensure_ascii=False,
        ),
    )
    write_index(dest)
    return page


def write_index(dest: Path) -> Path:
    rows = []
    for f in sorted((dest / "runs").glob("*.json"), reverse=True)[:500]:
        try:
            s = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        link = f.with_suffix(".html").name
        rows.append((link, s))
    body = [
        "<table><tr><th>run</th><th>validated</th><th>results</th><th>failed</th><th>quarantined</th>"
        "<th>sources not loaded</th></tr>"
    ]
    for link, s in rows:
        cls = "bad" if s.get("failed") or s.get("failed_sources") else "ok"
        body.append(
            f'<tr class="{cls}"><td><a href="runs/{e(link)}">{e(s.get("run_id"))}</a></td>'
            f"<td>{e(s.get('at'))}</td><td>{e(s.get('results'))}</td><td>{e(s.get('failed'))}</td>"
            f"<td>{e(s.get('quarantined'))}</td><td>{e(', '.join(s.get('failed_sources') or []))}</td></tr>"
        )
    body.append("</table>")
    index = dest / "index.html"
    _atomic_write(index, _page("planwatch data quality — runs", "".join(body)))
    return index
