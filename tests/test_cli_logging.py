"""Quiet by default, loud on demand (issue 13, problem 7): Prefect's own logs follow
`--log-level`, an expected error is one line (its traceback only with `--debug`), and a wrong
`--source` is refused before Prefect starts, with nothing recorded. Fresh processes, as a user
runs them; a real replay portal on 127.0.0.1."""
from __future__ import annotations

import socket

import pytest

import cli_support as cli
from planwatch import exitcodes
from testbed.replay import ReplayServer
from testbed.sites import sources_toml


def _portal_sources(tmp_path, base_url: str) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = s.getsockname()[1]
    text = sources_toml({"hanweb_chengwu": base_url}) + (
        '\n[[source]]\nid = "down"\ncounty = "某县"\nplatform = "hanweb"\nallow_loopback = true\n'
        f'start_urls = ["http://127.0.0.1:{dead}/col/col1/index.html"]\n'
    )
    (tmp_path / "sources.toml").write_text(text, encoding="utf-8")


CRAWL = ("crawl", "--warehouse", "wh", "--min-interval-s", "0", "--http-retries", "0")


def test_problem_7_warning_silences_prefect_and_expected_errors_have_no_traceback(tmp_path):
    """With its own temporary Prefect server, as a plain `planwatch crawl` runs."""
    with ReplayServer("hanweb_chengwu") as srv:
        _portal_sources(tmp_path, srv.base_url)
        quiet = cli.run(*CRAWL, "--log-level", "WARNING", cwd=tmp_path)
    assert quiet.returncode == exitcodes.FAILED  # the down source
    for noise in ("INFO", "Finished in state", "Starting temporary server", "docs.prefect.io", "Traceback",
                  "telemetry"):  # fmt: skip
        assert noise not in quiet.stderr, quiet.stderr
    assert "partial: 2 sources, 1 ok, 1 failed (down: connection refused)" in " ".join(quiet.stdout.split())


@pytest.mark.prefect
@pytest.mark.slow  # ~10 s; the WARNING side runs in the default suite (test_problem_7 above)
def test_prefect_logs_follow_the_level_from_flag_or_environment(prefect_harness, tmp_path):
    with ReplayServer("hanweb_chengwu") as srv:
        _portal_sources(tmp_path, srv.base_url)
        loud = cli.run(*CRAWL, cwd=tmp_path, api_url=prefect_harness, PLANWATCH_LOG_LEVEL="INFO")
    assert loud.returncode == exitcodes.FAILED
    assert "Finished in state Failed('1 of 2 sources failed: down: connection refused')" in loud.stderr
    assert "Traceback" not in loud.stderr


def test_problem_7_an_unknown_source_is_refused_before_prefect_starts(tmp_path):
    (tmp_path / "sources.toml").write_text(sources_toml({"hanweb_chengwu": "http://127.0.0.1:9"}),
                                           encoding="utf-8")  # fmt: skip
    nosuch = cli.run(*CRAWL, "--source", "nosuch", "--log-level", "INFO", cwd=tmp_path)
    assert nosuch.returncode == exitcodes.USAGE
    (line,) = nosuch.stderr.strip().splitlines()  # one line, and not a single Prefect log line
    assert line == ("planwatch: error: sources.toml: unknown source id(s) nosuch; known: chengwu")
    assert not (tmp_path / "wh").exists()  # no run recorded, no warehouse made


def test_errors_are_one_line_and_debug_shows_the_traceback(tmp_path):
    plain = cli.run("load", "no-such-folder", "--warehouse", "wh", cwd=tmp_path)
    assert plain.returncode == exitcodes.USAGE
    assert plain.stderr == "planwatch: error: no-such-folder: not a folder\n"
    debug = cli.run("load", "no-such-folder", "--warehouse", "wh", "--debug", cwd=tmp_path)
    assert debug.returncode == exitcodes.USAGE
    assert "Traceback (most recent call last)" in debug.stderr and "FlowError" in debug.stderr
    assert debug.stderr.rstrip().endswith("planwatch: error: no-such-folder: not a folder")
