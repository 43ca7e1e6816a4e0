"""Plan years of a report that reviews one year and plans the next: the year the work is FOR.

A title "2025年工作总结及2026年工作计划" names the reviewed year first; the plan year is the one of
计划/安排/打算/思路/要点 (or 明年 after the reviewed year). A text whose title names no year but
whose sections read "一、2025年工作回顾 … 二、2026年主要目标和重点工作" plans the forward year. A
政府工作报告 given at the year's people's congress ("——2026年1月18日在某省第十四届人民代表大会
第五次会议上") plans that year, and its bare heading "政府工作报告" is the page's title."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.planyears import plan_years, plan_years_of


@pytest.mark.parametrize("title,years", [
    ("2025年乡镇政府镇长工作总结及2026年工作计划", (2026, 2026)),
    ("某区住建局2023年工作总结和2024年工作思路", (2024, 2024)),
    ("关于2024年国民经济和社会发展计划执行情况与2025年计划草案的报告", (2025, 2025)),
    ("某街道2022年度工作总结暨2023年度工作安排", (2023, 2023)),
    ("某县2021年工作总结及明年工作打算", (2022, 2022)),
    ("某镇2023年工作推进情况及2024年工作谋划", (2024, 2024)),
])
def test_a_title_reviewing_one_year_and_planning_the_next_gives_the_next(title, years):
    assert plan_years(title) == years


@pytest.mark.parametrize("title,years", [
    ("某镇2024年上半年工作总结及下半年工作打算", (2024, 2024)),
    ("某县2024年工作要点", (2024, 2024)),
    ("某市2023—2025年消费提振行动计划", (2023, 2025)),
    ("某局2023年工作总结", (2023, 2023)),
])
def test_titles_of_one_year_keep_it(title, years):
    assert plan_years(title) == years


@pytest.mark.parametrize("text", [
    "一、2025年工作回顾\n2025年是冲刺收官之年。全市生产总值增长5.1%。\n"
    "二、2026年主要目标和重点工作\n今年主要预期目标是：生产总值增长5%左右。\n",
    "一、2025年工作完成情况\n2025年，全县新建道路30公里。2025年共引进项目12个。\n"
    "二、2026年工作安排\n（一）做强产业。新建厂房3万平方米。\n",
    "过去一年工作回顾\n2025年，我们新建学校3所。\n2026年重点工作\n1.新建学校2所。\n",
    "一、2025年工作推进情况\n2025年，粮食播种面积4.5万亩。2025年新建冷库2座。\n二、2026年工作谋划\n（一）稳粮扩菜。\n",
])
def test_a_report_text_plans_its_forward_year(text):
    assert plan_years_of(("某县人民政府工作报告",), text, None) == (2026, 2026)


def test_a_plan_naming_two_work_years_without_a_review_keeps_its_reading():
    text = "2024年重点工作：新建学校2所。\n2024年计划完成投资5亿元。\n2025年重点工作：新建医院1所。\n"
    assert plan_years_of(("某县教育提升方案",), text, None) == (2024, 2024)


_REPORT = """政府工作报告
——2026年1月18日在某省第十四届人民代表大会第五次会议上
省长 某某
各位代表：
现在，我代表省人民政府，向大会报告工作，请予审议。
一、2025年工作回顾
2025年是“十四五”规划收官之年。2025年全省生产总值增长5.3%。
二、2026年主要目标和重点工作
今年经济社会发展的主要预期目标是：全省生产总值增长5%左右。
（一）扩大有效投资。实施重大项目300项以上。
（二）改善民生。新增养老床位4000张。
"""

_REPORT_PAREN = """政府工作报告
（2024年1月9日在某县第十八届人民代表大会第四次会议上）
县长 某某
各位代表：
现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。
一、2023年工作回顾
2023年，全县地区生产总值增长6%。
二、2024年工作安排
（一）做强工业。新增规上工业企业20家。
"""


@pytest.mark.parametrize("text,year", [(_REPORT, 2026), (_REPORT_PAREN, 2024)], ids=["dash", "paren"])
def test_a_government_work_report_plans_the_year_of_its_congress(text, year):
    p = parse_document(text, source="r.txt", is_text=True)
    d = p.document
    assert d["title"] == "政府工作报告"
    assert (d["plan_start_year"], d["plan_end_year"]) == (year, year)
    assert p.targets and {t["year"] for t in p.targets} == {year}


_REPORT_TODAY = """政府工作报告
发布日期：2024-01-25
各位代表：
现在，我代表县人民政府，向大会报告工作，请予审议。
一、过去一年工作回顾
2023年，全县地区生产总值增长6%。2023年新建学校4所。2023年新增就业3000人。
二、今年工作安排
今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右。
（一）办好民生实事。新建公办幼儿园3所。
"""


def test_a_government_work_report_without_a_meeting_line_plans_its_publish_year():
    p = parse_document(_REPORT_TODAY, source="r.txt", is_text=True)
    d = p.document
    assert (d["plan_start_year"], d["plan_end_year"]) == (2024, 2024)
    assert p.targets and {t["year"] for t in p.targets} == {2024}


_REPORT_SPLIT_LINE = """有效性 | 有效 | 公开日期: | 2026-02-20 10:00 |
2026年1月20日在某区第十九届
人民代表大会第五次会议上
某区人民政府区长 某某
各位代表：
一、过去一年工作回顾
2025年，全区地区生产总值增长5%。2025年新建学校4所。
二、今年工作安排
（一）改善民生。新增养老床位600张。
"""


def test_a_meeting_line_printed_over_two_lines_still_dates_the_report():
    from transform.metadata import parse_date
    from transform.speeches import speech_heading

    lines = [ln for ln in _REPORT_SPLIT_LINE.split("\n") if ln]
    head, when, congress = speech_heading(lines, parse_date)
    assert head is None and str(when) == "2026-01-20" and congress
