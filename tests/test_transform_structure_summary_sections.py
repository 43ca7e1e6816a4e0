"""A year's summary and plan (…2025年工作总结及2026年工作计划) reviews the past year under headings
that name its key work ("一、2025年重点工作推进情况"), lists its problems ("二、存在的主要问题"), and
sets out the year ahead ("三、2026年工作要点"): only the last holds tasks. A plan's own section of
progress on this year's work (…落实情况 without a later year beside it) keeps its tasks. Examples
are invented."""

from __future__ import annotations

import pytest

from transform.structure import parse_structure


def _paths(text: str) -> list[list[str]]:
    return [t.path for t in parse_structure(text).tasks]


_AHEAD = "三、2026年工作要点\n（一）做强红色旅游品牌。新建游客中心1个。\n（二）壮大特色产业。新增加工厂5家。\n"


@pytest.mark.parametrize("review", [
    "2025年重点工作推进情况",
    "2025年重点工作完成情况",
    "2025年重点任务落实情况",
])
def test_a_past_years_key_work_beside_the_year_ahead_is_a_review(review):
    text = (f"某镇2025年工作总结及2026年工作计划\n一、{review}\n（一）红色旅游提质升级。新增停车位280个。\n"
            "（二）特色产业发展。建成加工厂18家。\n二、存在的主要问题\n（一）产业链条短。\n（二）人才不足。\n" + _AHEAD)
    assert _paths(text) == [["三", "(一)"], ["三", "(二)"]]


@pytest.mark.parametrize("problems", ["存在的问题", "存在的困难和问题", "存在的问题和不足", "困难和问题"])
def test_a_section_of_problems_holds_no_tasks(problems):
    text = (f"某局2025年工作总结和2026年工作打算\n一、2025年工作完成情况\n1.完成道路硬化5公里。\n"
            f"二、{problems}\n1.资金缺口较大。\n2.专业人才不足。\n三、2026年工作打算\n1.新建农村公路10公里。\n"
            "2.改造危桥3座。\n")
    assert _paths(text) == [["三", "1"], ["三", "2"]]


def test_this_years_key_work_progress_keeps_its_tasks():
    text = ("某县2026年重点工作推进情况\n一、2026年重点工作推进情况\n1.新建学校3所。目前已完成主体。\n"
            "2.改造道路10公里。已完成6公里。\n")
    assert len(_paths(text)) == 2
