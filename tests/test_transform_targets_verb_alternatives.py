"""A lead verb with its alternative in brackets right before a count (新建(改建)10家标准化老年食堂,
新建(改扩建)3所幼儿园) heads the noun after the number as the verb alone does: the indicator was
None (the bracket was left as the whole phrase)."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple[str, float, str]]:
    return [(r["indicator"], r["value"], r["unit"]) for r in extract_targets(text, annual_year=2025)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a list of 实事
            "3.养老托育服务提升工程。新建(改建)10家标准化老年食堂,全年助餐服务人次达200万以上",
            [("新建(改建)标准化老年食堂", 10.0, "家"), ("助餐服务人次", 200.0, "万")],
        ),
        ("新建(改扩建)3所幼儿园。", [("新建(改扩建)幼儿园", 3.0, "所")]),
        ("新建(含改建)10家食堂。", [("新建(含改建)食堂", 10.0, "家")]),
    ],
)
def test_a_verb_with_its_alternative_heads_the_noun(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新建10家食堂。", [("新建食堂", 10.0, "家")]),
        ("新(改)建农村公路1500公里。", [("新(改)建农村公路", 1500.0, "公里")]),
    ],
)
def test_near_misses(text, expected):
    assert _rows(text) == expected
