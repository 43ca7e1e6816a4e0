"""A run's report (after `crawl`, `backfill`, `reparse`, `demo`) and `planwatch status`, readable
at 80 columns: short tables, every error in full below them (wrapped, never cut to a cell),
and a one-line verdict last."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from planwatch import exitcodes
from planwatch.cli import output
from planwatch.display import safe_text

if TYPE_CHECKING:
    from rich.console import Console

    from warehouse.store import Warehouse

COLUMNS = (
    ("pages_fetched", "pages"),
    ("new", "new"),
    ("updated", "upd"),
    ("unchanged", "same"),
    ("plans", "plans"),
    ("tasks", "tasks"),
    ("targets", "targets"),
    ("quarantined", "quar"),
)
ERRORS_SHOWN = 3  # per source under a run's report; `status --errors` shows them all


def _text(line: str) -> Any:
    from rich.text import Text

    # never read as markup, and without escapes, control or bidi characters: errors and titles
    # come from portals
    return Text(safe_text(line))


def print_errors(console: Console, sources: list[dict[str, Any]], limit: int | None = ERRORS_SHOWN) -> None:
    """Every failing source's errors in full, wrapped to the console's width."""
    for s in sources:
        errors = s.get("errors") or []
        if not errors:
            continue
        shown = errors if limit is None else errors[:limit]
        for err in shown:
            console.print(_text(f"  {s.get('source_id')}: {err}"), overflow="fold")
        if len(errors) > len(shown):
            console.print(
                _text(
                    f"  {s.get('source_id')}: … {len(errors) - len(shown)} more (planwatch status --errors)"
                )
            )


def print_report(report: dict[str, Any], console: Console | None = None) -> None:
    """The per-source table of a run, its errors in full, alerts and Data Docs, then the verdict."""
    from flows.summary import verdict

    console = console or output.console()
    sources = report.get("sources") or []
    title = f"run {report.get('run_id', '?')} ({report.get('flow', '?')}): {report.get('status', '?')}"
    t = output.table(["source", *(label for _, label in COLUMNS), "status"], title=title,
                     numeric=[label for _, label in COLUMNS])  # fmt: skip
    for s in sources:
        t.add_row(
            output.cut(s.get("source_id"), 16),
            *(str(s.get(k, 0)) for k, _ in COLUMNS),
            "FAILED" if s.get("status") == "failed" else str(s.get("status", "")),
            style="red" if s.get("status") == "failed" else None,
        )
    console.print(t)
    if any(s.get("errors") for s in sources):
        console.print("errors:")
        print_errors(console, sources)
    alerts = {k: v for k, v in (report.get("alerts") or {}).items() if v}
    if alerts:
        console.print("alerts: " + ", ".join(f"{k} {v}" for k, v in alerts.items()))
    if report.get("data_docs"):
        console.print(_text(f"Data Docs: {report['data_docs']}"), overflow="fold")
    if report.get("report_html"):
        console.print(_text(f"run report: {report['report_html']}"), overflow="fold")
    indicators = report.get("indicators") or {}
    if indicators.get("targets"):
        coded = indicators["targets"] - indicators.get("uncoded", 0)
        console.print(
            f"indicators: {coded} of {indicators['targets']} targets coded from the catalogue "
            f"(version {indicators.get('catalogue_version', '?')})"
        )
    console.print(_text(f"{report.get('status', '?')}: {verdict(report)}"), overflow="fold")


# --- status -------------------------------------------------------------------------------------
def _seconds(run: dict[str, Any]) -> float | None:
    if run.get("ended_at") and run.get("started_at"):
        return round((run["ended_at"] - run["started_at"]).total_seconds(), 1)
    return None


def _short_time(value: Any) -> str:
    return value.strftime("%m-%d %H:%M") if value is not None else ""


def sources_of(run: dict[str, Any]) -> list[dict[str, Any]]:
    try:
        report = json.loads(run.get("report_json") or "{}")
    except ValueError:
        return []
    sources = report.get("sources") if isinstance(report, dict) else None
    if isinstance(sources, dict):
        return list(sources.values())
    return sources if isinstance(sources, list) else []


def status_data(wh: Warehouse, runs: int | None = 10) -> dict[str, Any]:
    """What `planwatch status` shows, as plain data (also its `--json`)."""
    import polars as pl

    history = wh.history(limit=None)
    shown = history.head(runs) if runs else history
    last_seen: dict[str, dict[str, Any]] = {}  # source → its report in its latest run
    for run in history.iter_rows(named=True):
        for rep in sources_of(run):
            sid = str(rep.get("source_id", "?"))
            if sid not in last_seen:
                last_seen[sid] = {**rep, "run_id": run["run_id"], "run_started": run["started_at"]}
    alerts = wh.read("alerts")
    counts = dict(alerts.group_by("status").len().sort("status").iter_rows()) if alerts.height else {}
    stuck = alerts.filter(pl.col("status") == "failed").head(5) if alerts.height else alerts
    return {
        "warehouse": wh.root,
        "runs": [_run_dict(r) for r in shown.iter_rows(named=True)],
        "sources": [last_seen[s] for s in sorted(last_seen)],
        "alerts": counts,
        "failed_alerts": stuck.select("kind", "target", "last_error").to_dicts(),
    }


def _run_dict(r: dict[str, Any]) -> dict[str, Any]:
    keys = ("run_id", "flow", "status", "started_at", "ended_at", "n_pages", "n_documents_new",
            "n_documents_updated", "n_errors", "error")  # fmt: skip
    return {k: r.get(k) for k in keys} | {"seconds": _seconds(r)}


def print_status(
    wh: Warehouse, runs: int | None = 10, console: Console | None = None, *, errors: bool = False,
    as_json: bool = False, columns: str = "",
) -> int:  # fmt: skip
    """Last runs, every source as of its latest run, the alert outbox. Exit 1 unless the latest
    run completed."""
    data = status_data(wh, runs)
    latest = data["runs"][0] if data["runs"] else None
    code = exitcodes.OK if latest is None or latest["status"] == "completed" else exitcodes.FAILED
    if as_json:
        output.print_json(data)
        return code
    console = console or output.console()
    if latest is None:
        console.print(_text(f"No runs yet in {wh.root}. Run `planwatch crawl` first."))
        return code
    _runs_table(console, data, columns)
    _sources_table(console, data["sources"])
    if errors:
        console.print("errors (each source in its latest run):")
        print_errors(console, [s for s in data["sources"] if s.get("errors")], limit=None)
    if data["alerts"]:
        console.print("alert outbox: " + ", ".join(f"{a} {n}" for a, n in data["alerts"].items()))
        for r in data["failed_alerts"]:
            console.print(_text(f"  failed {r['kind']} → {r['target']}: {output.cut(r['last_error'], 200)}"))
    console.print(_text(_latest_line(latest, data["sources"])), overflow="fold")
    return code


STATUS_RUN_COLUMNS = ("run_id", "flow", "status", "seconds", "n_pages", "n_documents_new", "n_errors")
STATUS_HEADERS = {"n_pages": "pages", "n_documents_new": "new", "n_documents_updated": "upd",
                  "n_errors": "errs", "seconds": "secs", "run_id": "run"}  # fmt: skip


def _runs_table(console: Console, data: dict[str, Any], columns: str) -> None:
    import polars as pl

    frame = pl.DataFrame(data["runs"], infer_schema_length=None)
    frame = output.pick_columns(frame, columns, STATUS_RUN_COLUMNS)
    title = f"runs in {data['warehouse']} (latest first)"
    console.print(output.frame_table(frame, title=title, headers=STATUS_HEADERS))


def _sources_table(console: Console, sources: list[dict[str, Any]]) -> None:
    from flows.summary import short_reason

    if not sources:
        return
    t = output.table(["source", "last run", "status", "pages", "new", "error"],
                     title="sources (each in its latest run)", numeric=["pages", "new"])  # fmt: skip
    for s in sources:
        errs = s.get("errors") or []
        first = f"{short_reason(errs[0])}: {errs[0]}" if errs else ""
        more = f" (+{len(errs) - 1})" if len(errs) > 1 else ""
        t.add_row(
            output.cut(s.get("source_id"), 16),
            _short_time(s.get("run_started")),
            str(s.get("status", "?")),
            str(s.get("pages_fetched", 0)),
            str(s.get("new", 0)),
            output.cut(first, 300) + more,
            style="red" if s.get("status") == "failed" else None,
        )
    console.print(t)


def _latest_line(latest: dict[str, Any], sources: list[dict[str, Any]]) -> str:
    from flows.summary import failures_line

    line = f"latest run {latest['run_id']} ({latest['flow']}): {latest['status']}"
    failing = [s for s in sources if s.get("status") == "failed"]
    if latest["status"] in ("failed", "interrupted") and latest.get("error"):
        line += f": {latest['error']}"
    elif failing:
        line += f"; {len(failing)} source(s) failing: {failures_line({'sources': failing})}"
        line += " (planwatch status --errors for the full text)"
    return line
