"""A clause ending in 的 right before a count ("对车流量较大的85个高速公路服务区充电站…",
"列入计划的12个老旧小区") qualifies the noun after the number: that noun is what is counted."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize("text,indicator", [
    ("对车流量较大的85个高速公路服务区充电站进行扩容增桩", "高速公路服务区充电站"),
    ("完成列入年度计划的12个老旧小区改造", "老旧小区改造"),
    ("建设具有区域影响力的5个特色小镇", "特色小镇"),
    ("《规划》还新增包含长春都市圈环线在内的12条服务特大城市的公路环线", "服务特大城市的公路环线"),
])
def test_a_de_clause_before_a_count_qualifies_the_noun_after(text, indicator):
    (t,) = extract_targets(text)
    assert t["indicator"] == indicator


def test_a_share_or_an_amount_keeps_its_words_before():
    (t,) = extract_targets("城区范围内生活垃圾分类覆盖率达到80%以上")
    assert t["indicator"] == "城区范围内生活垃圾分类覆盖率"
