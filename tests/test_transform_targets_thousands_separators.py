"""Numbers with a thousands separator (round 34A): the comma inside 14,500 is no clause or list
boundary, so the clause of a number (its indicator, its text) does not start or end inside
another number of the same clause (建成4,000公里、开工8,000公里). A comma between numbers that
is no separator (5,10个; 2023年,12个) stays a boundary. Examples are invented."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple]:
    return [(r["value"], r["unit"], r["indicator"], r["text"]) for r in extract_targets(text)]


def test_a_list_of_separated_numbers_keeps_its_clause():
    got = _rows("农村公路提档升级工程建成4,000公里、开工8,000公里。")
    assert [(v, u) for v, u, _, _ in got] == [(4000.0, "公里"), (8000.0, "公里")]
    assert all(text == "农村公路提档升级工程建成4,000公里、开工8,000公里" for *_, text in got)
    assert "000" not in got[1][2] and "开工" in got[1][2]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a plan item
        (
            "新建农村户用厕所14,500座，改造提升公厕1,200座。",
            [(14500.0, "座", "新建农村户用厕所14,500座"), (1200.0, "座", "改造提升公厕1,200座")],
        ),
        # a news report
        (
            "今年全市计划新增城镇就业12,000人、培训农民工3,500人次。",
            [
                (12000.0, "人", "今年全市计划新增城镇就业12,000人、培训农民工3,500人次"),
                (3500.0, "人次", "今年全市计划新增城镇就业12,000人、培训农民工3,500人次"),
            ],
        ),
        # a table row rendered as text
        (
            "1\t道路硬化\t硬化村组道路1,250公里、新建桥梁2,100座\t县交通局",
            [
                (1250.0, "公里", "硬化村组道路1,250公里、新建桥梁2,100座"),
                (2100.0, "座", "硬化村组道路1,250公里、新建桥梁2,100座"),
            ],
        ),
    ],
)
def test_clause_text_runs_over_separators(text, expected):
    got = [(v, u, t) for v, u, _, t in _rows(text)]
    assert [(v, u) for v, u, _ in got] == [(v, u) for v, u, _ in expected]
    assert all(exp in t for (_, _, t), (_, _, exp) in zip(got, expected, strict=True))


def test_year_head_before_separated_numbers():
    rows = extract_targets("到2025年，新增高标准农田12,500亩，建成冷库1,100座。")
    assert [(r["value"], r["year"]) for r in rows] == [(12500.0, 2025), (1100.0, 2025)]


@pytest.mark.parametrize(
    "text,expected",
    [
        # no separator: the comma ends the clause as before
        ("分别达到5,10个", [(10.0, "个", "10个")]),
        ("2023年,新增12个", [(12.0, "个", "2023年,新增12个")]),
        ("增长100,新增200个", [(200.0, "个", "新增200个")]),
    ],
)
def test_commas_that_are_no_separator_stay_boundaries(text, expected):
    assert [(v, u, t) for v, u, _, t in _rows(text) if u] == expected
