"""Staged shards under the warehouse root (`warehouse.staging`), on a local folder and on S3 (moto)."""

from __future__ import annotations

import polars as pl
import pytest

from tests.warehouse_fixtures import Doc, make_run, new_warehouse
from warehouse import staging
from warehouse.contract import conform
from warehouse.exceptions import WarehouseError


def _pages(n: int, source_id: str = "src_a") -> pl.DataFrame:
    return conform(
        "pages",
        [
            {
                "fetch_id": f"f{i}",
                "url": f"https://example.gov.cn/{source_id}/{i}.html",
                "source_id": source_id,
                "run_id": "night1",
                "kind": "detail",
                "status": 200,
                "outcome": "ok",
            }
            for i in range(n)
        ],
    )


@pytest.mark.parametrize("kind", ["local", "s3"])
def test_stage_read_replace_and_drop(kind: str, tmp_path) -> None:
    wh = new_warehouse(kind, tmp_path)
    tables = make_run([Doc("d1"), Doc("d2")])
    state = {"sources": ["src_a"], "reports": {"src_a": {"source_id": "src_a", "status": "ok"}}}
    staging.write_shard(wh, "night1", "shard-000", tables, _pages(3), state)
    assert staging.nights(wh) == ["night1"]
    assert staging.shards(wh, "night1") == ["shard-000"]
    staged = staging.read_shard(wh, "night1", "shard-000")
    assert staged.tables["documents"].get_column("doc_id").sort().to_list() == ["d1", "d2"]
    assert staged.tables["tasks"].equals(tables["tasks"])
    assert staged.pages is not None and staged.pages.height == 3
    assert staged.state == state

    # staged again: replaced, not added to (idempotent)
    staging.write_shard(wh, "night1", "shard-000", make_run([Doc("d3")]), None, state)
    again = staging.read_shard(wh, "night1", "shard-000")
    assert again.tables["documents"].get_column("doc_id").to_list() == ["d3"]
    assert again.pages is None

    # a loaded shard is listed as loaded, keeps what the load found, and is never staged again
    assert staging.shards(wh, "night1", loaded=False) == ["shard-000"]
    staging.mark_loaded(wh, "night1", "shard-000", {"new_docs": ["d3"]})
    assert staging.shards(wh, "night1", loaded=False) == []
    assert staging.shards(wh, "night1", loaded=True) == ["shard-000"]
    assert staging.loaded_summary(wh, "night1", "shard-000") == {"new_docs": ["d3"]}
    with pytest.raises(WarehouseError, match="already loaded"):
        staging.write_shard(wh, "night1", "shard-000", tables, None, state)

    staging.drop_night(wh, "night1")
    assert staging.nights(wh) == []
    assert staging.shards(wh, "night1") == []


@pytest.mark.parametrize("kind", ["local", "s3"])
def test_a_shard_without_its_marker_is_not_read(kind: str, tmp_path) -> None:
    wh = new_warehouse(kind, tmp_path)
    staging.touch_alive(wh, "night2", "shard-001", {"pid": 1})  # a shard still running (or killed)
    assert staging.alive(wh, "night2", "shard-001")["pid"] == 1
    assert staging.shards(wh, "night2") == []
    with pytest.raises(WarehouseError, match="not completely staged"):
        staging.read_shard(wh, "night2", "shard-001")
    assert staging.alive(wh, "night2", "shard-000") is None


def test_staging_names_are_checked(tmp_path) -> None:
    wh = new_warehouse("local", tmp_path)
    with pytest.raises(WarehouseError, match="bad staging name"):
        staging.write_shard(wh, "../x", "shard-000", make_run([]), None, {})
    with pytest.raises(WarehouseError, match="bad staging name"):
        staging.read_shard(wh, "n", "a/b")
