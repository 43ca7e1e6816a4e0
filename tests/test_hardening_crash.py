"""Crash safety: kill the nightly process (`planwatch crawl` in a fresh interpreter) on the spot
at many points of a night, then run again.

Two kinds of crash points:
- *observed* points, always available: the test watches the night from outside (a replay request
  held open, raw-archive files appearing, a Delta table's commit log growing, an alert arriving
  at the webhook receiver) and sends SIGKILL when it sees the moment;
- *named* points compiled into the code (`crash_point("…")` from `planwatch.crashpoints`, or
  the flows' own `steps.crash_point`): the child kills itself when `PLANWATCH_CRASH_AT` names
  one. A named point the code does not hold yet is skipped with the reason.

After each crash: every table reads, holds no duplicate key, and the last completed run's as-of
state is exactly what it was before the night; commits past the last `runs` row belong to the
killed run only, at most one per table. Then a re-run completes, every notice of the site is
stored exactly once, and every new plan alert reached the real webhook receiver exactly once.
The one documented exception: a kill while an alert is in flight (sent, not yet marked) may
repeat that one alert — no outbox can know whether a webhook it never heard back from got it.

The default suite runs one representative point, a kill at the documents' commit (a kill mid-fetch
has its siblings there: `test_hardening_hostile`'s interrupted fetch and SIGKILL of a crawl,
`test_cli_interrupt`'s SIGTERM); `-m slow` runs the whole sweep, mid-fetch points included.
"""
from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from hardening_support import (
    REPO,
    SITE,
    alerted_urls,
    child_env,
    copy_tree,
    crawl_command,
    duplicates,
    expected_urls,
    free_port,
    grow_site,
    plan_urls,
    snapshot,
    start_child,
    write_sources,
)

pytestmark = pytest.mark.prefect

CHILD_TIMEOUT_S = 240
CODE_DIRS = ("extract", "transform", "expectations", "load", "warehouse", "flows", "planwatch")


# ------------------------------------------------------------------ crash points

@dataclass(frozen=True)
class Point:
    name: str
    kind: str                          # "observed" | "named"
    where: str                         # what the night is doing when it dies
    at_least_once: bool = False        # a kill with an alert in flight may repeat that alert
    spec: dict = field(default_factory=dict, hash=False, compare=False)


def _observed(name: str, where: str, **spec: Any) -> Point:
    return Point(name, "observed", where, spec=spec)


def _named(name: str, where: str, at_least_once: bool = False) -> Point:
    return Point(name, "named", where, at_least_once)


POINTS: list[Point] = [
    # observed from outside (always available)
    _observed("fetch.list_page", "mid-fetch: the first list page held open", hold=r"^/col/col\d+/index\.html"),
    _observed("fetch.detail_1", "mid-fetch: the first new detail page held open", hold_detail=0),
    _observed("fetch.detail_3", "mid-fetch: the third new detail page held open", hold_detail=2),
    _observed("fetch.detail_5", "mid-fetch: the fifth new detail page held open", hold_detail=4),
    _observed("fetch.detail_8", "mid-fetch: the last new detail page held open", hold_detail=7),
    _observed("archive.files_1", "mid-crawl: the first new body archived", archive_files=1),
    _observed("archive.files_3", "mid-crawl: three new bodies archived", archive_files=3),
    _observed("archive.files_8", "mid-crawl: eight new bodies archived", archive_files=8),
    _observed("validate.data_docs", "validation wrote its report, before the outbox", data_docs=True),
    _observed("commit.alerts_outbox", "outbox committed, before the load", commit="alerts"),
    _observed("commit.documents", "between table commits: documents committed", commit="documents"),
    _observed("commit.tasks", "between table commits: tasks committed", commit="tasks"),
    _observed("commit.task_units", "between table commits: task_units committed", commit="task_units"),
    _observed("commit.targets", "between table commits: targets committed", commit="targets"),
    _observed("commit.pages", "between table commits: pages committed", commit="pages"),
    _observed("commit.dq_results", "between table commits: dq_results committed", commit="dq_results"),
    _observed("commit.runs", "between load and alert: the runs row committed", commit="runs"),
    Point("deliver.alert_1", "observed", "mid-delivery: the first alert in flight",
          at_least_once=True, spec={"webhook": 1}),
    Point("deliver.alert_2", "observed", "mid-delivery: the second alert in flight",
          at_least_once=True, spec={"webhook": 2}),
    # compiled into the code (skipped until present)
    _named("before_load", "outbox written, before the load"),
    _named("after_load", "between load and alert delivery"),
    _named("http.body:1", "mid-fetch: headers read, body not"),
    _named("http.body:6", "mid-fetch: the sixth body"),
    _named("archive.before_rename:1", "mid-archive write: temp file written, not renamed"),
    _named("archive.before_rename:4", "mid-archive write: the fourth body"),
    _named("parse.document:1", "mid-parse: first document parsed"),
    _named("parse.document:5", "mid-parse: fifth document parsed"),
    _named("validate.table:1", "mid-validation: first table validated"),
    _named("validate.table:3", "mid-validation: third table validated"),
    _named("load.table_committed:1", "between table commits: the first table"),
    _named("load.table_committed:3", "between table commits: the third table"),
    _named("alerts.before_send:1", "mid-delivery: before the first send"),
    _named("alerts.after_send:1", "mid-delivery: sent, not marked", at_least_once=True),
]
DEFAULT_POINTS = ("commit.documents",)


