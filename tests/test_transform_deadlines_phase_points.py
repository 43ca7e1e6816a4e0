"""The time of a phase heading (实施步骤 / 时间安排 / 组织实施 of a 工作方案): a bracketed time right
after the heading is when the phase is done, whether it is a range ("（3月1日—3月15日）", "（4-5月）")
or a single date or month ("（2025年1月10日）", "（11月）", "（3月中旬）"). A range whose end omits
the year takes the year of its start. Only a bracket holding nothing but the time, in the heading
(before its first 。), counts; dates of events in running text stay no deadline."""

from __future__ import annotations

from datetime import date

import pytest

from transform.deadlines import find_deadline
from transform.document import parse_document


@pytest.mark.parametrize(
    "text, year, expected",
    [
        ("动员部署（2025年1月10日）。召开全区动员会。", None, (date(2025, 1, 10), "2025年1月10日")),
        ("总结提升阶段（2024年11月）。总结经验，建立长效机制。", None, (date(2024, 11, 30), "2024年11月")),
        ("巩固阶段(12月中旬)。巩固整治成果。", 2024, (date(2024, 12, 20), "12月中旬")),
        ("整改落实阶段（6月）：逐项整改到位。", 2023, (date(2023, 6, 30), "6月")),
        ("宣传发动阶段（2024年4-5月）。广泛开展宣传。", None, (date(2024, 5, 31), "2024年4-5月")),
        ("集中攻坚阶段（7—9月）。全面开展整治。", 2022, (date(2022, 9, 30), "7—9月")),
        ("排查摸底阶段（2024年3月1日—3月15日）。逐村排查。", None, (date(2024, 3, 15), "2024年3月1日—3月15日")),
        ("部署启动（2023年9月下旬）", None, (date(2023, 9, 30), "2023年9月下旬")),
        ("宣传阶段（2024年3—4月份）。开展宣传。", None, (date(2024, 4, 30), "2024年3—4月份")),
    ],
)
def test_the_time_of_a_phase_heading_is_its_deadline(text, year, expected):
    assert find_deadline(text, year) == expected


@pytest.mark.parametrize(
    "text",
    [
        "9月30日召开推进会。",  # an event in running text
        "召开动员大会。会议定于（9月）举行，各单位参加。",  # a bracket after the heading's 。
        "转发《关于加强监管的通知》（2023年12月印发）。",  # a bracket holding more than a time
        "完善考核办法。",
    ],
)
def test_no_phase_time(text):
    assert find_deadline(text, 2024) == (None, None)


def test_phase_items_of_a_work_plan_without_a_plan_year_get_their_dates():
    text = (
        "某县城乡环境卫生整治工作方案\n"
        "一、工作目标\n城乡环境明显改善。\n"
        "二、实施步骤\n"
        "（一）动员部署阶段（2024年3月1日—3月15日）。召开动员会，制定实施方案。\n"
        "（二）集中整治阶段（2024年3月16日—10月31日）。各乡镇全面开展整治。\n"
        "（三）总结提升阶段（2024年11月）。总结经验，建立长效机制。\n"
    )
    tasks = parse_document(text, source="t.txt", is_text=True).tasks
    assert [(t["path"], t["deadline"]) for t in tasks] == [
        (["二", "(一)"], date(2024, 3, 15)),
        (["二", "(二)"], date(2024, 10, 31)),
        (["二", "(三)"], date(2024, 11, 30)),
    ]


def test_phase_items_of_a_town_plan_with_a_single_day_and_month_ranges():
    text = (
        "某镇2025年清洁家园行动方案\n"
        "一、重点任务\n（一）清理农村垃圾。\n（二）整治河塘沟渠。\n"
        "二、组织实施\n"
        "（一）动员部署（1月10日）。\n"
        "（二）集中攻坚（2—5月）。\n"
        "（三）巩固提升（6月至11月）。\n"
        "（四）考核验收（12月上旬）。\n"
    )
    tasks = {tuple(t["path"]): t for t in parse_document(text, source="t.txt", is_text=True).tasks}
    assert tasks[("二", "(一)")]["deadline"] == date(2025, 1, 10)
    assert tasks[("二", "(二)")]["deadline"] == date(2025, 5, 31)
    assert tasks[("二", "(三)")]["deadline"] == date(2025, 11, 30)
    assert tasks[("二", "(四)")]["deadline"] == date(2025, 12, 10)
    assert tasks[("一", "(一)")]["deadline"] is None


@pytest.mark.parametrize(
    "text, year, expected",
    [
        ("集中整治阶段（12月10日—1月5日）。开展整治。", 2024, date(2025, 1, 5)),
        ("冬季攻坚（2023年11月—2月）。", None, date(2024, 2, 29)),
        ("巩固阶段（2024年11月—2025年3月）。", None, date(2025, 3, 31)),
    ],
)
def test_a_range_over_the_new_year_ends_in_the_next_year(text, year, expected):
    assert find_deadline(text, year)[0] == expected
