"""A share in tenths (成): 七成以上 is value 7, unit 成, as the dev gold reads 增一成 (value 1,
unit 成), and as 百分之五十 is read 50 %. 成 in a word after a number (3成立, 两成为, 一成不变,
三五成群) is no unit. Examples are invented."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple]:
    return [
        (r["indicator"], r["value"], r["unit"], r["comparator"], r["year"])
        for r in extract_targets(text)
    ]


@pytest.mark.parametrize("text, rows", [
    ("到2030年，县域生活垃圾分类覆盖率达到七成以上。",
     [("县域生活垃圾分类覆盖率", 7, "成", ">=", 2030)]),
    ("2026年，全区装配式建筑占比达到三成。", [("装配式建筑占比", 3, "成", "=", 2026)]),
    ("到2028年底，力争规上企业研发机构覆盖率达到5成左右。",
     [("规上企业研发机构覆盖率", 5, "成", "~", 2028)]),
])
def test_tenths_are_a_share(text, rows):
    assert _rows(text) == rows


@pytest.mark.parametrize("text", [
    "全市已有3成立了专业合作社。",
    "新建的100个村中两成为示范村。",
    "坚持标准一成不变。",
    "游客三五成群。",
])
def test_cheng_in_a_word_is_no_unit(text):
    assert [r for r in extract_targets(text) if r["unit"] == "成"] == []


def test_tenths_are_no_measure_word_of_the_page():
    """成 is a unit of the target scan only: a heading "1.2成立工作专班" stays an outline number
    (transform/tree.py reads BASE_UNITS as the measure words after "1.")."""
    from transform.unit_scale import BASE_UNITS, unit_kind

    assert "成" not in BASE_UNITS
    assert unit_kind("成") == "percent"
