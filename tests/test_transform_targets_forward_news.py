"""A news report that names no plan but commits to this year's (or the coming years') figures
("今年我县将新建公办幼儿园5所", "年内力争完成…") states work to be done: its forward lines are goal
lines (task null, the year of the page for 今年). A line about the past (今年以来…已完成, 截至…) or
without a forward cue gives none."""
from __future__ import annotations

import pytest

from transform.document import parse_document


def _parse(text: str):
    return parse_document(text, source="n.txt", is_text=True)


@pytest.mark.parametrize("body,expect", [
    ("记者从县教育局获悉，今年我县将新建公办幼儿园5所，新增学位1200个。", {(5.0, "所"), (1200.0, "个")}),
    ("年内，全区计划改造老旧小区20个，惠及居民4000余户。", {(20.0, "个")}),
    ("今年，该镇力争引进亿元以上项目3个，新增就业岗位500个。", {(3.0, "个"), (500.0, "个")}),
])
def test_a_forward_news_line_gives_targets(body, expect):
    text = "民生工程加速推进\n发布时间：2026-03-01 来源：县融媒体中心\n" + body + "\n据了解，相关工作已全面启动。\n"
    p = _parse(text)
    got = {(t["value"], t["unit"]): t for t in p.targets}
    assert expect <= set(got)
    assert all(got[k]["task_id"] is None and got[k]["year"] == 2026 for k in expect)


@pytest.mark.parametrize("body", [
    "今年以来，全县已完成老旧小区改造12个，新增学位800个。",
    "截至目前，今年全区累计新建幼儿园3所，新增学位600个。",
    "去年全县新建公办幼儿园4所，新增学位900个。",
    "该公司将于3月10日召开年度股东大会，会期2天。",
])
def test_a_news_line_about_the_past_or_no_commitment_gives_none(body):
    text = "民生工程加速推进\n发布时间：2026-03-01 来源：县融媒体中心\n" + body + "\n"
    assert _parse(text).targets == []


LIST_NEWS = """{lead}
其中，农村供水提升项目将对18座供水站进行提质改造，新建蓄水池6座。
同时，计划投入1.5亿元用于城区道路改造。
"""


@pytest.mark.parametrize("lead", [
    "某县日前召开2026年民生实事项目新闻发布会，发布十大民生实事项目的具体内容。",
    "经县人大代表票决，某县2026年十件民生实事正式确定。",
])
def test_a_news_report_of_the_years_work_list_gives_its_figures(lead):
    p = _parse("2026-01-26 17:35:28\n" + LIST_NEWS.format(lead=lead))
    got = {(t["value"], t["unit"]) for t in p.targets}
    assert {(18.0, "座"), (6.0, "座"), (1.5, "亿元")} <= got
    assert p.document["is_plan"] is True
