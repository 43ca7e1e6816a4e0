"""`planwatch sources check | test` and `planwatch fetch`: the crawler (extract) from the command line."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from planwatch import exitcodes
from planwatch.cli import output
from planwatch.cli.run import FETCH_FLAGS
from planwatch.display import safe_text
from planwatch.settings import add_arguments

if TYPE_CHECKING:
    from extract.archive import RawArchive
    from extract.crawl import SourceCrawl
    from extract.journal import JournalWriter
    from extract.probe import ProbeResult
    from extract.state import CrawlState
    from planwatch.settings import Settings

FETCH_SETTINGS = (
    "sources",
    "warehouse",
    "source",
    "full",
    "refresh",
    *FETCH_FLAGS,
    "storage_options",
    "config",
    "log_level",
)


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "sources",
        help="check the portal list (sources.toml), or try one source",
        description="Work with the sources file that lists the portals.",
    )
    sub = p.add_subparsers(dest="sources_command", metavar="SUBCOMMAND")
    c = sub.add_parser(
        "check",
        help="validate sources.toml and say what is wrong where",
        description="Validate a sources file: every problem is printed with the file, its line, "
        "the source (number and id) and the key; unknown keys are errors with a 'did you mean', "
        "and hosts the crawler would refuse (127.0.0.1 without allow_loopback, private "
        "addresses, start URLs outside allowed_hosts) are caught here. Exit 1 when invalid.",
    )
    add_arguments(c, "sources", "config", "json")
    c.set_defaults(func=run_check)
    t = sub.add_parser(
        "test",
        help="fetch one list page of a source and show the links found",
        description="Fetch the first list page of source ID (as the crawler does: robots.txt, "
        "allowed hosts, politeness) and print the notice links the platform adapter finds on it, "
        "with their dates and titles, and whether there is a next page. Nothing is stored. "
        "Exit 1 when the page cannot be fetched or holds no link.",
    )
    t.add_argument("source_id", metavar="ID", help="the source's id in sources.toml")
    add_arguments(
        t, "sources", "config", "contact_url", "http_timeout_s", "http_retries", "json", "log_level"
    )
    t.set_defaults(func=run_test)
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
    add_arguments(f, *FETCH_SETTINGS, "json")
    f.set_defaults(func=run_fetch)


def run_check(args: argparse.Namespace) -> int:
    from extract.sources import build_sources, check_sources
    from planwatch.settings import load

    path = load(args).crawl.sources
    problems = check_sources(path)
    errors = [p for p in problems if p.level == "error"]
    sources = [] if errors else build_sources(path)
    if load(args).json:
        output.print_json(
            {
                "file": path,
                "ok": not errors,
                "problems": [p.as_dict() for p in problems],
                "sources": [
                    {
                        "id": s.id,
                        "county": s.county,
                        "platform": s.platform,
                        "enabled": s.enabled,
                        "verified": s.verified,
                    }
                    for s in sources
                ],  # fmt: skip
            }
        )
        return exitcodes.FAILED if errors else exitcodes.OK
    for problem in problems:
        print(problem)
    if errors:
        print(f"{path}: {len(errors)} problem(s); nothing was crawled")
        return exitcodes.FAILED
    enabled = [s.id for s in sources if s.enabled]
    print(f"{path}: OK, {len(enabled)} source(s): {', '.join(enabled)}")
    disabled = [s.id for s in sources if not s.enabled]
    if disabled:
        print(f"  disabled: {', '.join(disabled)}")
    unverified = [s.id for s in sources if s.enabled and not s.verified]
    if unverified:
        print(f"  not verified against the live portal: {', '.join(unverified)}")
    return exitcodes.OK


def run_test(args: argparse.Namespace) -> int:
    """`planwatch sources test ID`: the first list page of one source, and the links on it."""
    from extract.probe import probe_source
    from extract.sources import load_sources
    from planwatch.settings import load

    settings = load(args)
    (source,) = load_sources(settings.crawl.sources, only=[args.source_id])
    result = probe_source(source, settings.http)
    if settings.json:
        output.print_json(result.as_dict())
    else:
        _print_probe(result)
    return exitcodes.OK if result.links else exitcodes.FAILED


def _print_probe(result: ProbeResult) -> None:
    """Each request, then each link as two lines (title and date, then its URL), in full."""
    from rich.text import Text

    con = output.console()
    for step in result.requests:
        tail = f" ({step.error})" if step.error else ""
        con.print(Text(safe_text(f"{step.method} {step.url} → {step.outcome}{tail}")), overflow="fold")
    if result.links:
        con.print(f"{len(result.links)} link(s) on the first list page:")
    for n, link in enumerate(result.links, 1):
        date = f" ({link.list_date})" if link.list_date else ""
        con.print(Text(safe_text(f"{n:>3}. {link.title or '(no title)'}{date}")), overflow="fold")
        con.print(Text(f"     {safe_text(link.url)}"), overflow="fold")
    for url in result.off_host:
        con.print(Text(f"  skipped (not an allowed host): {safe_text(url)}"), overflow="fold")
    more = "a next page exists" if result.has_next else "no next page"
    verdict = f"{result.source_id}: {len(result.links)} link(s), {more}"
    con.print(
        Text(safe_text(verdict if result.links else f"{verdict}: {result.why_empty()}")), overflow="fold"
    )


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
    from planwatch.cli.run import check_sources_file
    from planwatch.ids import new_run_id
    from planwatch.settings import load
    from warehouse.checks import check
    from warehouse.store import Warehouse

    settings = load(args)
    crawl = settings.crawl
    check_sources_file(crawl.sources, crawl.source)
    check(Warehouse.open(settings.store), write=True)
    sources = load_sources(crawl.sources, only=crawl.source or None)
    archive = RawArchive(settings.store.root, settings.store.storage_options)
    state = _previous_pages(settings, archive)
    run_id = new_run_id()
    journal = JournalWriter(archive, run_id)
    try:
        with output.progress(enabled=not settings.json) as show, HttpClient(settings.http) as client:
            crawls = crawl_sources(
                sources,
                client=client,
                archive=archive,
                state=state,
                run_id=run_id,
                full=crawl.full,
                refresh=crawl.refresh,
                on_event=_fetch_events(journal, show),
                max_list_pages=crawl.max_list_pages,
                max_new_links=crawl.max_new_links,
                budget_s=crawl.source_budget_s,
                deadline=time.monotonic() + crawl.night_budget_s,
            )
    finally:
        journal.close()
    path = journal.path
    failed = [c for c in crawls if not c.ok]
    if settings.json:
        output.print_json(
            {"run_id": run_id, "journal": path,
             "sources": [{"source_id": c.source_id, "ok": c.ok, "error": c.error, **c.counts} for c in crawls]}
        )  # fmt: skip
        return exitcodes.FAILED if failed else exitcodes.OK
    _print_fetch(run_id, path, crawls)
    return exitcodes.FAILED if failed else exitcodes.OK


def _fetch_events(journal: JournalWriter, show: output.ProgressFn | None) -> Callable[[dict[str, Any]], None]:
    """The crawler's events → the journal (written as pages arrive) and the progress display."""
    counts: dict[str, int] = {}

    def on_event(event: dict[str, Any]) -> None:
        journal(event)
        if show is not None and event.get("event") == "page":
            sid = str(event.get("source_id"))
            counts[sid] = counts.get(sid, 0) + 1
            show("fetch", sid, counts[sid], 0)

    return on_event


