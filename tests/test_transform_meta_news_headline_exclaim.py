"""A news page without a byline whose headline ends with "!" or "?" ("某市这么干!", "今年办哪些
实事？") right above a paragraph of prose: that line is its title, as a headline without them is.
A first line that is a sentence is none. Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document

LEAD = (
    "某某新闻网讯（记者王某）5月27日，某省政府新闻办召开新闻发布会，某市副市长介绍，"
    "力争全年地区生产总值增长5.5%以上，全年组织促消费活动800场以上，开复工重点项目2000个以上。\n"
)


def _title(text: str) -> str | None:
    return parse_document(text, source="n.txt", is_text=True).document["title"]


@pytest.mark.parametrize(
    "head",
    ["某市这么干!", "某省发布|“奋进新征程” 某市这么干！", "今年某县办哪些民生实事？", "某区：五年内建成幼儿园30所!"],
)
def test_exclaimed_headline_above_prose_is_the_title(head: str) -> None:
    assert _title(head + "\n" + LEAD) == head


def test_headline_without_exclaim_still_is_the_title() -> None:
    assert _title("某市全力冲刺全年目标\n" + LEAD) == "某市全力冲刺全年目标"


def test_a_first_sentence_is_no_title() -> None:
    text = "今年，某市坚持稳中求进，经济运行总体平稳!\n" + LEAD
    assert _title(text) is None
