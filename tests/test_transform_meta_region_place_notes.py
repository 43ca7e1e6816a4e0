"""A mirror's place note before a plan's heading names a province with 省, or a region or city
without it ("(广西)", "(内蒙古)", "(北京)"): the plan title drops it as it drops "(湖北省)"; the
page's title keeps it as printed (transform/headings._strip_place_note)."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _doc(text: str) -> dict:
    return parse_document(text, source="page.txt", is_text=True).document


@pytest.mark.parametrize("note", ["(广西)", "（内蒙古）", "(北京)", "(宁夏)", "(湖北省)"])
def test_a_region_note_before_a_plan_heading_is_dropped(note):
    name = "某县2024年重点工作任务分解方案"
    text = (
        f"{note}{name}\n"
        "一、经济发展\n"
        "1.地区生产总值增长6%左右。牵头单位：县发展改革局\n"
        "2.新增城镇就业1500人。牵头单位：县人社局\n"
    )
    doc = _doc(text)
    assert doc["plan_title"] == name
    assert doc["title"] == f"{note}{name}"


def test_a_parenthesised_word_that_names_no_place_stays():
    text = (
        "(征求意见稿)某县2024年重点工作任务分解方案\n"
        "一、经济发展\n1.地区生产总值增长6%左右。牵头单位：县发展改革局\n"
    )
    assert _doc(text)["plan_title"].startswith("(征求意见稿)")
