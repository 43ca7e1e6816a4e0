"""An amount that qualifies the project after it with 的 ("总投资约44.2亿元的石大路南延工程") pays for
that project: the 的 is no part of what the budget is for."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple[str, float, str]]:
    return [(r["indicator"], r["value"], r["unit"]) for r in extract_targets(text, annual_year=2025)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a news report
        (
            "其中总投资约44.2亿元的石大路南延工程、总投资约16.7亿元的滨海湾中心医院计划新开工。",
            [("石大路南延工程投资", 44.2, "亿元"), ("滨海湾中心医院计划新开工投资", 16.7, "亿元")],
        ),
        # a plan line
        ("实施投资3000万元的农贸市场改造项目。", [("农贸市场改造项目投资", 3000.0, "万元")]),
    ],
)
def test_the_project_an_amount_qualifies(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("投资3000万元建设南美白对虾养殖基地。", [("南美白对虾养殖基地投资", 3000.0, "万元")]),
        ("区级财政安排4000万元重大项目前期费。", [("区级财政重大项目前期费", 4000.0, "万元")]),
    ],
)
def test_a_purpose_without_de_does_not_change(text, expected):
    assert _rows(text) == expected
