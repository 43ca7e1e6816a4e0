"""过 right before a number reads as 超过 (">="): "加工产值过50亿元", "年营收过百亿元" in a news copy
of a plan; the words that merely end with 过 (通过3年努力, 经过5轮评审, 不过) give no comparator
(audit rounds 17B/18B: a 县 report news read 产值过50亿元 as "="). Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets.comparators import _prefix_comparator


def _targets(text: str) -> list[dict]:
    return parse_document(text, source="x.txt", is_text=True).targets


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("今年，力争全县农产品加工产值过50亿元。", 50.0),
        ("到2027年，全市数字经济核心产业营收过800亿元。", 800.0),
        ("今年，全縣加工產值過30億元。", 30.0),
    ],
    ids=["county", "city-horizon", "traditional"],
)
def test_guo_before_a_figure_is_at_least(sentence, value):
    text = "某县2025年工作要点\n一、主要目标\n" + sentence + "\n"
    got = [t for t in _targets(text) if t["value"] == value]
    assert got and got[0]["comparator"] == ">=", got


@pytest.mark.parametrize("before", ["力争通过", "经过", "不过", "度过", "超过", "不超过", "突破"])
def test_words_ending_with_guo_keep_their_own_reading(before):
    want = {"超过": ">=", "不超过": "<=", "突破": ">="}.get(before, "=")
    assert _prefix_comparator("全县" + before) == want
