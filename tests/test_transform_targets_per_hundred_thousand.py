"""A rate per 100,000 written with Arabic digits before 分之 ("10万分之12", "10萬分之58") is one
value in /10万, as 十万分之十二 and 12/10万 are, never 10 万分 and a bare 12 after 之."""
from __future__ import annotations

from transform.document import parse_document
from transform.targets import extract_targets


def _rows(text: str) -> list[tuple[float, str, str]]:
    return [(t["value"], t["unit"], t["comparator"]) for t in extract_targets(text, first_year=2021)]


def test_arabic_per_hundred_thousand():
    assert _rows("到2025年，孕产妇死亡率下降到10万分之12以下。") == [(12.0, "/10万", "<=")]


def test_arabic_per_hundred_thousand_with_a_decimal_value():
    assert _rows("全市肺结核发病率控制在10万分之45.5以内。") == [(45.5, "/10万", "<=")]


def test_the_words_form_is_unchanged():
    assert _rows("到2025年，孕产妇死亡率下降到十万分之十二。") == [(12.0, "/10万", "=")]


def test_a_fraction_of_ten_thousand_is_no_score():
    assert all(u != "万分" for _, u, _ in _rows("事故率降低到1万分之3。"))


def test_a_traditional_page():
    text = "某縣健康行動實施方案\n一、主要目標\n到2025年，全縣孕產婦死亡率下降到10萬分之18以下，嬰兒死亡率控制在5‰以下。\n"
    got = [(t["value"], t["unit"]) for t in parse_document(text, source="p.txt", is_text=True).targets]
    assert (18.0, "/10万") in got or (18.0, "/10萬") in got
    assert all(not u.endswith("分") for _, u in got)
