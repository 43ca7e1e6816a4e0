"""PDF text may wrap a line inside the unit 个百分点 ("增长不少于3个 百分点"): the figure is still a
change in percentage points (unit 个百分点, change increase), not a count of 3 个. Examples are
invented."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize(
    ("text", "comparator", "change"),
    [
        # a county's annual plan (PDF, a space where the line wrapped)
        ("居民健康素养水平较上年增长不少于3个 百分点。", ">=", "increase"),
        ("居民健康素养水平较上年提高3个 百分点以上。", ">=", "increase"),
        # a line break kept in the text
        ("城镇调查失业率较上年下降0.5个\n百分点。", "=", "decrease"),
    ],
)
def test_a_wrapped_unit_of_points(text, comparator, change):
    (r,) = extract_targets(text)
    assert (r["unit"], r["comparator"], r["change"]) == ("个百分点", comparator, change)


def test_a_count_before_a_new_clause_unchanged():
    (r,) = extract_targets("新建3个 百姓健身房。")
    assert r["unit"] == "个"