def _print_fetch(run_id: str, journal: str, crawls: list[SourceCrawl]) -> None:
    from rich.text import Text

    con = output.console()
    con.print(Text(f"run {run_id}: journal {journal}"), overflow="fold")
    heads = ["source", "lists", "304", "new", "chg", "err", "blk", "ref", "req", "bytes", "status"]
    t = output.table(heads, numeric=heads[1:-1])
    for c in crawls:
        n = c.counts
        total = {
            k: sum(v for key, v in n.items() if key.endswith(k)) for k in ("_error", "_blocked", "_refused")
        }
        t.add_row(
            output.cut(c.source_id, 16),
            *(str(x) for x in (n.get("list_ok", 0), n.get("list_not_modified", 0), n.get("documents_new", 0),
                               n.get("documents_changed", 0), total["_error"], total["_blocked"],
                               total["_refused"], n.get("requests", 0), n.get("bytes", 0))),
            "ok" if c.ok else "FAILED",
        )  # fmt: skip
    con.print(t)
    for c in crawls:
        if c.error:
            con.print(Text(f"  {c.source_id}: {safe_text(c.error)}"), overflow="fold")
        if c.counts.get("detail_left"):
            left = c.counts["detail_left"]
            con.print(Text(f"  {c.source_id}: {left} detail page(s) left for the next run"), overflow="fold")
    failed = [c.source_id for c in crawls if not c.ok]
    new = sum(c.counts.get("documents_new", 0) for c in crawls)
    line = f"{len(crawls)} source(s), {len(crawls) - len(failed)} ok"
    con.print(
        Text(
            line
            + (f", {len(failed)} failed ({', '.join(failed)})" if failed else "")
            + f"; {new} new page(s) archived"
        )
    )