def named_point_status(spec: str) -> str | None:
    """None when the named point exists in the code and can fire; else why it is skipped."""
    name, _, nth = spec.partition(":")
    pat = re.compile(r"crash_point\(\s*[\"']" + re.escape(name) + r"[\"']\s*\)")
    homes = [p for d in CODE_DIRS for p in (REPO / d).rglob("*.py") if pat.search(p.read_text("utf-8"))]
    if not homes:
        return f"no crash_point({name!r}) in the code yet"
    if nth and nth != "1" and not any("planwatch.crashpoints" in p.read_text("utf-8") for p in homes):
        return f"crash_point({name!r}) cannot count hits (not planwatch.crashpoints)"
    return None


def _env_spec(point: Point) -> str:
    """flows.steps.crash_point matches the whole variable, so `:1` is dropped for it."""
    name, _, nth = point.name.partition(":")
    return name if nth in ("", "1") else point.name


def _param(p: Point) -> Any:
    marks = [] if p.name in DEFAULT_POINTS else [pytest.mark.slow]
    return pytest.param(p, id=p.name, marks=marks)


# ------------------------------------------------------------------ the stage

@dataclass
class Stage:
    work: Path
    port: int
    site: Path                     # the site of the crashed night (baseline + new notices)
    added: list[str]               # new detail paths, in the order the crawler fetches them
    sources: Path
    baseline_wh: Path
    baseline_run: str
    baseline_snapshot: dict
    baseline_versions: dict[str, int]
    baseline_plans: set[str]
    baseline_archive: int
    hook: Any
    server: Any


def _archive_count(wh: Path) -> int:
    raw = wh / "raw"
    return sum(1 for _ in raw.glob("??/??/*.gz")) if raw.is_dir() else 0


def _log_version(wh: Path, table: str) -> int:
    log = wh / table / "_delta_log"
    if not log.is_dir():
        return -1
    nums = [int(p.name[:20]) for p in log.iterdir() if re.fullmatch(r"\d{20}\.json", p.name)]
    return max(nums) if nums else -1


def _settings(stage: Stage, wh: Path) -> Any:
    from planwatch.settings import Settings

    return Settings.of(warehouse=str(wh), sources=str(stage.sources), alert=[stage.hook.apprise_url],
                    min_interval_s=0.0, http_timeout_s=20.0, http_retries=1, http_backoff_s=0.05)


