"""A news report of a five-year plan names it as made or issued in its opening ("编制了《…第十五个五年
规划纲要（草案）》", "印发《某市“十五五”…规划》"): the plan years are that period, not the year of the
newspaper page; a text that only cites such a plan (根据《…》) keeps its own year."""
from __future__ import annotations

import pytest

from transform.planyears import years_in_text


@pytest.mark.parametrize("text, years", [
    ("2026年两会特别报道\n国务院编制了《国民经济和社会发展第十五个五年规划纲要（草案）》，提交大会审查。\n"
     "主要目标：研发经费投入年均增长7%以上。", (2026, 2030)),
    ("2026年3月新闻\n近日，某市印发《某市“十五五”生态环境保护规划》。规划提出，空气优良天数比率达到90%。",
     (2026, 2030)),
    ("本报讯 2021年全市两会期间\n大会审议通过了《某县国民经济和社会发展第十四个五年规划纲要》。", (2021, 2025)),
], ids=["draft-outline", "issued-special-plan", "passed"])
def test_a_reported_five_year_plan_gives_its_period(text, years):
    assert years_in_text(text, 2026) == years


def test_a_cited_five_year_plan_leaves_the_annual_year():
    text = ("某县2026年工作计划\n根据《某县国民经济和社会发展第十五个五年规划纲要》，制定2026年工作计划如下。\n"
            "一、2026年新建学校3所。\n二、2026年改造道路5公里。\n")
    assert years_in_text(text, 2026) == (2026, 2026)
