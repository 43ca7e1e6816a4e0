"""A news report printed without its headline whose lead names the year's list of work ("记者从某区
2025年重点民生实事新闻发布会上获悉") states that work in lines that need no cue word ("即实施城镇老旧
小区改造，新开工5个…", "新增残疾人就业40人"): their figures are targets of the year. A line about
the past (今年以来…, a year before the lead's) gives none, and a page with a headline keeps the
cue-word rule (its figures come from cue words). Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _parse(text: str):
    return parse_document(text, source="n.txt", is_text=True)


LEAD = "某某网某市频道消息（记者 张某）：2025年3月4日，记者从某市某区2025年重点民生实事新闻发布会上获悉，经区人民代表大会票决产生了10件重点民生实事。\n"


@pytest.mark.parametrize(
    "work",
    [
        "“两个实施”，即实施城镇老旧小区改造，新开工5个老旧小区改造项目，改造住宅老旧电梯42部。\n",
        "一是提升农村饮水质量，新开工5个城乡供水一体化工程；二是新增老旧电梯改造42部。\n",
    ],
)
def test_the_work_under_a_lead_naming_the_years_list_gives_targets(work: str) -> None:
    p = _parse(LEAD + work)
    got = {(t["value"], t["unit"]): t for t in p.targets}
    assert {(5.0, "个"), (42.0, "部")} <= set(got)
    assert all(t["year"] == 2025 for t in got.values())
    assert p.document["is_plan"] is True


def test_a_line_about_the_past_gives_none() -> None:
    text = LEAD + "去年全区完成老旧小区改造9个。\n今年以来，已完成电梯改造12部。\n新增残疾人就业40人。\n"
    got = {(t["value"], t["unit"]) for t in _parse(text).targets}
    assert (40.0, "人") in got
    assert not got & {(9.0, "个"), (12.0, "部")}


def test_a_page_with_a_headline_keeps_the_cue_word_rule() -> None:
    text = "某区民生实事加快推进\n发布时间：2025-06-01 来源：某区融媒体中心\n" + LEAD + "新开工5个老旧小区改造项目，改造住宅老旧电梯42部。\n"
    got = {(t["value"], t["unit"]) for t in _parse(text).targets}
    assert (42.0, "部") not in got
