"""A row of an indicator table rendered one cell per line and cut from its header ("2020年 /
2025年 / 属性" stands above, in another section or task): the name, the base year's figure, the
target and the attribute cell (约束性, 预期性). The target is the second figure; the first is a
base value, no target. A row with one figure, or two figures without the attribute cell, reads as
before."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple[str | None, float, str, str]]:
    return [
        (r["indicator"], r["value"], r["unit"], r["comparator"])
        for r in extract_targets(text, annual_year=2025)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an education plan's row, the unit in brackets after the name
        ("学前教育毛入园率(%)\n99%\n99%以上\n约束性", [("学前教育毛入园率", 99, "%", ">=")]),
        # an environment plan's row with a unit cell
        ("森林覆盖率\n%\n22\n25\n约束性", [("森林覆盖率", 25, "%", "=")]),
        # a measure in brackets, an expected indicator
        ("细颗粒物浓度(微克/立方米)\n36\n31\n预期性", [("细颗粒物浓度", 31, "微克/立方米", "=")]),
        # cells joined with 。 by the structure step, traditional attribute
        ("普惠性幼兒園覆蓋率(%)。86.44%。90%以上。預期性", [("普惠性幼兒園覆蓋率", 90, "%", ">=")]),
    ],
)
def test_second_figure_is_the_target(text: str, expected: list) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # one figure: it is the target
        ("森林覆盖率\n%\n25\n约束性", [25]),
        # two figures without the attribute cell: no row of an indicator table is known
        ("粮食播种面积\n万亩\n120\n130", [120]),
    ],
)
def test_other_rows_unchanged(text: str, values: list) -> None:
    assert [r["value"] for r in extract_targets(text, annual_year=2025)][: len(values)] == values
