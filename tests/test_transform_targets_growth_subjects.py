"""经济 alone names no measure: in "经济增长5%左右" the growth is what is measured, so the indicator
keeps the verb (经济增长), as the dev gold reads "经济增长7.5%—8%"; a subject that names a measure
(地区生产总值, 一般公共预算收入, 实体经济) still drops it. Data: targets_indicators.toml
(growth_subjects). Examples are invented."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple]:
    return [(r["indicator"], r["value"], r["comparator"], r["change"]) for r in extract_targets(text)]


@pytest.mark.parametrize("text, rows", [
    ("全区经济增长6%左右。", [("经济增长", 6, "~", "increase")]),
    ("2026年主要预期目标：经济增长5.5%以上，城镇新增就业2.1万人。",
     [("经济增长", 5.5, ">=", "increase"), ("城镇新增就业", 2.1, "=", None)]),
    ("今年全州发展的主要预期目标是：经济增长5%—5.5%，居民消费价格涨幅2%左右。",
     [("经济增长", 5, ">=", "increase"), ("居民消费价格涨幅", 2, "~", None)]),
])
def test_economy_keeps_its_growth(text, rows):
    assert _rows(text) == rows


@pytest.mark.parametrize("text, indicator", [
    ("地区生产总值增长6.5%。", "地区生产总值"),
    ("一般公共预算收入增长3%。", "一般公共预算收入"),
    ("数字经济核心产业增加值增长12%。", "数字经济核心产业增加值"),
    ("经济增速保持在5%左右。", "经济增速"),
])
def test_named_measures_drop_the_verb(text, indicator):
    assert [r["indicator"] for r in extract_targets(text)] == [indicator]
