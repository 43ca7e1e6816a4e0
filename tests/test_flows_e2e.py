"""End to end: the real nightly flow (Prefect test server) against the replay portal over HTTP,
a real webhook receiver, a real Delta warehouse. Two runs (the second incremental), alerts
counted exactly, a source that fails never stops the others, and a crash between load and
alert delivery (a child process killed on the spot) followed by a re-run delivers each alert
exactly once."""
from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from flows.runner import run_flow
from planwatch.settings import Settings
from testbed.replay import ReplayServer
from testbed.sites import add_notices, copy_site, expected_documents, sources_toml
from testbed.webhook import WebhookReceiver
from warehouse.store import Warehouse

pytestmark = pytest.mark.prefect
SITE = "hanweb_chengwu"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def portal(tmp_path):
    site = copy_site(SITE, tmp_path / "site")
    with ReplayServer(site) as srv, WebhookReceiver() as hook:
        sources = tmp_path / "sources.toml"
        dead = _free_port()
        text = sources_toml({SITE: srv.base_url}, site_dirs={SITE: site})
        text += ("\n[[source]]\nid = \"gone\"\ncounty = \"无此县\"\nplatform = \"hanweb\"\n"
                 f"start_urls = [\"http://127.0.0.1:{dead}/col/col1/index.html\"]\n"
                 "allow_loopback = true\nmin_interval_s = 0.0\n")
        sources.write_text(text, encoding="utf-8")
        settings = Settings.of(warehouse=str(tmp_path / "wh"), sources=str(sources),
                            alert=[hook.apprise_url], min_interval_s=0.0, http_timeout_s=5.0,
                            http_retries=0)
        yield site, srv, hook, settings


def _plans(wh: Warehouse) -> set[str]:
    docs = wh.read("documents")
    return set(docs.filter(pl.col("is_plan"))["doc_id"].to_list())


def _alerted_urls(hook: WebhookReceiver) -> list[str]:
    """Plan URLs in the structured json:// payloads (a digest lists all of its plans)."""
    out = []
    for m in hook.messages:
        plans = m["digest"]["plans"] if m.get("event") == "digest" else [m["plan"]]
        out.extend(p["url"] for p in plans)
    return sorted(out)


def test_two_runs_incremental_with_exact_alerts(prefect_harness, portal):
    from flows.nightly import nightly

    site, srv, hook, settings = portal
    report = run_flow(nightly, settings)
    wh = Warehouse.open(settings.store)
    by_source = {s["source_id"]: s for s in report["sources"]}
    assert by_source["gone"]["status"] == "failed" and by_source["gone"]["errors"]
    ok = by_source["chengwu"]
    assert ok["status"] == "ok" and ok["new"] == len(expected_documents(site))
    assert wh.read("documents").height == ok["new"]

    plans = _plans(wh)
    assert len(plans) >= 2, "the sample site has plans"
    # a first crawl: one digest for the source (in Chinese), not one message per historical plan
    assert hook.wait_for(1)
    docs = wh.read("documents").filter(pl.col("is_plan"))
    assert _alerted_urls(hook) == sorted(docs["source"].to_list())
    assert report["alerts"]["sent"] == 1 == len(hook.messages)
    digest = hook.messages[0]
    assert digest["event"] == "digest" and digest["digest"]["reason"] == "first_crawl"
    assert digest["title"].startswith("新规划：成武县首次抓取发现")
    assert wh.read("runs").height == 1

    # incremental: 3 new notices (1 plan) → exactly those fetched, only the new plan alerted
    added = add_notices(site, 3, plans=1)
    srv.reset_log()
    second = run_flow(nightly, settings)
    fetched_details = [r.path for r in srv.requests if r.path.startswith("/art/")]
    assert sorted(fetched_details) == sorted(added)
    chengwu = {s["source_id"]: s for s in second["sources"]}["chengwu"]
    assert chengwu["new"] == 3 and chengwu["pages_fetched"] >= 3
    new_plans = _plans(wh) - plans
    assert len(new_plans) == 1
    assert hook.wait_for(2)
    assert len(hook.messages) == 2 and hook.messages[1]["event"] == "new_plan"
    assert second["alerts"]["sent"] == 1
    assert [hook.messages[1]["plan"]["url"]] == sorted(wh.read("documents").filter(
        pl.col("doc_id").is_in(list(new_plans)))["source"].to_list())

    # a re-run with nothing new sends nothing and adds no document
    third = run_flow(nightly, settings)
    assert third["alerts"]["sent"] == 0 and len(hook.messages) == 2
    assert wh.read("documents").height == ok["new"] + 3

    # a plan's body changes (one target's number): --refresh finds it → one "changed" alert
    url, old_text, new_text = _change_a_target(wh, site, srv)
    fourth = run_flow(nightly, settings.replace(refresh=True))
    assert {s["source_id"]: s for s in fourth["sources"]}["chengwu"]["updated"] == 1
    assert hook.wait_for(3) and len(hook.messages) == 3
    changed = hook.messages[-1]
    assert changed["title"].startswith("规划有变化：") and f"链接：{url}" in changed["message"]
    assert changed["event"] == "changed_plan" and changed["plan"]["url"] == url
    what = changed["plan"]["changes"]
    pairs = {(c["old"]["text"], c["new"]["text"]) for c in what["targets_changed"]}
    assert (old_text, new_text) in pairs or (
        [t["text"] for t in what["targets_added"]] == [new_text]
        and [t["text"] for t in what["targets_removed"]] == [old_text]), what
    assert wh.read("documents").height == ok["new"] + 3


