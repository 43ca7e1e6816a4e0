"""A progress report says how far the work is against its schedule right before the number
("低于序时进度1.6个百分点", "超过时间进度13.8个百分点", "欠目标进度8.3个百分点", "超均衡进度1.8个
百分点"): that gap is an achieved figure, not a target (audit round 12A: 重点项目 and 民生实事
progress pages). A plan that commits to beat the schedule ("力争高于序时进度5个百分点") keeps it."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _values(text: str) -> list[float]:
    return [t["value"] for t in extract_targets(text, annual_year=2024)]


@pytest.mark.parametrize("text, gap", [
    ("县重点项目55个，年度投资计划67.9亿元，低于序时进度21.9个百分点。", 21.9),
    ("全区重大项目推进有力，超过时间进度6.2个百分点。", 6.2),
    ("150个重点项目欠目标进度8.3个百分点，进度偏慢。", 8.3),
    ("市重点项目推进顺利，超均衡进度1.8个百分点。", 1.8),
    ("民生实事总体推进良好，快于序时进度3个百分点。", 3.0),
], ids=["below", "above-time", "behind-target", "balanced", "faster"])
def test_a_gap_to_the_schedule_is_no_target(text, gap):
    assert gap not in _values(text)


@pytest.mark.parametrize("text, gap", [
    ("力争全年重点项目投资进度高于序时进度5个百分点。", 5.0),
    ("确保各季度投资完成率超过时间进度2个百分点以上。", 2.0),
], ids=["strive", "ensure"])
def test_a_commitment_to_beat_the_schedule_stays(text, gap):
    assert gap in _values(text)


@pytest.mark.parametrize("text, value", [
    ("全市民生实事120个子项目中，已有28个完成年度目标任务，92个推进顺利。", 92.0),
    ("8个重点预备和11个重大前期项目推进总体进展顺利。", 11.0),
    ("纳入督办的事项中，6件推进缓慢，需加大力度。", 6.0),
    ("全区重点工程中，4个项目进度滞后。", 4.0),
], ids=["smooth", "overall-smooth", "slow", "behind"])
def test_a_count_of_items_by_how_they_proceed_is_no_target(text, value):
    assert value not in _values(text)


def test_a_commitment_that_items_proceed_stays():
    assert 30.0 in _values("确保30个重点项目推进顺利，年底前全部开工。")
