"""A sentence that ends by reporting its work finished (…,12件实事全部完成年度目标) reports results
in every clause before that: "全市累计投入8.5亿元,推进20个项目,12件实事全部完成" holds no target,
unless the sentence looks ahead before the finish (确保…全部完成, 力争…顺利完成)."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _values(text: str) -> set[float]:
    return {r["value"] for r in extract_targets(text, annual_year=2026)}


@pytest.mark.parametrize(
    "text",
    [
        "2025年,某市累计投入8.5亿元,推进医疗、养老等领域20个具体项目,12件民生实事全部完成年度目标。",
        "全县新建幼儿园6所,改造农村公路85公里,各项任务顺利完成。",
        "全区筹措资金3.2亿元实施7项惠民工程,年度任务圆满完成,群众满意度明显提升。",
    ],
)
def test_results_before_a_reported_finish(text):
    assert _values(text) == set()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("全市投入8.5亿元,推进20个具体项目,确保12件民生实事全部完成。", 8.5),
        ("力争新建幼儿园6所,改造农村公路85公里,年度任务顺利完成。", 85.0),
        ("新建幼儿园6所,改造农村公路85公里。各项任务全部完成。", 6.0),
        ("新建幼儿园6所,按照“10月前全面完成”的节点要求推进。", 6.0),
        ("改造农村公路85公里,各项工程11月底前全部完成。", 85.0),
    ],
)
def test_a_sentence_that_looks_ahead_keeps_its_targets(text, value):
    assert value in _values(text)
