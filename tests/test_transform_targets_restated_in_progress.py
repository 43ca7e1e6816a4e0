"""A progress report (…完成情况, …推进情况 sections of a 督办通报) restates each task's targets
before it reports the results of the period ("1.新引进亿元以上项目不少于20个。上半年，新引进12
个。"): the restated figures are the year's targets, the reported ones are not. Items of a
review of the past (工作回顾) and items that only report stay without targets."""

from __future__ import annotations

import pytest

from transform.document import parse_document

_REPORT = """关于2024年县政府重点工作推进情况的通报
一、重点指标完成情况
1.新引进亿元以上项目不少于20个。上半年，新引进亿元以上项目12个。
2.新增规上工业企业15家，培育专精特新企业5家。1-6月，新增规上工业企业8家。
3.改造农村公路60公里；截至6月底，完成改造35公里。
4.上半年，新建农村户厕800户。
"""

_REVIEW = """某县2024年工作总结
一、2024年工作回顾
1.新引进亿元以上项目20个。上半年，新引进亿元以上项目12个。
2.新增规上工业企业15家。
"""


def _targets(text: str) -> list[tuple]:
    p = parse_document(text, source="r.txt", is_text=True)
    return [(t["value"], t["unit"], t["year"]) for t in p.targets]


def test_a_progress_report_keeps_the_targets_it_restates():
    assert _targets(_REPORT) == [(20.0, "个", 2024), (15.0, "家", 2024), (5.0, "家", 2024), (60.0, "公里", 2024)]


def test_a_review_of_the_past_keeps_none():
    assert _targets(_REVIEW) == []


@pytest.mark.parametrize("opener", ["上半年，", "前三季度，", "1-9月，", "截至9月底，", "目前，"])
def test_each_reporting_period_opens_the_results(opener):
    text = f"2024年重点工作落实情况\n一、主要任务完成情况\n1.新建公办幼儿园6所。{opener}已建成幼儿园4所。\n"
    assert _targets(text) == [(6.0, "所", 2024)]


def test_nested_progress_sections_keep_the_restated_targets():
    text = ("2024年重点工作推进情况\n一、主要指标任务完成情况\n（一）招商引资完成情况\n"
            "1.新引进亿元以上项目不少于20个。上半年，新引进亿元以上项目12个。\n"
            "2.新增外资企业8家。\n")
    assert _targets(text) == [(20.0, "个", 2024)]
