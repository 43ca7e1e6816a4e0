"""Crawl cost on the replay portal's sample sites: first crawl, unchanged re-crawl, +3 re-crawl.

Counts come from the server's own request log (what a portal would see), bytes are body bytes
sent. Goals: an unchanged re-crawl asks for page 1 of each list only (answered 304) and no
detail page; after 3 new notices the re-crawl fetches exactly those 3 detail pages.
"""
from __future__ import annotations

import tempfile
import time
from pathlib import Path


def _settled(srv) -> list:
    last = -1
    for _ in range(50):
        n = len(srv.requests)
        if n == last:
            break
        last = n
        time.sleep(0.02)
    return srv.requests


def _measure(srv, started: float) -> dict:
    log = _settled(srv)
    detail = [r for r in log if r.path.startswith("/art/") or "/t20" in r.path]
    other = [r for r in log if r not in detail and r.path != "/robots.txt"]
    return {"requests": len(log), "list_requests": len(other), "list_304": sum(r.status == 304 for r in other),
            "detail_requests": len(detail), "bytes": sum(r.bytes for r in log),
            "seconds": time.perf_counter() - started}


def _site_rows(name: str, tmp: Path) -> list[dict]:
    from extract.archive import RawArchive
    from extract.crawl import crawl_source
    from extract.http import HttpClient
    from extract.sources import load_sources
    from extract.state import CrawlState
    from testbed.replay import ReplayServer
    from testbed.sites import add_notices, copy_site, sources_toml

    site = copy_site(name, tmp / name)
    archive = RawArchive(tmp / f"wh-{name}")
    rows: list[dict] = []
    with ReplayServer(site) as srv:
        (tmp / f"{name}.toml").write_text(sources_toml({name: srv.base_url}, site_dirs={name: site}),
                                          encoding="utf-8")
        source = load_sources(tmp / f"{name}.toml")[0]
        n_lists = len(source.start_urls)
        state = CrawlState()
        results = {}
        for phase in ("first crawl", "unchanged re-crawl", "+3 re-crawl"):
            if phase == "+3 re-crawl":
                add_notices(site, 3)
            srv.reset_log()
            client = HttpClient(archive=archive, min_interval_s=0.0, backoff_s=0.01, timeout_s=5)
            t0 = time.perf_counter()
            crawl = crawl_source(source, client=client, archive=archive, state=state, run_id=phase)
            state.update(crawl.pages)
            results[phase] = m = _measure(srv, t0)
            m["documents"] = len(crawl.documents)
            if phase == "first crawl":   # lists served without ETag/Last-Modified cannot answer 304
                validated = sum(1 for r in crawl.pages if r["kind"] == "list" and r["url"] in source.start_urls
                                and (r["etag"] or r["last_modified"]))
        for phase, m in results.items():
            for key, unit in (("requests", "req"), ("list_requests", "req"), ("detail_requests", "req"),
                              ("bytes", "B"), ("documents", "docs"), ("seconds", "s")):
                row = {"benchmark": "crawl", "measure": f"{name} {phase}: {key}", "value": m[key], "unit": unit}
                if phase == "unchanged re-crawl" and key == "detail_requests":
                    row.update(goal="0", ok=m[key] == 0)
                if phase == "unchanged re-crawl" and key == "list_requests":
                    row.update(goal=f"{n_lists} (page 1 of each list; {validated} can answer 304)",
                               ok=m[key] == n_lists and m["list_304"] == validated)
                if phase == "+3 re-crawl" and key == "detail_requests":
                    row.update(goal="3", ok=m[key] == 3)
                rows.append(row)
    return rows


def run(quick: bool = False) -> list[dict]:
    from testbed.sites import SITES

    names = list(SITES)
    if quick:
        names = names[:1]
    rows: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            rows.extend(_site_rows(name, Path(tmp)))
    return rows


if __name__ == "__main__":
    for r in run():
        print(r)
