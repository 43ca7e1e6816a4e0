"""Short level verbs (增至, 增到, 减至, 升至, 扩大到, 缩小到, 调减至) end the indicator like 提高到
does: "森林覆盖率增至45%" measures 森林覆盖率, a level (change null), not "森林覆盖率增"."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize("text,indicator,value", [
    ("到2025年，全县森林覆盖率增至45%", "森林覆盖率", 45),
    ("全市户籍人口增到120万人", "户籍人口", 120),
    ("农村贫困发生率减至1%以下", "农村贫困发生率", 1),
    ("城镇化率升至60%", "城镇化率", 60),
    ("城区建成区面积扩大到30平方公里", "城区建成区面积", 30),
    ("产业规模扩大至100亿元", "产业规模", 100),
    ("城乡居民收入比缩小到2.2", "城乡居民收入比", 2.2),
    ("耕地保护任务调减至120万亩", "耕地保护任务", 120),
])
def test_a_short_level_verb_ends_the_indicator(text, indicator, value):
    (t,) = extract_targets(text)
    assert (t["indicator"], t["value"], t["change"]) == (indicator, value, None)


def test_a_change_before_a_level_keeps_its_own_reading():
    found = extract_targets("工业增加值较上年增长8%，总量增至500亿元")
    assert [(t["value"], t["change"]) for t in found] == [(8, "increase"), (500, None)]
