"""A count in 条 of the plan's own items is none of its targets, as one in 项/件 is: "围绕六个方面出台了
22条重点任务", "提出15条具体措施"; a count of roads or lines in 条 stays a target."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _values(text: str) -> set[float]:
    return {r["value"] for r in extract_targets(text, default_year=2025)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("《三年行动计划》围绕强链升级行动、数字蝶变行动等方面出台了22条重点任务。", 22.0),
        ("方案从六个方面提出15条具体措施。", 15.0),
        ("方案明确了20条主要任务。", 20.0),
    ],
)
def test_a_count_of_the_plans_own_items_in_tiao(text, value):
    assert value not in _values(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("新建城市道路3条,改造背街小巷12条。", 3.0),
        ("推出50条生态旅游精品线路。", 50.0),
        ("打通断头路5条。", 5.0),
    ],
)
def test_counts_of_things_in_tiao_stay(text, value):
    assert value in _values(text)
