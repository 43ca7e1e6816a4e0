"""A work verb with a second one right after it (新建改建, 新建改扩建, 建设改善) names the work whole:
the first is no lead verb to cut (新建改扩建幼儿园 as the dev gold reads it, was 改扩建幼儿园), and
before a count the pair heads the noun (新建改建市民益智健身苑点, was 改建…)."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple[str, float, str]]:
    return [(r["indicator"], r["value"], r["unit"]) for r in extract_targets(text, annual_year=2025)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全县新建改扩建幼儿园1所。", [("新建改扩建幼儿园", 1.0, "所")]),
        ("新建改建10个市民益智健身苑点。", [("新建改建市民益智健身苑点", 10.0, "个")]),
        (
            "19.新建改建1个市民球场、1条市民健身步道",
            [("新建改建市民球场", 1.0, "个"), ("市民健身步道", 1.0, "条")],
        ),
        ("建设改善30间生产一线职工工间休息室。", [("建设改善生产一线职工工间休息室", 30.0, "间")]),
        ("年内新建改造农村公路120公里。", [("新建改造农村公路", 120.0, "公里")]),
    ],
)
def test_a_verb_pair_names_the_work(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新建农村公路120公里。", [("农村公路", 120.0, "公里")]),  # one verb: cut as before
        ("新建10个口袋公园。", [("新建口袋公园", 10.0, "个")]),
        ("完成改造老旧小区30个。", [("改造老旧小区", 30.0, "个")]),
    ],
)
def test_one_lead_verb_is_cut_as_before(text, expected):
    assert _rows(text) == expected
