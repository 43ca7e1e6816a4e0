"""A year, then 内 as in 年内 (within the year), is a lead filler of the indicator phrase ("2026年内完成改造
老旧小区20个"), but not when the 内 starts the name 内蒙古 ("2026年内蒙古自治区工业领域重大项目投资达到4900亿元"):
the place name stays whole."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple[str, float, str]]:
    return [(r["indicator"], r["value"], r["unit"]) for r in extract_targets(text, annual_year=2026)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a news report of a plan
        (
            "2026年内蒙古自治区工业领域重大项目投资达到4900亿元。",
            [("内蒙古自治区工业领域重大项目投资", 4900.0, "亿元")],
        ),
        # a goals paragraph
        ("到2027年内蒙古乳业全产业链产值达到4000亿元。", [("内蒙古乳业全产业链产值", 4000.0, "亿元")]),
        # a plan's commitment after 力争
        ("力争2026年内蒙古粮食产量稳定在800亿斤以上。", [("内蒙古粮食产量", 800.0, "亿斤")]),
    ],
)
def test_place_after_the_year_stays_whole(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026年内完成改造老旧小区20个。", [("改造老旧小区", 20.0, "个")]),
        ("2026年内建成口袋公园10个。", [("口袋公园", 10.0, "个")]),
    ],
)
def test_within_the_year_is_still_a_filler(text, expected):
    assert _rows(text) == expected
