"""The warehouse CLI: load a parse output folder, history, show --as-of, validate, export, docs."""
from __future__ import annotations

import json

import polars as pl
import pytest

from planwatch.cli import main
from warehouse.contract import data_dictionary_markdown
from warehouse_fixtures import Doc, make_run


def _parse_dir(path, docs):
    path.mkdir(parents=True)
    for name, frame in make_run(docs).items():
        frame.write_parquet(path / f"{name}.parquet")
    return path


def test_load_history_show_as_of(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PLANWATCH_WAREHOUSE", str(tmp_path / "wh"))
    monkeypatch.chdir(tmp_path)
    p1 = _parse_dir(tmp_path / "p1", [Doc("d1"), Doc("d2", publish_date=__import__("datetime").date(2099, 1, 1))])
    assert main(["load", str(p1), "--run-id", "run-1"]) == 0
    out = capsys.readouterr().out
    assert "run run-1 loaded" in out and "12 rows quarantined" in out  # d2 + its 11 children (tasks, units, targets, its file)
    p2 = _parse_dir(tmp_path / "p2", [Doc("d1", version="v2"), Doc("d3")])
    assert main(["load", str(p2), "--run-id", "run-2", "--no-validate"]) == 0
    capsys.readouterr()
    assert main(["load", str(p2), "--run-id", "run-3", "--no-validate"]) == 0  # the same folder again
    assert "unchanged since run run-2; nothing written" in capsys.readouterr().out
    assert main(["history", "--format", "json"]) == 0
    hist = json.loads(capsys.readouterr().out)
    assert [h["run_id"] for h in hist] == ["run-2", "run-1"]
    assert (hist[0]["docs_new"], hist[0]["docs_updated"], hist[0]["docs_unchanged"]) == (1, 1, 0)
    assert main(["show", "documents", "--as-of", "run-1", "--format", "json", "--columns", "doc_id,body_text"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows == [{"doc_id": "d1", "body_text": "正文 v1"}]  # d2 was quarantined (future date)
    assert main(["show", "quarantine", "--format", "csv", "--columns", "row_key,reason"]) == 0
    assert "d2" in capsys.readouterr().out
    assert main(["show", "nope"]) == 2
    assert main(["export", "--to", str(tmp_path / "exp")]) == 0
    assert pl.read_parquet(tmp_path / "exp" / "documents.parquet").height == 2
    assert (tmp_path / "wh" / "data_docs" / "index.html").is_file()


def test_validate_and_docs_dictionary(tmp_path, capsys):
    good = _parse_dir(tmp_path / "good", [Doc("d1")])
    assert main(["validate", str(good)]) == 0
    assert "0 failed" in capsys.readouterr().out
    bad = _parse_dir(tmp_path / "bad", [Doc("d1", plan_start_year=1800)])
    assert main(["validate", str(bad), "--docs", str(tmp_path / "docs")]) == 1
    out = capsys.readouterr().out
    assert "plan_start_year outside 1949" in out and "would be quarantined" in out
    assert any((tmp_path / "docs" / "runs").glob("*.html"))
    assert main(["docs", "dictionary"]) == 0
    assert capsys.readouterr().out == data_dictionary_markdown()


def test_load_rejects_a_folder_without_tables(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PLANWATCH_WAREHOUSE", str(tmp_path / "wh"))
    (tmp_path / "empty").mkdir()
    assert main(["load", str(tmp_path / "empty")]) == 2
    assert "no documents.parquet" in capsys.readouterr().err


@pytest.mark.parametrize("text,expected", [
    ('{"AWS_REGION": "x"}', {"AWS_REGION": "x"}),
    ("AWS_REGION=x, AWS_ALLOW_HTTP=true", {"AWS_REGION": "x", "AWS_ALLOW_HTTP": "true"}),
    ("", {}),
])
def test_storage_options_parsing(text, expected):
    from warehouse.store import parse_storage_options

    assert parse_storage_options(text) == expected


def test_problem_9_reloading_an_unchanged_folder_writes_nothing(tmp_path, capsys, monkeypatch):
    from warehouse.contract import TABLES
    from warehouse.store import Warehouse

    monkeypatch.chdir(tmp_path)
    a = _parse_dir(tmp_path / "a", [Doc("d1"), Doc("d2", publish_date=__import__("datetime").date(2099, 1, 1))])
    assert main(["load", str(a), "--warehouse", "wh"]) == 0
    wh = Warehouse(tmp_path / "wh")
    versions = {t: wh.version(t) for t in TABLES}
    dq_rows = wh.read("dq_results").height
    capsys.readouterr()
    assert main(["load", str(a), "--warehouse", "wh"]) == 0
    assert "unchanged since run" in capsys.readouterr().out
    assert {t: wh.version(t) for t in TABLES} == versions  # not a single new version
    assert wh.read("runs").height == 1 and wh.read("dq_results").height == dq_rows

    b = _parse_dir(tmp_path / "b", [Doc("d1", version="v2")])
    assert main(["load", str(b), "--warehouse", "wh"]) == 0
    assert main(["load", str(a), "--warehouse", "wh"]) == 0  # the tables moved on: loaded again
    assert wh.read("runs").height == 3
    assert wh.read("documents").filter(__import__("polars").col("doc_id") == "d1")["body_text"].item() == "正文 v1"
