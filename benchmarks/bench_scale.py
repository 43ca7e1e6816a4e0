"""A night over many county portals: `python -m benchmarks scale --sizes 250,1000`.

For each size N the scale rig (`benchmarks.scale_rig`: N list columns on ~N/4 loopback hosts,
1-3 s per host, `--notices` notices per column) is started, and in one run:

- the first night (`planwatch crawl` in a child process, as cron runs it): every notice the rig
  lists must be stored exactly once in `documents`;
- the unchanged night (nothing new: robots.txt and one conditional GET per list column);
- the bare reference crawler (`benchmarks.scale_reference`: a thread pool, the same per-host
  intervals, the same list pages, no parsing or storage) over the same hosts, right after, with
  as many hosts at once as the night (`--concurrency N`, else `--crawl-concurrency`'s default).

Printed per size: the unchanged night's time (the run's own `seconds`, Prefect's start-up
excluded; the child's wall time beside it) against the reference (goal ≤ 2×), cost per source
(and its ratio to the smallest size's, goal ≤ 1.2×), the peak RSS of the night's whole process
tree (the CLI and Prefect's temporary server it starts; goal ≤ 1 GB), and politeness as the rig
saw it (the tightest gap between two requests to one host, relative to its interval).

The large sizes (4 000, 11 000) take long on a 2-core machine: name them explicitly.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

DEFAULT_SIZES = (250, 1000)
QUICK_SIZES = (40,)
GOAL_RATIO = 2.0
GOAL_FLAT = 1.2
GOAL_MB = 1024
REPO = Path(__file__).resolve().parent.parent


class TreePeak:
    """High-water mark of the summed RSS of a process and all its descendants (sampled)."""

    def __init__(self, pid: int, every_s: float = 0.1) -> None:
        import psutil

        self.root = psutil.Process(pid)
        self.peak = 0
        self.own = 0  # the root process alone (the CLI; the rest is Prefect's temporary server)
        self.hwm = 0  # the root's high-water mark as the kernel keeps it (VmHWM): no spike missed
        self.every_s = every_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    def sample(self) -> int:
        import psutil

        total = 0
        try:
            procs = [self.root, *self.root.children(recursive=True)]
        except psutil.Error:
            return 0
        for p in procs:
            try:
                rss = p.memory_info().rss
            except psutil.Error:
                continue
            total += rss
            if p is self.root:
                self.own = max(self.own, rss)
                self.hwm = max(self.hwm, _vm_hwm(p.pid))
        return total

    def _loop(self) -> None:
        while not self._stop.wait(self.every_s):
            self.peak = max(self.peak, self.sample())

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak / 2**20


def _vm_hwm(pid: int) -> int:
    """A process's peak RSS in bytes as the kernel records it (0 where /proc has no VmHWM)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


def night(sources: Path, warehouse: Path, extra: list[str] | None = None) -> dict[str, Any]:
    """One `planwatch crawl` in a child process: its report, wall seconds and peak tree RSS (MB)."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "PLANWATCH_LOG_LEVEL": "WARNING"}
    cmd = [sys.executable, "-m", "planwatch.cli", "crawl", "--json"]
    cmd += ["--sources", str(sources), "--warehouse", str(warehouse), *(extra or [])]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = TreePeak(proc.pid)
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    mb = peak.stop()
    own, hwm = peak.own / 2**20, peak.hwm / 2**20
    try:
        report = json.loads(out)
    except ValueError:
        raise RuntimeError(f"planwatch crawl exited {proc.returncode}: {err.strip()[-500:]}") from None
    return {
        "report": report,
        "wall": wall,
        "peak_mb": mb,
        "own_mb": own,
        "hwm_mb": hwm,
        "exit": proc.returncode,
    }


def stored_once(warehouse: Path, expected: set[str]) -> tuple[int, int, int]:
    """(documents rows, URLs stored more than once, expected URLs missing) in the warehouse."""
    from planwatch.settings import StoreSettings
    from warehouse.store import Warehouse

    urls = Warehouse.open(StoreSettings(root=str(warehouse))).read("documents").get_column("source").to_list()
    dup = len(urls) - len(set(urls))
    return len(urls), dup, len(expected - set(urls))


def one_size(n: int, notices: int, tmp: Path, extra: list[str]) -> dict[str, Any]:
    from benchmarks.scale_portals import RigSpec, list_urls
    from benchmarks.scale_reference import reference_night
    from benchmarks.scale_rig import ScaleRig

    spec = RigSpec(sources=n, notices=notices)
    wh = tmp / f"wh{n}"
    with ScaleRig(spec) as rig:
        sources = rig.write_sources(tmp / f"sources{n}.toml")
        first = night(sources, wh, extra)
        first["rig"] = rig.stats()
        first["rows"], first["dup"], first["missing"] = stored_once(wh, rig.notice_urls())
        rig.reset_stats()
        unchanged = night(sources, wh, extra)
        unchanged["rig"] = rig.stats()
        workers = _concurrency(extra)  # the same number of hosts at once as the night
        reference = reference_night(list_urls(spec, rig.port), workers=workers)
    return {
        "n": n,
        "hosts": spec.n_hosts,
        "notices": notices,
        "first": first,
        "unchanged": unchanged,
        "reference": reference,
    }


def _concurrency(extra: list[str]) -> int:
    """The hosts the night crawls at once: its `--crawl-concurrency`, else the setting's default."""
    from planwatch.settings import CrawlSettings

    for i, arg in enumerate(extra):
        if arg.startswith("--crawl-concurrency"):
            return int(arg.split("=", 1)[1] if "=" in arg else extra[i + 1])
    return int(os.environ.get("PLANWATCH_CRAWL_CONCURRENCY") or CrawlSettings().concurrency)


