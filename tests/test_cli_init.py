"""A new user's first minutes (issue 13, problem 2): no implicit real-portal default, `planwatch
init`, `planwatch sources test ID`. Real processes in the user's own folder, a real replay
portal on 127.0.0.1."""
from __future__ import annotations

import json
import socket

import cli_support as cli
from planwatch import exitcodes
from testbed.replay import ReplayServer
from testbed.sites import sources_toml

SITE = "hanweb_chengwu"


def test_problem_2_commands_read_the_folders_own_sources_file_never_the_repositorys(tmp_path):
    """No sources.toml here: every command says so and points at `planwatch init`; nothing is
    crawled (the repository's list of real portals is never a default)."""
    check = cli.run("sources", "check", cwd=tmp_path)
    assert check.returncode == exitcodes.FAILED
    assert "sources.toml: no such file" in check.stdout and "planwatch init" in check.stdout
    crawl = cli.run("crawl", "--warehouse", "wh", cwd=tmp_path)
    assert crawl.returncode == exitcodes.USAGE
    (line,) = crawl.stderr.strip().splitlines()
    assert "no sources file: ./sources.toml does not exist" in line and "planwatch init" in line
    assert not (tmp_path / "wh").exists()  # nothing started, nothing recorded

    (tmp_path / "sources.toml").write_text('[[source]]\nid = "mine"\ncounty = "某县"\nplatform = "trs"\n'
                                           'start_urls = ["http://www.example.gov.cn/list/"]\n',
                                           encoding="utf-8")  # fmt: skip
    mine = cli.run("sources", "check", cwd=tmp_path)
    assert mine.returncode == 0 and mine.stdout.startswith("sources.toml: OK, 1 source(s): mine"), mine.stdout


def test_init_writes_commented_starters_and_never_overwrites(tmp_path):
    first = cli.run("init", cwd=tmp_path)
    assert first.returncode == 0
    assert "sources.toml: written" in first.stdout and "planwatch.toml: written" in first.stdout
    sources = (tmp_path / "sources.toml").read_text(encoding="utf-8")
    assert "[[source]]" in sources and all(
        line.startswith("#") or not line.strip() for line in sources.splitlines()
    ), "the starter watches nothing until the user writes a portal in"
    # the starter config is valid and names ./sources.toml; the starter list is empty, and says so
    check = cli.run("sources", "check", cwd=tmp_path)
    assert check.returncode == exitcodes.FAILED and "no [[source]] entries yet" in check.stdout
    (tmp_path / "sources.toml").write_text("# mine\n", encoding="utf-8")
    again = cli.run("init", cwd=tmp_path)
    assert again.returncode == 0 and "sources.toml: exists, left as it is" in again.stdout
    assert (tmp_path / "sources.toml").read_text(encoding="utf-8") == "# mine\n"


def _dead_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_sources_test_fetches_one_list_page_and_shows_its_links(tmp_path):
    with ReplayServer(SITE) as srv:
        text = sources_toml({SITE: srv.base_url}) + (
            '\n[[source]]\nid = "down"\ncounty = "某县"\nplatform = "hanweb"\nallow_loopback = true\n'
            f'start_urls = ["http://127.0.0.1:{_dead_port()}/col/col1/index.html"]\n'
        )
        (tmp_path / "sources.toml").write_text(text, encoding="utf-8")
        ok = cli.run("sources", "test", "chengwu", "--http-retries", "0", cwd=tmp_path)
        assert ok.returncode == 0, ok.stderr
        assert "link(s) on the first list page" in ok.stdout and "chengwu: " in ok.stdout
        assert f"{srv.base_url}/art/" in ok.stdout and cli.widest(ok.stdout) <= 80
        details = [r for r in srv.requests if r.path.startswith("/art/")]
        assert details == []  # a list page only: no detail page fetched, nothing stored
        assert not (tmp_path / "warehouse_data").exists()
        as_json = json.loads(cli.run("sources", "test", "chengwu", "--json", cwd=tmp_path).stdout)
        assert as_json["links"] and all(x["url"].startswith(srv.base_url) for x in as_json["links"])
    down = cli.run("sources", "test", "down", "--http-retries", "0", cwd=tmp_path)
    assert down.returncode == exitcodes.FAILED
    assert "down: 0 link(s)" in down.stdout and "Connection refused" in down.stdout
    nosuch = cli.run("sources", "test", "nosuch", cwd=tmp_path)
    assert nosuch.returncode == exitcodes.USAGE and "unknown source id(s) nosuch" in nosuch.stderr
