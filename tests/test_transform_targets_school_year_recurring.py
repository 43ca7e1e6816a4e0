"""A figure done every school year or term (每学年, 每个学年, 每学期) recurs as one done 每年 does:
no year, in an annual plan too, and the frequency word is no part of the indicator."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple[str, float, int | None]]:
    return [(r["indicator"], r["value"], r["year"]) for r in extract_targets(text, annual_year=2025)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("每学期开展家长培训2次。", [("家长培训", 2.0, None)]),
        ("新建学校3所,每学年新增学位1200个。", [("学校", 3.0, 2025), ("学位", 1200.0, None)]),
        ("4.每个学年组织学生体质监测1次以上(牵头单位:县教育局)", [("学生体质监测", 1.0, None)]),
    ],
)
def test_every_school_year_recurs(text, expected):
    assert _rows(text) == expected


def test_every_school_year_with_a_count_before_its_noun():
    rows = extract_targets("每学年为6万余名中小学生开展心理健康测评。", annual_year=2025)
    assert [(r["value"], r["year"], r["comparator"]) for r in rows] == [(6.0, None, ">=")]
    assert not rows[0]["indicator"].startswith("每")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("学年内完成家访500户。", [("学年内完成家访", 500.0, 2025)]),  # within the year: dated
        ("全年开展学生体质测试5万人次。", [("学生体质测试", 5.0, 2025)]),
    ],
)
def test_near_misses_keep_the_plan_year(text, expected):
    assert _rows(text) == expected
