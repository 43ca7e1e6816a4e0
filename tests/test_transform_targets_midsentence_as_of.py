"""A figure reported as of a date is achieved, not a target, also where the 截至 clause opens in
the middle of a sentence ("…提出打造智慧交通，截至去年底，全市公交线路总长超2100公里"), and where
the sentence opens by reading an evaluation (从评估情况来看，…完成率均在90%以上). A clause that
looks ahead after the date (力争, 将) keeps its figure."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize("text", [
    "上一轮方案提出打造智慧交通，截至去年底，全市公交线路总长超2100公里。",
    "全县持续推进农村公路建设，截至6月底，新建农村公路120公里。",
    "我市深入实施人才强市战略，截止目前，累计引进高层次人才860人。",
    "从评估情况来看，第一轮方案86项任务、第二轮方案74项任务，完成率均在90%以上。",
    "评估结果显示，各项指标完成率达到95%。",
])
def test_a_figure_as_of_a_date_or_from_an_evaluation_is_no_target(text):
    assert extract_targets(text) == []


@pytest.mark.parametrize("text,value", [
    ("全县持续推进农村公路建设，截至6月底，已启动前期工作，力争全年新建农村公路200公里。", 200),
    ("全县持续推进农村公路建设，到2025年底，新建农村公路200公里。", 200),
    ("上一轮方案提出打造智慧交通，到年底，全市新增公交线路15条。", 15),
])
def test_a_clause_looking_ahead_keeps_its_figure(text, value):
    assert [t["value"] for t in extract_targets(text)] == [value]
