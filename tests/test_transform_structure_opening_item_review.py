"""A plan excerpt that starts below its 一、 heading, with a （一） item reviewing the five-year period
before the plan's ("（一）决胜全面建成小康社会取得决定性成就 / “十三五”时期，…"): the review reports
achievements, no task (EXTRACTION.md: tasks are the work the plan sets, not the past it reviews)."""
from __future__ import annotations

import pytest

from transform.structure import parse_structure


def _paths(text: str) -> list[list[str]]:
    return [t.path for t in parse_structure(text).tasks]


_REVIEW = "“十三五”时期，全市上下攻坚克难，完成了规划确定的目标任务，经济社会发展取得新的历史性成就。\n"


@pytest.mark.parametrize("item", ["（一）", "(一)", "〔一〕"])
@pytest.mark.parametrize("heading", [
    "决胜全面建成小康社会取得决定性成就",
    "经济社会发展取得新的历史性成就",
    "发展基础更加坚实",
])
def test_a_first_item_reviewing_the_period_before_is_no_task(item, heading):
    text = f"某市国民经济和社会发展第十四个五年规划纲要\n{item}{heading}\n{_REVIEW}"
    assert _paths(text) == []


def test_traditional_characters():
    text = ("某縣國民經濟和社會發展第十四個五年規劃綱要\n（一）決勝全面建成小康社會取得決定性成就\n"
            "“十三五”時期，全縣上下攻堅克難，經濟社會發展取得新的歷史性成就。\n")
    assert _paths(text) == []


def test_a_review_first_item_then_work_items_keeps_the_work():
    text = (f"某县“十四五”规划纲要\n（一）决胜全面建成小康社会取得决定性成就\n{_REVIEW}"
            "（二）加快建设现代产业体系\n到2025年，全县规上工业企业达到120家。\n"
            "（三）推进新型城镇化\n实施城市更新行动，改造老旧小区30个。\n")
    assert _paths(text) == [["(二)"], ["(三)"]]


# near misses: the first item sets work ahead, or the text names the plan's own years
@pytest.mark.parametrize("body", [
    "“十四五”期间，全市将加快建设现代产业体系，到2025年规上工业企业达到120家。\n",
    "“十三五”时期打下了良好基础，力争到2025年地区生产总值突破500亿元。\n",
    "加快建设现代产业体系，实施制造业提质行动。\n",
])
def test_a_first_item_of_work_stays_a_task(body):
    text = f"某市国民经济和社会发展第十四个五年规划纲要\n（一）加快建设现代产业体系\n{body}"
    assert _paths(text) == [["(一)"]]


def test_a_work_plan_without_a_five_year_title_keeps_its_first_item():
    text = "某镇2025年重点工作安排\n（一）推进项目建设\n“十三五”时期建成的园区要加快提质。\n"
    assert _paths(text) == [["(一)"]]


@pytest.mark.parametrize("heading", [
    "决胜全面建成小康社会取得决定性成就",
    "“十三五”时期经济社会发展取得新的历史性成就",
    "脱贫攻坚取得重大成就",
    "“十三五”规划目标任务胜利完成",
])
def test_a_heading_of_achievements_reviews_the_past(heading):
    from transform.targets.goals import is_review_heading

    assert is_review_heading(heading)
