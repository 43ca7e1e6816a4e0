"""A sentence that names its figure as a goal ("城镇新增就业的预期目标是900万人", "目标设定为",
"目标任务8000人") measures what comes before the goal words: they are no part of the indicator
(audit round 4, issue 15)."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize("text, indicator, value", [
    ("今年全县城镇新增就业的预期目标是3200人。", "城镇新增就业", 3200.0),
    ("明年城镇新增就业目标设定为1.5万人。", "城镇新增就业", 1.5),
    ("全年农村劳动力转移就业目标任务8000人。", "农村劳动力转移就业", 8000.0),
    ("2025年粮食播种面积目标为56万亩。", "粮食播种面积", 56.0),
    ("全区招商引资到位资金年度目标值120亿元。", "招商引资到位资金", 120.0),
])
def test_goal_words_are_no_part_of_the_indicator(text, indicator, value):
    rows = [(t["indicator"], t["value"]) for t in extract_targets(text)]
    assert len(rows) == 1
    got, v = rows[0]
    assert v == value and got.endswith(indicator) and "目标" not in got


def test_a_goal_noun_inside_the_indicator_stays():
    rows = [t["indicator"] for t in extract_targets("乡村振兴目标村达到30个。")]
    assert rows == ["乡村振兴目标村"]


@pytest.mark.parametrize("text, indicator", [
    ("到2030年，非化石能源占能源消费总量比重力争达到25%。", "非化石能源占能源消费总量比重"),
    ("粮食产量继续保持500亿斤以上。", "粮食产量"),
    ("全县森林覆盖率确保稳定在60%以上。", "森林覆盖率"),
])
def test_a_commitment_word_before_the_verb_is_no_part_of_the_indicator(text, indicator):
    assert [t["indicator"] for t in extract_targets(text)] == [indicator]


@pytest.mark.parametrize("opener", ["主要是", "重点是", "主要包括"])
@pytest.mark.parametrize("text", ["新建幼儿园35所。", "改造农村公路120公里。"])
def test_a_summary_opener_is_no_part_of_the_indicator(opener, text):
    """"主要是新建幼儿园35所" reads as "新建幼儿园35所" does."""
    indicators = [t["indicator"] for t in extract_targets(opener + text)]
    assert indicators == [t["indicator"] for t in extract_targets(text)]
    assert not any(opener in i for i in indicators)