@pytest.fixture(scope="module")
def stage(prefect_harness, tmp_path_factory):
    """A baseline night on a small site, then the same site with 8 new notices (2 plans)."""
    from flows.nightly import nightly
    from flows.runner import run_flow
    from testbed.replay import ReplayServer
    from testbed.sites import add_notices
    from testbed.webhook import WebhookReceiver
    from warehouse.store import Warehouse

    work = tmp_path_factory.mktemp("crash")
    port = free_port()
    site0 = grow_site(work / "site0", 4, plans=1)
    hook = WebhookReceiver().start()
    sources = write_sources(work / "sources.toml", {SITE: _Base(port)}, {SITE: site0})
    with ReplayServer(site0, port=port) as srv0:
        assert srv0.port == port
        wh0 = work / "wh0"
        settings = _settings(_partial(work, port, sources, hook), wh0)
        report = run_flow(nightly, settings)
        assert report["status"] == "completed"
    site1 = copy_tree(site0, work / "site1")
    added = add_notices(site1, 8, plans=2, seed=5)
    wh = Warehouse(wh0)
    run0 = report["run_id"]
    hook.wait_for(len(plan_urls(wh)), timeout=10)
    st = Stage(work, port, site1, added, sources, wh0, run0, snapshot(wh, as_of=run0),
               wh.versions(), plan_urls(wh), _archive_count(wh0), hook, None)
    hook.clear()
    server = ReplayServer(site1, port=port).start()
    st.server = server
    yield st
    server.stop()
    hook.stop()


@dataclass
class _Base:
    port: int

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def _partial(work: Path, port: int, sources: Path, hook: Any) -> Stage:
    return Stage(work, port, Path(), [], sources, Path(), "", {}, {}, set(), 0, hook, None)


# ------------------------------------------------------------------ one crash

def _trigger(point: Point, stage: Stage, wh: Path) -> tuple[Callable[[], bool], list]:
    """(predicate polled while the child runs, fault rules for the replay portal)."""
    from testbed.faults import FaultRule

    spec = point.spec
    if "hold" in spec or "hold_detail" in spec:
        pattern = spec.get("hold") or re.escape(stage.added[spec["hold_detail"]]) + "$"
        rule = FaultRule(pattern, "slow", count=1, delay_s=60.0)
        return (lambda: rule.hits >= 1), [rule]
    if "archive_files" in spec:
        goal = stage.baseline_archive + spec["archive_files"]
        return (lambda: _archive_count(wh) >= goal), []
    if "commit" in spec:
        table, base = spec["commit"], stage.baseline_versions.get(spec["commit"], -1)
        return (lambda: _log_version(wh, table) > base), []
    if spec.get("data_docs"):
        docs = wh / "data_docs"
        before = {p for p in docs.rglob("*.html")} if docs.is_dir() else set()
        return (lambda: docs.is_dir() and any(p not in before for p in docs.rglob("*.html"))), []
    return (lambda: False), []


