"""Figures under a review of the past are achievements, not goals: a goal-like heading inside a
review section ("一是主要指标稳步增长" under "一、2023年工作回顾") gives no targets, nor does a review
section whose text runs on after its heading on the same line ("一、2023年工作回顾 2023年是…").
The goals of the year ahead stay targets. Invented pages in several layouts."""

from __future__ import annotations

from transform.document import parse_document


def _targets(text: str) -> list[dict]:
    return parse_document(text, source="r.txt", is_text=True).targets


_REVIEW = (
    "一、2023年工作回顾\n过去一年,街道在区委区政府的坚强领导下,较好完成了各项目标任务。\n"
    "(一)聚焦招商引资,护航经济发展。街道紧盯经济指标寻求突破。一是主要指标稳步增长。一般公共预算收入"
    "保持15%以上的增速,限上社会消费品零售额保持8%以上的增速。二是招商成效显著。全年引进外资900万美元。\n"
)


def test_goal_heading_inside_a_review_gives_no_targets():
    text = "青禾街道2023年度工作总结及2024年度工作计划\n" + _REVIEW
    assert _targets(text) == []


def test_goals_of_the_year_ahead_are_kept_beside_the_review():
    text = (
        "青禾街道2023年度工作总结及2024年度工作计划\n" + _REVIEW + "二、2024年工作计划\n"
        "(一)主要目标。一般公共预算收入增长6%以上。\n(二)重点工作。1.新建口袋公园3个。\n"
    )
    values = sorted(t["value"] for t in _targets(text))
    assert 15 not in values and 8 not in values
    assert 6 in values


def test_a_review_run_into_its_first_paragraph_gives_no_targets():
    text = (
        "东坪街道2023年工作总结和2024年工作思路 |\n发布日期: 2024-03-12 10:04 信息来源: 东坪街道 |\n"
        "一、2023年工作回顾 2023年是全面贯彻党的二十大精神开局之年。全年实现地区生产总值52.1亿元,"
        "一般公共预算收入1.8亿元。完成固定资产投资20.5亿元,引进亿元以上重大项目3个。\n"
    )
    assert _targets(text) == []


def test_a_goals_section_run_into_its_text_keeps_its_targets():
    text = (
        "南坪镇2024年工作要点\n"
        "一、主要目标 全年实现地区生产总值增长6%,一般公共预算收入达到1.2亿元。\n"
        "二、重点任务\n1.新建污水管网5公里。\n"
    )
    assert {t["value"] for t in _targets(text)} >= {6, 1.2}
