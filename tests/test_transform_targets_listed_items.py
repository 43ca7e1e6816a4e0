"""Items of a 、-list each hold their own words: the tail of the item before ("…按3%左右安排、")
is no part of the next one's indicator, and a comparison in the item before ("比上年增加300亿元")
gives no baseline year to a level named after it ("…、支出规模达到80亿元")."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _targets(text: str) -> dict[float, dict]:
    return {t["value"]: t for t in parse_document(text, source="n.txt", is_text=True).targets}


_HEAD = "某市2026年经济社会发展主要预期目标：\n"


@pytest.mark.parametrize(
    "line",
    [
        "地区生产总值增长6%左右、赤字率拟按3%左右安排、债务规模比上年增加300亿元、支出规模将首次达到80亿元。",
        "地区生产总值增长6%左右、赤字率按3%左右安排、债务规模较上年增加300亿元、支出规模达到80亿元、发行专项债券40亿元。",
    ],
)
def test_each_item_of_a_list_holds_its_own_words(line):
    got = _targets(_HEAD + line + "\n")
    assert got[300.0]["indicator"] == "债务规模"
    assert got[300.0]["baseline_year"] == 2025
    assert got[80.0]["indicator"] == "支出规模"
    assert got[80.0]["baseline_year"] is None


def test_a_shared_comparison_still_dates_a_list_of_changes():
    got = _targets(_HEAD + "工业增加值、服务业增加值同比分别增长6%、8%。\n")
    assert got[6.0]["baseline_year"] == 2025 and got[8.0]["baseline_year"] == 2025


def test_a_note_in_brackets_is_no_item_of_the_list():
    got = _targets(_HEAD + "地区生产总值增长6%左右、城镇调查失业率5.5%左右；债务规模80亿元(人民币、下同)、较上年增加30亿元。\n")
    assert got[30.0]["indicator"] != "下同"
