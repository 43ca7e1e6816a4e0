"""A sharded night for real: a `prefect server start` process (own PREFECT_HOME, SQLite), a
process work pool deployed from `prefect.yaml`, three `prefect worker start` processes, the moto
S3 server as the warehouse, the scale rig's portals on loopback and a real webhook receiver.
One worker (and the shard it runs) is SIGKILLed mid-shard; the coordinator sees the shard go
silent, runs it again, and the one load stores every notice once and sends every alert once.
Also: two loaders against one Prefect global concurrency limit, one waits."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from flows.tempserver import api_healthy, free_port
from tests.warehouse_fixtures import S3_BUCKET, moto_endpoint, s3_options

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


@pytest.fixture(scope="module")
def prefect_server(tmp_path_factory: pytest.TempPathFactory):
    """A real Prefect server process on loopback; yields the environment its clients need."""
    home = tmp_path_factory.mktemp("prefect-server-home")
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {
        **os.environ,
        "PREFECT_HOME": str(home),
        "PREFECT_API_URL": api,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "PYTHONPATH": str(REPO),
        "PREFECT_LOGGING_LEVEL": "WARNING",
    }
    log = open(home / "server.log", "wb")
    proc = subprocess.Popen(
        [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env={k: v for k, v in env.items() if k != "PREFECT_API_URL"},
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    deadline = time.monotonic() + 180
    while not api_healthy(api):
        if proc.poll() is not None or time.monotonic() > deadline:
            pytest.fail(f"prefect server did not start: {(home / 'server.log').read_text()[-2000:]}")
        time.sleep(0.5)
    try:
        yield env
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        log.close()


def _run(env: dict[str, str], *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, env=env, cwd=REPO, capture_output=True, text=True, timeout=timeout)


def _planwatch(*args: str) -> list[str]:
    return [sys.executable, "-m", "planwatch.cli", *args]


def _kill_tree(proc: subprocess.Popen) -> None:
    import psutil

    try:
        parent = psutil.Process(proc.pid)
        procs = [parent, *parent.children(recursive=True)]
    except psutil.NoSuchProcess:
        return
    for p in procs:
        try:
            p.send_signal(signal.SIGKILL)
        except psutil.NoSuchProcess:
            pass


def _children(proc: subprocess.Popen) -> set[int]:
    """The pids under a worker (its flow runs' processes)."""
    import psutil

    try:
        return {p.pid for p in psutil.Process(proc.pid).children(recursive=True)}
    except psutil.NoSuchProcess:
        return set()



def _night(env: dict[str, str], tmp_path: Path, workers: list[subprocess.Popen]) -> tuple[str, int, dict]:
    """Deploy, start three workers, run the coordinator, SIGKILL a busy worker (and its shard)."""
    from benchmarks.scale_portals import RigSpec
    from benchmarks.scale_rig import ScaleRig
    from testbed.webhook import WebhookReceiver
    from warehouse import staging
    from warehouse.store import Warehouse

    wh = Warehouse(env["PLANWATCH_WAREHOUSE"], json.loads(env["PLANWATCH_STORAGE_OPTIONS"]))
    spec = RigSpec(sources=12, hosts=6, notices=6, interval_min_s=0.5, interval_max_s=0.8)  # 6: plans among them
    with ScaleRig(spec) as rig, WebhookReceiver() as hook:
        sources = rig.write_sources(tmp_path / "sources.toml")
        env["PLANWATCH_SOURCES"] = str(sources)
        env["PLANWATCH_ALERT"] = hook.apprise_url
        deployed = _run(env, str(BIN / "prefect"), "--no-prompt", "deploy", "--all")
        assert deployed.returncode == 0, deployed.stdout + deployed.stderr
        for i in range(3):
            cmd = [str(BIN / "prefect"), "worker", "start", "--pool", "planwatch", "--limit", "1", "--name", f"w{i}"]
            log = (tmp_path / f"worker-{i}.log").open("wb")
            workers.append(subprocess.Popen(cmd, env=env, cwd=REPO, stdout=log, stderr=subprocess.STDOUT))
        coordinator = subprocess.Popen(
            _planwatch("sharded", "--shards", "3", "--shard-stale-s", "30", "--night-id", "night1", "--json",
                       "--log-level", "INFO"),
            env=env, cwd=REPO, stdout=subprocess.PIPE, stderr=(tmp_path / "coordinator.log").open("wb"), text=True,
        )
        killed = None
        deadline = time.monotonic() + 400
        while killed is None and time.monotonic() < deadline and coordinator.poll() is None:
            beats = [staging.alive(wh, "night1", f"shard-00{i}") for i in range(3)]
            running = {int(b["pid"]) for b in beats if b}
            busy = [w for w in workers if running & _children(w)]  # a worker whose shard beats
            if busy and not staging.shards(wh, "night1"):
                killed = busy[0]
                _kill_tree(killed)  # the machine dies: the worker and the shard it runs
            time.sleep(0.5)
        assert killed is not None, "no shard was seen running"
        try:
            out, _ = coordinator.communicate(timeout=600)
        finally:
            _kill_tree(coordinator)
        assert coordinator.returncode == 0, (tmp_path / "coordinator.log").read_text()[-3000:]
        return out, len(hook.messages), {
            "listed": rig.notice_urls(), "stats": rig.stats(), "sources": sources,
            "bodies": Counter(json.dumps(m, sort_keys=True) for m in hook.messages),
        }


@pytest.mark.timeout(900)
def test_a_sharded_night_with_a_worker_killed_loses_and_duplicates_nothing(prefect_server, tmp_path) -> None:
    from extract.sources import load_sources
    from warehouse import staging
    from warehouse.store import Warehouse

    endpoint = moto_endpoint()
    root = f"s3://{S3_BUCKET}/sharded-{os.getpid()}-{time.time_ns()}"
    env = {
        **prefect_server,
        "PLANWATCH_HOME": str(REPO),
        "PLANWATCH_WAREHOUSE": root,
        "PLANWATCH_STORAGE_OPTIONS": json.dumps(s3_options(endpoint)),
        "PLANWATCH_HTTP_RETRIES": "0",
    }
    assert _run(env, str(BIN / "prefect"), "work-pool", "create", "planwatch", "--type", "process").returncode == 0
    workers: list[subprocess.Popen] = []
    try:
        out, n_received, seen = _night(env, tmp_path, workers)
    finally:
        for w in workers:
            _kill_tree(w)
    report = json.loads(out)
    assert report["status"] == "completed" and report["run_id"] == "night1"
    assert sorted(report["shards_run"].values()) == [1, 1, 2]  # the killed shard ran again
    wh = Warehouse(root, s3_options(endpoint))
    docs = wh.read("documents")
    urls = docs.get_column("source").to_list()
    assert len(urls) == len(set(urls)) == len(seen["listed"]) == 12 * 6  # every notice once
    assert set(urls) == seen["listed"]
    assert sorted(wh.run("night1")["sources"]) == sorted(s.id for s in load_sources(str(seen["sources"])))
    assert seen["stats"]["min_gap_ratio"] >= 0.9  # no host asked by two workers at once
    assert staging.nights(wh) == []
    alerts = wh.read("alerts")
    sent = alerts.filter(alerts["status"] == "sent")
    assert sent.height == alerts.height > 0  # every alert sent
    assert n_received == sent.height and max(seen["bodies"].values()) == 1  # … once


def test_two_loaders_one_waits_for_the_prefect_limit(prefect_server, tmp_path) -> None:
    import prefect.settings

    from flows import writer
    from warehouse.store import Warehouse

    root = tmp_path / "wh"
    wh = Warehouse(root)
    env = {**prefect_server, "PLANWATCH_WAREHOUSE": str(root)}
    os.environ["PREFECT_API_URL"] = prefect_server["PREFECT_API_URL"]
    try:
        with prefect.settings.temporary_settings(
            updates={prefect.settings.PREFECT_API_URL: prefect_server["PREFECT_API_URL"]}
        ):
            with writer.guard(wh, wait_s=30) as held:
                assert held == f"prefect:{writer.limit_name(wh)}"
                busy = _run(env, *_planwatch("load-staged", "--writer-wait-s", "2"))
                assert busy.returncode == 3, busy.stderr
                assert "another loader holds the writer guard" in busy.stderr
                waiting = subprocess.Popen(
                    _planwatch("load-staged", "--writer-wait-s", "120", "--json"),
                    env=env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                )
                time.sleep(8)
                assert waiting.poll() is None  # it waits for the slot
            out, err = waiting.communicate(timeout=120)
    finally:
        os.environ.pop("PREFECT_API_URL", None)
    assert waiting.returncode == 0, err
    assert json.loads(out)["nights"] == []


_KILLED_HOLDER = (
    "import os, sys\n"
    "from flows import writer\n"
    "from warehouse.store import Warehouse\n"
    "with writer.guard(Warehouse(sys.argv[1]), wait_s=30):\n"
    "    os.kill(os.getpid(), 9)\n"
)


def _docs(wh) -> int:
    return wh.read("documents").height


@pytest.mark.timeout(900)
def test_a_crawl_and_a_reparse_on_two_machines_take_turns_at_one_warehouse(
    prefect_server, tmp_path, monkeypatch
) -> None:
    """One S3 warehouse, "machines" A and B (each its own lock directory, so only the Prefect
    server's limits stand between them) and the test process as a third writer: a crawl on A
    waits at its load while another machine writes; a reparse on B meanwhile is refused (one run
    at a time); a reparse that cannot have the writer guard in --writer-wait-s exits 3 having
    written nothing; a writer killed on A holding the guard does not block A's next writer."""
    import prefect.settings

    from benchmarks.scale_portals import RigSpec
    from benchmarks.scale_rig import ScaleRig
    from flows import writer
    from warehouse.store import Warehouse

    options = s3_options(moto_endpoint())
    root = f"s3://{S3_BUCKET}/writers-{os.getpid()}-{time.time_ns()}"
    wh = Warehouse(root, options)
    base = {**prefect_server, "PLANWATCH_WAREHOUSE": root, "PLANWATCH_STORAGE_OPTIONS": json.dumps(options),
            "PLANWATCH_HTTP_RETRIES": "0"}
    machine = {m: {**base, "PLANWATCH_LOCK_DIR": str(tmp_path / m)} for m in ("a", "b")}
    monkeypatch.setenv("PLANWATCH_LOCK_DIR", str(tmp_path / "test"))
    monkeypatch.setenv("PREFECT_API_URL", prefect_server["PREFECT_API_URL"])
    spec = RigSpec(sources=4, hosts=2, notices=3, interval_min_s=0.2, interval_max_s=0.3)
    with ScaleRig(spec) as rig, prefect.settings.temporary_settings(
        updates={prefect.settings.PREFECT_API_URL: prefect_server["PREFECT_API_URL"]}
    ):
        sources = str(rig.write_sources(tmp_path / "sources.toml"))
        for env in machine.values():
            env["PLANWATCH_SOURCES"] = sources
        first = _run(machine["a"], *_planwatch("crawl", "--json"))
        assert first.returncode == 0, first.stderr[-2000:]
        assert _docs(wh) == 12
        rig.publish(1)
        with writer.guard(wh, wait_s=30) as held:
            assert held == f"prefect:{writer.limit_name(wh)}"
            night = subprocess.Popen(_planwatch("crawl", "--writer-wait-s", "300", "--json"), env=machine["a"],
                                     cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            deadline = time.monotonic() + 240
            while rig.stats().get("detail", 0) < 12 + 4 and time.monotonic() < deadline:
                time.sleep(0.5)  # the crawl on A fetches the 4 new notices
            busy = _run(machine["b"], *_planwatch("reparse"))
            assert busy.returncode == 3 and "another planwatch run holds" in busy.stderr, busy.stderr
            time.sleep(5)
            assert night.poll() is None and _docs(wh) == 12  # A waits for the writer guard
        out, err = night.communicate(timeout=300)
        assert night.returncode == 0, err[-2000:]
        assert _docs(wh) == 16 and json.loads(out)["status"] == "completed"
        runs = wh.read("runs").height
        with writer.guard(wh, wait_s=30):
            refused = _run(machine["b"], *_planwatch("reparse", "--writer-wait-s", "2"))
        assert refused.returncode == 3 and "another loader holds the writer guard" in refused.stderr, refused.stderr
        assert wh.read("runs").height == runs  # nothing written
        killed = _run(machine["a"], sys.executable, "-c", _KILLED_HOLDER, root)
        assert killed.returncode == -9
        again = _run(machine["a"], *_planwatch("reparse", "--writer-wait-s", "20", "--json"))
        assert again.returncode == 0, again.stderr[-2000:]
        assert json.loads(again.stdout)["flow"] == "reparse" and _docs(wh) == 16
