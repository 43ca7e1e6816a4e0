"""`status`, `show`, `history` and a night's report in an 80-column terminal (issue 13, problems 4
and 6): nothing cut that matters, no column squeezed to nothing, never a dtype dump, the full
error text one flag away, a clear error for a warehouse that is not there. A real night
(Prefect harness, replay portal on 127.0.0.1, real Delta tables), then the commands as a new
user runs them: fresh processes with COLUMNS=80."""
from __future__ import annotations

import contextlib
import io
import json
import re
import socket
from pathlib import Path

import pytest

import cli_support as cli
from planwatch import exitcodes
from planwatch.cli import main
from testbed.replay import ReplayServer
from testbed.sites import sources_toml
from warehouse import contract

DTYPE_ROW = re.compile(r"\b(str|i64|f64|bool|date|datetime\[μs.*?\]|list\[str\])\b\s*[┆│]")


def _dead_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def night(prefect_harness, tmp_path_factory) -> Path:
    """A warehouse after one night: a sample county loaded, a source that is down."""
    home = tmp_path_factory.mktemp("night")
    with ReplayServer("hanweb_chengwu") as srv, pytest.MonkeyPatch.context() as mp:
        mp.chdir(home)
        mp.setenv("COLUMNS", "80")
        text = sources_toml({"hanweb_chengwu": srv.base_url}) + (
            '\n[[source]]\nid = "down"\ncounty = "某县"\nplatform = "hanweb"\nallow_loopback = true\n'
            f'start_urls = ["http://127.0.0.1:{_dead_port()}/col/col1234567/index.html"]\n'
        )
        (home / "sources.toml").write_text(text, encoding="utf-8")
        with contextlib.redirect_stdout(io.StringIO()) as report:
            assert main(["crawl", "--warehouse", "wh", "--min-interval-s", "0", "--http-retries", "0"]) == 1
        (home / "crawl.out").write_text(report.getvalue(), encoding="utf-8")
    return home


def test_problem_4_the_crawl_report_fits_80_columns_with_every_error_in_full(night):
    out = (night / "crawl.out").read_text(encoding="utf-8")
    assert cli.widest(out) <= 80, out
    header = out.splitlines()[1].split()
    assert header == ["source", "pages", "new", "upd", "same", "plans", "tasks", "targets", "quar", "status"]
    text = " ".join(out.split())
    assert "down: list page http://127.0.0.1:" in text and "/col/col1234567/index.html: error (robots.txt" in text
    assert "[Errno 111] Connection refused))" in text  # the whole error, not a cell's first words
    assert "partial: 2 sources, 1 ok, 1 failed (down: connection refused); 39 new documents" in text


def test_problem_4_status_fits_80_columns_and_errors_are_read_in_full(night):
    status = cli.run("status", "--warehouse", "wh", cwd=night)
    assert status.returncode == exitcodes.FAILED  # the latest run was partial
    out = status.stdout
    assert cli.widest(out) <= 80, out
    head = next(line for line in out.splitlines() if line.startswith("run "))  # the title may wrap
    for header in ("run", "flow", "status", "secs", "pages", "new", "errs"):  # no column squeezed away
        assert re.search(rf"\b{header}\b", head), out
    down = next(line for line in out.splitlines() if line.startswith("down "))
    assert "connection refused: list page" in down and down.rstrip().endswith("…")
    assert re.search(r"\b\d{8}T\d{12}Z-[0-9a-f]{6}\b", out), "the run id is shown whole"

    full = cli.run("status", "--warehouse", "wh", "--errors", cwd=night).stdout
    text = " ".join(full.split())
    assert "robots.txt unavailable (ConnectionError: [Errno 111] Connection refused)" in text
    assert "/col/col1234567/index.html" in text and cli.widest(full) <= 80

    data = json.loads(cli.run("status", "--warehouse", "wh", "--json", cwd=night).stdout)
    (down,) = [s for s in data["sources"] if s["source_id"] == "down"]
    assert down["status"] == "failed" and "Connection refused" in down["errors"][0]


