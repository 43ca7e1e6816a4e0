"""A present figure named as the base of a change is no report of progress: "较目前再增加约3岁",
"比目前提高10个百分点", "从目前的29.3%降至25%左右" commit to the change or the level after it.
"目前已建成…" and "当前全市共有…" still report the present."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _values(text: str) -> set[float]:
    return {r["value"] for r in extract_targets(text, default_year=2030)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("到2030年,人均预期寿命较目前再增加约3岁,达到79岁。", 3.0),
        ("到2030年,人均预期寿命较目前再增加约3岁,达到79岁。", 79.0),
        ("个人卫生支出占卫生总费用的比重从目前29.3%降至25%左右。", 25.0),
        ("城镇化率比目前提高10个百分点。", 10.0),
        ("由当前的60%提升到75%以上。", 75.0),
        ("與目前相比減少30%。", 30.0),
    ],
)
def test_the_present_as_a_base_is_no_progress(text, value):
    assert value in _values(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("目前已建成乡镇综合文化站12个。", 12.0),
        ("当前全市共有养老机构45家。", 45.0),
        ("人均预期寿命较目前的76.3岁继续增长。", 76.3),
    ],
)
def test_present_figures_stay_out(text, value):
    assert value not in _values(text)


def test_the_change_over_the_present_has_no_base_year():
    rows = [r for r in extract_targets("人均预期寿命较目前再增加约3岁。", default_year=2030) if r["value"] == 3.0]
    assert rows and rows[0]["change"] == "increase" and rows[0]["baseline_year"] is None
