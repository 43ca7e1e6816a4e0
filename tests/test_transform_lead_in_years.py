"""A lead-in sentence ending in a colon that names a year and the goals or the work ahead
("到2025年，全县实现以下目标：", "…设定全省2025年能源发展的主要目标：", "到2020年将实现：") dates the
targets of the list right below it that name no year (EXTRACTION.md: clauses after 到2025年 inherit
2025). A review of the past ("2023年主要完成了以下工作："), a line without a colon, or a sentence with
two years and no single 到…年 dates nothing. Every text here is invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.heading_years import lead_in_year


def _years(text: str) -> dict[str, int | None]:
    r = parse_document(text, source="p.txt", is_text=True)
    return {t["indicator"]: t["year"] for t in r.targets}


@pytest.mark.parametrize(
    "line,year",
    [
        ("到2025年，全县生态环境质量持续改善，实现以下目标：", 2025),
        ("此外，《通知》从六个方面设定全省 2025 年能源发展的主要目标:", 2025),
        ("未来5年全市“卫生强市”战略，到2020年将实现：", 2020),
        ("一是产业升级。到2027年，力争达到：", 2027),  # the last sentence of the line
        ("以2020年为基期，到2025年主要指标如下：", 2025),  # one 到…年 among two years
        ("2023年，全县主要完成了以下工作：", None),  # a review of the past
        ("2023年工作回顾：", None),
        ("2024年以来，主要取得以下成效：", None),
        ("到2025年，全县实现以下目标。", None),  # no colon: no list follows
        ("2021年至2025年，全县主要目标：", 2025),  # a period: its end
        ("2023年和2024年，全县重点任务：", None),  # two years, no single 到…年
        ("全县主要目标如下：", None),  # no year
        ("2025年，全县上下要认真贯彻：", None),  # no word of goals or work after the year
    ],
)
def test_lead_in_year(line, year):
    assert lead_in_year(line) == year


def test_plan_goals_under_a_heading_with_a_dated_lead_in():
    years = _years(
        "某县“十四五”生态环境保护规划\n"
        "一、发展目标\n"
        "到2025年，全县生态环境质量持续改善，实现以下目标：\n"
        "（一）空气质量。细颗粒物浓度控制在30微克/立方米以下，优良天数比率达到90%以上。\n"
        "（二）水环境质量。地表水国控断面水质优良比例达到85%。\n"
        "二、重点任务\n"
        "（一）推进污染治理。新建污水处理厂2座。（牵头单位：县生态环境局）\n"
    )
    assert years["细颗粒物浓度"] == 2025
    assert years["优良天数比率"] == 2025
    assert years["地表水国控断面水质优良比例"] == 2025
    assert years["污水处理厂"] is None  # a task outside the list: not dated by its lead-in


def test_tasks_under_a_section_with_a_dated_lead_in():
    years = _years(
        "某市养老服务体系建设实施方案\n"
        "一、工作目标\n"
        "为加快养老服务发展，结合本市实际，到2027年力争实现：\n"
        "1.新建社区养老服务中心20个。（牵头单位：市民政局）\n"
        "2.护理型床位占比达到60%以上。（牵头单位：市民政局）\n"
        "二、保障措施\n"
        "1.加强资金保障。安排专项资金500万元。（牵头单位：市财政局）\n"
    )
    assert years["社区养老服务中心"] == 2027
    assert years["护理型床位占比"] == 2027
    assert years["专项资金"] is None


def test_a_traditional_news_report_of_a_plan_with_a_dated_lead_in():
    years = _years(
        "某市發布衛生發展規劃\n"
        "一、主要內容\n"
        "規劃提出，到2030年全市將實現以下目標：\n"
        "（一）每千人口床位數達到7張。\n"
        "（二）人均預期壽命達到82歲。\n"
    )
    assert set(years.values()) == {2030}


def test_a_review_lead_in_dates_nothing():
    years = _years(
        "某县2024年工作总结和2025年工作计划\n"
        "一、工作回顾\n"
        "2024年，全县主要完成了以下工作：\n"
        "1.新建农村公路30公里。\n"
        "2.改造老旧小区12个。\n"
    )
    assert 2024 not in years.values()


def test_a_lead_in_not_right_above_the_list_dates_nothing():
    years = _years(
        "某市交通发展实施方案\n"
        "一、总体要求\n"
        "到2026年，全市交通基础设施更加完善，实现以下目标：\n"
        "坚持统筹推进，突出重点，分步实施。\n"
        "1.新建农村公路100公里。（牵头单位：市交通运输局）\n"
        "2.建成公交首末站5个。（牵头单位：市交通运输局）\n"
    )
    assert set(years.values()) == {None}
