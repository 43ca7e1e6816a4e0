"""A count of the plan's own indicators set after their noun ("其中约束性指标12项", "规划设置主要
指标20项") is no target, like "提出3项指标" already: 设置/设定 and 其中 (a part of the items just
counted) join the verbs that mark such a count (audit round 22A: news reports of 生态环境 and
five-year sector plans)."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


@pytest.mark.parametrize("text", [
    # a news report of a plan
    "《规划》明确了四大类22项指标任务，其中约束性指标12项。",
    # a plan's own words
    "规划设置主要指标20项，其中约束性指标8项、预期性指标12项。",
    "方案设定量化指标15项。",
    # a table caption rendered as text
    "主要指标（共18项，其中约束性指标6项）",
])
def test_a_count_of_the_plans_own_indicators_is_no_target(text):
    assert extract_targets(text) == []


@pytest.mark.parametrize("text, expected", [
    # 其中 splitting a count of things built: each part stays a target
    ("到2025年，新建学校12所，其中高中3所。", [(12.0, "所"), (3.0, "所")]),
    ("其中新建学校5所、改扩建8所。", [(5.0, "所"), (8.0, "所")]),
    # indicators reached, not counted: no count of 项
    ("到2025年，约束性指标全部完成，森林覆盖率达到45%。", [(45.0, "%")]),
])
def test_near_misses_keep_their_numbers(text, expected):
    assert [(t["value"], t["unit"]) for t in extract_targets(text)] == expected


def test_traditional_rendering_reads_the_same():
    text = (
        "寧夏生態環境保護“十四五”規劃出臺\n"
        "《規劃》明確了四大類22項指標任務，其中約束性指標12項，"
        "地級城市空氣質量優良天數比率達到85.5%。\n"
    )
    targets = parse_document(text.encode(), source="x", is_text=True).targets
    assert [(t["value"], t["unit"]) for t in targets] == [(85.5, "%")]
