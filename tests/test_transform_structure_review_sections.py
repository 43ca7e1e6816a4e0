"""A section that reviews the past year (一、2025年工作回顾 / 工作开展情况 / 主要成效) reports work
done: its numbered items are no tasks, where the document also sets out work ahead (二、2026年
工作安排). EXTRACTION.md is silent; a careful analyst reads achievements as no commitments. A
section of progress (…落实情况, …进展情况) still holds the tasks it reports on."""
from __future__ import annotations

import pytest

from transform.structure import parse_structure


def _paths(text: str) -> list[list[str]]:
    return [t.path for t in parse_structure(text).tasks]


@pytest.mark.parametrize("review", ["2025年工作回顾", "一年来工作开展情况", "2025年主要成效", "过去一年工作总结"])
def test_the_items_of_a_review_section_are_no_tasks(review):
    text = (f"某局2025年工作总结及2026年工作计划\n一、{review}\n（一）全力推进项目建设。新建项目28个。\n"
            "（二）保障改善民生。建成停车场6座。\n二、2026年工作安排\n（一）加快城市更新。改造老旧小区20个。\n"
            "（二）推进重点工程。确保主干道年底前通车。\n")
    assert _paths(text) == [["二", "(一)"], ["二", "(二)"]]


def test_a_report_of_review_only_keeps_its_items():
    # nothing ahead: the items are what the page has (its kind is judged elsewhere)
    text = "某镇2025年工作总结\n一、2025年工作回顾\n1.完成道路硬化5公里。\n2.新建文化广场2个。\n"
    assert len(_paths(text)) == 2


def test_a_progress_section_keeps_its_tasks():
    text = ("某县2026年重点工作推进情况\n一、重点项目落实情况\n1.新建学校3所。目前已完成主体。\n"
            "2.改造道路10公里。已完成6公里。\n二、下步工作安排\n1.加快学校建设进度。\n")
    assert len(_paths(text)) == 3


def test_a_past_years_completion_beside_the_next_years_plan_is_a_review():
    text = ("某镇2025年工作总结和2026年工作打算\n一、2025年工作完成情况\n（一）完成道路硬化5公里。\n"
            "（二）新建文化广场2个。\n二、2026年工作打算\n（一）新建村级养老服务站3个。\n（二）改造农村户厕300户。\n")
    assert _paths(text) == [["二", "(一)"], ["二", "(二)"]]


# An excerpt that stops inside the review (the page's title announces the year ahead, but the
# section of work ahead is not on the page): the review's items are still no tasks.
@pytest.mark.parametrize("head", [
    "某街道2025年工作总结暨2026年工作计划\n",
    "某镇2025年工作总结及2026年工作打算\n2025年，全镇上下攻坚克难。现将全年工作总结如下。\n",
    "某局工作报告\n现将一年来工作情况总结如下，并就2026年重点工作作出安排。\n",
])
def test_a_review_cut_off_before_the_work_ahead_the_title_announces(head):
    text = head + "一、2025年工作回顾\n（一）夯实党建基础。组织学习43次。\n（二）推进项目建设。新建项目12个。\n"
    assert _paths(text) == []


def test_a_summary_that_announces_no_work_ahead_keeps_its_items():
    text = "某镇2025年工作总结\n现将全年工作总结如下。\n一、2025年工作回顾\n1.完成道路硬化5公里。\n2.新建文化广场2个。\n"
    assert len(_paths(text)) == 2


# A report's review section titled by its achievements, without 回顾/成效 words at its end
# ("攻坚克难，2025年各项事业取得新进展"): it names an earlier year than the section of work ahead
# (2026年工作安排), and names no work ahead itself.
@pytest.mark.parametrize("review", [
    "攻坚克难，2025年各项事业取得新进展",
    "砥砺奋进，2025年经济社会发展迈上新台阶",
])
def test_a_review_titled_by_its_year_beside_the_year_ahead(review):
    text = (f"某县政府工作报告\n一、{review}\n（一）经济运行稳中有进。新开工项目30个。\n"
            "（二）民生福祉不断增进。新增就业3000人。\n二、2026年工作安排\n（一）全力扩大有效投资。新开工项目40个。\n"
            "（二）持续改善民生。新增城镇就业3500人。\n")
    assert _paths(text) == [["二", "(一)"], ["二", "(二)"]]


def test_sections_of_two_years_ahead_keep_their_tasks():
    text = ("某区两年行动计划\n一、2025年重点任务\n（一）新建学校2所。\n（二）改造道路5公里。\n"
            "二、2026年重点任务\n（一）新建医院1所。\n（二）改造公园3个。\n")
    assert len(_paths(text)) == 4


def test_a_phase_that_names_an_earlier_year_stays_work():
    text = ("某县行动方案\n一、到2024年，初步建成服务体系\n（一）新建服务站10个。\n（二）培训人员200人。\n"
            "二、2025年工作目标任务\n（一）新建服务站20个。\n（二）培训人员500人。\n")
    assert len(_paths(text)) == 4
