"""sources.toml: loading, defaults and the checker that says what is wrong where."""
from __future__ import annotations

import json

import pytest

from extract.exceptions import SourcesError
from extract.sources import check_sources, expand_hosts, host_allowed, load_sources
from planwatch.cli import main

GOOD = """
[[source]]
id = "chengwu"
county = "成武县"
platform = "hanweb"
start_urls = ["http://www.chengwu.gov.cn/col/col1/index.html", "http://127.0.0.1:8080/col/col2/index.html"]
allow_loopback = true

[[source]]
id = "bespoke"
county = "某县"
platform = "generic"
start_urls = ["https://www.x.gov.cn/list/"]
link_pattern = "/content/\\\\d+\\\\.html$"
min_interval_s = 5
enabled = false
"""


def test_load_with_defaults(tmp_path):
    path = tmp_path / "s.toml"
    path.write_text(GOOD, encoding="utf-8")
    assert check_sources(path) == []
    sources = load_sources(path)
    assert [s.id for s in sources] == ["chengwu"]                # disabled dropped
    s = sources[0]
    assert s.allowed_hosts == ["www.chengwu.gov.cn", "127.0.0.1:8080"]   # default: start URL hosts
    assert s.min_interval_s is None and s.allow_loopback is True and s.verified is False
    assert [x.id for x in load_sources(path, only=["bespoke"])] == ["bespoke"]
    with pytest.raises(SourcesError, match="unknown source id"):
        load_sources(path, only=["nope"])


