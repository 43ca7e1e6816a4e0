"""A verb of change or level with 了 right before a figure (增长了9.8%, 达到了3.49%, 完成了120亿元,
翻了一番) reports a result already reached: a presser or a speech looking back, not a plan's
commitment. A clause that looks ahead (力争, 确保, 到2025年 …) keeps its figure."""

from __future__ import annotations

import pytest

from transform.document import parse_document

_PLAN = """某市2025年国民经济和社会发展计划
一、主要目标
1.地区生产总值增长6%左右，一般公共预算收入增长5%。
2.{line}
"""


def _values(text: str) -> list[float]:
    p = parse_document(text, source="p.txt", is_text=True)
    return [t["value"] for t in p.targets]


@pytest.mark.parametrize(
    "line",
    [
        "去年全市税收收入增长了17.2%，港口集装箱吞吐量增长了12%。",
        "全社会研发投入强度达到了3.49%。",
        "过去五年，城镇居民人均可支配收入提高了2.1万元。",
        "一季度，全区固定资产投资完成了120亿元。",
        "过去一年，全省新增了45万户市场主体。",
        "上年度農村公路新建了1200公里。",
    ],
)
def test_a_figure_after_verb_le_is_a_result(line):
    assert _values(_PLAN.format(line=line)) == [6.0, 5.0]


@pytest.mark.parametrize(
    "line, value",
    [
        ("力争城镇居民人均可支配收入增长7%。", 7.0),
        ("到2027年，研发投入强度达到3.6%。", 3.6),
        ("确保规上工业增加值增长8%以上。", 8.0),
    ],
)
def test_a_commitment_without_le_stays(line, value):
    assert _values(_PLAN.format(line=line)) == [6.0, 5.0, value]


def test_le_in_a_clause_that_looks_ahead_stays():
    # a plan that sets a level to be reached, written with 了 after 确保
    assert _values(_PLAN.format(line="确保年底前新增了就业岗位3000个。")) == [6.0, 5.0, 3000.0]


def test_a_speech_reports_its_numbered_results():
    text = """在新闻发布会上的介绍
一是经济运行稳中有进。去年地区生产总值增长了4.3%，一般公共预算收入增长了9.8%。
二是开放水平不断提升。全年外贸进出口总额达到了8000亿元，实际使用外资增长了15%。
三是今年目标明确。今年力争地区生产总值增长5%以上。
"""
    assert _values(text) == [5.0]
