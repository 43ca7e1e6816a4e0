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
    counts = dict(zip(by_county["county"], by_county["target_id_count"], strict=True))
    assert counts == {"甲县": 4, "乙县": 3}
    docs = pd.read_parquet(tmp_path / "out" / "documents")  # pandas reads the hive folder
    assert sorted(docs["doc_id"]) == ["d1", "d2", "d3"]
    assert (tmp_path / "out" / "runs.parquet").is_file()  # operational tables stay single files


def test_export_partitioned_by_county_and_publish_year(tmp_path):
    from datetime import date

    wh = new_warehouse("local", tmp_path)
    run = make_run([Doc("d1", county="甲县"), Doc("d2", county="甲县", publish_date=date(2024, 5, 2)),
                    Doc("d3", county="乙县", n_targets=3)])
    load_run(wh, run_id="r1", flow="load", tables=run)
    export(wh, tmp_path / "out", partition_by="county,year")  # `year` = the document's publish year
    folders = sorted(str(p.relative_to(tmp_path / "out" / "targets"))
                     for p in (tmp_path / "out" / "targets").glob("*/*"))
    assert folders == ["county=乙县/publish_year=2023", "county=甲县/publish_year=2023",
                       "county=甲县/publish_year=2024"]
    targets = ds.dataset(tmp_path / "out" / "targets", format="parquet", partitioning="hive").to_table()
    assert targets.num_rows == run["targets"].height
    assert "year" in targets.schema.names  # the target's own year is kept apart from publish_year
    d2 = [y for d, y in zip(targets.column("doc_id").to_pylist(), targets.column("publish_year").to_pylist(), strict=True)
          if d == "d2"]
    assert set(d2) == {2024}


def test_export_csv_opens_in_excel_and_xlsx(tmp_path):
    import zipfile

    wh, run = _warehouse(tmp_path)
    paths = export(wh, tmp_path / "out", fmt="csv")
    assert sorted(p.name for p in paths) == sorted(f"{t}.csv" for t in contract.TABLES)
    raw = (tmp_path / "out" / "documents.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads the Chinese
    docs = pd.read_csv(tmp_path / "out" / "documents.csv", encoding="utf-8-sig")
    assert sorted(docs["county"]) == ["乙县", "甲县", "甲县"]
    tasks = pd.read_csv(tmp_path / "out" / "tasks.csv", encoding="utf-8-sig")
    assert set(tasks["participating_units"]) == {"县财政局 | 县统计局"}  # lists joined with " | "

    export(wh, tmp_path / "out", fmt="xlsx", tables=["documents", "targets"])
    with zipfile.ZipFile(tmp_path / "out" / "documents.xlsx") as z:
        strings = z.read("xl/sharedStrings.xml").decode("utf-8")
        assert "甲县" in strings and "乙县" in strings
        assert "documents" in z.read("xl/workbook.xml").decode("utf-8")


def test_export_refuses_partitioned_csv_and_unknown_columns(tmp_path):
    import pytest

    wh, _ = _warehouse(tmp_path)
    with pytest.raises(ValueError, match="Parquet"):
        export(wh, tmp_path / "out", partition_by="county", fmt="csv")
    with pytest.raises(ValueError, match="partition_by"):
        export(wh, tmp_path / "out", partition_by="source_id")
