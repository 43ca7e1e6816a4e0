"""A raise of years of age or schooling is a relative change: 人均预期寿命提高1岁 and
平均受教育年限提高0.5年 are increases (no work is counted in years), and the 0.5年 after 提高 is
a length of time like the 11.7年 after 提高到, not a date. A level (提高到80岁) stays a level."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


@pytest.mark.parametrize("text,value,unit", [
    ("人均预期寿命提高1岁", 1, "岁"),
    ("到2025年，全市人均预期寿命较2020年提高1岁左右", 1, "岁"),
    ("居民人均期望寿命比2020年提升1.5岁", 1.5, "岁"),
    ("劳动年龄人口平均受教育年限提高0.5年", 0.5, "年"),
    ("新增劳动力平均受教育年限增加1年以上", 1, "年"),
])
def test_a_raise_of_years_is_an_increase(text, value, unit):
    (t,) = extract_targets(text)
    assert (t["value"], t["unit"], t["change"]) == (value, unit, "increase")


@pytest.mark.parametrize("text,value", [
    ("人均预期寿命提高到80岁", 80),
    ("劳动年龄人口平均受教育年限提高到11.5年", 11.5),
    ("人均预期寿命达到79岁", 79),
])
def test_a_level_in_years_is_no_change(text, value):
    (t,) = extract_targets(text)
    assert (t["value"], t["change"]) == (value, None)


def test_a_year_after_a_raise_word_is_still_no_length_when_it_is_a_date():
    assert [t["value"] for t in extract_targets("力争提高3年内完成")] == []


_TRADITIONAL = """某市衛生健康事業發展“十四五”規劃
一、主要目標
到2025年,人均預期壽命在2020年基礎上提高1歲左右,孕產婦死亡率控制在10/10萬以下。
"""


def test_in_a_traditional_plan():
    p = parse_document(_TRADITIONAL, source="p.txt", is_text=True)
    t = next(t for t in p.targets if t["unit"] in ("岁", "歲"))
    assert (t["value"], t["change"], t["year"]) == (1, "increase", 2025)


@pytest.mark.parametrize("text,change", [
    ("工业产值提高1倍", "increase"),
    ("研发效率提升3倍以上", "increase"),
    ("产值达到2020年的2倍", None),
])
def test_a_raise_in_multiples_is_an_increase(text, change):
    (t,) = extract_targets(text)
    assert t["change"] == change
