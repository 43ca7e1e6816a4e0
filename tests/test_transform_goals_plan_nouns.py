"""计划 before 的 or 数 is a noun, not a commitment: a news line "今年1—11月，全省在建重点项目完成
投资1434.9亿元，为年计划的95.6%" reports progress against the year's plan and gives no targets,
though it opens with 今年. 计划 as a verb after a forward time ("今年计划新建…", "年内计划改造…")
still commits."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _values(text: str) -> list[float]:
    return sorted(t["value"] for t in parse_document(text, source="p.txt", is_text=True).targets)


@pytest.mark.parametrize(
    "text",
    [
        # a province's progress news, printed without its headline
        "今年1—11月，全省150个在建重点项目完成投资1200.5亿元，为年计划的93.2%。其中，40个新开工项目"
        "完成投资300.1亿元，为年计划的88.4%。\n",
        # a city's, against its investment plan
        "今年1-9月，全市重点项目累计完成投资320亿元，占年度投资计划的76.5%，超时间进度1.5个百分点。\n",
        # traditional characters
        "今年1—10月，全市重點項目完成投資410億元，為年計劃的90.2%。\n",
    ],
    ids=["province", "city", "traditional"],
)
def test_progress_against_the_plan_gives_no_targets(text):
    assert _values(text) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("今年计划新建公办幼儿园5所，新增学位1500个。\n", [5, 1500]),
        ("年内，全区计划改造老旧小区20个。\n", [20]),
        ("今年全市计划投资200亿元，新开工项目50个。\n", [50, 200]),
    ],
    ids=["this-year-plans", "within-the-year", "plans-investment"],
)
def test_forward_plans_still_commit(text, values):
    assert _values(text) == values
