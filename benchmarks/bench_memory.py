"""Peak memory of crawling + parsing many documents (goal <= 400 MB: the pipeline streams).

Two measures, each in a fresh child interpreter (so nothing else in this process counts), its
peak RSS sampled by a psutil thread every 20 ms and checked against `ru_maxrss`:

- parse + archive: N generated documents (the sample sites' detail pages, each made unique)
  written to the raw archive, then parsed back from the archive in the flow's batches
  (`flows.steps.parse_pages`, 100 pages a batch) and concatenated into the night's tables —
  what `nightly` holds before validation. N = 10 000 (`--quick`: 1 000);
- crawl + parse over HTTP: a sample site grown by M notices, served by the replay portal on
  127.0.0.1 (in the parent), crawled by the real client and crawler into the archive, then
  parsed the same way. M = 2 000 (`--quick`: 300): growing a replay site by 10 000 notices takes
  longer than a benchmark should on the 2-core shared machine, so the 10 000 figure is the
  parse + archive one.
"""
from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC
from pathlib import Path

GOAL_MB = 400
REPO = Path(__file__).resolve().parent.parent
TESTS = REPO / "tests"


# ------------------------------------------------------------------ child side

class PeakRss:
    """High-water mark of this process's RSS, sampled in a thread."""

    def __init__(self, every_s: float = 0.02) -> None:
        import psutil

        self.proc = psutil.Process()
        self.peak = self.proc.memory_info().rss
        self.every_s = every_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def _loop(self) -> None:
        while not self._stop.wait(self.every_s):
            self.peak = max(self.peak, self.proc.memory_info().rss)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self.proc.memory_info().rss)


def _templates() -> list[bytes]:
    from testbed.sites import SITES, site_path

    out = []
    for name in SITES:
        out += [p.read_bytes() for p in (site_path(name) / "www").rglob("art_*.html")]
        out += [p.read_bytes() for p in (site_path(name) / "www").rglob("t20*.html")]
    return out


def _parse_all(details: list, root: str) -> dict:
    """Parse from the archive in the flow's batches and concatenate, as `nightly` does."""
    from flows import chunks, steps

    parts, errors = [], 0
    for batch in steps.batches(details):
        out = steps.parse_pages(batch, root)
        errors += len(out.errors)
        parts.append(out.tables)
    tables = chunks.concat_tables(parts)
    return {"documents": tables["documents"].height, "tasks": tables["tasks"].height,
            "targets": tables["targets"].height, "parse_errors": errors}


def child_parse(n: int, root: str) -> dict:
    from datetime import datetime

    from extract.archive import RawArchive
    from planwatch.records import FetchedPage

    templates = _templates()
    archive = RawArchive(root)
    details = []
    now = datetime.now(UTC)
    with PeakRss() as peak:
        t0 = time.perf_counter()
        for i in range(n):
            body = templates[i % len(templates)]
            body = body.replace(b"<head>", f"<head><!-- planwatch bench {i} -->".encode(), 1)
            sha = archive.put(body)
            details.append(FetchedPage(url=f"http://bench.example/art/{i}.html", sha256=sha,
                                       source_id="bench", county="测试县", fetched_at=now))
        t_archive = time.perf_counter() - t0
        counts = _parse_all(details, root)
    return {"peak_mb": peak.peak / 2**20, "maxrss_mb": _maxrss_mb(), "archive_s": t_archive,
            "total_s": time.perf_counter() - t0, **counts}


def child_crawl(sources: str, root: str) -> dict:
    from extract.archive import RawArchive
    from extract.crawl import crawl_source
    from extract.http import HttpClient
    from extract.sources import load_sources
    from extract.state import CrawlState

    source = load_sources(sources)[0]
    archive = RawArchive(root)
    with PeakRss() as peak:
        t0 = time.perf_counter()
        with HttpClient(min_interval_s=0.0, timeout_s=10.0, retries=1, backoff_s=0.01) as client:
            crawl = crawl_source(source, client=client, archive=archive, state=CrawlState(),
                                 run_id="bench-memory")
        t_crawl = time.perf_counter() - t0
        details = crawl.documents
        peak_crawl = peak.peak
        counts = _parse_all(details, root)
    return {"peak_mb": peak.peak / 2**20, "peak_crawl_mb": peak_crawl / 2**20,
            "maxrss_mb": _maxrss_mb(), "crawl_s": t_crawl, "total_s": time.perf_counter() - t0,
            "fetched": len(crawl.pages), "crawled_documents": len(crawl.documents), **counts}


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


# ------------------------------------------------------------------ parent side

def _child(*args: str) -> dict:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), str(TESTS)])}
    proc = subprocess.run([sys.executable, "-m", "benchmarks.bench_memory", "--child", *args],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=3600)
    if proc.returncode != 0:
        raise RuntimeError(f"child failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _row(measure: str, value, unit: str = "", goal: str = "", ok=None) -> dict:
    return {"benchmark": "memory", "measure": measure, "value": value, "unit": unit, "goal": goal, "ok": ok}


def run(quick: bool = False) -> list[dict]:
    n_parse, n_crawl = (1000, 300) if quick else (10_000, 2_000)
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
        tmp = Path(tmp)
        p = _child("parse", str(n_parse), str(tmp / "wh-parse"))
        # The kernel's high-water mark (ru_maxrss) catches spikes between the 20 ms samples.
        high = max(p["peak_mb"], p["maxrss_mb"])
        rows += [
            _row(f"peak RSS: archive + parse {n_parse} docs", round(high, 1), "MB",
                 f"<= {GOAL_MB}", high <= GOAL_MB),
            _row("  sampled peak (psutil, 20 ms)", round(p["peak_mb"], 1), "MB"),
            _row("  documents / tasks / targets parsed",
                 f"{p['documents']}/{p['tasks']}/{p['targets']}", ""),
            _row("  parse + archive wall time", round(p["total_s"], 1), "s"),
        ]
        if str(TESTS) not in sys.path:
            sys.path.insert(0, str(TESTS))
        from hardening_support import SITE, grow_site, write_sources
        from testbed.replay import ReplayServer

        t0 = time.perf_counter()
        site = grow_site(tmp / "site", n_crawl, plans=max(1, n_crawl // 100))
        t_grow = time.perf_counter() - t0
        with ReplayServer(site) as srv:
            sources = write_sources(tmp / "sources.toml", {SITE: srv}, {SITE: site})
            c = _child("crawl", str(sources), str(tmp / "wh-crawl"))
        rows += [
            _row(f"peak RSS: crawl + parse {c['crawled_documents']} docs over HTTP",
                 round(max(c["peak_mb"], c["maxrss_mb"]), 1), "MB", f"<= {GOAL_MB}",
                 max(c["peak_mb"], c["maxrss_mb"]) <= GOAL_MB),
            _row("  of which the crawl alone", round(c["peak_crawl_mb"], 1), "MB"),
            _row("  requests / documents parsed", f"{c['fetched']}/{c['documents']}", ""),
            _row("  crawl wall time", round(c["crawl_s"], 1), "s"),
            _row("  growing the replay site (not measured)", round(t_grow, 1), "s"),
        ]
    return rows


def _main(argv: list[str]) -> int:
    if argv and argv[0] == "--child":
        kind = argv[1]
        out = child_parse(int(argv[2]), argv[3]) if kind == "parse" else child_crawl(argv[2], argv[3])
        print(json.dumps(out))
        return 0
    for r in run(quick="--quick" in argv):
        print(r)
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
