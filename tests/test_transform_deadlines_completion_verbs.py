"""A time that a completion verb follows is a deadline in running text too: "（县发改局牵头，2024年10月
完成）", "9月份投入使用", "明年7月份建成" (the year after the plan's), "12月30日竣工". A month range
("1-8月完成投资…") or a date after 截至 is progress, not a limit; a start ("12月开工") or an event
("9月30日召开推进会") is no deadline."""

from __future__ import annotations

from datetime import date

import pytest

from transform.deadlines import find_deadline
from transform.document import parse_document


@pytest.mark.parametrize(
    "text, year, expected",
    [
        ("（县发改局牵头，2024年10月完成）", 2024, (date(2024, 10, 31), "2024年10月完成")),
        ("新建社区食堂5个，9月份投入使用。", 2025, (date(2025, 9, 30), "9月份投入使用")),
        ("仓储物流区明年7月份建成。", 2023, (date(2024, 7, 31), "明年7月份建成")),
        ("实施老旧小区改造12个，12月30日竣工。", 2022, (date(2022, 12, 30), "12月30日竣工")),
        ("启动污水管网建设，11月中旬全面完工。", 2024, (date(2024, 11, 20), "11月中旬全面完工")),
        ("（区住建局负责，8月建成投用）", 2025, (date(2025, 8, 31), "8月建成")),
        ("完成村级活动场所改造，2025年6月交付使用。", 2024, (date(2025, 6, 30), "2025年6月交付使用")),
    ],
)
def test_a_time_before_a_completion_verb_is_a_deadline(text, year, expected):
    assert find_deadline(text, year) == expected


@pytest.mark.parametrize(
    "text",
    [
        "年度计划投资17.68亿元，1-5月完成投资8.2亿元。",  # progress over a range of months
        "截至9月完成投资3亿元。",  # progress up to a date
        "项目预计12月开工建设。",  # a start, not a limit
        "9月30日召开推进会。",  # an event
        "每年3月完成年度考核。",  # recurring work
        "该项目已于7月全面完工并投入使用。",  # a report of what was done
        "新建停车场已于2025年9月建成投用。",  # the same with its year
        "二期工程已经于10月竣工。",
    ],
)
def test_progress_starts_events_and_recurring_work_are_no_deadline(text):
    assert find_deadline(text, 2024) == (None, None)


def test_a_unit_bracket_with_a_completion_month_dates_the_task():
    text = (
        "某县2024年重点工作要点\n"
        "一、项目建设\n"
        "1.建成县城第二水厂。（县水利局牵头，县住建局配合，10月完成）\n"
        "2.实施城区道路改造3条。（县住建局负责，11月份建成通车）\n"
        "3.推进产业园标准厂房建设。（县工信局负责）\n"
    )
    tasks = parse_document(text, source="t.txt", is_text=True).tasks
    assert [(t["path"][-1], t["deadline"]) for t in tasks] == [
        ("1", date(2024, 10, 31)),
        ("2", date(2024, 11, 30)),
        ("3", None),
    ]
    assert tasks[0]["lead_units"] == ["县水利局"]
    assert tasks[0]["participating_units"] == ["县住建局"]


@pytest.mark.parametrize(
    "text, year, expected",
    [
        ("力争利咸高速2026年建成通车，351国道2027年完工。", 2026, (date(2027, 12, 31), "2027年完工")),
        ("加快推进水厂扩建，2025年全面完成。", 2025, (date(2025, 12, 31), "2025年全面完成")),
        ("实施老旧管网改造，2025年底完成。", None, (date(2025, 12, 31), "2025年底")),
    ],
)
def test_a_year_before_a_completion_verb_ends_with_that_year(text, year, expected):
    assert find_deadline(text, year) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2023年完成投资5亿元，今年继续推进。",  # a year already past
        "截至2024年完成改造120户。",  # progress
        "2024年完成率达到95%以上。",  # a measure (完成率), not the act
    ],
)
def test_past_years_progress_and_measures_are_no_deadline(text):
    assert find_deadline(text, 2024) == (None, None)
