"""`planwatch sources check` and `planwatch fetch`: the crawler (extract) from the command line."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from planwatch.settings import add_arguments

if TYPE_CHECKING:
    from extract.archive import RawArchive
    from extract.state import CrawlState
    from planwatch.settings import Settings

FETCH_SETTINGS = (
    "sources",
    "warehouse",
    "source",
    "full",
    "refresh",
    "contact_url",
    "http_timeout_s",
    "http_retries",
    "http_backoff_s",
    "http_backoff_max_s",
    "max_bytes",
    "min_interval_s",
    "max_list_pages",
    "max_new_links",
    "fetch_budget_s",
    "max_crawl_delay_s",
    "source_budget_s",
    "night_budget_s",
    "storage_options",
    "config",
    "log_level",
)


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "sources",
        help="check the portal list (sources.toml)",
        description="Work with the sources file that lists the portals.",
    )
    sub = p.add_subparsers(dest="sources_command", metavar="SUBCOMMAND")
    c = sub.add_parser(
        "check",
        help="validate sources.toml and say what is wrong where",
        description="Validate a sources file: every problem is printed with the "
        "file, the source (number and id) and the key. Exit 1 when invalid.",
    )
    add_arguments(c, "sources", "config")
    c.set_defaults(func=run_check)
    p.set_defaults(func=lambda args: (p.print_help(), 2)[1])

    f = subparsers.add_parser(
        "fetch",
        help="crawl the portals into the raw archive (no parsing)",
        description="Crawl the sources politely and incrementally: list pages (conditional GET), "
        "new detail pages into <warehouse>/raw/ (content-addressed, gzip), and one "
        "journal of every fetch (the `pages` rows) at "
        "<warehouse>/raw/journal/<run_id>.jsonl, written as pages arrive (an interrupted "
        "fetch does not fetch them again). Prints a summary per source. "
        "Exit 1 when a source failed.",
    )
    add_arguments(f, *FETCH_SETTINGS)
    f.set_defaults(func=run_fetch)


def run_check(args: argparse.Namespace) -> int:
    from extract.sources import check_sources, load_sources
    from planwatch.settings import load

    path = load(args).crawl.sources
    problems = check_sources(path)
    for problem in problems:
        print(problem)
    errors = [p for p in problems if p.level == "error"]
    if errors:
        print(f"{len(errors)} problem(s) in {path}")
        return 1
    sources = load_sources(path)
    unverified = [s.id for s in sources if not s.verified]
    print(f"{path}: OK, {len(sources)} source(s): {', '.join(s.id for s in sources)}")
    import tomllib
    from pathlib import Path

    entries = tomllib.loads(Path(path).read_text(encoding="utf-8")).get("source", [])
    disabled = [e.get("id", "?") for e in entries if e.get("enabled") is False]
    if disabled:
        print(f"  disabled: {', '.join(disabled)}")
    if unverified:
        print(f"  not verified against the live portal: {', '.join(unverified)}")
    return 0


def _previous_pages(settings: Settings, archive: RawArchive) -> CrawlState:
    """pages rows of earlier runs: the journals, plus the warehouse `pages` table when present."""
    import logging

    from extract.journal import state_from_journals
    from warehouse.store import Warehouse

    state = state_from_journals(archive)
    try:
        state.update(Warehouse.open(settings.store).read("pages").to_dicts())
    except Exception as exc:  # no warehouse yet, or not readable: the journals suffice
        logging.getLogger(__name__).debug("no pages table: %s", exc)
    return state


def run_fetch(args: argparse.Namespace) -> int:
    import time

    from extract.archive import RawArchive
    from extract.crawl import crawl_sources
    from extract.http import HttpClient
    from extract.journal import JournalWriter
    from extract.sources import load_sources
    from planwatch.ids import new_run_id
    from planwatch.settings import load

    settings = load(args)
    crawl = settings.crawl
    sources = load_sources(crawl.sources, only=crawl.source or None)
    archive = RawArchive(settings.store.root, settings.store.storage_options)
    state = _previous_pages(settings, archive)
    run_id = new_run_id()
    journal = JournalWriter(archive, run_id)
    try:
        with HttpClient(settings.http) as client:
            crawls = crawl_sources(
                sources,
                client=client,
                archive=archive,
                state=state,
                run_id=run_id,
                full=crawl.full,
                refresh=crawl.refresh,
                on_event=journal,
                max_list_pages=crawl.max_list_pages,
                max_new_links=crawl.max_new_links,
                budget_s=crawl.source_budget_s,
                deadline=time.monotonic() + crawl.night_budget_s,
            )
    finally:
        journal.close()
    print(f"run {run_id}: journal {journal.path}")
    print(
        f"{'source':<16} {'lists':>5} {'304':>4} {'new':>4} {'chg':>4} {'err':>4} {'blk':>4} "
        f"{'ref':>4} {'req':>5} {'bytes':>10}  status"
    )
    failed = 0
    for c in crawls:
        n = c.counts
        err = sum(v for k, v in n.items() if k.endswith("_error"))
        blk = sum(v for k, v in n.items() if k.endswith("_blocked"))
        ref = sum(v for k, v in n.items() if k.endswith("_refused"))
        status = "ok" if c.ok else f"FAILED: {c.error}"
        if n.get("detail_left"):
            status += f" ({n['detail_left']} detail pages left for the next run)"
        failed += 0 if c.ok else 1
        print(
            f"{c.source_id:<16} {n.get('list_ok', 0):>5} {n.get('list_not_modified', 0):>4} "
            f"{n.get('documents_new', 0):>4} {n.get('documents_changed', 0):>4} {err:>4} {blk:>4} "
            f"{ref:>4} {n.get('requests', 0):>5} {n.get('bytes', 0):>10}  {status}"
        )
    return 1 if failed else 0
