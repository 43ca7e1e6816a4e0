"""Warehouse benchmark: a night's load must not grow with history; validation cost per 10k rows.

- load a night of 10 new documents (with tasks, units, targets) into an empty warehouse (tables
  created, no rows) and into one holding 100 000 tasks and 200 000 targets; goal: ratio ≤ 3×;
- re-load the same night (nothing changes: no commit);
- validate ~10 000+ rows with the Great Expectations suites; report seconds per 10 000 rows.

Run: `python -m benchmarks warehouse` (or `--quick` for 10× smaller history).
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the shared test fixtures build the frames


def _night(tag: str) -> dict:
    from warehouse_fixtures import Doc, make_run

    return make_run([Doc(f"night{tag}-{i}", source_id=f"src{i % 3}", n_tasks=12, n_targets=8) for i in range(10)])


def _time_nights(wh, reps: int, prefix: str) -> tuple[float, float]:
    from load.merge import load_run

    loads, reloads = [], []
    for r in range(reps):
        night = _night(f"{prefix}{r}")
        t0 = time.perf_counter()
        load_run(wh, run_id=f"{prefix}-night-{r}", flow="nightly", tables=night)
        loads.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        res = load_run(wh, run_id=f"{prefix}-night-{r}", flow="nightly", tables=night)
        reloads.append(time.perf_counter() - t0)
        assert not res.committed, "an identical re-load must not commit"
    return statistics.median(loads), statistics.median(reloads)


def run(quick: bool = False) -> list[dict]:
    from expectations.gx import gx_context
    from expectations.validate import validate_run
    from load.merge import load_run
    from warehouse.store import Warehouse
    from warehouse_fixtures import big_run

    scale = 10 if quick else 1
    n_docs = 5000 // scale  # × 20 tasks = 100 000 tasks, × 40 targets = 200 000 targets
    reps = 3
    rows: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="pw-bench-") as tmp:
        empty = Warehouse(Path(tmp) / "empty")
        empty.ensure_all()
        _night("warmup")  # imports
        load_run(Warehouse(Path(tmp) / "warm"), run_id="warm", flow="nightly", tables=_night("warm"))
        t_empty, t_empty_reload = _time_nights(empty, reps, "e")

        big = Warehouse(Path(tmp) / "big")
        history = big_run(n_docs, 20, 40)
        t0 = time.perf_counter()
        load_run(big, run_id="history", flow="backfill", tables=history)
        t_build = time.perf_counter() - t0
        n_tasks, n_targets = history["tasks"].height, history["targets"].height
        t_big, t_big_reload = _time_nights(big, reps, "b")

        changed = []
        for r in range(reps):  # a night that changes 10 existing documents: MERGE (scans the target)
            from warehouse_fixtures import Doc, make_run

            night = make_run([Doc(f"big{i:06d}", source_id="src_big", n_tasks=20, n_targets=40,
                                  version=f"changed{r}") for i in range(10)])
            t0 = time.perf_counter()
            load_run(big, run_id=f"changed-{r}", flow="nightly", tables=night)
            changed.append(time.perf_counter() - t0)
        t_changed = statistics.median(changed)
        ratio = t_big / t_empty
        rows += [
            {"benchmark": "warehouse", "measure": "night of 10 docs into empty warehouse", "value": t_empty,
             "unit": "s"},
            {"benchmark": "warehouse", "measure": f"history load ({n_tasks} tasks, {n_targets} targets)",
             "value": t_build, "unit": "s"},
            {"benchmark": "warehouse", "measure": "night of 10 docs into big warehouse", "value": t_big,
             "unit": "s"},
            {"benchmark": "warehouse", "measure": "night: big / empty", "value": ratio, "unit": "x",
             "goal": "<= 3", "ok": ratio <= 3},
            {"benchmark": "warehouse", "measure": "identical re-load (no commit), big", "value": t_big_reload,
             "unit": "s"},
            {"benchmark": "warehouse", "measure": "night of 10 changed docs into big (MERGE)",
             "value": t_changed, "unit": "s"},
        ]

    # validation: ~10k+ rows across the four content tables
    frames = big_run(100, 40, 40, prefix="val")  # 12 100 rows, also in quick mode
    n_rows = sum(f.height for f in frames.values())
    gx_context()  # the one-off import of Great Expectations is not a per-run cost
    validate_run(big_run(2, 2, 2, prefix="w"), run_id="warm")
    times = []
    for i in range(reps):
        t0 = time.perf_counter()
        out = validate_run(frames, run_id=f"val{i}")
        times.append(time.perf_counter() - t0)
        assert out.quarantine.height == 0
    t_val = statistics.median(times)
    night = _night("v")
    small = []
    for i in range(reps):
        t0 = time.perf_counter()
        validate_run(night, run_id=f"night{i}")
        small.append(time.perf_counter() - t0)
    t_small = statistics.median(small)
    n_night = sum(f.height for f in night.values())
    t0 = time.perf_counter()
    for f in frames.values():
        f.to_pandas()
    t_pandas = time.perf_counter() - t0
    rows += [
        {"benchmark": "warehouse", "measure": f"validate {n_rows} rows (4 tables)", "value": t_val, "unit": "s"},
        {"benchmark": "warehouse", "measure": "validation per 10 000 rows", "value": t_val * 10_000 / n_rows,
         "unit": "s"},
        {"benchmark": "warehouse", "measure": f"validate a 10-document night ({n_night} rows)",
         "value": t_small, "unit": "s"},
        {"benchmark": "warehouse", "measure": "marginal validation per 10 000 rows",
         "value": max(t_val - t_small, 0.0) * 10_000 / max(n_rows - n_night, 1), "unit": "s"},
        {"benchmark": "warehouse", "measure": "of which to_pandas per 10 000 rows",
         "value": t_pandas * 10_000 / n_rows, "unit": "s"},
    ]
    return rows


if __name__ == "__main__":
    for r in run(quick="--quick" in sys.argv):
        print(r)
