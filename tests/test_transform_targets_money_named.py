"""A budget that names its money (国债, 专项债券, 资金, 预算内投资) is measured by that money: the
funding verb (安排, 发行, 拟安排) and the purpose after the amount are no part of the indicator."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("拟发行超长期特别国债1.3万亿元。", "超长期特别国债"),
        ("拟安排地方政府专项债券4.4万亿元。", "地方政府专项债券"),
        ("安排超长期特别国债3000亿元支持消费品以旧换新。", "超长期特别国债"),
        ("中央预算内投资拟安排7350亿元。", "中央预算内投资"),
        ("全年争取上级专项资金1200万元用于乡村振兴。", "上级专项资金"),
    ],
)
def test_the_money_named_is_the_indicator(text, indicator):
    (r,) = extract_targets(text, annual_year=2026)
    assert r["indicator"] == indicator


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        # who pays, then the verb, then what it pays for: unchanged
        ("区级财政安排4000万元重大项目前期费。", "区级财政重大项目前期费"),
        ("投资3000万元建设养殖基地。", "养殖基地投资"),
    ],
)
def test_budgets_without_named_money_keep_their_purpose(text, indicator):
    (r,) = extract_targets(text, annual_year=2026)
    assert r["indicator"] == indicator


@pytest.mark.parametrize(
    ("sentence", "indicator"),
    [
        ("今年擬發行超長期特別國債1.3萬億元。", "超長期特別國債"),
        ("今年中央預算內投資擬安排7350億元。", "中央預算內投資"),
        ("今年安排超長期特別國債3000億元支持消費品以舊換新。", "超長期特別國債"),
    ],
)
def test_traditional_news_copy(sentence, indicator):
    text = "政府工作報告摘要\n今年發展主要預期目標是經濟增長5%左右。" + sentence + "\n"
    got = parse_document(text, source="x.txt", is_text=True).targets
    assert [t["indicator"] for t in got if t["unit"] != "%"] == [indicator]
