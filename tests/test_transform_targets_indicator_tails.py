"""Words between what is measured and its figure are no part of the indicator: an adverb of time
(将首次达到), a planned rate (拟按4%左右安排), "real" growth (实际增长8%) and the currency named
before an amount (比上年增加人民币2300亿元, whose change is still an increase over last year); a rate planned
with 按 (赤字率拟按3%左右安排) is a target, not a proportion."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _targets(text: str) -> list[dict]:
    return parse_document(text, source="n.txt", is_text=True).targets


_HEAD = "某县2026年经济社会发展主要预期目标：\n"


@pytest.mark.parametrize(
    "clause,indicator,value",
    [
        ("一般公共预算支出规模将首次达到80亿元", "一般公共预算支出规模", 80.0),
        ("全县财政支出将首次突破50亿元", "财政支出", 50.0),
        ("赤字率拟按3%左右安排", "赤字率", 3.0),
        ("农村居民人均可支配收入实际增长7%", "农村居民人均可支配收入", 7.0),
        ("城镇居民人均可支配收入实际增长6.5%", "城镇居民人均可支配收入", 6.5),
    ],
)
def test_adverbs_before_the_figure_are_trimmed(clause, indicator, value):
    text = _HEAD + f"地区生产总值增长6%左右；{clause}；城镇调查失业率控制在5.5%以内。\n"
    got = {t["value"]: t["indicator"] for t in _targets(text)}
    assert got.get(value) == indicator


@pytest.mark.parametrize("currency", ["人民币", "人民币 "])
def test_a_currency_before_an_amount_keeps_the_change(currency):
    text = _HEAD + f"地区生产总值增长6%左右；债务限额比上年增加{currency}300亿元；城镇调查失业率控制在5.5%以内。\n"
    t = next(t for t in _targets(text) if t["value"] == 300.0)
    assert t["change"] == "increase"
    assert t["indicator"] == "债务限额"
