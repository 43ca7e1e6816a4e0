"""`planwatch replay DIR --port 0 [--faults FILE]` starts, prints its URL, serves, stops on SIGTERM."""
from __future__ import annotations

import re
import subprocess
import sys

import requests

from testbed import sites


def _start(*args: str) -> tuple[subprocess.Popen, str, list[str]]:
    proc = subprocess.Popen([sys.executable, "-m", "planwatch.cli", "replay", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    first = proc.stdout.readline()
    m = re.search(r"at (http://127\.0\.0\.1:\d+)", first)
    assert m, (first, proc.stderr.read() if proc.poll() is not None else "")
    lists = []
    while len(lists) < 2:
        line = proc.stdout.readline()
        lists += re.findall(r"list: (\S+)", line)
    return proc, m.group(1), lists


def _stop(proc: subprocess.Popen) -> tuple[int, str]:
    proc.terminate()
    try:
        _, err = proc.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
    return proc.returncode, err


def test_cli_serves_a_bundled_site_by_name():
    proc, base, lists = _start("hanweb_chengwu", "--port", "0")
    try:
        assert lists == [base + p for p in sites.list_paths(sites.site_path("hanweb_chengwu"))]
        r = requests.get(lists[0], timeout=5)
        assert r.status_code == 200 and "<datastore>" in r.text
    finally:
        code, err = _stop(proc)
    assert code == 0 and "stopped after 1 requests" in err


def test_cli_serves_a_folder_with_faults(tmp_path):
    site = sites.copy_site("trs_zhangxi", tmp_path / "site")
    faults = tmp_path / "faults.toml"
    faults.write_text('[[fault]]\npattern = "index_1"\nmode = "5xx"\ncount = 1\n', encoding="utf-8")
    proc, base, _ = _start(str(site), "--port", "0", "--faults", str(faults))
    try:
        assert requests.get(base + "/zwgk/tzgg/index_1.html", timeout=5).status_code == 503
        assert requests.get(base + "/zwgk/tzgg/index_1.html", timeout=5).status_code == 200
    finally:
        code, _ = _stop(proc)
    assert code == 0


def test_cli_rejects_an_unknown_site():
    out = subprocess.run([sys.executable, "-m", "planwatch.cli", "replay", "no_such_site", "--port", "0"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and "neither a folder nor a sample site" in out.stderr


def test_cli_serves_all_sites_and_writes_sources(tmp_path):
    import tomllib

    out = tmp_path / "sources.toml"
    proc = subprocess.Popen([sys.executable, "-m", "planwatch.cli", "replay", "all", "--port", "0",
                             "--sources-out", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        bases = []
        while True:
            line = proc.stdout.readline()
            assert line, proc.stderr.read() if proc.poll() is not None else "no output"
            bases += re.findall(r"at (http://127\.0\.0\.1:\d+)", line)
            if line.strip().startswith("sources:"):
                break
        assert len(bases) == len(sites.SITES) == len(set(bases))
        data = tomllib.loads(out.read_text(encoding="utf-8"))["source"]
        assert sorted(s["id"] for s in data) == sorted(sites.site_config(sites.site_path(n))["id"]
                                                       for n in sites.SITES)
        for s in data:
            for url in s["start_urls"]:
                assert requests.get(url, timeout=5).status_code == 200
    finally:
        code, _ = _stop(proc)
    assert code == 0
