"""A sentence that opens by citing statistics ("统计显示，…", "据统计，…", "数据显示，…") reports
what was achieved: its figures are no targets, as in a sentence that opens with 截至… (audit round
4, issue 15). A plan's own sentence with such figures ahead of it still gives targets."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize("text", [
    "统计显示，2019年以来全县城镇新增就业每年超过9000人，2023年达1.1万人。",
    "据统计，全市共建成口袋公园126个，新增绿地面积35万平方米。",
    "数据显示，上半年规上工业增加值增长8.2%。",
])
def test_a_sentence_citing_statistics_gives_no_target(text):
    assert extract_targets(text, annual_year=2024) == []


def test_the_next_sentence_of_a_plan_still_gives_targets():
    rows = extract_targets("据统计，全市已建成口袋公园126个。今年计划新建口袋公园30个。", annual_year=2024)
    assert [(t["value"], t["unit"]) for t in rows] == [(30.0, "个")]
