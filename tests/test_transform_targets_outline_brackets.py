"""Indicator tables of national and provincial outlines print a figure over the whole period in
〔〕 ("单位地区生产总值能源消耗降低 | — | — | 〔14〕"), as others print [14]: the same target (the
change over the period, by the plan's end year). Examples are invented."""

from __future__ import annotations

from transform.document import parse_document


def _rows(text: str) -> list[tuple]:
    parsed = parse_document(text, source="x.txt", is_text=True)
    return [
        (t["indicator"], t["value"], t["unit"], t["comparator"], t["change"], t["year"])
        for t in parsed.targets
    ]


def test_a_cumulative_column_in_outline_brackets():
    text = """某市国民经济和社会发展第十四个五年规划纲要
专栏1 “十四五”时期经济社会发展主要指标
类别 | 指标 | 2020年 | 2025年 | 年均增长〔累计〕 | 属性
经济发展 | 常住人口城镇化率（%） | 58.2 | 63 | 〔4.8〕 | 预期性
绿色生态 | 单位地区生产总值能源消耗降低（%） | — | — | 〔14〕 | 约束性
绿色生态 | 单位地区生产总值二氧化碳排放降低（%） | — | — | 〔18.5〕 | 约束性
"""
    # the plan-year figure wins over the cumulative one (63, not 〔4.8〕)
    assert _rows(text) == [
        ("常住人口城镇化率", 63.0, "%", "=", None, 2025),
        ("单位地区生产总值能源消耗降低", 14.0, "%", "=", "decrease", 2025),
        ("单位地区生产总值二氧化碳排放降低", 18.5, "%", "=", "decrease", 2025),
    ]


def test_outline_brackets_in_the_plan_year_column():
    text = """某县“十四五”就业促进规划
一、主要目标
指标 | 单位 | 2020年 | 2025年 | 属性
城镇新增就业人数 | 万人 | 1.1 | 〔5.5〕 | 预期性
农村劳动力转移就业 | 万人次 | 3.2 | 〔16〕 | 预期性
"""
    assert _rows(text) == [
        ("城镇新增就业人数", 5.5, "万人", "=", None, 2025),
        ("农村劳动力转移就业", 16.0, "万人次", "=", None, 2025),
    ]


def test_a_row_without_any_figure_in_its_columns_states_none():
    text = """某区“十四五”生态环境保护规划
一、规划目标
指标 | 2020年 | 2025年 | 累计 | 属性
地表水达到或好于Ⅲ类水体比例（%） | 80 | — | — | 约束性
森林覆盖率（%） | 40.1 | 41.5 | 〔1.4〕 | 约束性
"""
    assert _rows(text) == [("森林覆盖率", 41.5, "%", "=", None, 2025)]
