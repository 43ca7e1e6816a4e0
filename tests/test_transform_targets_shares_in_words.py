"""Shares and decimals written in Chinese words (round 13B): 千分之N is N ‰ and 十万分之N is N per
100,000 (/10万), as 百分之N is N % (spec: 百分之五十 -> 50); a range of such shares keeps its second
bound out of the indicator; a Chinese numeral with a decimal point (一百二十点五万吨) is read whole.
Data: lexicons/target_units.toml (fraction_words). Examples are invented."""

from __future__ import annotations

import pytest

from transform.numerals import parse_number
from transform.targets import extract_targets


def _vuc(text: str) -> list[tuple]:
    return [(r["value"], r["unit"], r["comparator"]) for r in extract_targets(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("到2025年，婴儿死亡率控制在千分之四点五以下。", [(4.5, "‰", "<=")]),
        ("5岁以下儿童死亡率不超过千分之六。", [(6.0, "‰", "<=")]),
        ("孕产妇死亡率控制在十万分之十二以内。", [(12.0, "/10万", "<=")]),
        ("森林覆盖率稳定在百分之六十八以上。", [(68.0, "%", ">=")]),
    ],
)
def test_shares_in_words_take_their_unit(text, expected):
    assert _vuc(text) == expected


def test_a_range_of_shares_in_words():
    rows = extract_targets("城乡居民收入年均增长百分之六到百分之七。")
    assert [(r["value"], r["unit"], r["ambiguous"]) for r in rows] == [(6.0, "%", True)]
    assert "之七" not in (rows[0]["indicator"] or "")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("粮食总产量达到一百二十点五万吨。", [(120.5, "万吨", "=")]),
        ("新建农村公路三十二点八公里。", [(32.8, "公里", "=")]),
    ],
)
def test_chinese_decimals_are_read_whole(text, expected):
    assert _vuc(text) == expected


@pytest.mark.parametrize("s,value", [("千分之五", 5.0), ("十万分之十二", 12.0), ("百分之百", 100.0)])
def test_parse_number_reads_shares_in_words(s, value):
    assert parse_number(s) == value


@pytest.mark.parametrize("text", ["提升一点，", "抓好三个重点。", "十分之一的村庄。"])
def test_words_that_only_look_like_shares_stay_out(text):
    assert extract_targets(text) == []
