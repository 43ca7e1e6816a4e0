"""人民币 after a money amount in a news copy names the currency: "1.3万亿人民币" is money (unit
万亿人民币, not 万亿 + 人 of people), and "2300亿元人民币" stays an amount in 亿元 (the currency is no
thing the amount names), also in traditional characters and in a budget's purpose."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


@pytest.mark.parametrize(
    ("text", "value", "unit", "indicator"),
    [
        ("今年计划发行超长期特别国债1.3万亿人民币。", 1.3, "万亿人民币", "超长期特别国债"),
        ("赤字规模比上年增加2300亿元人民币。", 2300, "亿元", "赤字规模"),
        ("全年进出口总额达到500亿人民币。", 500, "亿人民币", "进出口总额"),
        ("安排资金5000万元人民币用于老旧小区改造。", 5000, "万元", "安排资金老旧小区改造"),
    ],
)
def test_renminbi_is_the_currency(text, value, unit, indicator):
    (r,) = extract_targets(text, annual_year=2026)
    assert (r["value"], r["unit"], r["indicator"]) == (value, unit, indicator)


def test_traditional_news_copy():
    text = "政府工作報告摘要\n今年的全年經濟增長目標為5%左右。今年計劃發行超長期特別國債1.3萬億人民幣。\n"
    got = [t for t in parse_document(text, source="x.txt", is_text=True).targets if t["unit"] != "%"]
    assert [(t["value"], t["unit"]) for t in got] == [(1.3, "萬億人民幣")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [("全年新增就业1.2万人。", "万人"), ("惠及10万人民群众。", "万")],
)
def test_people_stay_people(text, unit):
    got = extract_targets(text, annual_year=2026)
    assert all(r["unit"] != "万人民币" for r in got)
    if unit == "万人":
        assert [r["unit"] for r in got] == ["万人"]


@pytest.mark.parametrize(
    ("text", "comparator"),
    [("到2020年，旅游总收入200亿元人民币以上。", ">="), ("全年外贸进出口总额3000亿元人民币左右。", "~")],
)
def test_a_bound_after_the_currency(text, comparator):
    (r,) = extract_targets(text)
    assert (r["unit"], r["comparator"]) == ("亿元", comparator)
