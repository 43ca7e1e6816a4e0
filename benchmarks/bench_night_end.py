"""Peak memory of a night's last seconds, measured apart: Data Docs and the run report of a large
run (`python -m benchmarks.bench_night_end [--sources 11000]`).

Builds a warehouse holding one run as an 11,000-source first night leaves it: one document per
source (the sample sites' detail pages, parsed once and repeated under new ids, with their
tasks, units and targets), 46 `dq_results` rows per source plus the run-wide ones (~506,000
rows), 2.25 `pages` rows per source, loaded in chunks of 1,000 documents, then the `runs` row.
Then, each in a fresh child interpreter (so nothing else counts), its RSS sampled every 20 ms
and checked against `ru_maxrss`: the night's Data Docs step (`flows.loading.run_quality`, `_data_docs`) and
its run report (`flows.reports.publish`, with the per-source report the night hands it).
Prints the RSS after the imports, the peak, and the difference.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
RUN_ID = "bench-night-end"
DQ_PER_SOURCE = 46
CHUNK_DOCS = 1000


def _templates() -> list[tuple[str, bytes]]:
    from testbed.sites import SITES, site_path

    out = []
    for name in SITES:
        www = site_path(name) / "www"
        out += [(p.name, p.read_bytes()) for p in sorted(www.rglob("art_*.html"))]
        out += [(p.name, p.read_bytes()) for p in sorted(www.rglob("t20*.html"))]
    return out


def _parsed() -> dict[str, Any]:
    """The templates parsed once: their content tables."""
    from transform.document import parse_document
    from transform.tables import build_tables

    docs = [
        parse_document(body, source=f"http://bench.example/{name}", url=f"http://bench.example/{name}")
        for name, body in _templates()
    ]
    return build_tables(docs)


def _chunk_tables(base: dict[str, Any], first: int, last: int) -> dict[str, Any]:
    """Documents first..last-1: template i % n under the doc id `d<i>`, source `s<i>`."""
    import polars as pl

    docs = base["documents"]
    n = docs.height
    ids = docs.get_column("doc_id").to_list()
    out: dict[str, list[pl.DataFrame]] = {k: [] for k in base}
    for i in range(first, last):
        old = ids[i % n]
        new = f"d{i:06d}"
        for name, frame in base.items():
            part = frame.filter(pl.col("doc_id") == old) if "doc_id" in frame.columns else frame
            repl = [pl.lit(new).alias("doc_id")]
            if "task_id" in part.columns:
                repl.append(pl.col("task_id").str.replace(old, new, literal=True))
            if "target_id" in part.columns:
                repl.append(pl.col("target_id").str.replace(old, new, literal=True))
            if name == "documents":
                repl += [
                    pl.lit(f"s{i:06d}").alias("source_id"),
                    pl.lit(f"http://bench.example/{i}").alias("source"),
                ]
            out[name].append(part.with_columns(repl))
    return {k: pl.concat(v) for k, v in out.items()}


def _dq(first: int, last: int, now: Any) -> Any:
    """46 expectation rows per source (a few failed) and the run-wide ones."""
    from warehouse.contract import conform

    rows = []
    for i in range(first, last):
        for k in range(DQ_PER_SOURCE):
            ok = (i * DQ_PER_SOURCE + k) % 997 != 0
            rows.append(
                {
                    "run_id": RUN_ID,
                    "table_name": ("documents", "tasks", "task_units", "targets")[k % 4],
                    "source_id": f"s{i:06d}",
                    "expectation": f"expect_column_values_{k}",
                    "column": f"col{k}",
                    "level": "row" if k % 3 else "flag",
                    "success": ok,
                    "element_count": 30,
                    "unexpected_count": 0 if ok else 2,
                    "details": json.dumps({"kwargs": {"column": f"col{k}", "mostly": 1.0}, "observed": k}),
                    "validated_at": now,
                }
            )
    for k in range(DQ_PER_SOURCE):
        rows.append({**rows[k], "source_id": "", "element_count": 30 * (last - first)})
    return conform("dq_results", rows)


def _pages(first: int, last: int, now: Any) -> Any:
    from warehouse.contract import conform

    rows = []
    for i in range(first, last):
        for kind, j in (
            (("list", 0), ("detail", 1), ("list", 2)) if i % 4 == 0 else (("list", 0), ("detail", 1))
        ):
            rows.append(
                {
                    "fetch_id": f"f{i:06d}-{j}",
                    "run_id": RUN_ID,
                    "source_id": f"s{i:06d}",
                    "url": f"http://bench.example/{i}/{j}",
                    "kind": kind,
                    "outcome": "ok",
                    "status": 200,
                    "fetched_at": now,
                }
            )
    return conform("pages", rows)


def build(root: str, sources: int) -> None:
    """The warehouse of one large first night, loaded chunk by chunk as a night loads it."""
    from datetime import UTC, datetime

    from load.merge import finish_run, load_chunk
    from load.result import LoadResult
    from load.runs import RunInfo, source_counts
    from planwatch.records import ValidatedRun
    from warehouse.contract import empty
    from warehouse.store import Warehouse

    wh = Warehouse(root)
    base = _parsed()
    now = datetime.now(UTC)
    total = LoadResult()
    counts: dict[str, dict[str, int]] = {}
    for first in range(0, sources, CHUNK_DOCS):
        last = min(sources, first + CHUNK_DOCS)
        tables = _chunk_tables(base, first, last)
        run = ValidatedRun(tables, empty("quarantine"), _dq(first, last, now))
        total.add(load_chunk(wh, run, run_id=RUN_ID, pages=_pages(first, last, now)))
        counts.update(source_counts(tables))
    sids = [f"s{i:06d}" for i in range(sources)]
    info = RunInfo(status="completed", started_at=now, sources=sids, n_pages=0, n_errors=0, report={})
    finish_run(wh, run_id=RUN_ID, flow="nightly", result=total, info=info, counts=counts)


def _report(sources: int) -> dict[str, Any]:
    from flows.night import _source_report

    reps = []
    for i in range(sources):
        r = _source_report(f"s{i:06d}")
        r.update(pages_fetched=2, documents=1, new=1)
        reps.append(r)
    return {"run_id": RUN_ID, "flow": "nightly", "status": "completed", "sources": reps}


def child(kind: str, root: str, sources: int) -> dict[str, Any]:
    import resource

    import pandas  # noqa: F401  (before the baseline: a night has it from Great Expectations)
    import polars  # noqa: F401

    from benchmarks.bench_memory import PeakRss
    from flows import loading, reports
    from flows.night import Night
    from planwatch import memory
    from planwatch.settings import Settings
    from warehouse.store import Warehouse

    wh = Warehouse(root)
    report = _report(sources)
    night = Night(Settings.of(warehouse=root), wh, RUN_ID, "nightly")
    night.reports = {r["source_id"]: r for r in report["sources"]}
    wh.run(RUN_ID)  # open the tables' logs before the baseline
    memory.release()
    with PeakRss() as peak:
        base = peak.proc.memory_info().rss
        t0 = time.perf_counter()
        if kind == "docs":
            out = loading._data_docs(night, loading.run_quality(night))
        else:
            out = reports.publish(wh, report, [f"d{i:06d}" for i in range(sources)], [], None)
        seconds = time.perf_counter() - t0
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return {
        "base_mb": base / 2**20,
        "peak_mb": max(peak.peak, maxrss) / 2**20,
        "seconds": seconds,
        "out": out,
    }


def _child(*args: str) -> dict[str, Any]:
    from planwatch.memory import tune

    tune()  # the CLI's allocator settings, inherited by the child
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_night_end", "--child", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=3600,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"child failed ({proc.returncode}): {proc.stderr[-3000:]}")
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def run(sources: int, root: str | None = None) -> list[str]:
    lines = []
    with tempfile.TemporaryDirectory(prefix="bench-night-end-") as tmp:
        wh_root = root or str(Path(tmp) / "wh")
        if not (Path(wh_root) / "runs").exists():
            t0 = time.perf_counter()
            _child("build", wh_root, str(sources))
            lines.append(f"built {sources} sources in {time.perf_counter() - t0:.0f} s at {wh_root}")
        for kind in ("docs", "report"):
            r = _child(kind, wh_root, str(sources))
            lines.append(
                f"{kind}: after imports {r['base_mb']:.0f} MB, peak {r['peak_mb']:.0f} MB "
                f"(+{r['peak_mb'] - r['base_mb']:.0f} MB), {r['seconds']:.1f} s"
            )
    return lines


def _main(argv: list[str]) -> int:
    if argv and argv[0] == "--child":
        kind, root, n = argv[1], argv[2], int(argv[3])
        if kind == "build":
            build(root, n)
            print(json.dumps({}))
        else:
            print(json.dumps(child(kind, root, n)))
        return 0
    sources = int(argv[argv.index("--sources") + 1]) if "--sources" in argv else 11_000
    keep = argv[argv.index("--root") + 1] if "--root" in argv else None
    for line in run(sources, keep):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
