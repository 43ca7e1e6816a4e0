"""A number inside a short span of straight quotes ('"五个中心"', '"3+N"', as a mirror or a
text layer writes “…”) names a slogan, as it does inside curly quotes: no target. A number
between two quoted names, with a clause mark between them, is outside both."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize(
    "text",
    [
        '加快建设"五个中心"，全面提升城市能级。',
        '深入实施"3个100"工程，推动产业升级。',
        '全面落实"两个毫不动摇"和"四个一"要求。',
        '坚持"1+6+N"工作体系不动摇。',
    ],
)
def test_a_number_inside_straight_quotes_is_no_target(text):
    assert extract_targets(text, annual_year=2025) == []


@pytest.mark.parametrize(
    "text, value, indicator",
    [
        ('围绕"五个中心"建设，新建产业园区3个。', 3.0, "产业园区"),
        ('开展"回头看"，完成整改问题 120 个，建成"口袋公园"8个。', 120.0, "整改问题"),
        ('新建"口袋公园"8个。', 8.0, None),
    ],
)
def test_a_number_outside_straight_quotes_is_still_read(text, value, indicator):
    found = extract_targets(text, annual_year=2025)
    hit = [t for t in found if t["value"] == value]
    assert hit
    if indicator is not None:
        assert hit[0]["indicator"] == indicator
