"""The one load of a sharded night (`flows.staged`): every staged shard through the nightly's
validate → enqueue → load → deliver path, the night's `runs` row last, staging dropped; a shard
already loaded is skipped, and loading again loads nothing twice."""

from __future__ import annotations

import pytest

from flows.night import _source_report
from flows.staged import load_staged
from planwatch.settings import Settings
from tests.warehouse_fixtures import Doc, make_run, new_warehouse
from warehouse import staging


def _stage(wh, night: str, shard: str, source: str, doc_ids: list[str]) -> None:
    tables = make_run([Doc(d, source_id=source) for d in doc_ids])
    state = {
        "sources": [source],
        "started": "2026-12-05T01:00:00+00:00",
        "reports": {source: _source_report(source)},
        "failures": {},
    }
    staging.write_shard(wh, night, shard, tables, None, state)


def _doc_ids(wh) -> list[str]:
    return sorted(wh.read("documents").get_column("doc_id").to_list())


def test_load_every_staged_shard_once(tmp_path, prefect_harness) -> None:
    wh = new_warehouse("local", tmp_path)  # S3: tests/test_flows_sharded_night.py
    settings = Settings.of(warehouse=wh.root)
    _stage(wh, "night1", "shard-000", "src_a", ["a1", "a2"])
    _stage(wh, "night1", "shard-001", "src_b", ["b1"])

    [report] = load_staged(settings)
    assert report["run_id"] == "night1" and report["status"] == "completed"
    assert report["shards"] == ["shard-000", "shard-001"]
    assert _doc_ids(wh) == ["a1", "a2", "b1"]
    run = wh.run("night1")
    assert run["status"] == "completed" and run["n_documents_new"] == 3
    assert sorted(run["sources"]) == ["src_a", "src_b"]
    assert staging.nights(wh) == []  # the loaded staging is gone
    version = wh.versions()["documents"]

    assert load_staged(settings) == []  # nothing staged: nothing loaded again
    assert wh.versions()["documents"] == version


def test_a_shard_already_loaded_is_skipped(tmp_path, prefect_harness) -> None:
    wh = new_warehouse("local", tmp_path)
    settings = Settings.of(warehouse=wh.root)
    _stage(wh, "night2", "shard-000", "src_a", ["a1"])
    _stage(wh, "night2", "shard-001", "src_b", ["b1"])
    # shard-000 was loaded by a loader that was killed before it dropped the staging
    staging.mark_loaded(
        wh,
        "night2",
        "shard-000",
        {
            "reports": {"src_a": _source_report("src_a")},
            "started": "2026-12-05T01:00:00+00:00",
            "n_pages": 0,
            "new_docs": [],
            "changed_docs": [],
            "unchanged_docs": [],
            "counts": {},
        },
    )

    [report] = load_staged(settings, "night2")
    assert _doc_ids(wh) == ["b1"]  # shard-000 was not loaded a second time
    assert sorted(wh.run("night2")["sources"]) == ["src_a", "src_b"]
    assert report["shards"] == ["shard-000", "shard-001"]


def test_a_shard_loaded_again_adds_nothing(tmp_path, prefect_harness) -> None:
    wh = new_warehouse("local", tmp_path)
    settings = Settings.of(warehouse=wh.root)
    _stage(wh, "night3", "shard-000", "src_a", ["a1", "a2"])
    load_staged(settings, "night3")
    versions = wh.versions()
    # the same shard staged again (its _LOADED marker lost with the staging): the MERGE finds it all
    _stage(wh, "night4", "shard-000", "src_a", ["a1", "a2"])
    [report] = load_staged(settings)
    assert _doc_ids(wh) == ["a1", "a2"]
    assert wh.versions()["documents"] == versions["documents"]
    assert report["sources"][0]["unchanged"] == 2


def test_a_shard_that_cannot_be_loaded_fails_the_night_and_loses_nothing(tmp_path, prefect_harness) -> None:
    from flows.exceptions import RunFailed

    wh = new_warehouse("local", tmp_path)
    settings = Settings.of(warehouse=wh.root)
    _stage(wh, "night5", "shard-000", "src_a", ["a1"])
    _stage(wh, "night5", "shard-001", "src_b", ["b1"])
    (tmp_path / "wh" / "_staging" / "night5" / "shard-001" / "documents.parquet").write_bytes(b"not parquet")
    with pytest.raises(RunFailed, match=r"night night5: loading shard-001: \w+") as failed:
        load_staged(settings)
    assert "\n" not in str(failed.value)
    assert wh.run("night5")["status"] == "failed"
    assert _doc_ids(wh) == ["a1"]  # the good shard is loaded, the other waits in staging
    assert staging.shards(wh, "night5", loaded=False) == ["shard-001"]

    _stage(wh, "night5", "shard-001", "src_b", ["b1"])  # staged again (the shard run again)
    [report] = load_staged(settings)
    assert _doc_ids(wh) == ["a1", "b1"] and report["status"] == "completed"
    assert wh.run("night5")["status"] == "completed"
    assert sorted(wh.run("night5")["sources"]) == ["src_a", "src_b"]
