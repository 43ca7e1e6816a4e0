"""A news report that names a plan by a short name it declares ("印发《某市…三年行动方案（2024—2026
年）》（以下简称《三年方案》）…《三年方案》提出…") has the full name as plan_title, and the plan years
of that name (audit round 4, issue 15). A range in parentheses in the text ("未来五年（2021年-2025年）")
dates a plan whose titles name no year."""
from __future__ import annotations

import pytest

from transform.document import parse_document


def _doc(text: str) -> dict:
    return parse_document(text, source="x.txt", is_text=True).document


@pytest.mark.parametrize("text, plan_title, years", [
    ("本报讯 省政府近日部署实施《某省数字乡村建设三年行动（2024—2026年）》（以下简称《三年行动》），"
     "到2026年全省建成数字乡村示范村500个。\n该省近日印发《三年行动》，明确了六项重点任务。\n",
     "某省数字乡村建设三年行动（2024—2026年）", (2024, 2026)),
    ("记者获悉，市政府出台《某市养老服务提升行动方案（2023-2025年）》(以下简称《方案》)。\n"
     "《方案》提出，到2025年新建社区养老服务站60个。\n",
     "某市养老服务提升行动方案（2023-2025年）", (2023, 2025)),
])
def test_a_declared_short_name_reads_as_the_full_name(text, plan_title, years):
    doc = _doc(text)
    assert doc["plan_title"] == plan_title
    assert (doc["plan_start_year"], doc["plan_end_year"]) == years


def test_a_range_in_parentheses_dates_a_plan_whose_titles_name_none():
    text = ("大会通过了规划纲要，勾画出未来五年（2021年-2025年）的发展蓝图，同时对2035年远景目标作出展望。\n"
            "到2035年基本实现现代化。\n推动战略性新兴产业增加值占比超过17%。\n")
    doc = _doc(text)
    assert (doc["plan_start_year"], doc["plan_end_year"]) == (2021, 2025)


@pytest.mark.parametrize("line, plan_title", [
    ("近日，《某省体育发展“十四五”规划》出台，提出到2025年人均体育场地面积达到3.2平方米。", "某省体育发展“十四五”规划"),
    ("日前，《某市城市更新三年行动方案》正式印发。", "某市城市更新三年行动方案"),
])
def test_a_plan_named_before_its_issuing_verb(line, plan_title):
    doc = _doc("某省体育事业加快发展\n来源：某某日报\n" + line + "\n")
    assert doc["plan_title"] == plan_title


def test_a_bulleted_line_is_no_heading():
    """"●10大类52项民生实事全部超额完成" is an item of a list, not the plan's heading."""
    text = ("政府工作报告摘要与导读\n某某日报 2025年01月17日\n■ 2024年成绩单\n●粮食总产达到557亿斤\n"
            "●10大类52项民生实事全部超额完成\n■ 2025年经济社会发展的主要预期目标\n●经济增长6%左右\n"
            "●城镇新增就业70万人以上\n")
    doc = _doc(text)
    assert doc["plan_title"] is None or "●" not in doc["plan_title"] and "■" not in doc["plan_title"]


@pytest.mark.parametrize("text, title", [
    ("某省：到2026年数字经济核心产业增加值占比达到12%\n新华社某地3月2日电 记者从某省政府获悉，该省近日印发《某省数字经济"
     "发展行动方案》，提出到2026年，全省数字经济核心产业增加值占地区生产总值比重达到12%。\n",
     "某省：到2026年数字经济核心产业增加值占比达到12%"),
    ("到2025年我市人均公园绿地面积达到15平方米\n\n记者日前从市城管局获悉，《某市园林绿化提升行动方案》明确，"
     "到2025年，全市人均公园绿地面积达到15平方米，建成区绿化覆盖率达到43%。\n",
     "到2025年我市人均公园绿地面积达到15平方米"),
])
def test_a_news_headline_above_its_first_paragraph_is_the_title(text, title):
    assert _doc(text)["title"] == title
    # a credit line or the headline printed twice may stand between them
    head, _sep, rest = text.partition("\n")
    assert _doc(head + "\n" + head + "\n记者 张某\n" + rest)["title"] == title


def test_a_line_above_a_short_line_is_no_headline():
    assert _doc("某县召开会议\n会议强调\n要抓好落实。\n")["title"] != "某县召开会议"
