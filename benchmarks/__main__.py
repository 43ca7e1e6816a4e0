"""Run every `benchmarks/bench_*.py` (or the ones named) and print one table.

Each module exposes `run(quick: bool = False) -> list[dict]`; a row has at least
`benchmark`, `measure`, `value`, and optionally `unit`, `goal`, `ok`. Ratios are measured
against baselines in the same run: the machine is shared and noisy. `--corpus DIR` and
`--keep DIR` go to the benchmarks whose `run` takes them (`corpus`); `--sizes 250,1000` and
`--notices K` to `scale`, which runs only when named (it takes minutes per size); `--sizes` and
`--workers N` to `sharded` (a sharded night on a Prefect server and N workers), named only too.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import os
import platform
import sys
import time
from pathlib import Path


def machine() -> str:
    try:
        import psutil

        mem = f"{psutil.virtual_memory().total / 2**30:.0f} GiB"
    except Exception:
        mem = "?"
    return f"{platform.machine()} {os.cpu_count()} cores, {mem}, Python {platform.python_version()}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    ap.add_argument("names", nargs="*", help="benchmark modules (e.g. parse crawl warehouse flow)")
    ap.add_argument("--quick", action="store_true", help="smaller inputs (smoke run)")
    ap.add_argument("--json", type=Path, help="also write the rows as JSON here")
    ap.add_argument(
        "--corpus", type=Path, help="corpus: folder of NAME.txt excerpts (default ../shared/spec/dev)"
    )
    ap.add_argument("--keep", type=Path, help="corpus: keep the sites, warehouse and Parquet files here")
    ap.add_argument("--sizes", help="scale: numbers of sources, comma-separated (default 250,1000)")
    ap.add_argument(
        "--notices", type=int, help="scale: notices per list column on the first night (default 1)"
    )
    ap.add_argument(
        "--concurrency", type=int, help="scale: the nights' --crawl-concurrency (and the reference's)"
    )
    ap.add_argument("--workers", type=int, help="sharded: worker processes (and shards; default 2)")
    a = ap.parse_args(argv)
    here = Path(__file__).parent
    named_only = {"scale", "sharded"}  # long: run only when asked for
    names = a.names or sorted(
        p.stem.removeprefix("bench_")
        for p in here.glob("bench_*.py")
        if p.stem.removeprefix("bench_") not in named_only
    )
    sizes = [int(x) for x in a.sizes.split(",") if x.strip()] if a.sizes else None
    rows: list[dict] = []
    for name in names:
        mod = importlib.import_module(f"benchmarks.bench_{name}")
        t0 = time.perf_counter()
        params = inspect.signature(mod.run).parameters
        given = (
            ("corpus", a.corpus),
            ("keep", a.keep),
            ("sizes", sizes),
            ("notices", a.notices),
            ("concurrency", a.concurrency),
            ("workers", a.workers),
        )
        extra = {k: v for k, v in given if v is not None and k in params}
        try:
            rows.extend(mod.run(quick=a.quick, **extra))
        except Exception as exc:  # one failing benchmark must not hide the others
            rows.append({"benchmark": name, "measure": "error", "value": repr(exc)})
        print(f"[{name} done in {time.perf_counter() - t0:.1f}s]", file=sys.stderr)
    print(f"machine: {machine()}")
    print(f"{'benchmark':<12} {'measure':<48} {'value':>14} {'unit':<10} goal")
    for r in rows:
        v = r.get("value")
        vs = f"{v:.3f}" if isinstance(v, float) else str(v)
        goal = r.get("goal", "")
        ok = r.get("ok")
        mark = "" if ok is None else (" ok" if ok else " MISSED")
        print(
            f"{r.get('benchmark', ''):<12} {r.get('measure', ''):<48} {vs:>14} {r.get('unit', ''):<10} {goal}{mark}"
        )
    if a.json:
        a.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
