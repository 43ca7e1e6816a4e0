"""A rate's denominator written before the figure ("提高到每人每月200元", "达到每人每年1500元") is no
part of what is measured: the indicator is the standard (城乡居民基础养老金最低标准)."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("城乡居民基础养老金最低标准提高到每人每月200元。", "城乡居民基础养老金最低标准"),
        ("农村低保标准达到每人每年7200元。", "农村低保标准"),
        ("特困人员基本生活标准不低于每人每月900元。", "特困人员基本生活标准"),
    ],
)
def test_the_denominator_before_the_figure_leaves_the_indicator(text, indicator):
    rows = extract_targets(text, default_year=2025)
    assert rows and rows[0]["indicator"] == indicator