def test_problem_6_show_and_history_are_readable_tables(night):
    docs = cli.run("show", "documents", "--warehouse", "wh", cwd=night)
    assert docs.returncode == 0 and cli.widest(docs.stdout) <= 80
    assert "shape:" not in docs.stdout and not DTYPE_ROW.search(docs.stdout)
    header = docs.stdout.splitlines()[0].split()
    assert header == ["doc_id", "published", "county", "plan", "tasks", "targets", "title"]
    assert len(docs.stdout.splitlines()) == 2 + 20  # header, rule, --limit 20 rows
    assert "20 of 39 rows" in docs.stderr and "--columns all" in docs.stderr
    picked = cli.run("show", "documents", "--warehouse", "wh", "--columns", "county,title", "--limit", "1",
                     cwd=night).stdout  # fmt: skip
    assert picked.splitlines()[0].split() == ["county", "title"]
    bad = cli.run("show", "documents", "--warehouse", "wh", "--columns", "titel", cwd=night)
    assert bad.returncode == exitcodes.USAGE and "unknown column(s) titel" in bad.stderr
    rows = json.loads(cli.run("show", "documents", "--warehouse", "wh", "--json", "--limit", "1", cwd=night).stdout)
    assert list(rows[0]) == contract.table("documents").column_names  # --json: every column

    history = cli.run("history", "--warehouse", "wh", cwd=night)
    assert history.returncode == 0 and cli.widest(history.stdout) <= 80
    assert "shape:" not in history.stdout and not DTYPE_ROW.search(history.stdout)
    (row,) = history.stdout.splitlines()[2:]
    assert re.match(r"^\d{8}T\d{12}Z-[0-9a-f]{6}  nightly  partial\s+39\s+0\s+0\s+\d+\s+0$", row), row
    every = json.loads(cli.run("history", "--warehouse", "wh", "--json", cwd=night).stdout)
    assert {"inserted", "updated", "deleted", "noop", "versions_json"} <= set(every[0])


def test_problem_6_a_missing_warehouse_is_an_error_not_empty_output(tmp_path):
    history = cli.run("history", "--warehouse", "nowhere", cwd=tmp_path)
    assert history.returncode == exitcodes.STORAGE and history.stdout == ""
    assert history.stderr.startswith("planwatch: error: no warehouse at") and len(history.stderr.splitlines()) == 1
    export = cli.run("export", "--warehouse", "nowhere", "--to", "out", cwd=tmp_path)
    assert export.returncode == exitcodes.STORAGE and not (tmp_path / "out").exists()
    status = cli.run("status", "--warehouse", "nowhere", cwd=tmp_path)
    assert status.returncode == exitcodes.STORAGE and "No runs yet" not in status.stdout


def test_progress_shows_on_a_terminal_and_stays_off_in_a_pipe(night, tmp_path):
    """`export` (like crawl, backfill, reparse, maintain) draws a progress display on a
    terminal's stderr; piped, stderr holds only the one-line summary."""
    import os
    import pty
    import subprocess

    piped = cli.run("export", "--warehouse", "wh", "--to", str(tmp_path / "a"), cwd=night)
    assert piped.returncode == 0
    assert piped.stderr.splitlines() == [f"exported 10 tables from {night / 'wh'} to {tmp_path / 'a'}"]

    leader, follower = pty.openpty()
    proc = subprocess.Popen(cli.command("export", "--warehouse", "wh", "--to", str(tmp_path / "b")), cwd=night,
                            env=cli.env(TERM="xterm"), stdout=subprocess.DEVNULL, stderr=follower)  # fmt: skip
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    assert proc.wait(timeout=120) == 0
    text = seen.decode("utf-8", "replace")
    assert "export" in text and "10/10" in text and "\x1b[" in text  # a live display, drawn in place
