"""A growth rate then the level it leads to ("旅游总收入年均增速17%以上，达到1200亿元"): the level
carries the subject, not the rate, so the rate words (年均增速, 年均增长率, 增幅) are dropped from
the indicator the level takes over; the rate keeps them."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize(
    "text, rate_indicator, level, level_indicator",
    [
        ("到2027年，全县文旅综合收入年均增速12%以上，达到85亿元。", "文旅综合收入年均增速", 85.0, "文旅综合收入"),
        ("全市外贸进出口总额年均增长率8%，达到 600 亿元。", "外贸进出口总额年均增长率", 600.0, "外贸进出口总额"),
        ("接待过夜游客人次增幅10%左右，达到 320 万人次。", "接待过夜游客人次增幅", 320.0, "接待过夜游客人次"),
        ("规上工业增加值增速7%，达到150亿元；", "规上工业增加值增速", 150.0, "规上工业增加值"),
    ],
)
def test_the_level_after_a_rate_drops_the_rate_words(text, rate_indicator, level, level_indicator):
    found = extract_targets(text, annual_year=2025)
    rate = next(t for t in found if t["unit"] == "%")
    lvl = next(t for t in found if t["value"] == level)
    assert rate["indicator"] == rate_indicator
    assert lvl["indicator"] == level_indicator


@pytest.mark.parametrize(
    "text, value, indicator",
    [
        ("社会消费品零售总额年均增长率6%以上。", 6.0, "社会消费品零售总额年均增长率"),
        ("农村居民人均可支配收入增速8%、9%。", 9.0, "农村居民人均可支配收入增速"),
    ],
)
def test_a_second_rate_keeps_the_rate_words(text, value, indicator):
    found = extract_targets(text, annual_year=2025)
    assert next(t for t in found if t["value"] == value)["indicator"] == indicator
