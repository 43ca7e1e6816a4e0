"""A report that counts the work under way ("正在办理27件，占63%", "正在建设的茶宿项目11家") gives
achieved figures, not targets, where nothing before the number in its sentence looks ahead (audit
round 12A: a 督查 report on the items of a government meeting). A plan's count after a word that
looks ahead ("正在推进的项目力争年内建成8个") stays one."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _values(text: str) -> list[float]:
    return [t["value"] for t in extract_targets(text, annual_year=2024)]


@pytest.mark.parametrize("text", [
    "会议确定事项40件，截止6月10日，已完成15件，占37.5%；正在办理25件，占62.5%。",
    "二季度督查发现，正在推进的民生实事12件，进度偏慢。",
    "目前正在建设的保障性住房3个，年底交付使用。",
], ids=["share", "count", "housing"])
def test_a_count_of_work_under_way_is_no_target(text):
    assert [v for v in _values(text) if v in (25.0, 62.5, 12.0, 3.0)] == []


def test_a_commitment_after_the_work_under_way_stays():
    assert 8.0 in _values("对正在推进的项目加强调度，力争年内建成8个。")
