"""A summary that separates its items by spaces ("落实就业优惠政策 全年城镇新增就业2700人") opens a new
clause at a space before a time or place word (全年, 今年, 年内, 全市, 全县 …) as a comma would: the
indicator is what that clause measures, not the items before it. Examples are invented."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("实施精准就业帮扶 完善就业公共服务体系 落实就业优惠政策 全年城镇新增就业2700人", "城镇新增就业"),
        ("优化营商环境 今年新增市场主体3000户", "市场主体"),
        ("推进乡村振兴 全县农村生活污水治理率达到60%", "农村生活污水治理率"),
    ],
)
def test_a_space_before_a_time_or_place_opens_a_clause(text, indicator):
    (r,) = extract_targets(text, annual_year=2026)
    assert r["indicator"] == indicator


@pytest.mark.parametrize(
    ("text", "indicator"),
    [("全县农村生活污水治理率达到60%。", "农村生活污水治理率"), ("今年全市新增就业1.2万人。", "就业")],
)
def test_without_spaces_nothing_moves(text, indicator):
    (r,) = extract_targets(text, annual_year=2026)
    assert r["indicator"] == indicator