def _crash(point: Point, stage: Stage, wh: Path, log_path: Path, api_url: str) -> int:
    settings = _settings(stage, wh)
    predicate, faults = _trigger(point, stage, wh)
    stage.server.set_faults(faults)
    stage.server.reset_log()
    stage.hook.clear()
    env = child_env(api_url, _env_spec(point) if point.kind == "named" else None)
    child = start_child(crawl_command(settings), env, log_path)
    fired = {"done": False}

    def kill() -> None:
        if not fired["done"]:
            fired["done"] = True
            try:
                os.kill(child.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    want = point.spec.get("webhook")
    stage.hook.on_message = (lambda _m: kill() if len(stage.hook.messages) >= want else None) \
        if want else None
    deadline = time.monotonic() + CHILD_TIMEOUT_S
    try:
        while child.poll() is None:
            if point.kind == "observed" and predicate():
                kill()
            if time.monotonic() > deadline:
                kill()
                raise AssertionError(f"{point.name}: the child ran past {CHILD_TIMEOUT_S} s")
            time.sleep(0.003)
        return child.wait()
    finally:
        stage.hook.on_message = None
        stage.server.set_faults([])


def _commits_after(wh: Any, table: str, version: int) -> list[dict]:
    dt = wh.delta(table)
    if dt is None:
        return []
    return [h for h in dt.history() if int(h.get("version", -1)) > version]


def _check_consistent(stage: Stage, wh: Any, point: Point) -> None:
    from warehouse.store import RUN_ID_META

    dup = duplicates(wh)
    assert all(n == 0 for n in dup.values()), (point.name, dup)
    runs = wh.read("runs")
    assert stage.baseline_run in runs["run_id"].to_list()
    assert runs.height <= 2, runs["run_id"].to_list()
    # the last completed run before the night reads exactly as it did
    assert snapshot(wh, as_of=stage.baseline_run) == stage.baseline_snapshot, point.name
    last = runs.sort("started_at").row(-1, named=True)
    recorded = json.loads(last["versions_json"] or "{}")
    for table in ("documents", "tasks", "task_units", "targets", "pages", "quarantine", "dq_results"):
        base = recorded.get(table, stage.baseline_versions.get(table, -1))
        extra = _commits_after(wh, table, base)
        owners = {h.get(RUN_ID_META) for h in extra}
        assert len(extra) <= 1, (point.name, table, "more than one commit by the killed run")
        assert owners <= {None} or (len(owners) == 1 and stage.baseline_run not in owners), \
            (point.name, table, owners)


def _rerun_and_check(stage: Stage, wh_path: Path, point: Point) -> dict:
    from flows.nightly import nightly
    from flows.runner import run_flow
    from warehouse.store import Warehouse

    report = run_flow(nightly, _settings(stage, wh_path))
    assert report["status"] == "completed", report
    wh = Warehouse(wh_path)
    docs = wh.read("documents")["source"].to_list()
    expected = expected_urls(stage.site, stage.server.base_url)
    assert len(docs) == len(set(docs)), "a document stored twice"
    assert set(docs) == expected, (sorted(expected - set(docs)), sorted(set(docs) - expected))
    dup = duplicates(wh)
    assert all(n == 0 for n in dup.values()), dup
    new_plans = plan_urls(wh) - stage.baseline_plans
    assert new_plans, "the night publishes new plans"
    stage.hook.wait_for(len(new_plans), timeout=15)
    got = alerted_urls(stage.hook.messages)
    assert set(got) == new_plans, (sorted(new_plans - set(got)), sorted(set(got) - new_plans))
    repeated = len(got) - len(set(got))
    assert repeated <= (1 if point.at_least_once else 0), (point.name, sorted(got))
    alerts = wh.read("alerts")
    assert set(alerts["status"].to_list()) <= {"sent"}, alerts["status"].to_list()
    # one more night: nothing new, nothing sent again
    again = run_flow(nightly, _settings(stage, wh_path))
    assert again["alerts"]["sent"] == 0 and len(alerted_urls(stage.hook.messages)) == len(got)
    return {"repeated": repeated}


@pytest.mark.parametrize("point", [_param(p) for p in POINTS])
def test_kill_then_rerun(point: Point, stage: Stage, prefect_harness, tmp_path):
    from warehouse.store import Warehouse

    if point.kind == "named":
        why = named_point_status(point.name)
        if why:
            pytest.skip(why)
    wh_path = copy_tree(stage.baseline_wh, tmp_path / "wh")
    rc = _crash(point, stage, wh_path, tmp_path / "child.log", prefect_harness)
    log_tail = (tmp_path / "child.log").read_text("utf-8", "replace")[-3000:]
    assert rc in (-signal.SIGKILL, 17), f"{point.name}: the child was not killed (rc {rc})\n{log_tail}"
    torn = sorted(t for t, v in stage.baseline_versions.items() if _log_version(wh_path, t) > v)
    print(f"{point.name}: killed (rc {rc}); tables committed by the killed night: {torn or 'none'}; "
          f"new archive bodies: {_archive_count(wh_path) - stage.baseline_archive}")
    _check_consistent(stage, Warehouse(wh_path), point)
    _rerun_and_check(stage, wh_path, point)


def test_named_point_detection_reads_the_code():
    assert named_point_status("before_load") is None      # placed by flows/pipeline.py
    assert named_point_status("no.such.point") is not None


def test_crash_point_kills_with_sigkill_at_the_nth_hit(tmp_path):
    """planwatch.crashpoints: silent without the variable, SIGKILL at exactly the N-th hit."""
    code = ("import sys\nfrom planwatch.crashpoints import crash_point\n"
            "for i in range(1, 6):\n    print(i, flush=True)\n    crash_point('x.y')\n")
    run = lambda env: subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,  # noqa: E731
                                     text=True, env={**os.environ, **env}, timeout=60)
    quiet = run({"PLANWATCH_CRASH_AT": ""})
    assert quiet.returncode == 0 and quiet.stdout.split() == ["1", "2", "3", "4", "5"]
    third = run({"PLANWATCH_CRASH_AT": "x.y:3"})
    assert third.returncode == -signal.SIGKILL and third.stdout.split() == ["1", "2", "3"]
    other = run({"PLANWATCH_CRASH_AT": "x.z"})
    assert other.returncode == 0
