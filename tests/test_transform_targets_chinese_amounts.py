"""Amounts written in Chinese numerals or with a 千 scale (round 13B): a 万 inside a numeral that
goes on below it (一万二千人 = 12000 人), a Chinese amount with a scale word before its unit
(三百五十万头) after a verb of level as well as of work, and 千 as a scale word after Arabic
digits (8千亩, 12.5千公顷) but not where it starts a unit (千瓦, 千米, 千伏). Examples are invented."""

from __future__ import annotations

import pytest

from transform.numerals import parse_number
from transform.targets import extract_targets


def _vu(text: str) -> list[tuple]:
    return [(r["value"], r["unit"]) for r in extract_targets(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("全年新增城镇就业一万二千人。", [(12000.0, "人")]),
        ("新建高标准农田三万五千亩。", [(35000.0, "亩")]),
        ("完成人工造林两万零八百亩。", [(20800.0, "亩")]),
        ("培训新型职业农民一万五千人次以上。", [(15000.0, "人次")]),
        # a scale word with nothing below it stays the unit
        ("新增有效灌溉面积两万亩。", [(2.0, "万亩")]),
        ("完成油茶低改一百二十万亩。", [(120.0, "万亩")]),
    ],
)
def test_chinese_numerals_with_wan_inside(text, expected):
    assert _vu(text) == expected


@pytest.mark.parametrize("s,value", [("一万二千", 12000.0), ("三万零五百", 30500.0), ("两万", 20000.0)])
def test_parse_number_reads_wan_inside(s, value):
    assert parse_number(s) == value


@pytest.mark.parametrize(
    "text,expected",
    [
        ("能繁母猪存栏稳定在三十五万头。", [(35.0, "万头")]),
        ("粮食总产量保持在一百二十万吨左右。", [(120.0, "万吨")]),
        ("蔬菜播种面积稳定在二十五万亩以上。", [(25.0, "万亩")]),
    ],
)
def test_chinese_amounts_with_a_scale_after_a_level_verb(text, expected):
    assert _vu(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "深入实施百万人才工程。",
        "推进千万工程经验落地。",
        "打造百亿元级产业园区。",
        "坚持一万年不动摇。",
    ],
)
def test_slogans_with_scale_words_stay_out(text):
    assert _vu(text) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("茶园面积稳定在8千亩以上。", [(8.0, "千亩")]),
        ("粮食播种面积保持在96.5千公顷。", [(96.5, "千公顷")]),
        ("新建城市绿道3千米，新建10千伏线路20公里。", [(3.0, "千米"), (20.0, "公里")]),
        ("全社会用电量达到45亿千瓦时。", [(45.0, "亿千瓦时")]),
    ],
)
def test_qian_as_a_scale_word_after_digits(text, expected):
    assert _vu(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("全镇特色产业年产值达到百亿元。", [(100.0, "亿元")]),
        ("村集体经济总收入突破千万元。", [(1000.0, "万元")]),
    ],
)
def test_round_amounts_reached_stay_targets(text, expected):
    assert _vu(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("峰值算力超过200PFLOPS(每秒二十万亿次运算)。", [(200.0, "PFLOPS")]),
        ("打造一百五十万吨级炼化基地。", []),
    ],
)
def test_glosses_and_names_with_chinese_amounts_stay_out(text, expected):
    assert _vu(text) == expected
