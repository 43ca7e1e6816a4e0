"""The pair "确保…、力争…" (or 力争…、确保…) of one indicator joined by 、: the second value names no
subject of its own and shares the first one's — never the first value's words with its number
("地区生产总值确保增长6%"). Each value keeps its own change."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "地区生产总值确保增长6%、力争增长7%。",
            [("地区生产总值", 6.0, "increase"), ("地区生产总值", 7.0, "increase")],
        ),
        (
            "一般公共预算收入力争增长8%、确保增长5%。",
            [("一般公共预算收入", 8.0, "increase"), ("一般公共预算收入", 5.0, "increase")],
        ),
        (
            "粮食总产量确保达到50万吨、力争达到52万吨。",
            [("粮食总产量", 50.0, None), ("粮食总产量", 52.0, None)],
        ),
    ],
)
def test_the_second_value_shares_the_first_subject(text, expected):
    rows = extract_targets(text, default_year=2025)
    assert [(r["indicator"], r["value"], r["change"]) for r in rows] == expected


def test_a_second_item_with_its_own_subject_keeps_it():
    rows = extract_targets("地区生产总值增长6%、固定资产投资增长8%。", default_year=2025)
    assert [r["indicator"] for r in rows] == ["地区生产总值", "固定资产投资"]
