"""增产 and 增收 name an increase of what comes before them, 减排 a decrease (粮食增产5万吨,
农民人均增收1000元, 化学需氧量减排5%), and the 均 of 人均/亩均/户均 before a change word stays
in the indicator (农民人均增长8% measures 农民人均…, not 农民人)."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize("text,change", [
    ("全年粮食增产5万吨", "increase"),
    ("财政收入比上年增收2亿元", "increase"),
    ("带动农户增收3000元以上", "increase"),
    ("化学需氧量同比减排5%", "decrease"),
    ("全年二氧化碳减排20万吨", "decrease"),
])
def test_yield_income_and_emission_words_are_changes(text, change):
    (t,) = extract_targets(text)
    assert t["change"] == change


def test_the_change_word_is_no_part_of_the_indicator():
    (t,) = extract_targets("粮食产量增产5万吨")
    assert t["indicator"] == "粮食产量"


@pytest.mark.parametrize("text,indicator", [
    ("农民人均增长8%", "农民人均"),
    ("全县农民人均增收1000元", "农民人均"),
    ("企业亩均提高到30万元", "企业亩均"),
    ("农户户均增加2000元", "农户户均"),
])
def test_the_jun_of_a_per_unit_word_stays(text, indicator):
    (t,) = extract_targets(text)
    assert t["indicator"] == indicator


@pytest.mark.parametrize("text,indicator", [
    ("各乡镇均达到90%", "各乡镇"),
    ("GDP年均增长7%", "GDP"),
])
def test_jun_meaning_all_still_goes(text, indicator):
    (t,) = extract_targets(text)
    assert t["indicator"] == indicator
