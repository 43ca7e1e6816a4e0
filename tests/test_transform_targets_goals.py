"""The expected goals of a work report or plan are targets wherever they appear: in the preamble,
under a heading that is not a goals section, in a sentence without 到…年 (issue 15)."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets
from transform.targets.goals import expected_goal_paragraphs

REPORT = """某镇2024年度政府工作计划
2024年是实施“十四五”规划的关键一年。
今年全镇经济社会发展的主要预期目标是：地区生产总值增长6%以上，固定资产投资增长8%左右，城镇调查失业率控制在5.5%以内。
为此，重点做好以下几个方面的工作：
（一）加快招商引资。全年引进项目10个以上。（牵头单位：镇经济发展办）
（二）改善农村人居环境。完成农村户厕改造500户。（牵头单位：镇农业农村办）
"""

CITY = """关于分解落实2023年政府工作报告重点工作的通知
一、落实总体要求和主要预期目标
（一）总体要求：坚持稳中求进工作总基调。
主要预期目标：全市地区生产总值增长6.5%；一般公共预算收入增长5%；居民消费价格涨幅3%左右；万元GDP能耗下降2.5%。（市发展改革委牵头，市统计局配合）
二、重点工作
1.扩大有效投资。新开工重大项目120个。（牵头单位：市发展改革委）
2.稳定就业。城镇新增就业5万人。（牵头单位：市人力资源社会保障局）
"""


def _goal_rows(text: str) -> list[tuple]:
    parsed = parse_document(text, source="x.txt", is_text=True)
    return [(t["value"], t["unit"], t["change"], t["comparator"]) for t in parsed.targets if t["task_id"] is None]


def test_goals_in_the_preamble_of_a_work_plan():
    assert _goal_rows(REPORT) == [(6.0, "%", "increase", ">="), (8.0, "%", "increase", "~"),
                                  (5.5, "%", None, "<=")]
    years = {t["year"] for t in parse_document(REPORT, source="x.txt", is_text=True).targets}
    assert years == {2024}  # an annual plan: every target holds in 2024


def test_goals_under_a_heading_that_is_no_goals_section():
    """The goals are found; the topic item states who leads it, so it is a task (as EXTRACTION.md's
    gold labels such an item) and the goals belong to it."""
    parsed = parse_document(CITY, source="x.txt", is_text=True)
    goals = [(t["value"], t["unit"], t["change"], t["comparator"]) for t in parsed.targets
             if t["task_id"] and t["task_id"].endswith("/一/(一)")]
    assert goals == [(6.5, "%", "increase", "="), (5.0, "%", "increase", "="),
                     (3.0, "%", None, "~"), (2.5, "%", "decrease", "=")]


def test_goals_already_read_are_not_read_twice():
    plan = REPORT.replace("2024年是实施“十四五”规划的关键一年。\n", "一、发展目标\n").replace(
        "为此，重点做好以下几个方面的工作：\n", "二、重点任务\n")
    assert len(_goal_rows(plan)) == 3


@pytest.mark.parametrize("line", [
    "主要预期目标：地区生产总值增长7%左右。",                     # one rate only: not a list
    "工作目标：完成全年各项任务。",                               # no figures
    "我镇主要目标是：全面完成上级下达的各项指标任务，群众满意度进一步提升。",
])
def test_lines_that_are_no_goals_list(line):
    assert expected_goal_paragraphs(line, []) == []


@pytest.mark.parametrize("line", [
    "全年工作目标为：粮食播种面积稳定在12万亩，农民人均可支配收入增长7%，城镇登记失业率控制在4%以内。",
    "经济社会发展主要预期目标是:GDP增长5%左右,社会消费品零售总额增长6%。",
    "主要预期目标：经济增长7.5%—8%；规模工业增加值增长7%。",
])
def test_goal_lines_in_several_styles(line):
    assert expected_goal_paragraphs("前言。\n" + line + "\n1.其他工作。", ["1.其他工作。"]) == [line]


def test_a_range_of_shares_is_one_ambiguous_target():
    for text in ("经济增长7.5%—8%；规模工业增加值增长7%。", "经济增长7.5%-8%,规模工业增加值增长7%。"):
        rows = extract_targets(text)
        assert [(r["value"], r["comparator"], r["ambiguous"]) for r in rows] == [(7.5, ">=", True), (7.0, "=", False)]
