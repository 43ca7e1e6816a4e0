"""A figure whose clause goes on to say the work was finished (…全部完成年度目标, …的目标顺利完成) is an
achieved figure, unless its sentence looks ahead before it (确保…全部完成); a count of items by their
state against the schedule (9个事项超序时进度, 11个事项按序时推进) reports progress too."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _values(text: str) -> list[float]:
    return [t["value"] for t in extract_targets(text)]


@pytest.mark.parametrize("text", [
    "去年，全市45所学校的空调安装工作全部完成。",
    "其中，单列的两癌筛查6000例的目标顺利完成。",
    "改造老旧小区32个的任务圆满完成。",
    "根据序时进度安排，其中15个事项已提前完成全年任务，9个事项超序时进度，11个事项按序时推进。",
    "全区民生实事中，7个事项超序时进度，3个事项滞后于序时进度。",
], ids=["all-done", "target-done", "task-done", "schedule-states", "behind-schedule"])
def test_a_finished_or_scheduled_count_is_no_target(text):
    assert _values(text) == []


@pytest.mark.parametrize("text, values", [
    ("确保8所学校全部完成主体工程。", [8.0]),
    ("力争年底前新建学校5所，全部完成主体工程。", [5.0]),
    ("确保20个项目按序时进度推进。", [20.0]),
], ids=["commitment", "deadline", "schedule-commitment"])
def test_a_commitment_to_finish_stays_a_target(text, values):
    assert _values(text) == values
