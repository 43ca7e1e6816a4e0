"""A reporter's credit written with slashes ("某某新闻记者 张某某/文字 李某/图片", "本报记者 王某/文
赵某/图", "记者 刘某/摄影") is a credit line, never the page's headline: a news page printed without
its headline that opens with one has no title, and a headline above one keeps it. Examples are
invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document

BODY = (
    "某市第八届人民代表大会第五次会议\n"
    "1月18日上午，某市第八届人民代表大会第五次会议开幕，市长向大会作政府工作报告，"
    "记者从会上了解到，今年某市将重点围绕以下五个方面开展工作。\n"
    "稳住投资基本盘。确保全年新开工项目120个、完成投资800亿元。\n"
)


def _doc(text: str) -> dict:
    return parse_document(text, source="n.txt", is_text=True).document


@pytest.mark.parametrize(
    "credit",
    [
        "某某新闻记者 张某某/文字 某某观察 李某/图片",
        "本报记者 王某/文 赵某/图",
        "融媒体记者 刘某/文 孙某/摄影",
        "记者 陈某某/文 通讯员 周某/图片",
    ],
)
def test_a_slashed_credit_is_no_headline(credit: str) -> None:
    assert _doc(credit + "\n\n" + BODY)["title"] != credit


@pytest.mark.parametrize("credit", ["本报记者 王某/文 赵某/图", "某某新闻记者 张某某/文字 李某/图片"])
def test_a_headline_above_a_slashed_credit_is_kept(credit: str) -> None:
    assert _doc("某市今年这样干\n" + credit + "\n" + BODY)["title"] == "某市今年这样干"
