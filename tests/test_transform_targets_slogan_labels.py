"""A count of 个 glued to a bare round number is a programme's label, not a target (round 13B):
"实施乡村旅游421行动：4个100→打造100个精品村" gives the 100 个 only; "5个10万千瓦光伏电站" still
counts the stations. Examples are invented."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _vu(text: str) -> list[tuple]:
    return [(r["value"], r["unit"]) for r in extract_targets(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("实施民宿提质321行动：3个100 →培育精品民宿100家。", [(100.0, "家")]),
        ("推进“2个1000”工程，培训乡村工匠1000名。", [(1000.0, "名")]),
        ("开展“5个10000”行动", []),
        (
            "实施民宿提质行动：3个100 →培育精品民宿100家；2个1000 →培养1000名管家。",
            [(100.0, "家"), (1000.0, "名")],
        ),
    ],
)
def test_glued_round_numbers_are_labels(text, expected):
    assert _vu(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("新建3个10万千瓦农光互补电站。", [(3.0, "个")]),
        ("建成2个100兆瓦储能电站。", [(2.0, "个")]),
        ("新建示范村100个，改造农房3000户。", [(100.0, "个"), (3000.0, "户")]),
    ],
)
def test_counts_before_a_capacity_stay_targets(text, expected):
    assert _vu(text) == expected
