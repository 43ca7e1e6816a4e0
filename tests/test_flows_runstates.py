"""Run states that tell the truth everywhere (issue 13, problem 3): a night where a source failed
is a Failed flow run in Prefect naming the source, is marked in Data Docs, in `status` and in
the exit code; ops hear once when a source starts failing (one message for several) and once
when it recovers, not every night. Real Prefect flow runs (session harness), real replay
portals and a real webhook receiver on 127.0.0.1, real Delta tables."""
from __future__ import annotations

import socket
from pathlib import Path

import pytest

from planwatch import exitcodes
from planwatch.cli import main
from testbed.replay import ReplayServer
from testbed.sites import sources_toml
from testbed.webhook import WebhookReceiver
from warehouse.store import Warehouse

pytestmark = pytest.mark.prefect


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _latest_flow_run():
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.sorting import FlowRunSort

    with get_client(sync_client=True) as client:
        (run,) = client.read_flow_runs(sort=FlowRunSort.EXPECTED_START_TIME_DESC, limit=1)
    return run


def _dead(sid: str, port: int) -> str:
    return (f'\n[[source]]\nid = "{sid}"\ncounty = "无此县"\nplatform = "hanweb"\nallow_loopback = true\n'
            f'min_interval_s = 0.0\nstart_urls = ["http://127.0.0.1:{port}/col/col1/index.html"]\n')


def test_problem_3_a_partial_night_is_failed_everywhere_and_ops_hear_only_changes(prefect_harness, tmp_path,
                                                                                capsys, monkeypatch):  # fmt: skip
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "80")
    port = _free_port()  # where source "gone" lives; nothing answers there until it recovers
    with ReplayServer("hanweb_chengwu") as srv, WebhookReceiver() as ops:
        text = sources_toml({"hanweb_chengwu": srv.base_url})
        text += sources_toml({"hanweb_juancheng": f"http://127.0.0.1:{port}"}, ids={"hanweb_juancheng": "gone"})
        text += _dead("gone2", _free_port()) + _dead("gone3", _free_port())
        Path("sources.toml").write_text(text.replace("# Generated", "\n# Generated"), encoding="utf-8")
        crawl = ["crawl", "--warehouse", "wh", "--min-interval-s", "0", "--http-retries", "0",
                 "--ops-alert", ops.apprise_url]  # fmt: skip

        # night 1: three sources fail — exit 1, Failed in Prefect, marked in Data Docs and status
        assert main(crawl) == exitcodes.FAILED
        out = " ".join(capsys.readouterr().out.split())  # lines wrap at 80 columns
        assert "partial: 4 sources, 1 ok, 3 failed (gone: connection refused, gone2: connection refused" in out
        flow_run = _latest_flow_run()
        assert flow_run.state.is_failed() and "3 of 4 sources failed: gone" in flow_run.state.message
        run_id = Warehouse(tmp_path / "wh").history(limit=1)["run_id"].item()
        page = tmp_path / "wh" / "data_docs" / "runs" / f"{run_id}.html"
        html = page.read_text(encoding="utf-8")
        assert "PARTIAL RUN" in html and "gone2" in html
        assert 'class="bad"' in (page.parent.parent / "index.html").read_text(encoding="utf-8")
        assert main(["status", "--warehouse", "wh"]) == exitcodes.FAILED
        assert "partial; 3 source(s) failing" in " ".join(capsys.readouterr().out.split())
        assert ops.wait_for(1) and len(ops.messages) == 1  # one message for the three
        assert ops.messages[0]["title"] == "3 sources failed: gone, gone2, gone3"

        # night 2: the same sources still fail — nobody is told again
        assert main(crawl) == exitcodes.FAILED
        capsys.readouterr()
        assert not ops.wait_for(2, timeout=2) and len(ops.messages) == 1

        # night 3: "gone" is back — one "recovered" message; the others still fail, still quietly
        with ReplayServer("hanweb_juancheng", port=port):
            assert main(crawl) == exitcodes.FAILED
        assert ops.wait_for(2) and len(ops.messages) == 2
        assert ops.messages[1]["title"] == "source recovered: gone" and ops.messages[1]["type"] == "success"
        assert "2 of 4 sources failed: gone2" in _latest_flow_run().state.message

        # a night where every source runs: Completed, exit 0
        assert main([*crawl, "--source", "chengwu"]) == exitcodes.OK
        assert _latest_flow_run().state.is_completed()
        assert "completed: 1 source, 1 ok" in " ".join(capsys.readouterr().out.split())