def test_problems_say_what_and_where(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text("""
[[source]]
id = "ok"
county = "x"
platform = "trs"
start_urls = ["http://a.gov.cn/"]

[[source]]
id = "ok"
county = "y"
platform = "dedecms"
start_urls = ["ftp://b.gov.cn/"]
allowed_hosts = ["c.gov.cn"]
min_interval_s = -1
colour = "red"

[[source]]
id = "gen"
county = "z"
platform = "generic"
start_urls = ["http://d.gov.cn/"]
date_pattern = "(unclosed"
""", encoding="utf-8")
    problems = check_sources(path)
    found = {(p.index, p.key) for p in problems}
    assert {(1, "id"), (1, "platform"), (1, "start_urls"), (1, "min_interval_s"), (1, "colour"),
            (2, "link_pattern"), (2, "date_pattern")} <= found
    assert all(p.file == str(path) for p in problems)
    text = "\n".join(map(str, problems))
    assert "source #2 (ok): key 'platform'" in text and "duplicate id" in text
    with pytest.raises(SourcesError):
        load_sources(path)
    (tmp_path / "broken.toml").write_text("[[source]\n", encoding="utf-8")
    assert "invalid TOML" in str(check_sources(tmp_path / "broken.toml")[0])


def test_allowed_hosts_match_host_and_port():
    allowed = expand_hosts(["www.a.gov.cn", "127.0.0.1", "b.gov.cn:8443"], ["http://127.0.0.1:9000/x"])
    assert host_allowed("http://www.a.gov.cn/x", allowed)
    assert host_allowed("https://www.a.gov.cn/x", allowed)
    assert host_allowed("http://127.0.0.1:9000/y", allowed)
    assert not host_allowed("http://127.0.0.1:9001/y", allowed)     # another port is another site
    assert host_allowed("https://b.gov.cn:8443/", allowed) and not host_allowed("https://b.gov.cn/", allowed)
    assert not host_allowed("http://evil.com/www.a.gov.cn", allowed)
    assert not host_allowed("http://www.a.gov.cn.evil.com/", allowed)


def test_shipped_sources_file_is_valid(repo_root):
    sources = load_sources(repo_root / "sources.toml")
    assert {s.county for s in sources} >= {"成武县", "鄄城县", "菏泽市"}
    assert all(not s.verified for s in sources)


def test_cli_sources_check(tmp_path, capsys, repo_root):
    assert main(["sources", "check", "--sources", str(repo_root / "sources.toml")]) == 0
    assert "OK" in capsys.readouterr().out
    bad = tmp_path / "bad.toml"
    bad.write_text('[[source]]\nid = "x"\n', encoding="utf-8")
    assert main(["sources", "check", "--sources", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "key 'platform': missing required key" in out and str(bad) in out


def test_unknown_keys_are_errors_and_aliases_are_accepted(tmp_path):
    path = tmp_path / "s.toml"
    path.write_text('[[source]]\nid = "g"\ncounty = "某县"\nplatform = "generic"\n'
                    'start_urls = ["http://a.gov.cn/list/"]\nlink_regex = "/content/"\n'
                    'date_regex = "(\\\\d{4})-(\\\\d{2})-(\\\\d{2})"\nowner = "ops team"\n', encoding="utf-8")
    problems = check_sources(path)
    assert [(p.key, p.level, p.line) for p in problems] == [("owner", "error", 8)]
    path.write_text(path.read_text(encoding="utf-8").replace('owner = "ops team"\n', ""), encoding="utf-8")
    (source,) = load_sources(path)
    assert source.link_pattern == "/content/" and source.date_pattern.startswith("(")


MISSPELT = """# my portals
[[source]]
id = "chengwu"
county = "成武县"
platform = "hanweb"
start_urls = ["http://127.0.0.1:8000/col/col39876/index.html",
              "http://127.0.0.1:8000/col/col39880/index.html"]
alow_loopback = true
min_intervall_s = 0.0

[[source]]
id = "inner"
county = "某县"
platform = "trs"
start_urls = ["http://10.1.2.3/zwgk/index.html"]
allowed_hosts = ["www.other.gov.cn"]
"""


def test_problem_5_sources_check_is_strict_with_lines_and_did_you_mean(tmp_path, capsys, caplog):
    """The file the issue was checked with: misspelt keys, a 127.0.0.1 URL without
    allow_loopback, a private address, a start URL outside allowed_hosts. Each is an error,
    printed once, with its line; `crawl` stops on the same file before anything starts."""
    path = tmp_path / "sources.toml"
    path.write_text(MISSPELT, encoding="utf-8")
    assert main(["sources", "check", "--sources", str(path)]) == 1
    out = capsys.readouterr().out
    lines = out.strip().splitlines()
    assert lines[0] == (f"{path}:6: source #1 (chengwu): key 'start_urls': 'http://127.0.0.1:8000/col/col39876/"
                        "index.html': 127.0.0.1 is a loopback address: the crawler refuses it unless the source "
                        "sets allow_loopback = true")  # fmt: skip
    assert f"{path}:8: source #1 (chengwu): key 'alow_loopback': unknown key; did you mean 'allow_loopback'?" in lines
    assert f"{path}:9: source #1 (chengwu): key 'min_intervall_s': unknown key; did you mean 'min_interval_s'?" in lines
    assert any(f"{path}:15: source #2 (inner)" in x and "10.1.2.3 is a private or reserved address" in x for x in lines)
    assert any(f"{path}:16: source #2 (inner)" in x and "is not on an allowed host" in x for x in lines)
    assert lines[-1] == f"{path}: 6 problem(s); nothing was crawled"
    assert len(lines) == len(set(lines)) and not caplog.records  # each problem once, nothing logged twice

    data = json.loads(_json_check(path, capsys))
    assert data["ok"] is False and {p["line"] for p in data["problems"]} == {6, 8, 9, 15, 16}

    assert main(["crawl", "--sources", str(path), "--warehouse", str(tmp_path / "wh")]) == 2
    err = capsys.readouterr().err
    assert "invalid sources file" in err and "did you mean 'allow_loopback'" in err
    assert not (tmp_path / "wh").exists()


def _json_check(path, capsys) -> str:
    assert main(["sources", "check", "--sources", str(path), "--json"]) == 1
    return capsys.readouterr().out
