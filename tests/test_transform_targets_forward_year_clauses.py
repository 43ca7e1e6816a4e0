"""A news report of the year's work often opens its commitments with the year itself instead of
今年 ("2026年，我县将新建…", "2026年,全区计划改造…"): a clause led by a year and a commitment word
(将, 计划, 力争 …) is a forward line like "今年我县将…"; its targets take that year. A clause of a
past year that reports what was done (2025年，全县完成…; 2025年以来…) gives none. Examples are
invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _parse(text: str):
    return parse_document(text, source="n.txt", is_text=True)


@pytest.mark.parametrize("body,expect", [
    ("2026年，我县将新建高标准农田2.8万亩，新增水产养殖面积1.5万亩。", {(2.8, "万亩"), (1.5, "万亩")}),
    ("2026年,全区计划改造老旧小区20个,新增停车位800个。", {(20.0, "个"), (800.0, "个")}),
    ("2026年，该镇力争引进亿元以上项目3个。", {(3.0, "个")}),
])
def test_a_year_led_forward_clause_gives_targets(body, expect):
    # no headline: the page opens with its lead
    text = "在全县农业农村工作会议上，县农业农村局介绍了今年的主要工作安排。\n" + body + "\n"
    p = _parse(text)
    got = {(t["value"], t["unit"]): t for t in p.targets}
    assert expect <= set(got)
    assert all(got[k]["task_id"] is None and got[k]["year"] == 2026 for k in expect)


@pytest.mark.parametrize("body", [
    "2025年，全县完成高标准农田建设3万亩，新增养殖面积1.2万亩。",
    "2025年以来，全区已改造老旧小区12个，新增停车位600个。",
])
def test_a_year_led_clause_of_work_done_gives_none(body):
    text = "在全县农业农村工作会议上，县农业农村局介绍了有关情况。\n" + body + "\n"
    assert _parse(text).targets == []
