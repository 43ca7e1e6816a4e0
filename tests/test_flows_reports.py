"""Run reports: the page and the index a run writes (a real Delta warehouse), escaping, what
they count; artifacts keys. The page drawn in a real browser: tests/test_docs_snippets.py."""
from __future__ import annotations

import re

import polars as pl
from warehouse_fixtures import Doc, make_run, new_warehouse

from flows.report_data import gather, indicator_summary, run_doc_ids
from flows.reports import artifact_keys, publish, publish_artifacts, write_run_report
from load.merge import load_run

EVIL = "</script><img src=x onerror=alert(1)>"


def _warehouse(tmp_path):
    wh = new_warehouse("local", tmp_path)
    first = make_run([Doc("d1", county="甲县", overrides={"plan_title": f"计划{EVIL}"}), Doc("d2", county="乙县")])
    load_run(wh, run_id="r1", flow="nightly", tables=first)
    second = make_run([Doc("d1", county="甲县", version="v2", overrides={"plan_title": f"计划{EVIL}"}),
                       Doc("d3", county=f"丙县{EVIL}")])
    load_run(wh, run_id="r2", flow="nightly", tables=second)
    return wh


def test_a_run_writes_its_page_and_the_index(tmp_path):
    wh = _warehouse(tmp_path)
    page, plans = write_run_report(wh, "r2")
    assert page == str(tmp_path / "wh" / "reports" / "r2.html")
    assert sorted((p["kind"], p["title"][:2]) for p in plans) == [("changed", "计划"), ("new", "d3")]
    html = (tmp_path / "wh" / "reports" / "r2.html").read_text(encoding="utf-8")
    for heading in ("New and changed plans", "Plans per county and week", "Targets by indicator group and year",
                    "Top indicators across counties", "Fetches and failures per source", "Data quality"):
        assert heading in html
    assert 'href="https://example.gov.cn/src_a/d3.html"' in html
    assert "window.vegaEmbed" in html and not re.search(r"<script[^>]+src=", html)  # JS inline, offline
    assert EVIL not in html  # as text it is escaped, inside a chart spec `</` is escaped
    assert "&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;" in html and "<\\/script>" in html
    index = (tmp_path / "wh" / "reports" / "index.html").read_text(encoding="utf-8")
    assert '<a href="r2.html">r2</a>' in index and '<a href="r1.html">' not in index and ">r1<" in index
    write_run_report(wh, "r1")
    assert '<a href="r1.html">r1</a>' in (tmp_path / "wh" / "reports" / "index.html").read_text(encoding="utf-8")


def test_new_and_changed_documents_come_from_the_change_feed(tmp_path):
    wh = _warehouse(tmp_path)
    new, changed = run_doc_ids(wh, wh.run("r1"))
    assert sorted(new) == ["d1", "d2"] and changed == []
    new, changed = run_doc_ids(wh, wh.run("r2"))
    assert new == ["d3"] and changed == ["d1"]


def test_charts_data(tmp_path):
    wh = _warehouse(tmp_path)
    data = gather(wh, "r2")
    weekly = data.charts["plans_per_week"]
    assert weekly["plans"].sum() == 3 and set(weekly.columns) == {"week", "county", "plans"}
    groups = data.charts["targets_by_group"]
    assert set(groups["group"].to_list()) == {"未编码"} and groups["targets"].sum() == 6  # fixture targets: no code
    assert data.charts["top_indicators"].height == 0  # nothing coded: no comparison to draw
    assert data.dq["evaluated"] == 0 and data.indicators["uncoded"] == 6


def test_indicator_summary_counts_the_unknown():
    targets = pl.DataFrame({"indicator": ["粮食产量", "某指标", "某指标", None], "unit": ["亿斤", "个", "个", "%"],
                            "indicator_code": ["GRAIN_OUTPUT", None, None, None]})
    s = indicator_summary(targets)
    assert s["targets"] == 4 and s["uncoded"] == 3
    assert s["top_uncoded"] == [{"indicator": "某指标", "unit": "个", "n": 2}] and s["catalogue_version"]


def test_a_report_never_fails_the_run(tmp_path, caplog):
    from warehouse.store import Warehouse

    (tmp_path / "wh").mkdir()
    (tmp_path / "wh" / "reports").write_text("a file where the reports folder should be")
    page = publish(Warehouse(tmp_path / "wh"), {"run_id": "r9", "flow": "nightly", "sources": []}, [], [], None)
    assert page is None and "run report of r9 not written" in caplog.text


def test_artifact_keys_are_stable_and_outside_a_flow_nothing_is_published():
    assert artifact_keys("nightly") == {"summary": "planwatch-nightly-summary",
                                        "sources": "planwatch-nightly-sources",
                                        "report": "planwatch-nightly-report"}
    assert publish_artifacts({"run_id": "r", "flow": "nightly", "sources": []}, [], None) is False
