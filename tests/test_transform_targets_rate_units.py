"""Rates written with an area or a household count below the line (507公里/万平方公里, 5公里/百平方
公里, 3.5吨/公顷, 2.4人/百户) keep their whole unit; the second term of a ratio (2.2:1) is no target
of its own."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize("text, unit", [
    ("铁路网密度达到520公里/万平方公里。", "公里/万平方公里"),
    ("高速公路密度达到6公里/百平方公里。", "公里/百平方公里"),
    ("粮食单产达到7.5吨/公顷。", "吨/公顷"),
    ("每百户拥有家庭汽车达到45辆/百户。", "辆/百户"),
])
def test_a_rate_keeps_its_denominator(text, unit):
    found = extract_targets(text, annual_year=2025)
    assert [r["unit"] for r in found] == [unit]


@pytest.mark.parametrize("text, values", [
    ("城乡居民收入比控制在2.1:1以内。", [2.1]),
    ("城乡居民收入差距缩小到1.9∶1。", [1.9]),
    ("新建学校3所，改造校舍1.2万平方米。", [3, 1.2]),
])
def test_the_second_term_of_a_ratio_is_no_target(text, values):
    assert [r["value"] for r in extract_targets(text, annual_year=2025)] == values
