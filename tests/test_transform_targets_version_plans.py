"""A version number before 方案/方式/方法 ("优化营商环境7.0方案", "推出3.0版方案") names a version, not an
amount of 方 (cubic metres of earth): no target; "新增土方50万方" stays one. Examples are invented."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize(
    "text",
    ["推出具有本区特色的优化营商环境7.0方案。", "出台营商环境改革6.0方案。", "迭代推出2.0方法。"],
)
def test_a_version_is_no_target(text):
    assert extract_targets(text, annual_year=2026) == []


@pytest.mark.parametrize(("text", "unit"), [("力争新增土方50万方。", "万方"), ("完成清淤3万方。", "万方")])
def test_cubic_metres_stay(text, unit):
    (r,) = extract_targets(text, annual_year=2026)
    assert r["unit"] == unit
