"""Parquet exports for analysts: readable by pyarrow and pandas without Delta support."""
from __future__ import annotations

import pandas as pd
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from load.export import export
from load.merge import load_run
from warehouse import contract
from warehouse_fixtures import Doc, make_run, new_warehouse


def _warehouse(tmp_path):
    wh = new_warehouse("local", tmp_path)
    run = make_run([Doc("d1", county="甲县"), Doc("d2", county="甲县", source_id="src_b"),
                    Doc("d3", county="乙县", source_id="src_c", n_tasks=1, n_targets=3)])
    load_run(wh, run_id="r1", flow="load", tables=run)
    return wh, run


def test_export_one_file_per_table(tmp_path):
    wh, run = _warehouse(tmp_path)
    paths = export(wh, tmp_path / "out")
    assert sorted(p.name for p in paths) == sorted(f"{t}.parquet" for t in contract.TABLES)
    docs = pq.read_table(tmp_path / "out" / "documents.parquet")
    assert docs.schema.names == contract.table("documents").column_names
    assert sorted(docs.column("doc_id").to_pylist()) == ["d1", "d2", "d3"]
    targets = pd.read_parquet(tmp_path / "out" / "targets.parquet")
    assert len(targets) == run["targets"].height and targets["value"].sum() == run["targets"]["value"].sum()
    runs = pd.read_parquet(tmp_path / "out" / "runs.parquet")
    assert runs["run_id"].tolist() == ["r1"]
    # exporting again replaces the files (no duplicates, no temp files left)
    export(wh, tmp_path / "out")
    assert len(pd.read_parquet(tmp_path / "out" / "tasks.parquet")) == run["tasks"].height
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".")]


def test_export_partitioned_by_county(tmp_path):
    wh, run = _warehouse(tmp_path)
    export(wh, tmp_path / "out", partition_by="county")
    assert sorted(p.name for p in (tmp_path / "out" / "targets").iterdir()) == ["county=乙县", "county=甲县"]
    targets = ds.dataset(tmp_path / "out" / "targets", format="parquet", partitioning="hive").to_table()
    by_county = targets.group_by("county").aggregate([("target_id", "count")]).to_pydict()
    counts = dict(zip(by_county["county"], by_county["target_id_count"]))
    assert counts == {"甲县": 4, "乙县": 3}
    docs = pd.read_parquet(tmp_path / "out" / "documents")  # pandas reads the hive folder
    assert sorted(docs["doc_id"]) == ["d1", "d2", "d3"]
    assert (tmp_path / "out" / "runs.parquet").is_file()  # operational tables stay single files
