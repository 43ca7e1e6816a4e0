"""A news report of a work report opens its review with the year or years just past ("报告指出，过去
一年，四川实现地区生产总值67665亿元，增长5.5%；地方一般公共预算收入5853.9亿元，增长3.9%"): those are
results, not targets, through the ; that splits the sentence; the goals after them stay targets.
Examples are invented."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets

GOALS = "今年全省主要预期目标是：地区生产总值增长5.5%左右。"


@pytest.mark.parametrize(
    "review",
    [
        "报告指出，过去一年，全省实现地区生产总值6000亿元，增长5.5%；地方一般公共预算收入500亿元，增长3.9%。",
        "过去五年，全市地区生产总值年均增长6.1%。",
        "一年来，全县新增城镇就业1.2万人；城镇调查失业率5.1%。",
        "省长表示，去年，全省粮食产量达到730亿斤。",
        "報告指出，過去一年，全省實現地區生產總值6000億元，增長5.5%；地方一般公共預算收入500億元。",
    ],
)
def test_the_year_past_reports_results(review):
    got = extract_targets(review + GOALS, annual_year=2026)
    assert [(r["value"], r["unit"]) for r in got] == [(5.5, "%")]
    assert got[0]["comparator"] == "~"


@pytest.mark.parametrize(
    "text",
    [
        "过去一年成绩来之不易。今年，全县新增城镇就业1.2万人。",
        "一年来的实践证明方向正确；今年新增城镇就业1.2万人。",
        "过去一年，我们稳住了大盘；今年力争新增城镇就业1.2万人。",
    ],
)
def test_a_goal_after_the_review_stays(text):
    got = extract_targets(text, annual_year=2026)
    assert [(r["value"], r["unit"]) for r in got] == [(1.2, "万人")]
