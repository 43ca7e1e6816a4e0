"""A text without a dated title whose first line names a five-year plan ("XX镇“十四五”发展规划",
"某县国民经济和社会发展第十四个五年规划纲要") covers that plan's years, not the year its review of
the past names most ("2020年财政收入8.6亿元"); a first line that only mentions such a plan
("2025年是“十四五”规划收官之年") does not."""

from __future__ import annotations

import pytest

from transform.planyears import years_in_text

_REVIEW = "第一章 发展基础\n“十三五”期间，经济总量稳步提升。2020年财政收入8.6亿元，2020年规上企业30家。\n"


@pytest.mark.parametrize(
    "first",
    [
        "某镇“十四五”发展规划由会员分享，可在线阅读。",
        "某县国民经济和社会发展第十四个五年规划纲要",
        "1、某镇\"十四五\"经济社会发展规划“十四五”时期是开启新征程的关键阶段。",
    ],
)
def test_a_first_line_naming_a_five_year_plan_gives_its_years(first):
    assert years_in_text(first + "\n" + _REVIEW, None) == (2021, 2025)


def test_a_first_line_mentioning_the_period_does_not():
    text = "2025年是“十四五”规划收官之年，全镇上下团结奋斗。\n2025年财政收入增长5%。2025年新增就业800人。\n"
    assert years_in_text(text, None) == (2025, 2025)
