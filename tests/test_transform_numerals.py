"""Chinese/Arabic numerals and the unit scale used by target extraction."""
from __future__ import annotations

import math

import pytest

from transform.numerals import parse_cn_number, parse_number, to_halfwidth
from transform.unit_scale import split_unit, standardize, unit_kind


@pytest.mark.parametrize("text, value", [
    ("一", 1), ("两", 2), ("十", 10), ("十二", 12), ("二十", 20), ("二十五", 25),
    ("一百二十", 120), ("三千", 3000), ("一千零五", 1005), ("三点五", 3.5), ("二〇二五", 2025),
])
def test_chinese_numerals(text, value):
    assert parse_cn_number(text) == value


@pytest.mark.parametrize("text, value", [
    ("1.57", 1.57), ("1,000", 1000), ("１２", 12), ("百分之五十", 50), ("百分之百", 100),
    ("百分之12.5", 12.5), ("十二", 12),
])
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "一x", "点", "百分之"])
def test_parse_number_rejects_non_numbers(text):
    assert parse_number(text) is None


def test_huge_numbers_are_rejected_not_infinite():
    assert parse_number("9" * 400) is None


def test_halfwidth_keeps_length():
    s = "（牵头单位：县发改局）１２％，ＰＭ２．５"
    h = to_halfwidth(s)
    assert len(h) == len(s)
    assert h == "(牵头单位:县发改局)12%,PM2.5"


@pytest.mark.parametrize("unit, scale, base", [
    ("万亩", 1e4, "亩"), ("亿元", 1e8, "元"), ("万千瓦", 1e4, "千瓦"), ("千瓦", 1, "千瓦"),
    ("亿立方米", 1e8, "立方米"), ("万人次", 1e4, "人次"), ("百万吨", 1e6, "吨"), ("亿", 1e8, ""),
    ("%", 1, "%"), ("家", 1, "家"), ("千米", 1, "千米"), ("foo", 1, "foo"), ("万元/亩", 1e4, "元/亩"),
])
def test_split_unit(unit, scale, base):
    assert split_unit(unit) == (scale, base)


def test_standardize():
    assert standardize(0.1, "万亩") == (1000.0, "亩")
    assert standardize(1.57, "万头") == (15700.0, "头")
    assert standardize(418, "亿元") == (418e8, "元")
    assert standardize(2.5, "个百分点") == (2.5, "个百分点")
    assert standardize(2.5, "百分点") == (2.5, "个百分点")
    assert standardize(7, "不知道") == (7, "不知道")
    v, u = standardize(1e300, "万亿元")
    assert math.isfinite(v)


@pytest.mark.parametrize("unit, kind", [
    ("家", "count"), ("万头", "count"), ("%", "percent"), ("个百分点", "percent"), ("万吨", "capacity"),
    ("千伏", "capacity"), ("亿元", "money"), ("分钟", "time"), ("公里", "measure"), ("", "none"),
])
def test_unit_kind(unit, kind):
    assert unit_kind(unit) == kind
