"""Rich rendering of a run's report (after `crawl`, `backfill`, `reparse`, `demo`) and of `planwatch status`."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from planwatch.display import rich_text

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

    from warehouse.store import Warehouse

COLUMNS = (
    ("pages_fetched", "pages"),
    ("new", "new"),
    ("updated", "updated"),
    ("unchanged", "unchanged"),
    ("tasks", "tasks"),
    ("targets", "targets"),
    ("quarantined", "quarantined"),
)


def report_table(report: dict[str, Any]) -> Table:
    from rich.table import Table

    table = Table(
        title=f"run {report.get('run_id', '?')} ({report.get('flow', '?')}): {report.get('status', '?')}"
    )
    table.add_column("source")
    for _, label in COLUMNS:
        table.add_column(label, justify="right")
    table.add_column("errors")
    for s in report.get("sources", []):
        errors = s.get("errors") or []
        err = f"{len(errors)}: {rich_text(errors[0], 60)}" if errors else ""
        style = "red" if s.get("status") == "failed" else None
        table.add_row(rich_text(s["source_id"]), *(str(s.get(k, 0)) for k, _ in COLUMNS), err, style=style)
    return table


def print_report(report: dict[str, Any], console: Console | None = None) -> None:
    from rich.console import Console

    console = console or Console()
    console.print(report_table(report))
    alerts = report.get("alerts") or {}
    if alerts:
        console.print("alerts: " + ", ".join(f"{k} {v}" for k, v in alerts.items() if v))
    if report.get("data_docs"):
        console.print(f"Data Docs: {report['data_docs']}")


def _fmt_ts(value: Any) -> str:
    return value.strftime("%m-%d %H:%M:%S") if value is not None else ""


def print_status(wh: Warehouse, runs: int | None = 10, console: Console | None = None) -> int:
    # Long function: three small tables (runs, sources, outbox) on one screen.
    """Last runs, per-source state of the latest run, and the alert outbox. Returns an exit code."""
    import polars as pl
    from rich.console import Console
    from rich.table import Table

    console = console or Console()
    history = wh.history(limit=runs)
    if history.height == 0:
        console.print(f"No runs yet in {wh.root}. Run `planwatch crawl` first.")
        return 0
    t = Table(title=f"last {history.height} runs in {wh.root}")
    for col in ("run", "flow", "status", "started (UTC)", "s", "pages", "new", "updated", "errors"):
        t.add_column(
            col,
            justify="right" if col in ("s", "pages", "new", "updated", "errors") else "left",
            no_wrap=col in ("run", "flow", "status", "started (UTC)"),
        )
    for r in history.iter_rows(named=True):
        secs = (
            (r["ended_at"] - r["started_at"]).total_seconds() if r["ended_at"] and r["started_at"] else None
        )
        style = {"failed": "red", "partial": "yellow"}.get(r["status"])
        t.add_row(
            r["run_id"],
            r["flow"],
            r["status"],
            _fmt_ts(r["started_at"]),
            f"{secs:.1f}" if secs is not None else "",
            str(r["n_pages"] or 0),
            str(r["n_documents_new"] or 0),
            str(r["n_documents_updated"] or 0),
            str(r["n_errors"] or 0),
            style=style,
        )
    console.print(t)

    latest = history.row(0, named=True)
    last_seen: dict[str, tuple[str, dict]] = {}  # source → (run, its report in its latest run)
    for run in wh.history(limit=None).iter_rows(named=True):
        for rep in _sources_of(run):
            last_seen.setdefault(rep.get("source_id", "?"), (run["run_id"], rep))
    if last_seen:
        s = Table(title="sources (each in its latest run)")
        for col in ("source", "last run", "status", "pages", "new", "errors"):
            s.add_column(col, no_wrap=col in ("source", "last run"))
        for sid, (rid, rep) in sorted(last_seen.items()):
            errs = rep.get("errors") or []
            s.add_row(
                rich_text(sid),
                rid,
                rich_text(rep.get("status", "?")),
                str(rep.get("pages_fetched", 0)),
                str(rep.get("new", 0)),
                (rich_text(errs[0], 80) if errs else ""),
                style="red" if rep.get("status") == "failed" else None,
            )
        console.print(s)
    if latest.get("error"):
        console.print(f"[red]last run failed:[/red] {rich_text(latest['error'])}")

    alerts = wh.read("alerts")
    if alerts.height:
        counts = alerts.group_by("status").len().sort("status")
        console.print("alert outbox: " + ", ".join(f"{a} {n}" for a, n in counts.iter_rows()))
        stuck = alerts.filter(pl.col("status") == "failed")
        for r in stuck.head(5).iter_rows(named=True):
            console.print(
                f"  [yellow]failed[/yellow] {rich_text(r['kind'])} → {rich_text(r['target'])}: "
                f"{rich_text(r['last_error'] or '')}"
            )
    return 1 if latest["status"] == "failed" else 0


def _sources_of(run: dict[str, Any]) -> list[dict[str, Any]]:
    try:
        report = json.loads(run.get("report_json") or "{}")
    except ValueError:
        return []
    sources = report.get("sources") if isinstance(report, dict) else None
    if isinstance(sources, dict):
        return list(sources.values())
    return sources if isinstance(sources, list) else []
