"""`planwatch sql`: DuckDB over a real Delta warehouse (every table, the views, --as-of, old and
newer table schemas) and the CLI's formats and one-line errors."""
from __future__ import annotations

import json
from datetime import date

import polars as pl
import pyarrow as pa
import pytest

from load.merge import load_run
from planwatch.cli import main
from warehouse import contract
from warehouse.exceptions import QueryError
from warehouse.sql import connect, describe, folded_notices, linked_notices, query
from warehouse_fixtures import Doc, make_run, new_warehouse


@pytest.fixture()
def wh(tmp_path):
    wh = new_warehouse("local", tmp_path)
    load_run(wh, run_id="r1", flow="load", tables=make_run([Doc("d1", county="甲县"), Doc("d2", county="乙县")]))
    load_run(wh, run_id="r2", flow="load", tables=make_run([Doc("d3", county="甲县", is_plan=False, n_tasks=1,
                                                                 n_targets=0, publish_date=date(2024, 1, 2))]))
    return wh


def test_every_table_and_view_is_registered(wh):
    names = set(describe(wh))
    assert names == set(contract.TABLES) | {"targets_wide", "plans"}
    con = connect(wh)
    try:
        for name in contract.TABLES:  # tables in contract order, even one never written (quarantine)
            cols = [r[0] for r in con.execute(f'DESCRIBE "{name}"').fetchall()]
            assert cols == contract.table(name).column_names
    finally:
        con.close()
    assert query(wh, "SELECT count(*) AS n FROM documents")["n"][0] == 3
    assert query(wh, "SELECT count(*) AS n FROM quarantine")["n"][0] == 0


def test_targets_wide_joins_document_task_and_canonical_units(wh):
    wide = query(wh, "SELECT * FROM targets_wide WHERE doc_id = 'd1' ORDER BY seq")
    assert wide.height == 2
    row = wide.row(0, named=True)
    assert row["county"] == "甲县" and row["plan_title"] == "d1三年行动计划" and row["publish_date"] == date(2023, 3, 1)
    assert (row["plan_start_year"], row["plan_end_year"]) == (2023, 2025)
    assert row["task_title"] == "任务1 v1" and row["lead_units"] == ["县发展和改革局"]
    assert row["lead_canonical"] == ["发展和改革局"] and row["participating_canonical"] == ["统计局", "财政局"]
    assert row["url"] == "https://example.gov.cn/src_a/d1.html" and row["deadline"] is None
    assert "indicator_code" in wide.columns and "value_std" in wide.columns


def test_plans_view_has_one_row_per_plan_with_counts(wh):
    plans = query(wh, "SELECT * FROM plans ORDER BY doc_id")
    assert plans["doc_id"].to_list() == ["d1", "d2"]  # d3 is not a plan
    assert plans["n_tasks"].to_list() == [2, 2] and plans["n_targets"].to_list() == [2, 2]
    assert plans["n_lead_units"].to_list() == [1, 1]


def _url(doc_id: str) -> str:
    return f"https://example.gov.cn/src_a/{doc_id}.html"


def test_a_notice_and_the_plan_page_it_links_are_one_plan(tmp_path):
    """A short 印发 notice without tasks whose plan is a page of its own (documents.plan_pages):
    one row, the plan page's, carrying the notice; a notice whose linked page is no plan, or a
    page without tasks, stays a row of its own."""
    wh = new_warehouse("local", tmp_path)
    notice = {"plan_pages": [_url("page")], "doc_number": "甲政办〔2024〕3号"}
    docs = [
        Doc("notice", n_tasks=0, n_targets=0, overrides=notice),
        Doc("page", publish_date=date(2023, 3, 2)),
        Doc("other", n_tasks=0, n_targets=0, overrides={"plan_pages": [_url("news")]}),
        Doc("news", is_plan=False),
        Doc("short", n_tasks=0, n_targets=0, overrides={"plan_pages": [_url("empty")]}),
        Doc("empty", n_tasks=0, n_targets=0),
    ]
    load_run(wh, run_id="r1", flow="load", tables=make_run(docs))
    plans = query(wh, "SELECT doc_id, n_tasks, notice_title, notice_url, notice_doc_number FROM plans ORDER BY doc_id")
    assert plans["doc_id"].to_list() == ["empty", "other", "page", "short"]
    page = plans.row(2, named=True)
    assert page["n_tasks"] == 2 and page["notice_url"] == _url("notice")
    assert page["notice_title"] == "关于印发《notice三年行动计划（2023—2025年）》的通知"
    assert page["notice_doc_number"] == "甲政办〔2024〕3号"
    assert plans.filter(pl.col("doc_id") != "page")["notice_url"].null_count() == 3
    folded = linked_notices(wh, as_of="r1")  # the same rule for readers outside SQL (run reports)
    assert folded.rows() == [("notice", "page", page["notice_title"])]
    # and for a run's own documents before they are stored (the crawl table's plan count)
    assert folded_notices(make_run(docs)["documents"]) == {"notice"}
    assert folded_notices(make_run(docs[:1] + docs[2:])["documents"]) == set()  # its page not among them


