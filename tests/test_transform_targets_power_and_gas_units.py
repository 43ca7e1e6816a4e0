"""Transformer capacity (千伏安, 兆伏安, MVA) and standard cubic metres of gas (标方) are units of an
amount to build: 新增配变容量35兆伏安 is a target. Glued to a noun they still name a class of thing
(400千伏安变压器), and a voltage (110千伏变电站) is never an amount."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple[float, str]]:
    return [(r["value"], r["unit"]) for r in extract_targets(text, annual_year=2026)]


@pytest.mark.parametrize("text, rows", [
    ("新增配电变压器容量480千伏安。", [(480, "千伏安")]),
    ("全年新增主变容量63兆伏安，改造配变容量4.2万千伏安。", [(63, "兆伏安"), (4.2, "万千伏安")]),
    ("到2028年，城区新增变电容量不少于300MVA。", [(300, "MVA")]),
    ("天然气年供应能力达到1.6亿标方。", [(1.6, "亿标方")]),
    ("新建应急储气设施，储气能力达到50万标方以上。", [(50, "万标方")]),
])
def test_capacity_amounts_are_read(text, rows):
    assert _rows(text) == rows


@pytest.mark.parametrize("text, rows", [
    ("更换630千伏安变压器12台。", [(12, "台")]),
    ("建成35千伏变电站2座、110千伏输电线路18公里。", [(2, "座"), (18, "公里")]),
])
def test_classes_stay_names(text, rows):
    assert _rows(text) == rows


def test_comparator_and_indicator_of_a_capacity():
    (row,) = extract_targets("到2027年，农网配变容量提升至85万千伏安左右。", annual_year=None)
    assert (row["indicator"], row["value"], row["unit"], row["comparator"], row["year"]) == (
        "农网配变容量", 85, "万千伏安", "~", 2027)
