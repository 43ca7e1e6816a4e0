"""A news report of a meeting (…动员部署会, …推进会召开, 县政府召开常务会议) is a plan only by the
work it lists, never by the plan its title names: a mobilisation meeting for the 政府工作报告
commits to nothing itself. A meeting report that lists a plan's work stays a plan."""
from __future__ import annotations

import pytest

from transform.document import parse_document


def _doc(text: str) -> dict:
    return parse_document(text, source="m.txt", is_text=True).document


_PROSE = (
    "3月2日上午，区政府召开会议，区长主持会议并讲话，各镇街和区政府各部门主要负责人参加会议。\n"
    "会议强调，要对照年度目标任务，进一步压实责任、细化措施，确保全面完成86项具体工作任务。\n"
    "会上，各副区长对分管领域工作提出了明确要求。\n"
)


@pytest.mark.parametrize("title", [
    "区政府召开2024年《政府工作报告》目标任务动员部署会",
    "全区2024年重点工作推进会召开",
    "县政府召开常务会议研究部署重点项目建设计划",
    "市政府举行2025年民生实事项目推进会议",
])
def test_a_meeting_report_naming_a_plan_is_no_plan(title):
    assert _doc(title + "\n" + _PROSE)["is_plan"] is False


def test_a_meeting_report_listing_the_work_stays_a_plan():
    text = (
        "县政府召开会议部署2024年十件民生实事\n" + _PROSE[:60] + "\n会议明确，今年重点办好以下实事：\n"
        "（1）新建城区幼儿园2所，新增学位540个。\n（2）改造老旧小区15个。\n（3）新建农村公路60公里。\n"
        "（4）新增城区停车位800个以上。\n"
    )
    assert _doc(text)["is_plan"] is True


@pytest.mark.parametrize("title", [
    "某县重点工作推进会议制度实施方案",
    "关于印发某区2024年重点项目建设推进计划的通知",
])
def test_plans_whose_titles_mention_meetings_stay_plans(title):
    text = title + "\n一、建立调度机制。每月召开一次推进会。（牵头单位：县发改局）\n二、新建项目10个。（牵头单位：县住建局）\n"
    assert _doc(text)["is_plan"] is True
