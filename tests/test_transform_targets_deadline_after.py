"""A deadline written right after a figure and closing its sentence or bracket ("改造薄弱学校
20所，2024年底前完成", "建成智慧校园30所（2026年6月底前完成）") is the year the figure must hold
by, where no year is named before it in the sentence. A deadline followed by a figure of its own,
a recurring figure (每年…) and a year named before keep their readings."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


@pytest.mark.parametrize("text,year", [
    ("改造薄弱学校20所，2024年底前完成。", 2024),
    ("建成智慧校园30所（2026年6月底前完成）", 2026),
    ("新建污水处理厂2座,2025年12月31日前建成投用", 2025),
    ("完成农村户厕改造5000户，2025年底前全面完成", 2025),
])
def test_a_deadline_after_the_figure_dates_it(text, year):
    (t,) = extract_targets(text)
    assert t["year"] == year


def test_a_later_year_in_an_annual_plan_wins_over_the_plan_year():
    (t,) = extract_targets("启动智慧校园建设30所，2025年底前完成。", annual_year=2024)
    assert t["year"] == 2025


@pytest.mark.parametrize("text,years", [
    ("建成幼儿园10所，2025年底前完成30所", [None, 2025]),
    ("每年建成幼儿园10所，2026年底前完成", [None]),
    ("到2025年建成幼儿园10所（2024年底前完成选址）", [2025]),
])
def test_other_readings_stay(text, years):
    assert [t["year"] for t in extract_targets(text)] == years


_PLAN = """某县教育高质量发展三年行动方案(2024—2026年)
一、重点任务
1.改善办学条件。改造薄弱学校20所，2024年底前完成。（责任单位：县教育局）
2.建设智慧校园。建成智慧校园30所（2026年6月底前完成）。（责任单位：县教育局）
3.加强师资。补充教师200名。（责任单位：县教育局）
"""


def test_in_a_plan_of_several_years():
    p = parse_document(_PLAN, source="p.txt", is_text=True)
    assert [t["year"] for t in p.targets] == [2024, 2026, None]
