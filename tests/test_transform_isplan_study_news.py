"""A news headline of a unit studying a plan ("草原处集中学习《…2025年工作要点》", "局党组传达学习
《…》") reports on the plan: without work of its own the page is no plan and its headline is no plan
title; a plan for studying something ("关于深入学习《…》的实施方案") stays a plan
(transform/headings.REPORT_ON_PLAN)."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _doc(text: str) -> dict:
    return parse_document(text, source="page.txt", is_text=True).document


_NEWS = (
    "\n2025-02-13 来源：某某调查规划院\n"
    "2月11日，某处组织全体职工集中学习该文件，深刻领会文件精神，围绕工作重点，部署安排本处年度重点工作。\n"
)


@pytest.mark.parametrize(
    "headline",
    [
        "草原处集中学习《某局2025年工作要点》",
        "某局党组传达学习《2025年全市重点工作任务清单》",
        "某区政府常务会议审议《某区2025年民生实事项目实施方案》",
    ],
)
def test_a_headline_of_studying_a_plan_is_no_plan(headline):
    doc = _doc(headline + _NEWS)
    assert doc["is_plan"] is False
    assert doc["plan_title"] != headline


def test_a_plan_for_studying_something_stays_a_plan():
    text = (
        "关于深入学习《某某条例》的实施方案\n"
        "一、工作目标\n全年组织集中学习12次以上。\n"
        "二、主要任务\n1.开展专题培训。牵头单位：县司法局\n2.组织知识竞赛。牵头单位：县委宣传部\n"
    )
    doc = _doc(text)
    assert doc["is_plan"] is True
