"""The expected goals a draft work report proposes: "主要预期目标建议为：…", "…目标安排为：…" carry
targets wherever they stand (a news lead's opening paragraph, a preamble), like "…目标是：…"."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets.goals import expected_goal_paragraphs

WORK = "一、千方百计扩大内需\n加快重大项目建设，力争实施市级重点项目120个。\n"


def _targets(text: str) -> list[tuple]:
    p = parse_document(text, source="n.txt", is_text=True)
    return sorted(
        (t["indicator"], t["value"], t["comparator"], t["change"]) for t in p.targets if t["task_id"] is None
    )


@pytest.mark.parametrize(
    "lead",
    [
        # a news lead on the opening day of the congress
        "1月10日上午，某市第十届人民代表大会第五次会议开幕。政府工作报告指出，2026年全市经济社会发展"
        "主要预期目标建议为：地区生产总值增长5%左右，规模以上工业增加值增长6%左右，一般公共预算收入增长3%。"
        "为此，要重点做好以下六个方面的工作：",
        # the report itself, goals proposed with 安排为
        "今年经济社会发展的主要预期目标安排为：地区生产总值增长5%左右，规模以上工业增加值增长6%左右，"
        "一般公共预算收入增长3%。",
        # traditional characters
        "政府工作報告指出，2026年全市經濟社會發展主要預期目標建議為：地區生產總值增長5%左右，"
        "規模以上工業增加值增長6%左右，一般公共預算收入增長3%。",
    ],
)
def test_proposed_goals_in_the_opening_paragraph_are_targets(lead):
    found = [t for t in _targets(lead + "\n" + WORK) if t[3] == "increase"]
    assert sorted(v for _, v, _, _ in found) == [3.0, 5.0, 6.0]


def test_the_cue_finds_the_line():
    line = "主要预期目标建议为：地区生产总值增长5%左右，一般公共预算收入增长3%。"
    assert expected_goal_paragraphs("前言。\n" + line, []) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "代表们建议为企业减负，全年减税降费增长5%，融资成本下降2%。",  # 建议为 without a goal noun
        "目标建议：地区生产总值增长5%。",  # one rate only: no list of goals
    ],
)
def test_near_misses_are_no_goal_lists(line):
    assert expected_goal_paragraphs("前言。\n" + line, []) == []
