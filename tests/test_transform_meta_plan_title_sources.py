"""plan_title and publish_date from the page top:
- a prose line announcing the plan ("现就…提出如下工作方案") is no plan heading;
- a plan page whose own title names the plan keeps that name when an annex below carries a
  subsidiary heading (…重点任务分工);
- a notice issuing two plans ("印发X方案和Y方案的通知") names the first as its plan;
- a byline of a source name and a time stamp ("某某网 2026-01-21 09:15") dates the page."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _doc(text: str) -> dict:
    return parse_document(text, source="p.txt", is_text=True).document


@pytest.mark.parametrize("text,plan_title", [
    ("机关作风建设提升工作方案\n现就全县开展机关作风建设提升活动，提出如下工作方案\n一、工作目标\n"
     "机关作风明显改进。\n二、工作步骤\n1.动员部署。召开动员大会。\n2.查摆问题。各单位开展自查。\n",
     "机关作风建设提升工作方案"),
    ("某镇人居环境整治实施方案\n現就全鎮人居環境整治工作，制定如下實施方案\n一、主要任务\n"
     "1.清理垃圾。完成清理300处。\n2.改造厕所。改造户厕200户。\n",
     "某镇人居环境整治实施方案"),
])
def test_a_prose_line_announcing_the_plan_is_no_plan_title(text, plan_title):
    assert _doc(text)["plan_title"] == plan_title


_OUTLINE = """某县国民经济和社会发展第十五个五年规划纲要
第一章 发展基础
全县地区生产总值年均增长6%。
第二章 主要目标
到2030年，地区生产总值突破800亿元。
附件
“十五五”规划纲要重点任务分工
一、产业发展
1.做强特色食品产业（牵头单位：县工信局）
2.培育物流龙头企业（牵头单位：县商务局）
"""

_ANNUAL = """某区2025年优化营商环境行动计划
一、总体要求
持续优化营商环境。
附件1
某区2025年优化营商环境重点任务清单
1.压缩开办企业时间（牵头单位：区市场监管局）
2.推进一网通办（牵头单位：区数据局）
"""


@pytest.mark.parametrize("text,plan_title", [
    (_OUTLINE, "某县国民经济和社会发展第十五个五年规划纲要"),
    (_ANNUAL, "某区2025年优化营商环境行动计划"),
], ids=["outline-with-task-annex", "annual-plan-with-list-annex"])
def test_a_plan_page_keeps_its_own_name_over_an_annex_heading(text, plan_title):
    assert _doc(text)["plan_title"] == plan_title


@pytest.mark.parametrize("title,plan_title", [
    ("县人民政府办公室关于印发2024年县重点工作责任分解方案和2024年市重点事项责任分解方案的通知",
     "2024年县重点工作责任分解方案"),
    ("某市人民政府关于印发某市稳就业若干措施及某市促消费行动计划的通知", "某市稳就业若干措施"),
])
def test_a_notice_issuing_two_plans_names_the_first(title, plan_title):
    text = f"{title}\n各镇人民政府，县政府各部门：\n现印发给你们，请认真贯彻执行。\n"
    assert _doc(text)["plan_title"] == plan_title


@pytest.mark.parametrize("title", [
    "关于印发某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要的通知",
    "关于印发某县乡村振兴规划和实施方案编制工作方案的通知",
])
def test_one_plan_with_and_in_its_name_stays_whole(title):
    text = f"{title}\n各乡镇：\n现印发给你们，请认真贯彻执行。\n"
    assert _doc(text)["plan_title"] == title.removeprefix("关于印发").removesuffix("的通知")


@pytest.mark.parametrize("byline,date", [
    ("大众日报客户端 2026-01-21 09:15:23", "2026-01-21"),
    ("某某网 2025-11-03 16:40", "2025-11-03"),
    ("某县融媒体中心 2024年5月6日 08:30", "2024-05-06"),
])
def test_a_source_and_time_stamp_byline_dates_the_page(byline, date):
    text = (f"某县今年将新建十所幼儿园\n{byline}\n今年，某县将新建公办幼儿园10所，新增学位3000个，"
            "进一步缓解入园难问题。\n")
    assert str(_doc(text)["publish_date"]) == date
