"""`planwatch parse`: parquet/json output, failures reported, no heavy imports."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import polars as pl

FIX = Path(__file__).parent / "fixtures" / "transform"


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "planwatch.cli", "parse", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120)


def test_parse_writes_contract_tables_and_source_is_the_path_as_given(tmp_path, repo_root):
    inputs = ["tests/fixtures/transform/hanweb_plan.html", "tests/fixtures/transform/multi_style_plan.txt"]
    r = _run("--out", str(tmp_path / "out"), *inputs, cwd=repo_root)
    assert r.returncode == 0, r.stderr
    docs = pl.read_parquet(tmp_path / "out" / "documents.parquet")
    assert sorted(docs["source"].to_list()) == sorted(inputs)
    for name in ("tasks", "targets", "task_units"):
        assert (tmp_path / "out" / f"{name}.parquet").exists()
    tasks = pl.read_parquet(tmp_path / "out" / "tasks.parquet")
    assert tasks.height >= 10 and tasks["task_id"].n_unique() == tasks.height


def test_json_format_prints_the_tables(repo_root):
    r = _run("--format", "json", "tests/fixtures/transform/flat_table_plan.txt", cwd=repo_root)
    assert r.returncode == 0, r.stderr
    payload = json.loads(r.stdout)
    assert set(payload) == {"documents", "tasks", "task_units", "targets", "attachments"}
    assert payload["documents"][0]["publish_date"] == "2024-04-02"
    assert len(payload["tasks"]) == 3


def test_unreadable_inputs_are_reported_and_others_still_parsed(tmp_path, repo_root):
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    r = _run("--out", str(tmp_path / "o"), str(tmp_path / "missing.html"), str(empty), str(tmp_path),
             str(FIX / "table_plan.html"), cwd=repo_root)
    assert r.returncode == 1
    assert "missing.html: no such file" in r.stderr and "empty.html: empty file" in r.stderr
    assert "is a directory" in r.stderr
    assert pl.read_parquet(tmp_path / "o" / "documents.parquet").height == 1


def test_parse_does_not_import_prefect_or_great_expectations(tmp_path, repo_root):
    code = ("import sys; from planwatch.cli import main; "
            f"rc = main(['parse', '--out', {str(tmp_path)!r}, {str(FIX / 'hanweb_plan.html')!r}]); "
            "bad = [m for m in ('prefect', 'great_expectations', 'deltalake') if m in sys.modules]; "
            "print(rc, bad)")
    r = subprocess.run([sys.executable, "-c", code], cwd=repo_root, capture_output=True, text=True, timeout=120)
    assert r.stdout.strip() == "0 []", r.stdout + r.stderr
