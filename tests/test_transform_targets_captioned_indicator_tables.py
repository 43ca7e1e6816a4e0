"""A plan page whose only goals are a 主要指标 table under a caption that names no goal ("表1
主要指标", "专栏 主要发展指标", no 目标 heading above it) and no numbered items: the table's piped
header (a cell naming the indicator column, a year column of the plan) is read as a goal line,
so its rows are read with it. A table of past years only (a review) stays unread. Examples are
invented (audit round 12C)."""
from __future__ import annotations

from transform.document import parse_document


def _targets(text: str) -> list[tuple]:
    parsed = parse_document(text.encode(), source="t.txt", is_text=True)
    return [(t["indicator"], t["value"], t["unit"], t["year"]) for t in parsed.targets]


def test_a_captioned_table_of_a_plan_without_items_is_read():
    text = (
        "某县“十四五”数字经济发展规划\n表1 主要指标\n指标 | 单位 | 2020年 | 2025年 | 属性\n"
        "数字经济核心产业增加值 | 亿元 | 30 | 60 | 预期性\n"
        "软件和信息技术服务业营业收入 | 亿元 | 5 | 12 | 预期性\n"
    )
    assert _targets(text) == [
        ("数字经济核心产业增加值", 60.0, "亿元", 2025),
        ("软件和信息技术服务业营业收入", 12.0, "亿元", 2025),
    ]


def test_a_category_column_and_a_name_head_of_another_wording():
    text = (
        "某市卫生健康事业发展“十四五”规划\n主要发展指标\n"
        "领域 | 指标名称 | 计量单位 | 2020年 | 2025年 | 指标属性\n"
        "健康水平 | 人均预期寿命 | 岁 | 78.5 | 79.5 | 预期性\n"
        "婴儿死亡率 | ‰ | 4.1 | ≤4.5 | 预期性\n"
        "医疗服务 | 每千人口医疗卫生机构床位数 | 张 | 6.1 | 7.0 | 预期性\n"
    )
    rows = _targets(text)
    assert ("人均预期寿命", 79.5, "岁", 2025) in rows
    assert ("婴儿死亡率", 4.5, "‰", 2025) in rows
    assert ("每千人口医疗卫生机构床位数", 7.0, "张", 2025) in rows


def test_a_three_year_plan_table_under_a_bare_caption():
    text = (
        "某区养老服务体系建设三年行动计划(2024—2026年)\n附表\n"
        "指标名称 | 单位 | 2023年 | 2026年\n养老机构护理型床位占比 | % | 55 | 65\n"
        "街道综合养老服务中心覆盖率 | % | 80 | 100\n"
    )
    rows = _targets(text)
    assert ("养老机构护理型床位占比", 65.0, "%", 2026) in rows
    assert ("街道综合养老服务中心覆盖率", 100.0, "%", 2026) in rows


def test_a_table_of_past_years_only_gives_no_targets():
    text = (
        "某县“十四五”交通运输发展规划\n表1 “十三五”主要指标完成情况\n"
        "指标 | 单位 | 2015年 | 2020年\n高速公路通车里程 | 公里 | 80 | 120\n"
        "农村公路总里程 | 公里 | 2900 | 3200\n"
    )
    assert _targets(text) == []
