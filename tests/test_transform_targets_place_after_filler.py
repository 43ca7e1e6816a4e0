"""A place after a lead filler (其中在张家口坝上地区维持40万亩) is where the work is done, no part of the
indicator, as it is at the start of the phrase; a locative end word goes on no place name (在冀中南
地区 ends at 地区, not at the 中 of 冀中)."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple[str, float, str]]:
    return [(r["indicator"], r["value"], r["unit"]) for r in extract_targets(text, annual_year=2025)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a news report
            "今年全省将实施旱作雨养175万亩,其中在张家口坝上地区维持40万亩,在冀中南地区新增100万亩。",
            [("旱作雨养", 175.0, "万亩"), ("旱作雨养", 40.0, "万亩"), ("旱作雨养", 100.0, "万亩")],
        ),
        ("其中在农村地区新建公厕30座。", [("公厕", 30.0, "座")]),
        (
            "2.推广节水灌溉5万亩,其中在丘陵山区发展滴灌1万亩。",
            [("推广节水灌溉", 5.0, "万亩"), ("发展滴灌", 1.0, "万亩")],
        ),
    ],
)
def test_place_after_filler_is_no_indicator(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("在重点领域新增投资10亿元。", [("投资", 10.0, "亿元")]),
        ("其中农村地区新建公厕30座。", [("农村地区新建公厕", 30.0, "座")]),
    ],
)
def test_near_misses(text, expected):
    assert _rows(text) == expected
