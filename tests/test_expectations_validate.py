"""Validation with Great Expectations: quarantine with reasons, cascades, table-level failures."""
from __future__ import annotations

import json
from datetime import UTC, date, datetime

import polars as pl
import pytest

from expectations.validate import validate_run
from flows.history import previous_counts
from load.merge import load_run
from warehouse import contract
from warehouse.store import Warehouse
from warehouse_fixtures import Doc, make_run

NOW = datetime(2026, 11, 21, 2, 0, tzinfo=UTC)


def _set(frame: pl.DataFrame, where: pl.Expr, **values) -> pl.DataFrame:
    return frame.with_columns([pl.when(where).then(pl.lit(v, dtype=frame.schema[c])).otherwise(pl.col(c)).alias(c)
                               for c, v in values.items()])


def _reasons(q: pl.DataFrame, table: str) -> dict[str, str]:
    rows = q.filter(pl.col("table_name") == table)
    return {r["row_key"]: f"{r['expectation']}: {r['reason']}" for r in rows.iter_rows(named=True)}


def test_clean_run_passes_untouched():
    run = make_run([Doc("d1"), Doc("d2", source_id="src_b")])
    out = validate_run(run, run_id="r1", now=NOW)
    for name in contract.CONTENT_TABLES:
        assert out.tables[name].equals(run[name]), name
    assert out.quarantine.height == 0 and out.failed_sources == {}
    dq = out.dq_results
    assert dq.height > 40 and dq.get_column("success").all()
    assert set(dq.get_column("table_name")) == set(contract.CONTENT_TABLES)
    assert {"src_a", "src_b", ""} <= set(dq.get_column("source_id"))


def test_bad_rows_go_to_quarantine_with_the_reason():
    run = make_run([Doc("d1"), Doc("d2"), Doc("d3"), Doc("d4", is_plan=True, n_tasks=0, n_targets=0),
                    Doc("d5", publish_date=date(2027, 1, 1))])
    t = run["targets"]
    bad_cmp = t.filter(pl.col("doc_id") == "d1").get_column("target_id")[0]
    bad_val = t.filter(pl.col("doc_id") == "d2").get_column("target_id")[1]
    run["targets"] = _set(_set(t, pl.col("target_id") == bad_cmp, comparator="≥"),
                          pl.col("target_id") == bad_val, value=float("inf"))
    run["tasks"] = _set(run["tasks"], pl.col("task_id") == "d3/一/2", seq=0)  # a bad task of d3
    orphan = run["tasks"].head(1).with_columns(pl.lit("zz/1").alias("task_id"), pl.lit("zz").alias("doc_id"))
    run["tasks"] = pl.concat([run["tasks"], orphan])
    out = validate_run(run, run_id="r1", now=NOW)
    q = out.quarantine
    targets_q = _reasons(q, "targets")
    assert "comparator" in targets_q[bad_cmp] and "expect_column_values_to_be_in_set" in targets_q[bad_cmp]
    assert "not finite" in targets_q[bad_val]
    # a bad target drops only that target
    kept_targets = set(out.tables["targets"].get_column("target_id"))
    assert bad_cmp not in kept_targets and bad_val not in kept_targets
    assert out.tables["documents"].filter(pl.col("doc_id").is_in(["d1", "d2"])).height == 2
    assert out.tables["targets"].filter(pl.col("doc_id") == "d1").height == 1
    # a future publish date: the document and its children go
    docs_q = _reasons(q, "documents")
    assert "future" in docs_q["d5"]
    # an is_plan document without tasks is flagged, not quarantined: the analyst still sees it
    assert "d4" not in docs_q
    flagged = out.dq_results.filter((pl.col("column") == "_plan_has_tasks") & (pl.col("source_id") == ""))
    assert flagged.row(0, named=True)["level"] == "flag" and flagged["unexpected_count"].item() == 1
    assert not flagged["success"].item()
    kept_docs = set(out.tables["documents"].get_column("doc_id"))
    assert kept_docs == {"d1", "d2", "d4"}  # a bad task of d3 takes the whole d3 (children are a set)
    assert "seq < 1" in _reasons(q, "tasks")["d3/一/2"]
    assert "child_rows_quarantined" in _reasons(q, "documents")["d3"]
    assert "doc_id is not among" in _reasons(q, "tasks")["zz/1"]
    assert "zz/1" not in set(out.tables["tasks"].get_column("task_id"))
    assert "document_quarantined" in _reasons(q, "targets")[
        run["targets"].filter(pl.col("doc_id") == "d5").get_column("target_id")[0]]
    assert not out.tables["task_units"].filter(pl.col("doc_id").is_in(["d3", "d5"])).height
    row = json.loads(q.filter(pl.col("row_key") == "d5").row(0, named=True)["row_json"])
    assert row["publish_date"] == "2027-01-01" and row["doc_id"] == "d5"
    dq = out.dq_results.filter((pl.col("source_id") == "") & ~pl.col("success"))
    assert {"comparator", "value", "publish_date", "_plan_has_tasks", "doc_id"} <= set(dq.get_column("column"))


def test_target_year_before_plan_start_and_bad_years():
    run = make_run([Doc("d1", plan_start_year=2023), Doc("d2")])
    first, second = run["targets"].filter(pl.col("doc_id") == "d1").get_column("target_id").to_list()
    run["targets"] = _set(_set(run["targets"], pl.col("target_id") == first, year=2020),
                          pl.col("target_id") == second, baseline_year=1900)
    out = validate_run(run, run_id="r1", now=NOW)
    reasons = _reasons(out.quarantine, "targets")
    assert "before the plan's start year" in reasons[first]
    assert "baseline_year outside 1949" in reasons[second]
    assert out.tables["documents"].height == 2


