"""A 政府工作报告 given at a people's congress reviews the past year before it sets out the year's
work. A portal that splits the report over pages shows the review alone on its first page: the
review's items are still no tasks (they report work done). Likewise a half-year summary whose
title announces the second half's plan (…上半年工作总结和下半年工作计划), cut off before it."""

from __future__ import annotations

import pytest

from transform.structure import parse_structure


def _paths(text: str) -> list[list[str]]:
    return [t.path for t in parse_structure(text).tasks]


_REVIEW = "一、2024年工作回顾\n（一）产业发展提质增效。新建高标准农田3200亩。\n（二）民生福祉持续增进。新增就业2100人。\n"


@pytest.mark.parametrize("top", [
    "政府工作报告\n——2025年1月10日在某县第十八届人民代表大会第五次会议上\n县长 王某\n各位代表：\n",
    "政府工作报告\n（2024年1月9日在某区第三届人民代表大会第四次会议上）\n各位代表：\n",
    "政府工作报告\n——2025年3月21日在某区第十九届\n人民代表大会第四次会议上\n区长 李某\n",
])
def test_the_review_page_of_a_congress_report_has_no_tasks(top):
    assert _paths(top + _REVIEW) == []


def test_a_portal_page_whose_fields_stand_over_the_meeting_line():
    # the report's name is in the page's field table; the meeting line has no heading over it
    top = ("文件名称 | 某区2025年政府工作报告 | ||\n公开日期: | 2025-03-30 |\n2025年3月2日在某区第十届\n"
           "人民代表大会第五次会议上\n某区人民政府区长 赵某\n各位代表:\n现在,我代表区人民政府向大会报告工作,请予审议。\n")
    assert _paths(top + _REVIEW) == []


def test_a_report_to_the_standing_committee_keeps_its_items():
    # a report of progress to the 人大常委会 is no congress report: nothing announces work ahead
    top = "关于政府工作报告重点工作推进情况的报告\n——2025年6月20日在某县人民代表大会常务委员会第十次会议上\n"
    assert len(_paths(top + _REVIEW)) == 2


def test_a_half_year_summary_cut_off_before_its_second_half_plan():
    text = ("某街道2024年上半年工作总结和下半年工作计划\n一、2024年上半年工作总结\n"
            "（一）夯实党建基础。组织学习43次。\n（二）推进项目建设。新建项目12个。\n")
    assert _paths(text) == []
