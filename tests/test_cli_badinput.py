"""Bad input anywhere: one clear line, the right exit code, nothing changed (issue 13, problem 8).

A warehouse path that is a file, a read-only warehouse, a bucket that does not exist (a real
moto S3 server on 127.0.0.1), binary and empty files given to `parse`. Fresh processes, as a
user runs them."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

import cli_support as cli
from planwatch import exitcodes
from warehouse.store import Warehouse
from warehouse_fixtures import Doc, make_run, moto_endpoint, s3_options

SEEDS = Path(__file__).resolve().parent / "fixtures" / "transform"


def _parse_dir(path: Path, docs: list) -> Path:
    path.mkdir(parents=True)
    for name, frame in make_run(docs).items():
        frame.write_parquet(path / f"{name}.parquet")
    return path


def _one_line(proc: subprocess.CompletedProcess, code: int, text: str) -> None:
    assert proc.returncode == code, proc.stderr
    (line,) = proc.stderr.strip().splitlines()
    assert line.startswith("planwatch: error: ") and text in line, line
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("command", [
    ("load", "folder"), ("status",), ("history",), ("show", "documents"), ("export", "--to", "out"),
    ("maintain",), ("crawl",), ("reparse",), ("sql", "SELECT count(*) FROM documents"), ("report",),
])
def test_problem_8_a_warehouse_path_that_is_a_file(tmp_path, command):
    (tmp_path / "wh").write_text("not a warehouse", encoding="utf-8")
    (tmp_path / "sources.toml").write_text('[[source]]\nid = "x"\ncounty = "某县"\nplatform = "trs"\n'
                                           'start_urls = ["http://www.example.gov.cn/list/"]\n', encoding="utf-8")
    _parse_dir(tmp_path / "folder", [Doc("d1")])
    proc = cli.run(*command, "--warehouse", "wh", cwd=tmp_path)
    _one_line(proc, exitcodes.STORAGE, "wh is a file, not a folder")
    assert (tmp_path / "wh").read_text(encoding="utf-8") == "not a warehouse"
    assert not (tmp_path / "out").exists()


def _read_only(path: Path):
    """Make `path` read-only for this process: a read-only bind mount when running as root (root
    writes through any mode bits), the mode bits otherwise."""
    if os.geteuid() != 0:
        for p in [path, *path.rglob("*")]:
            p.chmod(0o555 if p.is_dir() else 0o444)
        return lambda: [p.chmod(0o755 if p.is_dir() else 0o644) for p in [path, *path.rglob("*")]]
    bind = subprocess.run(["mount", "--bind", str(path), str(path)], capture_output=True)
    if bind.returncode != 0:
        pytest.skip(f"cannot make a read-only mount here: {bind.stderr!r}")
    ro = subprocess.run(["mount", "-o", "remount,ro,bind", str(path)], capture_output=True)
    if ro.returncode != 0:
        subprocess.run(["umount", str(path)])
        pytest.skip(f"cannot remount read-only: {ro.stderr!r}")
    return lambda: subprocess.run(["umount", str(path)], check=True)


def test_problem_8_a_read_only_warehouse_is_refused_and_left_as_it_was(tmp_path):
    first = _parse_dir(tmp_path / "p1", [Doc("d1")])
    second = _parse_dir(tmp_path / "p2", [Doc("d2")])
    assert cli.run("load", str(first), "--warehouse", "wh", cwd=tmp_path).returncode == 0
    before = Warehouse(tmp_path / "wh").versions()
    undo = _read_only(tmp_path / "wh")
    try:
        proc = cli.run("load", str(second), "--warehouse", "wh", cwd=tmp_path)
        _one_line(proc, exitcodes.STORAGE, "cannot be written")
        status = cli.run("status", "--warehouse", "wh", cwd=tmp_path)  # reading still works
        assert status.returncode == 0 and "load" in status.stdout
    finally:
        undo()
    assert Warehouse(tmp_path / "wh").versions() == before


def test_problem_8_a_bucket_that_does_not_exist(tmp_path):
    endpoint = moto_endpoint()
    opts = ",".join(f"{k}={v}" for k, v in s3_options(endpoint).items())
    folder = _parse_dir(tmp_path / "p1", [Doc("d1")])
    for command in (("status",), ("load", str(folder)), ("crawl",)):
        (tmp_path / "sources.toml").write_text('[[source]]\nid = "x"\ncounty = "某县"\nplatform = "trs"\n'
                                               'start_urls = ["http://www.example.gov.cn/list/"]\n',
                                               encoding="utf-8")  # fmt: skip
        proc = cli.run(*command, "--warehouse", "s3://no-such-bucket/wh", "--storage-options", opts, cwd=tmp_path)
        _one_line(proc, exitcodes.STORAGE, "the bucket 'no-such-bucket' does not exist")
        assert "test" not in proc.stderr.replace("no-such-bucket", "")  # no keys in the message


def test_problem_8_binary_and_empty_files_given_to_parse_are_reported(tmp_path):
    (tmp_path / "random.html").write_bytes(os.urandom(4096) + b"\x00")
    (tmp_path / "empty.html").write_bytes(b"")
    good = SEEDS / "hanweb_plan.html"
    proc = cli.run("parse", "--format", "json", "random.html", "empty.html", str(good), cwd=tmp_path)
    assert proc.returncode == exitcodes.FAILED
    assert "planwatch parse: random.html: binary file, not a page (.html)" in proc.stderr
    assert "planwatch parse: empty.html: empty file" in proc.stderr
    import json

    docs = json.loads(proc.stdout)["documents"]
    assert [d["source"] for d in docs] == [str(good)]  # the good page still went through