def test_as_of_reads_every_table_as_a_run_left_it(wh):
    assert query(wh, "SELECT count(*) AS n FROM documents", as_of="r1")["n"][0] == 2
    assert query(wh, "SELECT count(*) AS n FROM tasks", as_of="r1")["n"][0] == 4
    assert query(wh, "SELECT count(*) AS n FROM tasks")["n"][0] == 5
    assert query(wh, "SELECT count(*) AS n FROM plans", as_of="r1")["n"][0] == 2


def test_old_tables_read_new_columns_as_null_and_newer_columns_are_kept(tmp_path):
    """A targets table written before the catalogue, and a tasks table that already has the
    extraction's deadline columns: both query, and targets_wide shows the deadline."""
    from deltalake import write_deltalake

    from warehouse.store import Warehouse

    wh = Warehouse(tmp_path / "wh")
    run = make_run([Doc("d1")])
    old = run["targets"].drop("indicator_code", "indicator_group").to_arrow()
    write_deltalake(wh.uri("targets"), old)
    tasks = run["tasks"].with_columns(pl.lit(date(2023, 6, 30)).alias("deadline"),
                                      pl.lit("6月底前").alias("deadline_text"))
    write_deltalake(wh.uri("tasks"), tasks.to_arrow())
    write_deltalake(wh.uri("documents"), run["documents"].to_arrow())
    write_deltalake(wh.uri("task_units"), run["task_units"].to_arrow())
    codes = query(wh, "SELECT indicator_code, indicator_group FROM targets")
    assert codes.height == 2 and codes["indicator_code"].null_count() == 2
    wide = query(wh, "SELECT deadline, deadline_text FROM targets_wide ORDER BY seq")
    assert wide["deadline"].to_list() == [date(2023, 6, 30)] * 2 and wide["deadline_text"][0] == "6月底前"
    assert query(wh, "SELECT first_deadline FROM plans")["first_deadline"][0] == date(2023, 6, 30)
    assert pa.types.is_date(query(wh, "SELECT deadline FROM tasks").to_arrow().schema[0].type)


def test_bad_sql_is_a_clear_error(wh):
    with pytest.raises(QueryError, match="Referenced column \"nope\" not found"):
        query(wh, "SELECT nope FROM targets")
    with pytest.raises(QueryError, match="syntax error"):
        query(wh, "SELEC 1")


def test_cli_formats(wh, tmp_path, capsys):
    base = ["sql", "--warehouse", wh.root]
    assert main([*base, "SELECT doc_id, county FROM documents ORDER BY doc_id", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"doc_id": "d1", "county": "甲县"},
                                                   {"doc_id": "d2", "county": "乙县"},
                                                   {"doc_id": "d3", "county": "甲县"}]
    assert main([*base, "SELECT task_id, participating_units FROM tasks WHERE doc_id = 'd1' ORDER BY seq",
                 "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[:2] == ["task_id,participating_units", "d1/一/1,县财政局 | 县统计局"]
    assert main([*base, "SELECT county, count(*) AS n FROM plans GROUP BY county ORDER BY county"]) == 0
    table = capsys.readouterr().out
    assert "甲县" in table and "乙县" in table
    for fmt in ("parquet", "xlsx", "csv"):
        out_file = tmp_path / f"plans.{fmt}"
        assert main([*base, "SELECT * FROM plans", "--format", fmt, "--out", str(out_file)]) == 0
        assert out_file.stat().st_size > 0
    assert pl.read_parquet(tmp_path / "plans.parquet").height == 2
    assert (tmp_path / "plans.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert main([*base, "SELECT 1 AS one", "--out", str(tmp_path / "one.json")]) == 0  # format from suffix
    assert json.loads((tmp_path / "one.json").read_text()) == [{"one": 1}]
    assert main([*base, "--as-of", "r1", "SELECT count(*) AS n FROM documents", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1]) == [{"n": 2}]


def test_cli_errors_and_listing(wh, capsys):
    base = ["sql", "--warehouse", wh.root]
    assert main([*base, "SELECT nope FROM targets"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("planwatch: error: sql: Binder Error") and "\n" not in err
    assert main([*base, "SELECT 1", "--format", "parquet"]) == 2
    assert "--out FILE" in capsys.readouterr().err
    assert main([*base, "SELECT 1", "--format", "yaml"]) == 2
    assert main(base) == 0
    listing = capsys.readouterr().out
    assert "targets_wide: " in listing and "lead_canonical VARCHAR[]" in listing and "plans: " in listing


def test_a_version_some_tables_never_reached_fails_only_queries_that_read_them(wh):
    # documents reached version 2 (run r2); targets did not (r2 loaded no target)
    assert query(wh, "SELECT count(*) AS n FROM documents", as_of=2)["n"][0] == 3
    with pytest.raises(QueryError, match="targets: no state as of 2"):
        query(wh, "SELECT count(*) FROM targets", as_of=2)
