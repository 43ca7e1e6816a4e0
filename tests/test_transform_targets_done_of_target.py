"""A report measures progress against the year's target: "…完成投资15.2亿元，完成年度目标任务40亿元的
38%，同比增长6.5%" states what was done, and the target it names (40亿元) is the report's
reference, not a commitment of this page: no number of that sentence is a target (audit round 4,
issue 15). A plan's milestone ("6月底前完成全年目标任务的50%以上") stays one."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple]:
    return [(t["value"], t["unit"]) for t in extract_targets(text, annual_year=2024)]


@pytest.mark.parametrize("text", [
    "1-6月份，全县签约项目到位资金15.2亿元，完成年度目标任务40亿元的38%，同比增长6.5%。",
    "上半年新开工项目46个，完成全年目标任务120个的38.3%。",
    "前三季度，全镇完成固定资产投资8.6亿元，完成年度计划的71.7%，同比下降3.2%。",
])
def test_a_sentence_reporting_progress_against_the_years_target_gives_no_target(text):
    assert _rows(text) == []


@pytest.mark.parametrize("text, row", [
    ("6月底前完成全年目标任务的50%以上。", (50.0, "%")),
    ("力争全年完成固定资产投资20亿元，三季度末完成年度计划的75%。", (20.0, "亿元")),
])
def test_a_milestone_against_the_years_target_stays(text, row):
    assert row in _rows(text)
