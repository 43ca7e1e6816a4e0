"""A level after a change in one sentence: "人均预期寿命较目前再增加约3岁，达到79岁" — the 79 is
the level reached (达到, 稳定在, 提高到 …), no increase, though it borrows the subject; a value
with no word of its own ("GDP增长6%左右，力争7%") still shares the change before it. The base
named before the change (较目前, 比当前) is no part of the indicator."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple]:
    return [(r["value"], r["change"], r["indicator"]) for r in extract_targets(text, default_year=2030)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "人均预期寿命较目前再增加约3岁,达到79岁。",
            [(3.0, "increase", "人均预期寿命"), (79.0, None, "人均预期寿命")],
        ),
        (
            "规模以上工业增加值占比提高5个百分点,达到35%。",
            [(5.0, "increase", "规模以上工业增加值占比"), (35.0, None, "规模以上工业增加值占比")],
        ),
        (
            "农村居民人均可支配收入年均增长8%,稳定在全省前列,城镇化率提高2%,提高到62%。",
            [
                (8.0, "increase", "农村居民人均可支配收入"),
                (2.0, "increase", "城镇化率"),
                (62.0, None, "城镇化率"),
            ],
        ),
    ],
)
def test_a_level_reached_after_a_change(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("地区生产总值增长6%左右,力争7%。", [(6.0, "increase", "地区生产总值"), (7.0, "increase", "地区生产总值")]),
        ("一般公共预算收入增长8%以上,争取10%。", [(8.0, "increase", "一般公共预算收入"), (10.0, "increase", "一般公共预算收入")]),
    ],
)
def test_a_bare_value_still_shares_the_change(text, expected):
    assert _rows(text) == expected


def test_the_present_named_as_a_base_leaves_the_indicator():
    rows = extract_targets("城镇化率比当前提高10个百分点。", default_year=2030)
    assert [(r["indicator"], r["change"]) for r in rows] == [("城镇化率", "increase")]
