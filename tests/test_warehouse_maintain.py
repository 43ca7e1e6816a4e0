"""`maintain`: compaction and vacuum keep every version a run inside the window points at."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import polars as pl
import pytest

from load.merge import load_run
from load.runs import RunInfo
from warehouse.exceptions import AsOfError
from warehouse.maintain import maintain
from warehouse_fixtures import Doc, make_run, new_warehouse


@pytest.mark.parametrize("kind", ["local", pytest.param("s3", marks=[pytest.mark.s3, pytest.mark.slow])])
def test_vacuum_keeps_run_versions_and_drops_the_rest(kind, tmp_path):
    wh = new_warehouse(kind, tmp_path)
    old = datetime.now(UTC) - timedelta(days=3)
    load_run(wh, run_id="r0", flow="load", tables=make_run([Doc("d1", version="v0")]),
             run_info=RunInfo(started_at=old))  # a run outside the window
    since = datetime.now(UTC)
    load_run(wh, run_id="r1", flow="load", tables=make_run([Doc("d1", version="v1")]))
    v_r1 = wh.version("documents")
    # a commit no run points at
    wh.merge_rows("documents", make_run([Doc("d1", version="tmp")])["documents"])
    v_orphan = wh.version("documents")
    load_run(wh, run_id="r2", flow="load", tables=make_run([Doc("d1", version="v2"), Doc("d2")]))
    snap = {r: wh.read("documents", as_of=r).sort("doc_id") for r in ("r1", "r2")}

    report = maintain(wh, retention_hours=0, keep_runs_since=since)
    docs = report["tables"]["documents"]
    assert v_r1 in docs["kept_versions"] and v_orphan not in docs["kept_versions"]
    assert docs["files_removed"] > 0
    for r in ("r1", "r2"):  # runs inside the window still read exactly as before
        assert wh.read("documents", as_of=r).sort("doc_id").equals(snap[r])
        assert wh.read("tasks", as_of=r).height > 0
    for gone in ("r0", v_orphan):  # outside the window / not a run: files vacuumed
        with pytest.raises((AsOfError, Exception)):
            wh.read("documents", as_of=gone)
    current = wh.read("documents")
    assert sorted(current.get_column("doc_id")) == ["d1", "d2"]
    assert current.filter(pl.col("doc_id") == "d1").get_column("body_text").to_list() == ["正文 v2"]


def test_default_window_removes_nothing_recent(tmp_path):
    wh = new_warehouse("local", tmp_path)
    for i in range(3):
        load_run(wh, run_id=f"r{i}", flow="load", tables=make_run([Doc(f"d{i}")]))
    files_before = len(wh.delta("documents").file_uris())
    report = maintain(wh, retention_hours=24)
    assert report["tables"]["documents"]["files_removed"] == 0
    assert report["tables"]["documents"]["files_compacted"] == files_before >= 3  # small files merged
    assert len(wh.delta("documents").file_uris()) == 1
    for i in range(3):
        ids = sorted(wh.read("documents", as_of=f"r{i}").get_column("doc_id"))
        assert ids == [f"d{j}" for j in range(i + 1)]
