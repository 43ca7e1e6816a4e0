"""Fault campaign: >= 1 000 fetches of the real nightly flow against a replay portal that fails
at random (every fault mode, seeded, the hostile ones included: slowloris headers and bodies,
unclosed tags, deep nesting, link floods, a 1 MiB robots.txt), then at most one follow-up night
with the faults off. List pages get only the faults a retry fixes, and the hostile ones that add
to a good answer (a WAF page on a list page rightly ends that night's paging, which would cap the
fetches); detail pages get every mode.

Then the hostile pages one by one (`hostile_rows`): the cost of each attack against the bound
that holds it (linear scans, the nesting cap, the fetch budget, the link cap, robots truncation).

Prints fetches, faults met, retries, documents expected vs stored, duplicates, alerts expected
vs received at a real webhook receiver, and repeated alerts. `--quick`: ~150 fetches.
The same campaign is `tests/test_hardening_faults.py` (its 1 000-fetch case is `-m slow`).
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent / "tests"


def run(quick: bool = False) -> list[dict]:
    if str(TESTS) not in sys.path:
        sys.path.insert(0, str(TESTS))
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from flows.nightly import nightly
    from flows.runner import run_flow
    from hardening_support import run_fault_campaign

    def night(settings):
        return run_flow(nightly, settings)

    n_new, plans = (110, 4) if quick else (1000, 12)
    with tempfile.TemporaryDirectory(prefix="bench-faults-") as tmp:
        c = run_fault_campaign(Path(tmp), n_new=n_new, plans=plans, probability=0.3, seed=11,
                               night=night, lists="all" if quick else "retryable")
    rows = c.rows("faults")
    if quick:
        rows[0]["goal"], rows[0]["ok"] = ">= 1000 (full run)", None
    modes = ", ".join(f"{m} {n}" for m, n in c.faults.most_common())
    rows.insert(3, {"benchmark": "faults", "measure": f"faults by mode: {modes}", "value": len(c.faults),
                    "unit": "modes"})
    return rows + hostile_rows(quick)


def _timed(fn) -> float:
    import time

    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def hostile_rows(quick: bool = False) -> list[dict]:
    """Each hostile page against the bound that holds it, timed in this process."""
    import re

    from extract.patterns import compile_user
    from extract.platforms import links_from
    from extract.robots import rules_from_response
    from transform.document import parse_document

    def row(measure, value, unit="s", goal="", ok=None):
        return {"benchmark": "faults", "measure": measure, "value": round(value, 3), "unit": unit,
                "goal": goal, "ok": ok}

    good = '<li><a href="/art/1.html" title="t">t</a><span>2026-01-01</span></li>'
    pattern = compile_user(r"/art/\d+\.html")
    old = re.compile(r"<a\b([^>]*)>(.*?)</a\s*>", re.I | re.S)        # the list-page regex before
    small = good + "<a href=x " * 6_500                                   # ~64 KiB
    big = good + "<a href=x " * (110_000 if not quick else 11_000)       # ~1 MiB
    t_old = _timed(lambda: list(old.finditer(small)))
    t_small = _timed(lambda: links_from(small, "http://x/", pattern))
    t_big = _timed(lambda: links_from(big, "http://x/", pattern))
    rows = [
        row("unclosed <a>: old regex, 64 KiB page", t_old * 1000, "ms"),
        row("unclosed <a>: linear scan, 64 KiB page", t_small * 1000, "ms", goal="< old regex", ok=t_small < t_old),
        row(f"unclosed <a>: linear scan, {len(big) >> 10} KiB page", t_big * 1000, "ms",
            goal="~linear: <= 40x the 64 KiB time", ok=t_big <= 40 * max(t_small, 0.005)),
    ]
    depth = 200_000 if not quick else 50_000
    page = ("<html><body><div id=zoom><p>关于印发行动计划的通知</p>" + "<div>" * depth + "正文"
            + "</div>" * depth + "</div></body></html>").encode()
    rows.append(row(f"deep nesting: parse_document, {depth} levels", _timed(lambda: parse_document(page, source="x")),
                    goal="capped at 2 000 levels"))
    robots = b"User-agent: *\nDisallow: /a*b*c*d$\n" + b"Disallow: /x*y*z\n" * 60_000
    rows.append(row(f"robots.txt of {len(robots) >> 10} KiB: parse (first 512 KiB)",
                    _timed(lambda: rules_from_response(200, robots).allows("planwatch", "http://h/abcd"))))
    rows.extend(_network_rows(quick, row))
    return rows


def _network_rows(quick: bool, row) -> list[dict]:
    """A trickling answer against the fetch budget; a 100 000-link list page against the cap."""
    import tempfile
    import time
    from pathlib import Path

    from extract.archive import RawArchive
    from extract.crawl import crawl_source
    from extract.guard import HostPolicy
    from extract.http import HttpClient
    from extract.sources import load_sources
    from extract.state import CrawlState
    from testbed.replay import FaultRule, ReplayServer
    from testbed.sites import copy_site, expected_documents, site_path, sources_toml

    out = []
    doc = expected_documents(site_path("hanweb_juancheng"))[0]
    with ReplayServer("hanweb_juancheng", faults=[FaultRule(doc, "slowloris", interval_s=0.2,
                                                            duration_s=30)]) as srv:
        client = HttpClient(timeout_s=20, retries=3, fetch_budget_s=2.0, min_interval_s=0.0, backoff_s=0.01)
        t0 = time.perf_counter()
        res = client.fetch(srv.url(doc), source=HostPolicy({srv.netloc}, True, 0.0))
        spent = time.perf_counter() - t0
    out.append(row("slowloris body (1 byte / 0.2 s), 20 s read timeout, 2 s budget, 3 retries", spent,
                   goal="ends near 2 s, no retry", ok=res.outcome == "error" and res.attempts == 1 and spent < 6))
    n = 100_000 if not quick else 10_000
    with tempfile.TemporaryDirectory(prefix="bench-flood-") as tmp:
        site = copy_site("hanweb_juancheng", Path(tmp) / "site")
        with ReplayServer(site, faults=[FaultRule(r"^/col/", "link_flood", n=n, count=1)]) as srv:
            path = Path(tmp) / "sources.toml"
            path.write_text(sources_toml({"hanweb_juancheng": srv.base_url},
                                         site_dirs={"hanweb_juancheng": site}, min_interval_s=0.0), "utf-8")
            source = load_sources(path)[0]
            archive = RawArchive(Path(tmp) / "wh")
            t0 = time.perf_counter()
            with HttpClient(min_interval_s=0.0, max_bytes=64 << 20, retries=0) as client:
                crawl = crawl_source(source, client=client, archive=archive, state=CrawlState(), run_id="flood",
                                     max_new_links=500)
            spent = time.perf_counter() - t0
            details = sum(1 for r in srv.requests if r.path.startswith("/art/"))
    out.append(row(f"link flood: {n} links on one list page, cap 500", spent,
                   goal="linear; <= 500 detail fetches", ok=details <= 500))
    out.append(row("link flood: detail fetches / deferred to later runs",
                   details, unit=f"/ {crawl.counts.get('detail_deferred', 0)}"))
    return out


if __name__ == "__main__":
    import json

    print(json.dumps(run(quick="--quick" in sys.argv), indent=1, default=str))
