"""A run's per-source "plans" count (the `planwatch crawl` table): a short 印发 notice without tasks
and the plan page it links, both in the run, are one plan, as in the `plans` view, the run report
and the alerts."""

from __future__ import annotations

from flows.night import Preview, counted_plans, fill_reports
from warehouse_fixtures import Doc, make_run

PAGE = "https://example.gov.cn/src_a/page.html"


def _docs():
    return make_run([
        Doc("notice", n_tasks=0, n_targets=0, overrides={"plan_pages": [PAGE]}),
        Doc("page"),
        Doc("lone", n_tasks=0, n_targets=0, overrides={"plan_pages": ["https://example.gov.cn/src_a/gone.html"]}),
        Doc("news", is_plan=False),
        Doc("short", n_tasks=0, n_targets=0, overrides={"plan_pages": ["https://example.gov.cn/src_a/bare.html"]}),
        Doc("bare", n_tasks=0, n_targets=0),
    ])


def test_a_notice_and_its_plan_page_count_once():
    # the notice folds into its page; a notice whose page is missing, or has no tasks, stays a plan
    assert counted_plans(_docs()["documents"]) == {"page", "lone", "short", "bare"}


def test_the_per_source_report_counts_one_plan_per_notice_and_page():
    tables = _docs()
    reports = {"src_a": {}}
    ids = tables["documents"]["doc_id"].to_list()
    fill_reports(reports, tables, Preview(ids, [], []), None)
    assert reports["src_a"]["plans"] == 4 and reports["src_a"]["new"] == 6
