"""A line of a plan page without numbered items (a news report of one) that opens with the date of
the results it reports and 已 ("截至12月20日，今年全市已建成口袋公园80个，超额完成年初计划。…全市口袋
公园数量达到390个") reports results: 计划 in 年初计划 commits to nothing, and none of its figures is a
target (audit round 24A: a paper's year-end page). Only its sentences that commit without 已 are
read ("…目前已建成64个。《某方案》提到，今年计划新增建设100个口袋公园")."""

from __future__ import annotations

from transform.document import parse_document


def _values(text: str) -> list[float]:
    return [t["value"] for t in parse_document(text, source="n.txt", is_text=True).targets]


_YEAR_END = (
    "数说民生 口袋公园惊艳亮相\n\n"
    "今年，新建改建50个口袋公园被纳入为民办实事项目。根据本市“十四五”规划，2021年至2025年全市计划新建改建"
    "250个口袋公园。\n\n"
    "截至12月20日，今年全市已建成口袋公园66个，超额完成年初计划。全市口袋公园数量达到320个，其中纳入公园名录的"
    "达150个。\n"
)

_MIXED = (
    "某报：某市今年新建百个口袋公园\n\n"
    "截至6月底，某市今年开工建设口袋公园70个，目前已建成52个。《某市2025年重点民生实事工作目标任务》提到，"
    "今年计划新增建设100个口袋公园和8个体育公园。\n"
)

_TRADITIONAL = (
    "數說民生 口袋公園驚豔亮相\n\n"
    "今年，新建改建50個口袋公園被納入為民辦實事項目。根據本市“十四五”規劃，2021年至2025年全市計劃新建改建"
    "250個口袋公園。\n\n"
    "截至12月20日，今年全市已建成口袋公園66個，超額完成年初計劃。全市口袋公園數量達到320個。\n"
)


def test_results_by_a_date_give_no_targets():
    got = _values(_YEAR_END)
    assert 250.0 in got and not {66.0, 320.0, 150.0} & set(got), got


def test_the_committing_sentence_of_such_a_line_is_read():
    got = _values(_MIXED)
    assert 100.0 in got and 8.0 in got and 52.0 not in got and 70.0 not in got, got


def test_traditional_results_by_a_date_give_no_targets():
    got = _values(_TRADITIONAL)
    assert 250.0 in got and 320.0 not in got, got
