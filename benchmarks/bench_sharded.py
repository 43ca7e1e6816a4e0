"""A sharded night on this machine: `python -m benchmarks sharded --sizes 400 [--workers 2]`.

For each size: a scale rig (one notice per column, 1–3 s per host), a `prefect server start` of
its own (SQLite, a temporary PREFECT_HOME), the deployments of `prefect.yaml` on a process work
pool, `--workers` `prefect worker start --limit 1` processes, then `planwatch sharded --shards
<workers>` twice against a local warehouse: the first night and the unchanged night. Prints each
night's wall time (the coordinator's, everything included: flow-run starts, crawl, staging, the
one load), the peak RSS of the coordinator, the workers and their flow runs (the Prefect server
left out), the requests the rig saw, and that every notice is stored once. Runs only when named.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from flows.tempserver import api_healthy, free_port

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _tree_rss(pids: list[int]) -> int:
    import psutil

    total = 0
    for pid in pids:
        try:
            parent = psutil.Process(pid)
            procs = [parent, *parent.children(recursive=True)]
        except psutil.NoSuchProcess:
            continue
        for p in procs:
            try:
                total += p.memory_info().rss
            except psutil.NoSuchProcess:
                pass
    return total


def _kill(proc: subprocess.Popen) -> None:
    import psutil

    try:
        parent = psutil.Process(proc.pid)
        procs = [*parent.children(recursive=True), parent]
    except psutil.NoSuchProcess:
        return
    for p in procs:
        try:
            p.kill()
        except psutil.NoSuchProcess:
            pass


def _night(env: dict[str, str], shards: int, workers: list[subprocess.Popen], log: Path) -> dict[str, Any]:
    """One `planwatch sharded` run: its wall time, its report, the tree's peak RSS."""
    cmd = [sys.executable, "-m", "planwatch.cli", "sharded", "--shards", str(shards), "--json"]
    peak = [0]
    stop = threading.Event()
    with log.open("wb") as err:
        proc = subprocess.Popen(cmd, env=env, cwd=REPO, stdout=subprocess.PIPE, stderr=err, text=True)

        def sample() -> None:
            while not stop.wait(0.5):
                peak[0] = max(peak[0], _tree_rss([proc.pid, *(w.pid for w in workers)]))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        t0 = time.monotonic()
        out, _ = proc.communicate(timeout=4 * 3600)
        wall = time.monotonic() - t0
        stop.set()
        sampler.join()
    report = json.loads(out) if out.strip() else {}
    return {"exit": proc.returncode, "wall": wall, "peak_mb": peak[0] / 2**20, "report": report}


def one_size(n: int, n_workers: int, tmp: Path) -> dict[str, Any]:
    from benchmarks.bench_scale import stored_once
    from benchmarks.scale_portals import RigSpec
    from benchmarks.scale_rig import ScaleRig

    home, port = tmp / "prefect", free_port()
    home.mkdir(parents=True)
    api = f"http://127.0.0.1:{port}/api"
    base = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "PLANWATCH_"))}
    env = {
        **base,
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "PREFECT_LOGGING_LEVEL": "WARNING",
        "PYTHONPATH": str(REPO),
        "PLANWATCH_HOME": str(REPO),
        "PLANWATCH_WAREHOUSE": str(tmp / "wh"),
    }
    server_log = (tmp / "server.log").open("wb")
    server = subprocess.Popen(
        [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env, stdout=server_log, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    env["PREFECT_API_URL"] = api
    workers: list[subprocess.Popen] = []
    spec = RigSpec(sources=n)
    try:
        deadline = time.monotonic() + 180
        while not api_healthy(api):
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the Prefect server did not start: see " + str(tmp / "server.log"))
            time.sleep(0.5)
        with ScaleRig(spec) as rig:
            env["PLANWATCH_SOURCES"] = str(rig.write_sources(tmp / "sources.toml"))
            prefect = str(BIN / "prefect")
            subprocess.run([prefect, "work-pool", "create", "planwatch", "--type", "process"],
                           env=env, cwd=REPO, capture_output=True, check=True)  # fmt: skip
            subprocess.run([prefect, "--no-prompt", "deploy", "--all"], env=env, cwd=REPO,
                           capture_output=True, check=True)  # fmt: skip
            for i in range(n_workers):
                cmd = [prefect, "worker", "start", "--pool", "planwatch", "--limit", "1", "--name", f"w{i}"]
                log = (tmp / f"worker-{i}.log").open("wb")
                workers.append(subprocess.Popen(cmd, env=env, cwd=REPO, stdout=log, stderr=subprocess.STDOUT))
            nights: dict[str, Any] = {}
            for name in ("first", "unchanged"):
                rig.reset_stats()
                nights[name] = _night(env, n_workers, workers, tmp / f"{name}.log")
                nights[name]["rig"] = rig.stats()
            nights["first"]["rows"], nights["first"]["dup"], nights["first"]["missing"] = stored_once(
                tmp / "wh", rig.notice_urls()
            )
    finally:
        for w in workers:
            _kill(w)
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(30)
        server_log.close()
    return {"n": n, "hosts": spec.n_hosts, "workers": n_workers, **nights}


def rows_for(res: dict[str, Any]) -> list[dict[str, Any]]:
    tag = f"{res['n']} src/{res['hosts']} hosts/{res['workers']} workers"
    first, unch = res["first"], res["unchanged"]
    stored = (first["rows"], first["dup"], first["missing"]) == (res["n"], 0, 0)
    out: list[tuple[str, Any, str, str, bool | None]] = [
        (f"{tag} first night", first["wall"], "s", "", first["exit"] == 0),
        (f"{tag} every notice stored once", f"{first['rows']} rows, {first['dup']} dup", "", "", stored),
        (f"{tag} unchanged night", unch["wall"], "s", "", unch["exit"] == 0),
        (f"{tag} unchanged night requests", unch["rig"].get("requests", 0), "", "robots + lists", None),
        (
            f"{tag} unchanged night detail pages",
            unch["rig"].get("detail", 0),
            "",
            "0",
            not unch["rig"].get("detail"),
        ),
        (f"{tag} peak RSS (coordinator + workers)", max(first["peak_mb"], unch["peak_mb"]), "MB", "", None),
        (f"{tag} tightest gap to one host", first["rig"].get("min_gap_ratio"), "x", ">= 1", None),
    ]
    return [
        {"benchmark": "sharded", "measure": m, "value": v, "unit": u, "goal": g, "ok": ok}
        for m, v, u, g, ok in out
    ]


def run(
    quick: bool = False, sizes: list[int] | None = None, workers: int | None = None
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for n in sizes or ([40] if quick else [400]):
        with tempfile.TemporaryDirectory(prefix="planwatch-sharded-") as d:
            res = one_size(n, workers or 2, Path(d))
        rows.extend(rows_for(res))
    return rows
