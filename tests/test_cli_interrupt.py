"""Ctrl-C, SIGTERM and a second run, as a data engineer meets them (issue 13, problems 1 and 10).

Real processes (`python -m planwatch.cli crawl` in the user's folder), a real replay portal on
127.0.0.1 that holds a request open, real Delta tables. A crawl must stop at once when told to,
without waiting for the request in flight, say what it did, record the run as `interrupted`
with the pages it archived, and the next run must parse those pages without fetching them
again. A second crawl on the same warehouse is told at once, in one line.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import polars as pl
import pytest

import cli_support as cli
from planwatch import exitcodes
from testbed.faults import FaultRule
from testbed.replay import ReplayServer
from testbed.sites import copy_site, expected_documents, sources_toml
from warehouse.store import Warehouse

SITE = "hanweb_chengwu"
HELD_S = 120  # the portal holds the hanging request this long ...
TIMEOUT_S = "60"  # ... and the client would wait this long for it: neither may be waited for
ENDED_WITHIN_S = 30  # a guard against a hang (the stop itself is bounded at 4 s by design)


class HangAfter(FaultRule):
    """The first `n` detail pages answer; every later one hangs (held open `HELD_S` seconds)."""

    def __init__(self, n: int) -> None:
        super().__init__(r"^/art/", "slow", delay_s=HELD_S)
        self.n, self.seen = n, 0

    def take(self, target: str) -> bool:
        if not self.regex.search(target):
            return False
        with self._lock:
            self.seen += 1
            return self.seen > self.n


def _latest_flow_run():
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.sorting import FlowRunSort

    with get_client(sync_client=True) as client:
        (run,) = client.read_flow_runs(sort=FlowRunSort.EXPECTED_START_TIME_DESC, limit=1)
    return run


def _details_served(srv: ReplayServer) -> list[str]:
    return [r.path for r in srv.requests if r.path.startswith("/art/") and r.status == 200]


def _wait_until_hanging(srv: ReplayServer, rule: HangAfter, proc: subprocess.Popen, limit_s: float = 240) -> None:
    """Until the crawl has fetched its `n` pages and is waiting on the one the portal holds."""
    deadline = time.monotonic() + limit_s
    while rule.seen <= rule.n:
        if proc.poll() is not None:
            raise AssertionError(f"the crawl ended early: {proc.communicate()}")
        if time.monotonic() > deadline:
            raise AssertionError("the crawl never reached the held page")
        time.sleep(0.2)
    time.sleep(0.5)  # the held request is in flight


def _portal(tmp_path: Path, rule: HangAfter) -> tuple[Path, ReplayServer]:
    site = copy_site(SITE, tmp_path / "site")
    srv = ReplayServer(site, faults=[rule]).start()
    (tmp_path / "sources.toml").write_text(sources_toml({SITE: srv.base_url}, site_dirs={SITE: site}),
                                           encoding="utf-8")
    return site, srv


CRAWL = ("crawl", "--warehouse", "wh", "--min-interval-s", "0", "--http-retries", "0",
         "--http-timeout-s", TIMEOUT_S)


def _check_recorded(tmp_path: Path, fetched: list[str], err: str, how: str) -> Warehouse:
    assert f"interrupted by {how}" in err and "recorded" in err, err
    assert "Traceback" not in err, err
    wh = Warehouse(tmp_path / "wh")
    (run,) = wh.history(limit=None).to_dicts()
    assert run["status"] == "interrupted" and how in (run["error"] or "")
    details = wh.read("pages").filter((pl.col("kind") == "detail") & (pl.col("outcome") == "ok"))
    assert sorted(u.split("/", 3)[3] for u in details["url"].to_list()) == sorted(p[1:] for p in fetched)
    assert wh.read("documents").height == 0  # nothing half-loaded: parsing is the next run's
    return wh


def _next_run_resumes(tmp_path: Path, srv: ReplayServer, site: Path, fetched: list[str], api: str | None,
                      wh: Warehouse) -> None:  # fmt: skip
    srv.set_faults([])
    srv.reset_log()
    again = cli.run(*CRAWL, cwd=tmp_path, api_url=api)
    assert again.returncode == exitcodes.OK, again.stderr
    refetched = set(_details_served(srv)) & set(fetched)
    assert not refetched, f"fetched again: {sorted(refetched)}"
    docs = wh.read("documents")
    assert sorted(u.removeprefix(srv.base_url) for u in docs["source"].to_list()) == expected_documents(site)
    assert wh.history(limit=1)["status"].to_list() == ["completed"]


@pytest.mark.prefect
def test_problem_1_sigterm_stops_at_once_records_and_the_next_run_resumes(prefect_harness, tmp_path):
    rule = HangAfter(6)
    site, srv = _portal(tmp_path, rule)
    try:
        proc = cli.spawn(*CRAWL, cwd=tmp_path, api_url=prefect_harness)
        _wait_until_hanging(srv, rule, proc)
        fetched = _details_served(srv)
        assert len(fetched) == 6
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=ENDED_WITHIN_S)  # never waits for the held request
        assert proc.returncode == exitcodes.INTERRUPTED, err
        assert "6 new page(s) archived" in err
        wh = _check_recorded(tmp_path, fetched, err, "SIGTERM")
        flow_run = _latest_flow_run()  # the team's Prefect server is told the truth too
        assert flow_run.state.is_cancelled() and "interrupted by SIGTERM" in flow_run.state.message
        _next_run_resumes(tmp_path, srv, site, fetched, prefect_harness, wh)
    finally:
        srv.stop()


@pytest.mark.slow  # ~15 s; the SIGTERM test below covers a stop with the temporary server in the default suite
def test_problem_1_ctrl_c_to_the_process_group_with_prefects_temporary_server(tmp_path):
    """What a terminal does on Ctrl-C: SIGINT to every process of the job, Prefect's temporary
    server included. The run is still recorded, and no process of the job is left behind."""
    rule = HangAfter(4)
    site, srv = _portal(tmp_path, rule)
    try:
        proc = cli.spawn(*CRAWL, cwd=tmp_path, group=True)  # its own temporary Prefect server
        _wait_until_hanging(srv, rule, proc)
        fetched = _details_served(srv)
        os.killpg(proc.pid, signal.SIGINT)
        out, err = proc.communicate(timeout=ENDED_WITHIN_S)
        assert proc.returncode == exitcodes.INTERRUPTED, err
        _check_recorded(tmp_path, fetched, err, "SIGINT")
        deadline = time.monotonic() + 10
        while True:  # the temporary server went with it
            try:
                os.killpg(proc.pid, 0)
            except ProcessLookupError:
                break
            assert time.monotonic() < deadline, "a process of the job outlived it"
            time.sleep(0.2)
    finally:
        srv.stop()


@pytest.mark.prefect
def test_problem_10_a_second_crawl_is_told_at_once_in_one_line(prefect_harness, tmp_path):
    rule = HangAfter(1)
    site, srv = _portal(tmp_path, rule)
    try:
        first = cli.spawn(*CRAWL, cwd=tmp_path, api_url=prefect_harness)
        _wait_until_hanging(srv, rule, first)
        second = cli.run(*CRAWL, "--log-level", "INFO", cwd=tmp_path, api_url=prefect_harness)
        assert second.returncode == exitcodes.BUSY
        lines = second.stderr.strip().splitlines()
        assert len(lines) == 1 and "another planwatch run holds" in lines[0], second.stderr
        assert "prefect" not in second.stderr.lower() and second.stdout == ""  # refused before Prefect
        first.send_signal(signal.SIGINT)
        first.communicate(timeout=ENDED_WITHIN_S)
        assert first.returncode == exitcodes.INTERRUPTED
    finally:
        srv.stop()


STUCK = textwrap.dedent("""
    import sys, threading
    from pathlib import Path
    from planwatch import interrupt

    marker = Path(sys.argv[1])
    with interrupt.handle_signals(), interrupt.on_stop(lambda: marker.write_text("recorded")):
        threading.Thread(target=threading.Event().wait, daemon=True).start()
        try:
            print("ready", flush=True)
            threading.Event().wait()          # blocked in an untimed wait
        except KeyboardInterrupt:
            threading.Event().wait()          # ... and stuck again while cleaning up
""")


def test_a_process_blocked_for_good_still_ends_after_a_signal(tmp_path):
    """The promise does not depend on the main thread: the stop callbacks run at once and the
    process ends by itself, with code 130, even when the main thread never returns."""
    marker = tmp_path / "marker"
    proc = subprocess.Popen([sys.executable, "-c", STUCK, str(marker)], env=cli.env(), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=ENDED_WITHIN_S)
    assert proc.returncode == exitcodes.INTERRUPTED, err
    assert marker.read_text() == "recorded"
    assert "SIGINT" in err and "Traceback" not in err
