"""A year between the subject and its verb ("森林覆盖率在2025年达到45%", "规上工业增加值2025年达到
300亿元", "…的比率在2025年较2020年下降2个百分点") dates the target; it is no part of what is
measured: the indicator ends before it (audit round 10C: a 物流 plan; the wording recurs in plans
of every sector)."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize("text, indicator, year", [
    ("全县森林覆盖率在2025年达到45%。", "森林覆盖率", 2025),
    ("城镇新增就业人数在2024年底前达到5000人。", "城镇新增就业人数", 2024),
    ("社会物流总费用与地区生产总值的比率在2025年较2020年下降2个百分点左右。", "社会物流总费用与地区生产总值的比率", 2025),
    ("全市A级旅游景区数量力争在2026年突破40家。", "A级旅游景区数量", 2026),
    ("规上工业增加值2025年达到300亿元。", "规上工业增加值", 2025),
    ("冷链物流企业于2027年底前达到20家。", "冷链物流企业", 2027),
])
def test_the_year_is_no_part_of_the_indicator(text, indicator, year):
    [t] = extract_targets(text)
    assert (t["indicator"], t["year"]) == (indicator, year)


@pytest.mark.parametrize("text, indicator", [
    ("到2025年，在2020年基础上新增就业岗位3000个。", "就业岗位"),
    ("2025年全县地区生产总值达到500亿元。", "地区生产总值"),
])
def test_other_years_in_an_indicator_are_unchanged(text, indicator):
    [t] = extract_targets(text)
    assert t["indicator"] == indicator
