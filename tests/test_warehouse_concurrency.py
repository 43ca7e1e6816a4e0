"""Two real processes (spawn, not fork) loading different runs into one warehouse at once."""
from __future__ import annotations

import json
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

import polars as pl
import pytest

from warehouse import contract
from warehouse_fixtures import load_runs_in_child, merge_without_lock_in_child, new_warehouse

pytestmark = pytest.mark.timeout(240)


@pytest.mark.parametrize("kind", ["local", pytest.param("s3", marks=[pytest.mark.s3, pytest.mark.slow])])
def test_two_writer_processes_lose_nothing(kind, tmp_path):
    wh = new_warehouse(kind, tmp_path)
    ctx = multiprocessing.get_context("spawn")
    n_runs = 2
    with ctx.Manager() as manager:
        start = manager.Event()
        with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as pool:
            futures = [pool.submit(load_runs_in_child, wh.root, wh.storage_options or None, p, n_runs, start)
                       for p in ("a", "b")]
            start.set()
            runs = [r for f in futures for r in f.result(timeout=200)]
    docs = wh.read("documents")
    expected = {f"{p}{i}-{j}" for p in "ab" for i in range(n_runs) for j in range(3)} | {"shared"}
    assert set(docs.get_column("doc_id")) == expected
    assert docs.height == len(expected)  # no duplicates
    tasks = wh.read("tasks")
    assert tasks.height == 2 * len(expected) and tasks.get_column("task_id").n_unique() == tasks.height
    assert wh.read("targets").height == 2 * len(expected)
    history = wh.history(limit=None)
    assert sorted(history.get_column("run_id")) == sorted(runs)
    # every run's snapshot is consistent: its own documents are there with all their children
    for row in history.iter_rows(named=True):
        prefix, i = row["run_id"].split("-run")
        snap_docs = wh.read("documents", as_of=row["run_id"])
        mine = {f"{prefix}{i}-{j}" for j in range(3)}
        assert mine <= set(snap_docs.get_column("doc_id"))
        shared = snap_docs.filter(pl.col("doc_id") == "shared").row(0, named=True)
        assert shared["body_text"] == f"正文 {prefix}{i}"  # the run saw its own write last
        snap_tasks = wh.read("tasks", as_of=row["run_id"])
        assert set(snap_tasks.get_column("doc_id")) == set(snap_docs.get_column("doc_id"))
        versions = json.loads(row["versions_json"])
        assert set(contract.CONTENT_TABLES) <= set(versions)
    # each table's log is linear and readable at every version
    for t in contract.CONTENT_TABLES:
        v = wh.version(t)
        assert v is not None and wh.read(t, as_of=v).height == wh.read(t).height


def test_conflicting_merges_without_the_lock_are_retried(tmp_path):
    """Without the lock, delta-rs fails one of two conflicting MERGEs; the bounded retry reloads
    the table and re-applies the difference, so nothing is lost."""
    wh = new_warehouse("local", tmp_path)
    wh.ensure("documents")
    ctx = multiprocessing.get_context("spawn")
    with ctx.Manager() as manager:
        start = manager.Event()
        with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as pool:
            futures = [pool.submit(merge_without_lock_in_child, wh.root, p, 4, start) for p in ("a", "b")]
            start.set()
            for f in futures:
                f.result(timeout=200)
    docs = wh.read("documents")
    assert set(docs.get_column("doc_id")) == {f"{p}{i}" for p in "ab" for i in range(4)} | {"shared"}
    assert docs.height == 9
    merges = [h for h in wh.delta("documents").history() if h["operation"] == "MERGE"]
    assert len(merges) == 8  # every merge committed exactly once
