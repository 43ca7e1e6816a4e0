"""A count of places right after a scope count of places ("涉及9个市52个县", "全县12个乡镇86个村")
names the places of the scope too: no target, as the first count is none."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple[str, float, str]]:
    return [(r["indicator"], r["value"], r["unit"]) for r in extract_targets(text, annual_year=2025)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a news report of a provincial plan
            "今年全省将实施旱作雨养175万亩,涉及9个市52个县(市、区)。",
            [("旱作雨养", 175.0, "万亩")],
        ),
        ("发展喷灌、微灌等120万亩,涉及10市103个县(市、区)。", [("发展喷灌、微灌等", 120.0, "万亩")]),
        ("3.改造提升农村公路50公里,涉及8个乡镇36个村。", [("改造提升农村公路", 50.0, "公里")]),
        ("全县12个乡镇86个村全部通硬化路。", []),
    ],
)
def test_second_place_count_of_a_scope_is_no_target(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("涉及8个乡镇,新建村卫生室36个。", [("村卫生室", 36.0, "个")]),  # a new clause builds
        ("在5个乡镇新建30个村卫生室。", [("新建村卫生室", 30.0, "个")]),
        (
            "新建5个乡镇综合文化站、20个村级服务中心。",
            [("新建乡镇综合文化站", 5.0, "个"), ("村级服务中心", 20.0, "个")],
        ),
    ],
)
def test_counts_that_build_stay_targets(text, expected):
    assert _rows(text) == expected
