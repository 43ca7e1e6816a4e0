"""Plan years of an undated page whose title names no year, read from its text.

- A year a statistic reports ("据统计，2022年…达到88%", "据水利部统计，2022年…") and a year whose
  sentence reports what was actually done ("2022年工程计划开展138个，实际完成147个") are the past,
  no year of the plan.
- A span that leads a clause with a comma ("2023—2024年，…分别达到…") is a phase of the plan: the
  plan runs to its end (not a span naming another plan, "实施2024—2026年三年行动", nor a past one,
  "2019—2021年，全县累计完成…", nor a cited one).
"""
from __future__ import annotations

import pytest

from transform.planyears import plan_years_of

_NO_TITLE: tuple[str | None, ...] = (None,)


@pytest.mark.parametrize("text,years", [
    # news: the statistics of last year, then this year's work
    ("新华社电 水利部部长在全国水利工作会议上表示，今年农村自来水普及率将提升至90%。\n"
     "据水利部统计，2024年全国农村自来水普及率达到88%。\n2025年将加强农村水利建设。", (2025, 2025)),
    ("据统计,2023年全市新增就业1.2万人。2024年全市计划新增就业1.3万人。", (2024, 2024)),
    # a progress report recounting two earlier years and this one (traditional characters)
    ("據統計，2021年工程計劃開展80個子項目，實際完成76個。2022年工程實際完成95個。\n"
     "市住建局在推進完成2023年項目建設的同時，將廣泛聽取意見。", (2023, 2023)),
    # a plan's rows: planned and actually done, then this year's
    ("2022年计划改造小区20个，实际完成22个。\n2023年计划改造小区25个。", (2023, 2023)),
])
def test_statistics_and_actual_results_are_past(text, years):
    assert plan_years_of(_NO_TITLE, text, None) == years


@pytest.mark.parametrize("text,issued,years", [
    # a year named with its statistics, not after a statistic's lead: still counted
    ("全面统计2024年农业普查数据。2024年新建高标准农田1万亩。", None, (2024, 2024)),
    # a year whose sentence plans only (计划 without 实际完成)
    ("2022年计划改造小区20个。", None, (2022, 2022)),
    # a year the page names most often
    ("2023年完成改造20个。2023年新建公园3个。2024年启动规划。", None, (2023, 2023)),
])
def test_statistic_near_misses(text, issued, years):
    assert plan_years_of(_NO_TITLE, text, issued) == years


@pytest.mark.parametrize("text,years", [
    # a plan (simplified), its figures by phase
    ("1.加大市场主体培育力度。2022年实有市场主体15万户，2023—2024年，市场主体分别达到17万户、19万户以上。",
     (2022, 2024)),
    # traditional characters, ASCII commas
    ("2.壓縮開辦時間。2022年,企業設立登記時間壓縮至3天;2023—2024年,持續優化服務。", (2022, 2024)),
    # a table rendered as text
    # only its phases
    ("二、工作目标\n2024—2025年，全县新建学校4所；2026—2027年，新建学校6所。", (2024, 2027)),
    ("指标 | 2025年 | 2026—2027年,\n新增就业（人） | 1000 | 1200\n2025年完成目标。", (2025, 2027)),
])
def test_phase_span_extends_the_plan(text, years):
    assert plan_years_of(_NO_TITLE, text, None) == years


@pytest.mark.parametrize("text,years", [
    # a span naming another plan (no comma after it)
    ("2024年重点工作：深入实施2024—2026年三年行动，新建学校2所。", (2024, 2024)),
    # a past span
    ("2024年新建学校2所。2019—2021年，全县累计完成投资5亿元。", (2024, 2024)),
    # a cited span
    ("根据《某县规划》2021—2025年，2023年新建学校2所。", (2023, 2023)),
    # a span longer than a phase
    ("2024年新建学校2所。2021—2035年，远景展望。", (2024, 2024)),
])
def test_phase_span_near_misses(text, years):
    assert plan_years_of(_NO_TITLE, text, None) == years
