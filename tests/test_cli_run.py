"""The CLI commands that run flows: crawl exit codes, status, reparse without the network,
backfill arguments, and the served deployment (schedule, one run at a time, no secrets)."""
from __future__ import annotations

import socket

import polars as pl
import pytest

from planwatch import exitcodes
from planwatch.cli import main
from testbed.replay import ReplayServer
from testbed.sites import copy_site, sources_toml
from testbed.webhook import WebhookReceiver
from warehouse.store import Warehouse

SITE = "hanweb_chengwu"


def _dead_source(port: int) -> str:
    return ("\n[[source]]\nid = \"gone\"\ncounty = \"无此县\"\nplatform = \"hanweb\"\n"
            f"start_urls = [\"http://127.0.0.1:{port}/col/col1/index.html\"]\n"
            "allow_loopback = true\nmin_interval_s = 0.0\n")


@pytest.mark.prefect
def test_crawl_status_reparse(prefect_harness, tmp_path, capsys):
    site = copy_site(SITE, tmp_path / "site")
    wh_dir = tmp_path / "wh"
    sources = tmp_path / "sources.toml"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = s.getsockname()[1]
    common = ["--warehouse", str(wh_dir), "--min-interval-s", "0", "--http-retries", "0"]
    with ReplayServer(site) as srv, WebhookReceiver() as ops:
        sources.write_text(sources_toml({SITE: srv.base_url}, site_dirs={SITE: site})
                           + _dead_source(dead), encoding="utf-8")
        common += ["--ops-alert", ops.apprise_url]
        # a source failing as a whole → exit 1, the other source is still loaded, ops told once
        assert main(["crawl", "--sources", str(sources), *common]) == 1
        wh = Warehouse(wh_dir)
        n_docs = wh.read("documents").height
        assert n_docs > 0 and set(wh.read("documents")["source_id"].unique()) == {"chengwu"}
        assert ops.wait_for(1) and len(ops.messages) == 1
        assert ops.messages[0]["title"] == "source failed: gone" and ops.messages[0]["type"] == "failure"
        # only the healthy source → exit 0, no ops alert
        assert main(["crawl", "--sources", str(sources), "--source", "chengwu", *common]) == 0
        assert len(ops.messages) == 1
        out = capsys.readouterr().out
        assert "chengwu" in out
        assert main(["status", "--warehouse", str(wh_dir)]) == 0
        out = capsys.readouterr().out
        assert "gone" in out and "failed" in out and "nightly" in out

        # a run that fails (injected before the load): exit 5, a `failed` run row, ops told once
        ops.clear()
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv("PLANWATCH_CRASH_AT", "fail:before_load")
            assert main(["crawl", "--sources", str(sources), "--source", "chengwu", *common]) == exitcodes.RUN_FAILED
        assert ops.wait_for(1) and len(ops.messages) == 1
        assert ops.messages[0]["title"] == "planwatch run failed"
        assert "injected failure" in ops.messages[0]["message"]
    assert wh.history(limit=1)["status"].to_list() == ["failed"]
    assert main(["status", "--warehouse", str(wh_dir)]) == 1  # the latest run failed
    capsys.readouterr()


    # the portal is down: reparse reads the archive only
    assert main(["reparse", "--warehouse", str(wh_dir)]) == 0
    runs = wh.read("runs")
    assert runs.filter(pl.col("flow") == "reparse").height == 1
    assert wh.read("documents").height == n_docs
    assert main(["reparse", "--warehouse", str(wh_dir), "--since", "2999-01-01"]) == 2  # nothing to do


def test_backfill_needs_one_source(tmp_path, capsys):
    assert main(["backfill", "--warehouse", str(tmp_path / "wh")]) == 2
    assert "exactly one --source" in capsys.readouterr().err


def test_serve_deployment_schedule_and_no_secrets(tmp_path):
    from flows.serve import build_deployment, secret_env
    from planwatch.settings import Settings

    secret = "json://127.0.0.1:9/hook?token=TOPSECRET"
    settings = Settings.of(warehouse=str(tmp_path / "wh"), sources=str(tmp_path / "sources.toml"),
                        alert=[secret], schedule_cron="30 1 * * *", timezone="Asia/Shanghai")
    dep = build_deployment(settings)
    assert dep.concurrency_limit == 1
    (schedule,) = dep.schedules
    assert schedule.schedule.cron == "30 1 * * *" and schedule.schedule.timezone == "Asia/Shanghai"
    assert "TOPSECRET" not in repr(dep.parameters)
    assert dep.parameters["warehouse"] == str((tmp_path / "wh").resolve())
    assert secret_env(settings) == {"PLANWATCH_ALERT": secret}
