"""A news report of the year's 民生实事 closes a line with its work-list cue and prints the items
below it, one a line, unnumbered: "今年将接续办好12件重点民生实事。具体包括：" then "建设80个口袋
公园。" … — each item line carries its targets, up to the count the cue gives (audit round 12A: a
市 news report read only its first item). The count in the cue is the list's own, no target; lines
past the list (a paragraph on last year's results) are not read as its items."""
from __future__ import annotations

import pytest

from transform.document import parse_document


def _values(text: str) -> list[float]:
    return [t["value"] for t in parse_document(text, source="n.txt", is_text=True).targets]


_ITEMS = ("新开工改造城镇老旧小区120万平方米。\n建设80个口袋公园、6座体育公园。\n"
          "加装农村公路安全护栏900公里。\n完成30个农村黑臭水体治理项目。\n")


@pytest.mark.parametrize("cue", [
    "今年，某市将接续办好4件重点民生实事。具体包括：",
    "今年，某市将集中力量办好4件民生实事，主要包括：",
    "今年某縣將辦好4件民生實事。具體包括：",
], ids=["specifically", "mainly", "traditional"])
def test_the_items_below_a_cue_closing_its_line_give_targets(cue):
    got = _values("2026年某市将办好4件重点民生实事\n" + cue + "\n" + _ITEMS)
    assert all(v in got for v in (120.0, 80.0, 6.0, 900.0, 30.0))
    assert 4.0 not in got  # the list's own count


def test_the_lines_past_the_counted_list_are_not_its_items():
    text = ("2026年某县将办好2件民生实事\n今年，某县将办好2件民生实事。具体包括：\n"
            "新建城区幼儿园3所。\n改造农村公路60公里。\n"
            "去年，全县民生实事完成投资5.6亿元，惠及群众12万人。\n")
    got = _values(text)
    assert 3.0 in got and 60.0 in got
    assert 5.6 not in got and 12.0 not in got


def test_a_cue_that_looks_back_opens_no_list():
    text = ("某县民生实事工作会议召开\n会议指出，去年办好的2件民生实事分别是：\n"
            "新建城区幼儿园3所。\n改造农村公路60公里。\n会议要求，各单位抓好今年民生实事。\n")
    got = _values(text)
    assert 3.0 not in got and 60.0 not in got


def test_numbered_items_below_a_cue_stay_the_tasks_targets_once():
    text = ("2026年某市十大民生实事出炉\n按照得票多少，确定以下3项为市政府2026年度民生实事项目：\n\n"
            "1 实施8条城市断头路畅通工程；\n\n2 建设12所普惠性幼儿园；\n\n3 实施城乡社区养老试点工程。\n")
    rows = parse_document(text, source="n.txt", is_text=True).targets
    assert sorted((t["value"], t["task_id"] is not None) for t in rows) == [(8.0, True), (12.0, True)]
