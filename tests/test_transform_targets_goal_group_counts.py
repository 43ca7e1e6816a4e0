"""A goals list grouped by kind counts the goals of each group in brackets after the group's
name ("——关于经济发展类目标(13个)。地区生产总值增长6%左右", "（二）质量效益指标（12项）"): the count
of the plan's own goals is no target; the goals after it are (audit round 12C)."""
from __future__ import annotations

from transform.targets import extract_targets


def _rows(text: str, **kw) -> list[tuple]:
    return [(t["indicator"], t["value"], t["unit"]) for t in extract_targets(text, **kw)]


def test_a_count_of_goals_after_the_group_name():
    text = "——关于经济发展类目标(13个)。地区生产总值增长6%左右;一般公共预算收入增长5%。"
    assert _rows(text, annual_year=2024) == [("地区生产总值", 6.0, "%"), ("一般公共预算收入", 5.0, "%")]


def test_a_count_of_indicators_in_full_width_brackets():
    text = "(二)质量效益指标（12项）：研发经费投入强度达到2.5%，不良贷款率控制在1.5%以内。"
    assert [r[1] for r in _rows(text)] == [2.5, 1.5]


def test_a_count_of_tasks_with_a_modifier():
    text = "生态文明类重点任务(8个):单位生产总值能耗下降3%。"
    assert [r[1] for r in _rows(text)] == [3.0]


def test_a_count_in_brackets_after_work_stays_a_target():
    # (a count after a thing built, not after a goal noun: a target)
    text = "新建公办幼儿园(5所),改造农村公路(120公里)。"
    assert sorted(r[1] for r in _rows(text)) == [5.0, 120.0]
