"""Figures of a monthly statistics period (1-4月, 1—8月份, 1至11月: the months from January to one
that ends no quarter) report what was done so far this year, not what the plan commits to; a
quarter-end period (1-3月, 1-6月, 1-9月) may be a milestone and stays a target. A sentence that
opens with the end of last year (截至去年底，…) reports progress too."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize("text, kept", [
    ("1-4月开工7个，全年开工项目20个。", [20]),
    ("1—8月份新签约项目15个，全年新签约项目30个以上。", [30]),
    ("1至11月，全县新增市场主体3200户，全年新增4000户。", [4000]),
    ("推进项目建设。1-5月完成投资6.2亿元；全年完成投资15亿元。", [15]),
    ("1-2月实现社会消费品零售总额12亿元，全年增长6%。", [6]),
])
def test_figures_of_a_monthly_period_are_progress(text, kept):
    assert [r["value"] for r in extract_targets(text, annual_year=2025)] == kept


@pytest.mark.parametrize("text, kept", [
    ("1-6月完成投资4.5亿元，全年完成投资10亿元。", [4.5, 10]),
    ("1-3月开工项目5个，1-9月开工项目15个。", [5, 15]),
    ("全年建成4个公园，新建停车位1200个。", [4, 1200]),
    ("力争到2025年11月建成基地2个。", [2]),
])
def test_milestones_and_plain_targets_stay(text, kept):
    assert [r["value"] for r in extract_targets(text, annual_year=2025)] == kept


@pytest.mark.parametrize("text", [
    "截至去年底，全市高铁营业里程超7100公里。",
    "截至上年末，全县累计建成5G基站3200个。",
])
def test_a_sentence_dated_last_year_reports_progress(text):
    assert extract_targets(text, annual_year=2025) == []