def test_duplicate_and_null_keys_are_quarantined():
    run = make_run([Doc("d1"), Doc("d2")])
    run["targets"] = pl.concat([run["targets"], run["targets"].head(1)])
    out = validate_run(run, run_id="r1", now=NOW)
    dup = run["targets"].get_column("target_id")[0]
    assert "not unique" in _reasons(out.quarantine, "targets")[dup]
    assert dup not in set(out.tables["targets"].get_column("target_id"))


def test_collapsing_source_fails_at_table_level_and_only_that_source_is_not_loaded(tmp_path):
    wh = Warehouse(tmp_path / "wh")
    docs_a = [Doc(f"a{i}", source_id="src_a") for i in range(6)]
    docs_b = [Doc(f"b{i}", source_id="src_b") for i in range(6)]
    first = validate_run(make_run(docs_a + docs_b), run_id="r1", now=NOW)
    load_run(wh, run_id="r1", flow="reparse", tables=first.tables)
    previous = previous_counts(wh, flow="reparse")
    assert previous["src_a"]["documents"] == 6 and previous["src_b"]["tasks"] == 12
    # src_b collapses to 2 documents (a parser/crawler regression); src_a changes one document
    run2 = make_run([*docs_a[:5], Doc("a5", source_id="src_a", version="v2"), *docs_b[:2]])
    out = validate_run(run2, run_id="r2", previous_counts=previous, now=NOW, docs_dir=str(tmp_path / "docs"))
    assert set(out.failed_sources) == {"src_b"}
    assert any("documents: 2 rows vs 6" in why for why in out.failed_sources["src_b"])
    assert set(out.tables["documents"].get_column("source_id")) == {"src_a"}
    res = load_run(wh, run_id="r2", flow="reparse", tables=out.tables,
                   extra={"dq_results": out.dq_results, "quarantine": out.quarantine})
    assert res.changed_docs == ["a5"]
    assert out.docs_path and "src_b" in open(out.docs_path, encoding="utf-8").read()  # Data Docs
    assert wh.read("documents").filter(pl.col("source_id") == "src_b").height == 6  # untouched
    dq = wh.read("dq_results").filter((pl.col("run_id") == "r2") & ~pl.col("success"))
    assert dq.filter(pl.col("source_id") == "src_b").height >= 1
    assert dq.filter(pl.col("source_id") == "src_a").height == 0


def test_nightly_runs_compare_tasks_per_plan_document_not_row_counts(tmp_path):
    wh = Warehouse(tmp_path / "wh")
    night1 = [Doc(f"a{i}", source_id="src_a") for i in range(6)] + \
        [Doc(f"b{i}", source_id="src_b", n_tasks=4) for i in range(6)]
    load_run(wh, run_id="n1", flow="nightly", tables=make_run(night1))
    previous = previous_counts(wh, flow="nightly")
    assert previous["src_b"]["_comparable"] == 0 and previous["src_b"]["plan_documents"] == 6
    # a quiet night for src_a (1 document) is fine; src_b's parser now finds 1 task per plan, not 4
    night2 = [Doc("a9", source_id="src_a")] + [Doc(f"c{i}", source_id="src_b", n_tasks=1) for i in range(5)]
    out = validate_run(make_run(night2), run_id="n2", previous_counts=previous, now=NOW)
    assert set(out.failed_sources) == {"src_b"}
    assert any("1.0 per plan document vs 4.0" in why for why in out.failed_sources["src_b"])
    assert out.tables["documents"].get_column("doc_id").to_list() == ["a9"]


def test_schema_mismatch_is_a_table_level_failure():
    run = make_run([Doc("d1")])
    run["targets"] = run["targets"].with_columns(pl.col("value").cast(pl.Utf8))
    out = validate_run(run, run_id="r1", now=NOW)
    assert set(out.failed_sources) == {"src_a"}
    assert any("value is String" in why for why in out.failed_sources["src_a"])
    assert all(f.height == 0 for f in out.tables.values())


def test_data_docs_are_written_and_escaped(tmp_path):
    run = make_run([Doc("d1", overrides={"publish_date": date(2030, 1, 1)})])
    run["documents"] = run["documents"].with_columns(pl.lit("<script>alert(1)</script>").alias("doc_id"))
    run["tasks"] = run["tasks"].with_columns(pl.lit("<script>alert(1)</script>").alias("doc_id"))
    run["task_units"] = run["task_units"].with_columns(pl.lit("<script>alert(1)</script>").alias("doc_id"))
    run["targets"] = run["targets"].with_columns(pl.lit("<script>alert(1)</script>").alias("doc_id"))
    out = validate_run(run, run_id="r<1>", now=NOW, docs_dir=tmp_path / "docs")
    page = (tmp_path / "docs" / "runs").glob("*.html")
    html = next(page).read_text(encoding="utf-8")
    assert out.docs_path and "publish_date" in html and "future" in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    index = (tmp_path / "docs" / "index.html").read_text(encoding="utf-8")
    assert "r&lt;1&gt;" in index


@pytest.mark.parametrize("frames", ["empty", "documents_only"])
def test_empty_inputs(frames):
    run = make_run([Doc("d1", is_plan=False, n_tasks=0, n_targets=0)]) if frames == "documents_only" else {}
    out = validate_run(run, run_id="r1", now=NOW)
    assert out.quarantine.height == 0 and out.failed_sources == {}
    assert out.tables["documents"].height == (1 if frames == "documents_only" else 0)
