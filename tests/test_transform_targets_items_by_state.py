"""A report counts the year's items by their state: "其中8个项目完成年度目标，1个项目未完成年度
目标", "12件实事完成全年任务": those counts are achieved figures, not targets (audit round 12A: a
民生实事 vote news recalling last year's results). A plan that commits items to finish their year's
goals ("确保20个项目完成年度目标") keeps its count."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _values(text: str) -> list[float]:
    return [t["value"] for t in extract_targets(text, annual_year=2024)]


@pytest.mark.parametrize("text", [
    "其中16个项目完成年度目标，3个项目基本完成年度目标，2个项目未完成年度目标。",
    "去年实施的12件民生实事中，11件完成全年任务，1件未完成全年任务。",
    "全市重点工程中，25个项目完成年度建设目标。",
    "列入计划的30项重点工作，28项完成年度任务。",
], ids=["three-states", "full-year-task", "building-goal", "tasks"])
def test_a_count_of_items_by_their_state_is_no_target(text):
    assert _values(text) == []


@pytest.mark.parametrize("text, value", [
    ("确保20个项目完成年度目标，力争5个项目提前竣工。", 20.0),
    ("2024年计划实施重点项目40个，其中35个项目完成年度目标任务。", 40.0),
    ("三是实施29个未完成安置补偿的城中村改造工作，早日让群众回迁。", 29.0),
], ids=["ensure", "planned", "unfinished-items-worked-on"])
def test_a_commitment_of_items_to_their_goals_stays(text, value):
    assert value in _values(text)


def test_items_that_met_the_months_plan_are_no_target():
    text = "从计划进度看，教育、养老等26个项目完成月度计划，其中，路灯改造等3个项目提前完成。"
    assert _values(text) == []