def _change_a_target(wh: Warehouse, site: Path, srv: ReplayServer) -> tuple[str, str, str]:
    """Edit one plan's page on the replay site: a target's number + 1. Returns (url, old, new)."""
    docs = wh.read("documents").filter(pl.col("is_plan"))
    targets = wh.read("targets").join(docs.select("doc_id", "source"), on="doc_id")
    for row in targets.sort("doc_id", "seq").iter_rows(named=True):
        m = re.search(r"\d+", row["text"])
        if not m or len(row["text"]) > 110 or targets.filter(pl.col("doc_id") == row["doc_id"])["text"].to_list().count(row["text"]) > 1:
            continue
        page = site / "www" / row["source"].removeprefix(srv.base_url).lstrip("/")
        html = page.read_text(encoding="utf-8")
        if html.count(row["text"]) != 1:
            continue
        new_text = row["text"][:m.start()] + str(int(m.group()) + 1) + row["text"][m.end():]
        page.write_text(html.replace(row["text"], new_text), encoding="utf-8")
        st = page.stat()
        os.utime(page, (st.st_atime, st.st_mtime + 2))
        return row["source"], row["text"], new_text
    raise AssertionError("no plan target to edit")


def _crawl_child(settings: Settings, crash_at: str, api_url: str) -> int:
    """`planwatch crawl` in a fresh interpreter (spawned, never forked: deltalake) that kills
    itself at `crash_at`."""
    env = {**os.environ, "PLANWATCH_CRASH_AT": crash_at, "PREFECT_API_URL": api_url,
           "PLANWATCH_ALERT": settings.alerts.urls[0]}
    env.pop("PLANWATCH_CONFIG", None)
    cmd = [sys.executable, "-m", "planwatch.cli", "crawl", "--sources", settings.crawl.sources,
           "--warehouse", settings.store.root, "--min-interval-s", "0", "--http-retries", "0",
           "--source", "chengwu"]
    return subprocess.run(cmd, env=env, cwd=Path(__file__).resolve().parent.parent,
                          capture_output=True, timeout=240).returncode


# before_load is slow (~14 s): tests/test_hardening_crash.py kills a night around its load in the default suite
@pytest.mark.parametrize("crash_at", ["after_load", pytest.param("before_load", marks=pytest.mark.slow)])
def test_crash_between_load_and_alert_then_rerun_sends_each_alert_once(prefect_harness, portal,
                                                                        crash_at):
    from flows.nightly import nightly

    site, srv, hook, settings = portal
    settings = settings.replace(source=["chengwu"])
    assert _crawl_child(settings, crash_at, prefect_harness) == -9  # killed itself (SIGKILL)
    wh = Warehouse.open(settings.store)
    pending = wh.read("alerts")
    # a first crawl: the source's plans wait in the outbox as one digest
    assert pending["status"].to_list() == ["pending"] and pending["kind"].to_list() == ["digest"]
    assert hook.messages == []  # nothing went out before the crash
    if crash_at == "after_load":  # the load committed
        assert wh.read("documents").height == len(expected_documents(site))
    else:  # the outbox was written, the load never happened
        assert wh.read("documents").height == 0

    report = run_flow(nightly, settings)  # the re-run: the outbox delivers, nothing twice
    plans = _plans(wh)
    assert len(plans) >= 2 and wh.read("alerts").height == 1  # the re-run made the same digest
    assert report["alerts"]["sent"] == 1
    assert hook.wait_for(1) and len(hook.messages) == 1
    urls = _alerted_urls(hook)  # every plan, once
    assert len(urls) == len(set(urls)) == len(plans)
    run_flow(nightly, settings)
    assert len(hook.messages) == 1
    assert wh.read("alerts")["status"].to_list() == ["sent"]
