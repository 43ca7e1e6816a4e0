"""A count of the people a measure reaches ("惠及居民3200户", "受益群众5万人") is what the work brings
rather than the work itself: it stays a target, marked ambiguous (a careful reader could argue it
either way); the count the measure is done for ("为400户特殊困难老年人家庭安装…") is a plain target."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize("text,value", [
    ("改造老旧小区15个，惠及居民3200户", 3200.0),
    ("改造城区供水管网8公里，受益群众5万人", 5.0),
    ("新建污水处理设施10处，服务群众1.2万余人", 1.2),
])
def test_a_beneficiary_count_is_an_ambiguous_target(text, value):
    got = {t["value"]: t for t in extract_targets(text)}
    assert got[value]["ambiguous"] is True
    assert all(not t["ambiguous"] for v, t in got.items() if v != value)


@pytest.mark.parametrize("text,value", [
    ("为400户特殊困难老年人家庭安装适老化设施", 400.0),
    ("为5000名适龄妇女免费开展“两癌”检查", 5000.0),
])
def test_the_count_a_measure_is_done_for_is_a_plain_target(text, value):
    got = {t["value"]: t for t in extract_targets(text)}
    assert got[value]["ambiguous"] is False
