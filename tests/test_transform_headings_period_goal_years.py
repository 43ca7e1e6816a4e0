"""A heading that names a five-year period and its goals ("“十五五”时期主要目标", "二、十四五期间
发展目标") dates the figures under it that name no year with the period's last year (2030, 2025),
not with the year of the annual report it sits in; on a page without numbered items the heading is
a bare line right above the goal lines."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.heading_years import heading_year


def _parse(text: str):
    return parse_document(text, source="p.txt", is_text=True)


@pytest.mark.parametrize("heading,year", [
    ("“十五五”时期主要目标", 2030),
    ("二、“十四五”时期经济社会发展主要目标", 2025),
    ("（一）十五五期间发展目标", 2030),
    ("第十五个五年规划时期主要指标", 2030),
    ("\"十三五\"发展目标", 2020),
    ("“十四五”时期主要目标完成情况", None),   # a review of the period
    ("“十四五”时期发展取得重大成就", None),   # names no goals
    ("“十五五”规划编制目标", None),           # the work of drafting the plan
    ("十五五时期重点任务", None),             # work, not goals
])
def test_period_heading_year(heading, year):
    assert heading_year(heading) == year


def test_summary_report_goal_line_under_a_period_heading_line():
    r = _parse(
        "某区2026年政府工作报告（摘要）\n\n"
        "2025年工作回顾\n\n"
        "全年地区生产总值增长5.2%，新增市场主体3000户。\n\n"
        "“十五五”时期主要目标\n\n"
        "地区生产总值年均增长5%左右，规上工业总产值达到900亿元。\n\n"
        "2026年主要预期目标\n\n"
        "地区生产总值增长5.5%，城镇新增就业5000人以上。\n"
    )
    years = {t["value"]: t["year"] for t in r.targets}
    assert years == {5: 2030, 900: 2030, 5.5: 2026, 5000: 2026}


def test_numbered_period_goals_section_in_an_annual_report():
    r = _parse(
        "某县2021年政府工作报告\n"
        "一、“十四五”时期发展目标\n"
        "（一）经济实力。全县生产总值年均增长6.5%。\n"
        "（二）民生保障。城乡居民人均可支配收入突破4万元。\n"
        "二、2021年重点工作\n"
        "（一）抓项目建设。实施重点项目120个。\n"
        "（二）抓民生改善。新建幼儿园6所。\n"
    )
    years = {t["value"]: t["year"] for t in r.targets}
    assert years[6.5] == 2025 and years[4] == 2025
    assert years[120] == 2021 and years[6] == 2021


def test_period_heading_line_far_above_does_not_date():
    # the goal line is under a dated heading of its own; the period heading is further up
    r = _parse(
        "某镇2026年工作计划\n\n"
        "“十五五”时期主要目标\n\n"
        "聚焦产业强镇、生态美镇。\n\n"
        "2026年工作目标\n\n"
        "力争完成固定资产投资8亿元。\n"
    )
    assert [(t["value"], t["year"]) for t in r.targets] == [(8, 2026)]


def test_an_earlier_period_heading_over_a_line_in_a_later_plan_dates_nothing():
    # (“十三五”时期… in a 十四五 plan reviews the past: its figures are not given 2020 by the heading)
    r = _parse(
        "某县“十四五”农业发展规划\n\n"
        "“十三五”时期主要目标\n\n"
        "粮食总产量稳定在50万吨，农村居民人均可支配收入达到1.5万元。\n\n"
        "“十四五”时期主要目标\n\n"
        "粮食总产量稳定在52万吨，农村居民人均可支配收入达到2万元。\n"
    )
    assert all(t["year"] != 2020 for t in r.targets)
    assert {t["value"]: t["year"] for t in r.targets}.get(52) == 2025
