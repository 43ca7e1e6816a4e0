"""`planwatch demo`: the whole pipeline on the sample sites (built on demand), loopback only.

1. copies the sample sites into `<out>/sites`, serves each with the replay portal on 127.0.0.1,
   starts a webhook receiver (an Apprise `json://` target) on 127.0.0.1;
2. runs `nightly` into a fresh `<out>/warehouse`, printing every alert the receiver gets and a
   summary table;
3. publishes new notices on one site and runs again: only those are fetched and alerted;
4. exports Parquet to `<out>/parquet` and says where everything is and how to read it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planwatch.settings import add_arguments

if TYPE_CHECKING:
    from rich.console import Console

    from planwatch.settings import Settings

MARKER = ".planwatch-demo"
NEW_NOTICES = 3


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="end-to-end demo on the sample sites (loopback only)")
    add_arguments(p, "demo_out", "log_level")
    p.set_defaults(func=cmd_demo)


def cmd_demo(args: argparse.Namespace) -> int:
    from flows.runner import prefect_env
    from planwatch.settings import load

    prefect_env()
    return run_demo(load(args).demo.out)


def _prepare(out: Path) -> None:
    """A fresh demo folder; refuse to wipe a folder the demo did not make."""
    from planwatch.exceptions import ConfigError

    if out.exists() and any(out.iterdir()) and not (out / MARKER).exists():
        raise ConfigError(f"{out} exists and is not a demo folder; pass --out NEW_DIR")
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    (out / MARKER).write_text("made by `planwatch demo`; deleted and rebuilt by the next demo\n")


def _quiet_prefect(out: Path) -> None:
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "WARNING")


class AlertPrinter:
    """Print alerts as the webhook receives them: the first of each run in full, then one line each."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.full_next = True

    def __call__(self, msg: dict[str, Any]) -> None:
        from rich.markup import escape
        from rich.panel import Panel

        title = escape(str(msg.get("title", "")))
        if self.full_next:
            self.full_next = False
            self.console.print(
                Panel(
                    escape(str(msg.get("message", ""))),
                    title=f"[bold]alert[/bold]: {title}",
                    border_style="green",
                    expand=False,
                )
            )
            return
        plan, digest = msg.get("plan") or {}, msg.get("digest") or {}
        where = plan.get("url") or (f"{len(digest.get('plans') or [])} plans" if digest else "")
        self.console.print(f"[green]alert[/green] {title}  [dim]{escape(str(where))}[/dim]")


def _run(console: Console, settings: Settings, label: str) -> dict[str, Any]:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from flows.nightly import nightly
    from flows.runner import run_flow
    from flows.runtime import use_progress

    console.rule(label)
    with Progress(
        TextColumn("{task.description:<8}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[item]}"),
        TimeElapsedColumn(),
        console=console,
        transient=False,
    ) as bar:
        ids: dict[str, Any] = {}

        def on_progress(phase: str, item: str, done: int, total: int) -> None:
            if phase not in ids:
                ids[phase] = bar.add_task(phase, total=total or None, item="")
            bar.update(ids[phase], completed=done, total=total or None, item=item)

        with use_progress(on_progress):
            report = run_flow(
                nightly, settings, sources=settings.crawl.sources, warehouse=settings.store.root
            )
    return report


def run_demo(out: str | Path = "demo-output") -> int:
    # Long function: the demo script, step by step, as the README tells it.
    from rich.console import Console

    from planwatch.cli.report import print_report
    from planwatch.settings import Settings
    from testbed.replay import ReplayServer
    from testbed.sites import SITES, add_notices, copy_site, sources_toml
    from testbed.webhook import WebhookReceiver

    console = Console()
    out = Path(out).resolve()
    _prepare(out)
    _quiet_prefect(out)
    t0 = time.perf_counter()
    sites, servers = {}, []
    for name in SITES:
        try:
            sites[name] = copy_site(name, out / "sites" / name)
        except KeyError:  # a sample site not built in this checkout
            continue
    try:
        for name, path in sites.items():
            servers.append((name, ReplayServer(path).start()))
        printer = AlertPrinter(console)
        hook = WebhookReceiver(on_message=printer).start()
        sources_file = out / "sources.toml"
        sources_file.write_text(
            sources_toml({n: s.base_url for n, s in servers}, site_dirs={n: sites[n] for n, _ in servers}),
            encoding="utf-8",
        )
        console.print("replay portal: " + ", ".join(f"{n} at {s.base_url}" for n, s in servers))
        console.print(f"webhook receiver (alerts): {hook.base_url}")
        settings = Settings.of(
            warehouse=str(out / "warehouse"),
            sources=str(sources_file),
            alert=[hook.apprise_url],
            min_interval_s=0.0,
            http_timeout_s=5.0,
            http_retries=1,
        )

        first = _run(console, settings, "first nightly run: every notice is new")
        hook.wait_for(first["alerts"].get("sent", 0), timeout=5)
        print_report(first, console)
        n_first = len(hook.messages)

        name, site_dir = next(iter(sites.items()))
        added = add_notices(site_dir, NEW_NOTICES, plans=1)
        printer.full_next = True
        console.print(f"\npublished {len(added)} new notices on {name}: {', '.join(added)}")
        second = _run(console, settings, "second nightly run: incremental")
        hook.wait_for(n_first + second["alerts"].get("sent", 0), timeout=5)
        print_report(second, console)
        console.print(
            f"alerts received: {n_first} in the first run, {len(hook.messages) - n_first} in the second"
        )

        parquet = _export(settings, out / "parquet")
        index = out / "warehouse" / "data_docs" / "index.html"
        docs_dir = str(index) if index.exists() else (second.get("data_docs") or "")
        _where(console, out, parquet, docs_dir, time.perf_counter() - t0, second.get("report_html") or "")
    finally:
        for _, srv in servers:
            srv.stop()
        if "hook" in locals():
            hook.stop()
    return 0


def _export(settings: Settings, to: Path) -> Path:
    from load.export import export
    from warehouse.store import Warehouse

    export(Warehouse.open(settings.store), str(to))
    return to


def _where(console: Console, out: Path, parquet: Path, docs: str, seconds: float, report: str = "") -> None:
    wh = out / "warehouse"
    console.rule(f"done in {seconds:.0f} s")
    console.print(f"""[bold]Run report (charts):[/bold] {report or wh / "reports" / "index.html"}
  open it in a browser: file://{report or wh / "reports" / "index.html"}
[bold]Warehouse (Delta Lake):[/bold] {wh}
  planwatch status --warehouse {wh}
  planwatch sql --warehouse {wh} "SELECT county, count(*) FROM plans GROUP BY county"
  planwatch sql --warehouse {wh} "SELECT county, indicator, value, unit FROM targets_wide WHERE indicator_code = 'GRAIN_OUTPUT'"
  python -c "import polars as pl; print(pl.read_delta('{wh}/documents'))"
[bold]Parquet exports:[/bold] {parquet}
  python -c "import polars as pl; print(pl.read_parquet('{parquet}/targets.parquet'))"
[bold]Data Docs (validation report):[/bold] {docs or wh / "data_docs"}
  open it in a browser: file://{docs or wh / "data_docs"}
[bold]Raw archive:[/bold] {wh}/raw  (every fetched page, gzip, by sha256)""")
