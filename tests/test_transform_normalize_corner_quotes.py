"""Corner quotes of a traditional rendering (「十四五」, 「一事一议」, 『…』 inside them), which some
converters write for the mainland “” and ‘’: the working copy reads them as the mainland quotes,
so the rules that read “十四五” or strip a quoted lead read them alike; output strings keep the
corner quotes as printed."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.normalize import working_copy


def _parse(text: str):
    return parse_document(text.encode(), source="x", is_text=True)


def test_corner_quotes_read_as_mainland_quotes_and_print_as_printed():
    w = working_copy("推進「十四五」規劃『兩新』項目")
    assert w.text == "推进“十四五”规划‘两新’项目"
    assert w.printed("“十四五”规划") == "「十四五」規劃"
    assert w.printed_chars("“两新”") == "「兩新」"


@pytest.mark.parametrize("line,indicator", [
    ("1.「十四五」期間新改擴建普惠性幼兒園20所。（牽頭單位：縣教育局）", "新改擴建普惠性幼兒園"),
    ("1.「十四五」期间新改扩建普惠性幼儿园20所。（牵头单位：县教育局）", "新改扩建普惠性幼儿园"),
])
def test_a_quoted_period_opening_the_phrase_is_no_part_of_the_indicator(line, indicator):
    r = _parse(f"某某縣「十四五」教育事業發展規劃\n一、主要目標\n{line}\n")
    assert [g["indicator"] for g in r.targets] == [indicator]


@pytest.mark.parametrize("text", [
    "為認真貫徹有關精神，把高質量發展要求貫穿到「十四五」規劃編制之中，縣發改局組織「十四五」規劃綱要編制專家團隊。\n",
    "县发改局组织「十四五」规划纲要编制专家团队，把高质量发展要求贯穿到「十四五」规划编制之中。\n",
])
def test_plan_years_of_a_quoted_five_year_plan(text):
    doc = _parse(text).document
    assert (doc["plan_start_year"], doc["plan_end_year"]) == (2021, 2025)


def test_quoted_names_in_indicators_keep_both_quotes():
    text = (
        "某某縣2024年重點工作\n一、鄉村建設\n1.實施「一事一議」硬化村內巷道3.5萬平方米。（牽頭單位：縣財政局）\n"
        "2.培育「專精特新」企業10家。（牽頭單位：縣工信局）\n"
    )
    assert [g["indicator"] for g in _parse(text).targets] == ["「一事一議」硬化村內巷道", "「專精特新」企業"]
