"""Run reports: the page and the index a run writes (a real Delta warehouse), escaping, what
they count; artifacts keys. The page drawn in a real browser: tests/test_docs_snippets.py."""
from __future__ import annotations

import re

import polars as pl

from flows.report_data import gather, indicator_summary, run_doc_ids
from flows.reports import artifact_keys, publish, publish_artifacts, source_rows, write_run_report
from load.merge import load_run
from warehouse_fixtures import Doc, make_run, new_warehouse

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


def test_the_sources_artifact_of_a_national_night_is_capped_failed_and_changed_first():
    def src(i, **kw):
        return {"source_id": f"s{i:05d}", "status": "ok", "pages_fetched": 1, "new": 0, "errors": []} | kw

    sources = [src(i) for i in range(11_000)]
    sources[7000] = src(7000, status="failed", errors=["timeout"], pages_failed=1)
    sources[9000] = src(9000, new=2)
    sources[3] = src(3, errors=["GBK page"])
    rows, shown = source_rows(sources, limit=5)
    assert [r["source_id"] for r in rows] == ["s00003", "s07000", "s09000", "s00000", "s00001"]
    assert rows[1]["errors"] == 1 and rows[2]["new"] == 2
    assert "5 of 11000 sources" in shown
    small, shown = source_rows(sources[:4], limit=5)  # under the cap: every source, in the run's order
    assert [r["source_id"] for r in small] == ["s00000", "s00001", "s00002", "s00003"]
    assert shown == "per-source counts of the run"


