"""A heading that opens with a year and names goals or work ("2025年目标：…", "（二）2027年主要
目标", "到2026年工作任务", "二、2025年重点任务") dates the targets of the items under it, where their
own text names no year: an item under "2027年目标" is due in 2027, even in a plan dated 2024."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.heading_years import heading_year


def _parse(text: str):
    return parse_document(text, source="p.txt", is_text=True)


@pytest.mark.parametrize("heading,year", [
    ("2025年目标：全面巩固农村供水成果", 2025),
    ("2027年主要目标", 2027),
    ("到2026年工作任务", 2026),
    ("2025年底前重点任务", 2025),
    ("2024年度工作安排", 2024),
    ("2023年工作回顾", None),             # a review of the past dates nothing ahead
    ("2023年目标完成情况", None),
    ("加快建设2025年重点项目", None),      # the year does not open the heading
    ("2024—2026年目标", None),             # a span: no single year
])
def test_heading_year(heading, year):
    assert heading_year(heading) == year


def test_items_under_a_year_goal_heading_are_tasks_dated_by_it():
    r = _parse(
        "某县2024年农村供水保障工作方案\n"
        "一、2025年目标：全面巩固农村供水成果\n"
        "1.新建集中供水工程12处。（牵头单位：县水利局）\n"
        "2.农村自来水普及率达到95%以上。（牵头单位：县水利局）\n"
        "二、2024年重点工作\n"
        "1.改造供水管网30公里。（牵头单位：县水利局）\n"
    )
    assert [t["path"] for t in r.tasks] == [["一", "1"], ["一", "2"], ["二", "1"]]
    assert [(t["value"], t["year"]) for t in r.targets] == [(12, 2025), (95, 2025), (30, 2024)]


def test_goal_items_under_phase_headings_take_each_phase_year():
    r = _parse(
        "某市数字经济发展行动方案\n"
        "一、主要目标\n"
        "（一）2025年目标\n"
        "1.数字经济核心产业增加值达到300亿元。\n"
        "2.建成5G基站8000个。\n"
        "（二）2027年目标\n"
        "1.数字经济核心产业增加值达到450亿元。\n"
        "2.培育数字化转型标杆企业50家。\n"
        "二、重点任务\n"
        "（一）夯实数字基础设施。推进千兆光网建设。（牵头单位：市通信发展办）\n"
        "（二）壮大数字产业。引育软件企业。（牵头单位：市工信局）\n"
    )
    years = {t["value"]: t["year"] for t in r.targets}
    assert years == {300: 2025, 8000: 2025, 450: 2027, 50: 2027}


def test_a_year_in_the_item_itself_wins():
    r = _parse(
        "某区行动方案\n"
        "一、2025年目标\n"
        "1.到2026年，新增绿地面积20公顷。（牵头单位：区园林局）\n"
        "2.新建口袋公园6个。（牵头单位：区园林局）\n"
    )
    assert [(t["value"], t["year"]) for t in r.targets] == [(20, 2026), (6, 2025)]
