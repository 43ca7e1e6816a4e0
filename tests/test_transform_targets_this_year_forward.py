"""A news line led by 本年 and a comma ("本年，我省将建造水网连通工程1000公里以上") commits to
this year's figures like one led by 今年: its figures are targets and the page is a plan; a
progress report's "本年度计划开工项目255项" (the year's plan as a noun) is no such lead."""
from __future__ import annotations

from transform.document import parse_document
from transform.targets.goals import forward_lines

_NEWS = (
    "本年，我省将新建农村供水工程800处以上，规模化供水工程覆盖率达到40%以上，农村自来水普及率达到92%以上。\n"
    "同时，大力推进中小河流治理，治理中小河流300公里。\n"
)
_NEWS_TRADITIONAL = "本年,我縣將新建公辦幼兒園5所,新增學位1200個。\n"


def test_this_year_lead_is_forward():
    assert forward_lines(_NEWS, "", 2023) == [_NEWS.split("\n")[0]]
    assert forward_lines(_NEWS_TRADITIONAL.replace("縣將", "县将").replace("兒園", "儿园"), "", 2023)


def test_this_year_news_is_a_plan_with_targets():
    parsed = parse_document(_NEWS, source="t", is_text=True)
    assert parsed.document["is_plan"] is True
    values = sorted(t["value"] for t in parsed.targets)
    assert values == [40.0, 92.0, 800.0]


def test_traditional_page():
    parsed = parse_document(_NEWS_TRADITIONAL, source="t", is_text=True)
    assert sorted(t["value"] for t in parsed.targets) == [5.0, 1200.0]


def test_progress_noun_is_no_lead():
    text = "1-10月项目累计完成投资629亿元，占年度投资计划的97.2%。本年度计划开工项目255项，已开工240项。\n"
    assert forward_lines(text, "", 2023) == []
    assert parse_document(text, source="t", is_text=True).targets == []
