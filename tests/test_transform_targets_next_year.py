"""明年 in a target names the year after the page was published, not after the plan's year: a
2023 plan written in December 2022 says "明年" for 2023; a 2024 plan published in 2024 that
looks ahead "力争明年" means 2025. Without a publish date 明年 sets nothing."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


@pytest.mark.parametrize("text,issued,year", [
    ("明年，全县新增城镇就业岗位5000个。", 2025, 2026),
    ("力争明年建成5G基站300个以上", 2024, 2025),
    ("计划到明年底完成农村户厕改造800户", 2022, 2023),
])
def test_next_year_is_the_year_after_publication(text, issued, year):
    found = extract_targets(text, issued=issued)
    assert found and found[0]["year"] == year


def test_next_year_without_a_publish_date_sets_nothing():
    assert extract_targets("明年，全县新增城镇就业岗位5000个。", annual_year=2024)[0]["year"] == 2024


def test_a_figure_before_next_year_keeps_its_year():
    found = extract_targets("今年新建学校3所；明年再新建学校2所。", annual_year=2024, issued=2024)
    assert [t["year"] for t in found] == [2024, 2025]


_WRITTEN_BEFORE = """某县2023年农业农村工作要点
发布日期：2022-12-20
一、稳定粮食生产
1.建设高标准农田。明年全县新建高标准农田2万亩。
2.发展设施农业。新增设施大棚300个。
"""

_LOOKING_AHEAD = """某区2024年城市更新工作计划
发布时间：2024-03-05
（一）老旧小区改造。年内改造老旧小区20个，力争明年再完成改造15个。
（二）口袋公园。建成口袋公园10个。
"""


@pytest.mark.parametrize("text,years", [
    (_WRITTEN_BEFORE, [2023, 2023]),
    (_LOOKING_AHEAD, [2024, 2025, 2024]),
], ids=["plan-written-the-year-before", "plan-looking-ahead"])
def test_next_year_in_a_plan_page_counts_from_its_publish_date(text, years):
    p = parse_document(text, source="p.txt", is_text=True)
    assert [t["year"] for t in p.targets] == years
