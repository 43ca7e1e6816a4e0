"""A news page printed without its headline opens with a paragraph that ends in a short pointer
("…国务院总理向大会作政府工作报告。要点速读↓", "…。详见↓"): the body has begun, so the group
headings below it ("2025年发展主要预期目标") are no page title; a page whose opening reports that the
government work report was delivered ("作政府工作报告") names that report as its plan, whose expected
goals are read. A heading printed above such a paragraph is still the title."""

from __future__ import annotations

import pytest

from transform.document import parse_document

_GOALS = """2024年工作回顾
地区生产总值达到5.2万亿元，增长5.1%。
城镇新增就业75万人。
2025年发展主要预期目标
地区生产总值增长5.5%左右。
城镇新增就业70万人以上。
2025年部分重点工作
拟发行专项债券1200亿元。
"""


@pytest.mark.parametrize(
    "opening",
    [
        "某省十四届人大三次会议5日上午在省人民会堂开幕，省领导出席开幕会，省长某某向大会作政府工作报告，。要点速读↓",
        "某省十四屆人大三次會議5日上午在省人民會堂開幕，省領導出席開幕會，省長某某向大會作政府工作報告，。要點速讀↓",
        "5日上午，某市十七届人大四次会议在市会议中心隆重开幕，市领导出席会议，市长某某作《政府工作报告》。一起来看↓",
    ],
    ids=["simplified", "traditional", "bracketed-report"],
)
def test_a_pointer_after_the_opening_starts_the_body(opening):
    r = parse_document(opening + "\n" + _GOALS, source="n.txt", is_text=True)
    doc = r.document
    assert doc["title"] is None
    assert doc["plan_title"] in ("政府工作报告", "政府工作報告")
    assert doc["is_plan"] is True
    values = {t["value"] for t in r.targets}
    assert {5.5, 70.0, 1200.0} <= values
    assert not {5.2, 75.0} & values  # the review's figures


def test_a_headline_above_the_opening_stays_the_title():
    text = "某省2025年政府工作报告要点\n" + (
        "某省十四届人大三次会议5日上午在省人民会堂开幕，省领导出席开幕会，省长某某向大会作政府工作报告，。要点速读↓\n"
        + _GOALS
    )
    doc = parse_document(text, source="n.txt", is_text=True).document
    assert doc["title"] == "某省2025年政府工作报告要点"


def test_an_opening_without_a_pointer_is_unchanged():
    # a first line that is a heading, not prose ending in a pointer: still the page's heading
    text = "2025年发展主要预期目标\n地区生产总值增长5.5%左右。\n城镇新增就业70万人以上。\n"
    doc = parse_document(text, source="n.txt", is_text=True).document
    assert doc["title"] == "2025年发展主要预期目标"


def test_a_report_cited_not_delivered_names_no_plan():
    text = (
        "近日，某县召开会议，传达学习全国两会精神，研究落实政府工作报告提出的各项任务，会议强调要抓好落实。\n"
        "会议要求，各部门要细化分解任务，确保各项工作落到实处。\n"
    )
    doc = parse_document(text, source="n.txt", is_text=True).document
    assert doc["plan_title"] is None


def test_a_report_delivered_without_a_pointer_names_no_plan():
    # the lead of a news report on the year's work (its figures are read as forward lines)
    text = (
        "1月18日上午，某市第八届人民代表大会第五次会议开幕，市长作政府工作报告。\n"
        "今年，全市将着力抓好以下几项重点工作：\n"
        "稳住投资基本盘。确保全年新开工项目120个、完成投资800亿元。\n"
    )
    doc = parse_document(text, source="n.txt", is_text=True).document
    assert doc["plan_title"] is None
