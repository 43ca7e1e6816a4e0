"""The values of the base year a change is measured from are no targets (round 13B): "比2010年的
12.4万吨、1.07万吨分别减少11.9%、15.5%" gives 11.9% and 15.5% only, as "由30%提高到50%" gives 50%.
Examples are invented."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _vu(text: str) -> list[tuple]:
    return [(r["value"], r["unit"]) for r in extract_targets(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "到2027年，二氧化硫排放总量控制在2.1万吨以内，比2022年的2.4万吨减少12.5%。",
            [(2.1, "万吨"), (12.5, "%")],
        ),
        (
            "化学需氧量、氨氮排放总量比2020年的8.6万吨、0.7万吨分别减少9%、10%。",
            [(9.0, "%"), (10.0, "%")],
        ),
        ("单位产值能耗比上年的0.52吨标准煤下降3%。", [(3.0, "%")]),
        ("万元工业增加值用水量较基期的28立方米降低16%。", [(16.0, "%")]),
    ],
)
def test_base_year_values_are_no_targets(text, expected):
    assert _vu(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("比2020年增加绿地面积30万平方米。", [(30.0, "万平方米")]),
        ("2025年的目标值为60%，新增造林1.2万亩。", [(60.0, "%"), (1.2, "万亩")]),
    ],
)
def test_other_numbers_near_a_year_stay(text, expected):
    assert _vu(text) == expected
