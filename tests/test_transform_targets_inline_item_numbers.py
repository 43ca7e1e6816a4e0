"""A work report's list run together in one paragraph keeps each item's own number ("…5处。 (9)建成…",
"…。②新增…"): the number is the list's, never part of an indicator, and an item starting with
it is a new item, not a clause sharing the subject of the item before."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _by_value(text: str) -> dict[float, dict]:
    return {r["value"]: r for r in extract_targets(text, annual_year=2026)}


@pytest.mark.parametrize(
    "text",
    [
        "新增口袋公园3处。 (6)新建城区公共厕所12座、乡镇垃圾中转站4个。 (7)为80户低保家庭实施危房改造。",
        "新增口袋公园3处。（6）新建城区公共厕所12座、乡镇垃圾中转站4个。（7）为80户低保家庭实施危房改造。",
        "新增口袋公园3处;⑥新建城区公共厕所12座、乡镇垃圾中转站4个;⑦为80户低保家庭实施危房改造。",
    ],
)
def test_item_numbers_inside_a_paragraph(text):
    got = _by_value(text)
    assert got[12.0]["indicator"] == "城区公共厕所"
    assert got[4.0]["indicator"] == "乡镇垃圾中转站"
    assert got[80.0]["indicator"] != "乡镇垃圾中转站"
    assert "(" not in got[80.0]["indicator"] and "⑦" not in got[80.0]["indicator"]


def test_a_paragraph_opening_with_its_item_number():
    plain = _by_value("改造老旧小区住宅楼26栋。")[26.0]["indicator"]
    assert _by_value("(11)改造老旧小区住宅楼26栋。")[26.0]["indicator"] == plain
    assert _by_value("⑪改造老旧小区住宅楼26栋。")[26.0]["indicator"] == plain


def test_a_bracketed_number_inside_a_sentence_is_not_an_item_mark():
    got = _by_value("全年评选(2)个示范村,建设村级卫生室9个。")
    assert got[9.0]["indicator"] == "村级卫生室"
