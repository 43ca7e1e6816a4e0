"""The higher goal right after a rate of change ("地区生产总值增长7%以上、力争达到8%") is a rate of
change too: its change is the first value's, though 达到 names a level elsewhere. A level after a
change in another unit, or a level reached by 提高到, keeps no change."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


def _rows(text: str) -> list[tuple[float, str, str | None]]:
    return [(r["value"], r["unit"], r["change"]) for r in extract_targets(text, annual_year=2025)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a work report's expected goals
        (
            "主要预期目标是：地区生产总值增长7%以上、力争达到8%，全社会固定资产投资增长15%以上、力争达到20%。",
            [(7, "%", "increase"), (8, "%", "increase"), (15, "%", "increase"), (20, "%", "increase")],
        ),
        # a news digest of the same
        (
            "报告提出，今年规上工业增加值增长8%以上，争取实现10%。",
            [(8, "%", "increase"), (10, "%", "increase")],
        ),
        # a goals table rendered as text
        ("一般公共预算收入：增长6%左右，力争达到7%", [(6, "%", "increase"), (7, "%", "increase")]),
        # a decrease and its stretch
        ("单位地区生产总值能耗下降3%，力争达到3.5%。", [(3, "%", "decrease"), (3.5, "%", "decrease")]),
    ],
)
def test_stretch_goal_keeps_the_change(text: str, expected: list) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a level in another unit after the growth
        ("地区生产总值增长6%，力争达到500亿元。", [(6, "%", "increase"), (500, "亿元", None)]),
        # a level of a rate after a change in points
        ("森林覆盖率提高2个百分点、力争达到45%。", [(2, "个百分点", "increase"), (45, "%", None)]),
        # two levels
        ("城镇化率提高到60%、力争达到62%。", [(60, "%", None), (62, "%", None)]),
        # a new subject between the two
        ("地区生产总值增长6%，研发投入强度力争达到2.5%。", [(6, "%", "increase"), (2.5, "%", None)]),
    ],
)
def test_levels_stay_levels(text: str, expected: list) -> None:
    assert _rows(text) == expected


def test_traditional_report() -> None:
    text = (
        "自治區政府工作報告\n經濟社會發展主要預期目標是:地區生產總值增長7%以上、力爭達到8%,"
        "社會消費品零售總額增長8%以上、力爭達到10%。\n"
    )
    got = parse_document(text, source="x.txt", is_text=True).targets
    assert [(t["value"], t["change"]) for t in got] == [
        (7, "increase"),
        (8, "increase"),
        (8, "increase"),
        (10, "increase"),
    ]
