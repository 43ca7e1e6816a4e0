"""A page printed without its headline (a 人大主席团 公告 of the projects voted, a news body) is a
plan when its opening names the year's plan by its count: "以下项目为某镇人民政府2026年度十大民生
实事项目：", "2026年20项民生实事具体如下：", "2026年十件民生实事" (audit round 12A: a 镇 公告 of
its 十大民生实事). An opening that reviews such a list (…完成情况, …落实情况) names no plan."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _doc(text: str) -> dict:
    return parse_document(text, source="n.txt", is_text=True).document


_ITEMS = (
    "一、某镇中心小学改扩建工程。\n二、某镇农村道路改造工程。\n三、圩镇主干道升级改造工程。\n"
    "四、片区雨污分流改造工程。\n五、村卫生站建设。\n"
)


@pytest.mark.parametrize("opening", [
    "某镇第十届人民代表大会第三次会议以差额票决方式决定，以下项目为某镇人民政府2026年度十大民生实事项目：",
    "经区人大常委会审议，区政府2026年20项民生实事具体如下：",
    "會議票決產生了某鄉2026年五件民生實事：",
], ids=["ten-big", "twenty-items", "traditional"])
def test_an_opening_naming_the_years_counted_plan_makes_a_plan(opening):
    assert _doc(opening + "\n" + _ITEMS)["is_plan"] is True


@pytest.mark.parametrize("opening", [
    "现将某镇2025年度十大民生实事完成情况公告如下：",
    "现将2025年20项民生实事落实情况报告如下：",
], ids=["done", "carried-out"])
def test_an_opening_reviewing_the_counted_plan_names_no_plan(opening):
    assert _doc(opening + "\n" + _ITEMS)["is_plan"] is False