def _large_run(wh, run_id: str, sources: int, per_source: int) -> tuple:
    """A run's `dq_results` (per_source rows a source, one in 50 failed, plus run-wide rows) and
    quarantine (two rows a source), loaded in two chunks as a night loads them; returns both as
    a whole read gives them."""
    from datetime import UTC, datetime

    from load.merge import load_chunk
    from planwatch.records import ValidatedRun
    from warehouse.contract import conform

    now = datetime.now(UTC)
    for half in (range(0, sources // 2), range(sources // 2, sources)):
        dq = [{"run_id": run_id, "table_name": "tasks", "source_id": f"s{i:04d}", "expectation": f"e{k}",
               "column": "c", "level": "row", "success": (i * per_source + k) % 50 != 7, "element_count": 3,
               "unexpected_count": 0, "details": '{"reason": "x"}', "validated_at": now}
              for i in half for k in range(per_source)]
        dq += [{**dq[k], "source_id": "", "success": k != 1} for k in range(per_source)]
        q = [{"run_id": run_id, "table_name": "tasks", "row_key": f"s{i}/{j}", "source_id": f"s{i:04d}",
              "expectation": "e0", "reason": "bad", "row_json": "{}", "quarantined_at": now}
             for i in half for j in range(2)]
        run = ValidatedRun({}, conform("quarantine", q), conform("dq_results", dq))
        load_chunk(wh, run, run_id=run_id)
    mine = pl.col("run_id") == run_id
    return wh.read("dq_results", filter=mine), wh.read("quarantine", filter=mine)  # whole, as before


def test_data_docs_and_the_report_of_a_large_run_read_only_the_rows_they_show(tmp_path):
    """A night of 11,000 sources has ~500,000 `dq_results` rows: its Data Docs page and report
    read counts from one column and only the rows they list, and show what a whole read shows."""
    from datetime import UTC, datetime

    from expectations.docs import QUARANTINE_SHOWN, run_report_html, summarize
    from flows.report_data import FAILURES_SHOWN, _dq, quality_summary
    from planwatch.records import ValidatedRun
    from warehouse.store import Warehouse

    reads: list[tuple[str, int, int]] = []  # (table, rows, columns) of every read

    class Counting(Warehouse):
        def _to_polars(self, table, dt, filter_expr=None, columns=None, limit=None):
            frame = super()._to_polars(table, dt, filter_expr, columns, limit)
            reads.append((table, frame.height, frame.width))
            return frame

    wh = Counting(tmp_path / "wh")
    dq, quarantine = _large_run(wh, "big", sources=300, per_source=20)
    reads.clear()
    summary = quality_summary(wh, "big", {"s0003": ["too few rows"]})
    whole = summarize(ValidatedRun({}, quarantine, dq, {"s0003": ["too few rows"]}))
    assert (summary.evaluated, summary.failed, summary.quarantined) == (dq.height, whole.failed, 600)
    assert 6000 < dq.height and summary.failed < dq.height // 40
    now = datetime.now(UTC)
    passed = {"tasks": 5}
    assert run_report_html("big", summary, now, {}, passed) == run_report_html("big", whole, now, {}, passed)
    wide = [(t, n) for t, n, width in reads if width > 1]
    assert sum(n for _, n in wide) == summary.run_wide.height + summary.failed + QUARANTINE_SHOWN
    assert all(width == 1 for t, n, width in reads if n > QUARANTINE_SHOWN)  # the whole run: one column
    report = _dq(wh, "big")
    assert report["evaluated"] == dq.height and len(report["failures"]) == FAILURES_SHOWN
    assert report["failures"] == whole.failures.select(
        "table_name", "source_id", "expectation", "column", "unexpected_count").head(FAILURES_SHOWN).to_dicts()
    reads.clear()  # the run's Data Docs read the summary already: the report takes it as is
    assert _dq(wh, "big", summary) == report and not [t for t, _, _ in reads if t in ("dq_results", "quarantine")]


def test_the_fetches_chart_of_many_sources_shows_the_most_failed_and_the_rest_as_one(tmp_path):
    from datetime import UTC, datetime

    from flows.report_data import FETCH_SOURCES_SHOWN, _fetches
    from load.merge import load_tables
    from warehouse.contract import conform
    from warehouse.store import Warehouse

    wh = Warehouse(tmp_path / "wh")
    now = datetime.now(UTC)
    n = FETCH_SOURCES_SHOWN + 10
    rows = [{"fetch_id": f"{i}-{j}", "run_id": "r", "source_id": f"s{i:03d}", "url": f"http://x/{i}/{j}",
             "kind": "list", "outcome": "error" if i % 10 == 9 and j == 0 else "ok", "fetched_at": now}
            for i in range(n) for j in range(3)]
    load_tables(wh, run_id="r", tables={}, extra={"pages": conform("pages", rows)}, now=now)
    chart = _fetches(wh, "r")
    names = set(chart["source_id"].to_list())
    assert len(names) == FETCH_SOURCES_SHOWN + 1 and chart["fetches"].sum() == 3 * n
    assert {f"s{i:03d}" for i in range(9, n, 10)} <= names  # every source with a failure is shown
    other = chart.filter(pl.col("source_id").str.contains("other sources"))
    assert other["fetches"].sum() == 3 * (n - FETCH_SOURCES_SHOWN)


def test_a_notice_and_the_plan_page_it_links_are_one_plan_in_the_report(tmp_path):
    """A short 印发 notice (no tasks) whose plan is a page of its own (`documents.plan_pages`): the
    report lists the plan page once, naming its notice, and counts one plan in the weekly chart,
    as the `plans` view and the alerts do. A notice whose linked page is no plan stays a plan."""
    page_url = "https://example.gov.cn/src_a/page.html"
    notice = Doc("notice", county="甲县", n_tasks=0, n_targets=0,
                 overrides={"plan_pages": [page_url], "title": "关于印发《甲县行动方案》的通知"})
    page = Doc("page", county="甲县", overrides={"plan_title": "甲县行动方案"})
    lone = Doc("lone", county="乙县", n_tasks=0, n_targets=0,
               overrides={"plan_pages": ["https://example.gov.cn/src_a/missing.html"]})
    wh = new_warehouse("local", tmp_path)
    load_run(wh, run_id="r1", flow="nightly", tables=make_run([notice, page, lone]))
    html_path, plans = write_run_report(wh, "r1")
    assert sorted(p["title"] for p in plans) == ["lone三年行动计划", "甲县行动方案"]
    shown = {p["title"]: p["notice_title"] for p in plans}
    assert shown == {"甲县行动方案": "关于印发《甲县行动方案》的通知", "lone三年行动计划": None}
    assert gather(wh, "r1").charts["plans_per_week"]["plans"].sum() == 2
    html = (tmp_path / "wh" / "reports" / "r1.html").read_text(encoding="utf-8")
    assert html.count("关于印发《甲县行动方案》的通知") == 1 and 'class="notice"' in html
