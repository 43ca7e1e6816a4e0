"""十分 (very) is an adverb, not ten points: "意义十分重大", "任务十分艰巨" hold no target; a
score written in figures stays what the other rules make of it."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize("text", [
    "2020年是收官之年，做好今年经济社会发展工作意义十分重大。",
    "当前防汛形势十分严峻，任务十分艰巨。",
    "確保完成全年目標任務十分關鍵。",
    "对此我们万分感谢，必须确保实现目标。",
])
def test_a_numeral_adverb_is_no_target(text):
    assert extract_targets(text) == []


def test_the_targets_beside_an_adverb_stay():
    found = extract_targets("做好今年工作意义十分重大。全年地区生产总值增长7.5%左右，新建学校10所。")
    assert [(t["value"], t["unit"]) for t in found] == [(7.5, "%"), (10, "所")]
