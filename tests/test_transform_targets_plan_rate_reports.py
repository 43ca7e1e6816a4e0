"""A rate against the year's plan is reported, not looked ahead to: in "1至7月，累计完成投资12.09亿元，
年度计划完成率49.83%，较去年同期提高4.8个百分点" the 计划 of 年度计划完成率 does not make the
clauses after it a plan's words, so none of the sentence's figures is a target (audit round 12A:
a 民生实事 progress news). A sentence that plans ahead with 计划 stays read as a plan."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _values(text: str) -> list[float]:
    return [t["value"] for t in extract_targets(text, annual_year=2024)]


@pytest.mark.parametrize("text", [
    "1至5月，实事项目累计完成投资6.3亿元，年度计划完成率38.2%，较去年同期提高2.1个百分点。",
    "1—8月份，区重点项目年度计划完成率71%，比去年同期提高3.5个百分点。",
], ids=["compared-to-last-year", "than-last-year"])
def test_a_rate_against_the_plan_does_not_look_ahead(text):
    assert _values(text) == []


@pytest.mark.parametrize("text", [
    "全年计划实事项目投资比上年提高2个百分点。",
    "全县计划完成投资增长2个百分点以上。",
], ids=["year-plan", "county-plan"])
def test_a_planned_increase_stays(text):
    assert 2.0 in _values(text)
