"""A sentence that opens with 其中 (具体…, 包括…) details the one before it: where that one reports a
year before the plan ("2025年…已全面完成。其中：新建学校30所；…"), the figures it lists are that
year's results, not targets of the plan."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _values(text: str, year: int = 2026) -> list[float]:
    return [t["value"] for t in extract_targets(text, annual_year=year, issued=year)]


@pytest.mark.parametrize("text", [
    "会上通报，2025年全省民生实事任务已全面完成。其中：新建改扩建学校30所；改造农村公路1400公里；更新电梯2万台。",
    "2025年，全市12件民生实事圆满收官。其中，新增托位800个，改造老旧小区50个。",
    "2025年各项民生工程顺利推进。具体包括：建成口袋公园12个；新增停车位3000个。",
], ids=["colon-semicolons", "comma", "juti"])
def test_details_of_a_past_year_are_no_targets(text):
    assert _values(text) == []


@pytest.mark.parametrize("text, values", [
    ("2026年，全市将实施12件民生实事。其中：新建学校5所；改造农村公路300公里。", [5.0, 300.0]),
    ("2025年全市民生实事全面完成。2026年计划新建学校5所，其中：小学3所。", [5.0, 3.0]),
], ids=["plan-year-details", "own-year"])
def test_details_of_the_plan_year_stay_targets(text, values):
    assert _values(text) == values
