"""A deadline with a day before a target's phrase (9月30日前, 6月15日之前, 30日前) is no part of what
is measured: the indicator starts after it."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize("text, indicator", [
    ("9月30日前全镇完成农村户用厕所改造不低于300座。", "农村户用厕所改造"),
    ("6月15日之前完成危桥改造12座。", "危桥改造"),
    ("11月30日前新建充电桩200个。", "充电桩"),
    ("每月25日前报送进度，全年完成造林1.2万亩。", "造林"),
])
def test_a_day_deadline_is_no_part_of_the_indicator(text, indicator):
    found = extract_targets(text, annual_year=2025)
    assert found[-1]["indicator"] == indicator
