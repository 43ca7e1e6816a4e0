"""A 关于…纲要的决议 printed at the front of the plan it adopts, under the plan's cover, is not the
page's title: the cover's heading is. A page holding only the resolution keeps it. Invented pages."""
from __future__ import annotations

import pytest

from transform.document import parse_document

RESOLUTION = (
    "某县第五届人民代表大会第三次会议\n关于某县国民经济和社会发展第十五个五\n年规划纲要的决议\n"
    "( 2026 年 1 月 12 日某县第五届人民代表大会第三次会议通过)\n"
    "某县第五届人民代表大会第三次会议审查了县人民政府提出的规划纲要草案，决定批准这个规划纲要。\n"
)
BODY = "第一章 发展基础\n“十四五”时期，全县地区生产总值年均增长6%。\n第二章 主要目标\n到2030年，地区生产总值达到500亿元。\n"


def _doc(text: str) -> dict:
    return parse_document(text, source="n.txt", is_text=True).document


@pytest.mark.parametrize("cover,title", [
    ("某县国民经济和社会发展第十五个五年规划纲要\n某县人民政府\n2026 年 2 月\n",
     "某县国民经济和社会发展第十五个五年规划纲要"),
    ("(某某省)某市某县十五五规划纲要(全文)\n某县国民经济和社会发展\n第十五个五年规划纲要\n某县人民政府\n",
     "(某某省)某市某县十五五规划纲要(全文)"),
])
def test_a_resolution_under_the_plans_cover_is_not_the_title(cover, title):
    doc = _doc(cover + RESOLUTION + BODY)
    assert doc["title"] == title
    assert doc["plan_title"] == "某县国民经济和社会发展第十五个五年规划纲要"


def test_a_page_of_the_resolution_alone_keeps_it():
    doc = _doc(RESOLUTION + "会议要求，全县上下要为完成规划纲要确定的目标任务而努力奋斗。\n")
    assert doc["title"] == "关于某县国民经济和社会发展第十五个五年规划纲要的决议"