def rows_for(res: dict[str, Any], base_cost: float | None) -> list[dict[str, Any]]:
    n, first, unch, ref = res["n"], res["first"], res["unchanged"], res["reference"]
    seconds = float(unch["report"]["seconds"])
    ratio = seconds / max(ref["seconds"], 1e-9)
    cost = seconds / n
    peak = max(first["peak_mb"], unch["peak_mb"])
    gap = min(
        g for g in (first["rig"].get("min_gap_ratio"), unch["rig"].get("min_gap_ratio")) if g is not None
    )
    expected = n * res["notices"]
    tag = f"{n} src/{res['hosts']} hosts"
    out = [
        ("first night: seconds (run) / wall", f"{first['report']['seconds']:.1f} / {first['wall']:.1f}", "s"),
        (
            f"first night: notices stored once ({expected} listed)",
            f"{first['rows']} rows, {first['dup']} dup, {first['missing']} missing",
            "",
            "every notice once",
            first["rows"] == expected and not first["dup"] and not first["missing"],
        ),
        ("unchanged night: seconds (run) / wall", f"{seconds:.1f} / {unch['wall']:.1f}", "s"),
        ("reference crawler: seconds", ref["seconds"], "s"),
        ("unchanged night / reference", ratio, "x", f"<= {GOAL_RATIO}", ratio <= GOAL_RATIO),
        ("cost per source (unchanged night)", cost * 1000, "ms"),
        ("peak RSS of the night's process tree", peak, "MB", f"<= {GOAL_MB}", peak <= GOAL_MB),
        ("  of which the planwatch process", max(first["own_mb"], unch["own_mb"]), "MB"),
        ("  first night: tree / planwatch", f"{first['peak_mb']:.0f} / {first['own_mb']:.0f}", "MB"),
        ("  unchanged night: tree / planwatch", f"{unch['peak_mb']:.0f} / {unch['own_mb']:.0f}", "MB"),
        (
            "  planwatch's high-water mark (kernel): first / unchanged",
            f"{first['hwm_mb']:.0f} / {unch['hwm_mb']:.0f}",
            "MB",
        ),
        ("tightest gap to one host / its interval", gap, "x", ">= 0.9", gap >= 0.9),
        ("exit codes (first, unchanged)", f"{first['exit']}, {unch['exit']}", ""),
    ]
    if base_cost is not None:
        flat = cost / base_cost
        out.append(("cost per source / smallest size's", flat, "x", f"<= {GOAL_FLAT}", flat <= GOAL_FLAT))
    rows = []
    for measure, value, unit, *goal in out:
        row = {"benchmark": "scale", "measure": f"{tag}: {measure}", "value": value, "unit": unit}
        if goal:
            row["goal"], row["ok"] = goal[0], goal[1]
        rows.append(row)
    return rows


def run(
    quick: bool = False,
    sizes: list[int] | None = None,
    notices: int | None = None,
    concurrency: int | None = None,
) -> list[dict[str, Any]]:
    extra = [f"--crawl-concurrency={concurrency}"] if concurrency else []
    notices = notices or 1
    chosen = sorted(sizes or (QUICK_SIZES if quick else DEFAULT_SIZES))
    rows: list[dict[str, Any]] = []
    base_cost: float | None = None
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as d:
        for n in chosen:
            t0 = time.perf_counter()
            res = one_size(n, notices, Path(d), extra)
            rows.extend(rows_for(res, base_cost))
            if base_cost is None:
                base_cost = float(res["unchanged"]["report"]["seconds"]) / n
            print(f"[scale {n} done in {time.perf_counter() - t0:.0f}s]", file=sys.stderr)
    return rows


if __name__ == "__main__":
    for r in run(quick=True):
        print(r)
