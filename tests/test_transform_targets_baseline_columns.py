"""Indicator tables of whole plans (issue 15, round 7C): the plan-year column holds the target
and the baseline column never does, whatever the header calls them ("2020年基数 | 2025年目标",
"2020年现状值 | 2025年规划值"); a figure over the whole period in brackets ("[18]") in the
plan-year column is its target; a row whose plan-year cell is empty states none. Examples are
invented."""

from __future__ import annotations

from transform.document import parse_document


def _rows(text: str) -> list[tuple]:
    parsed = parse_document(text, source="x.txt", is_text=True)
    return [
        (t["indicator"], t["value"], t["unit"], t["comparator"], t["change"], t["year"])
        for t in parsed.targets
    ]


def test_a_bracketed_figure_in_the_plan_year_column_is_the_target_not_the_baseline():
    text = """某县“十四五”规划纲要
二、主要目标
类别 | 指标 | 单位 | 2020年 | 2025年 | 属性
民生福祉 | 城镇新增就业人数 | 万人 | 1.3 | [6] | 预期性
绿色生态 | 单位生产总值用水量下降 | % | — | [12] | 约束性
经济发展 | 地区生产总值 | 亿元 | 120 | 170 | 预期性
"""
    assert _rows(text) == [
        ("城镇新增就业人数", 6.0, "万人", "=", None, 2025),
        ("单位生产总值用水量下降", 12.0, "%", "=", "decrease", 2025),
        ("地区生产总值", 170.0, "亿元", "=", None, 2025),
    ]


def test_year_headers_that_name_the_baseline_and_the_target():
    text = """某市“十四五”生态环境保护规划
一、发展目标
序号 | 指标名称 | 单位 | 2020年基数 | 2025年目标 | 指标属性
1 | 细颗粒物年均浓度 | 微克/立方米 | 36 | 31 | 约束性
2 | 新增造林面积 | 万亩 | 2.4 | [11] | 预期性
"""
    assert _rows(text) == [
        ("细颗粒物年均浓度", 31.0, "微克/立方米", "=", None, 2025),
        ("新增造林面积", 11.0, "万亩", "=", None, 2025),
    ]


def test_a_status_value_column_and_a_planned_value_column():
    text = """某区“十四五”水利发展规划
一、规划目标
指标 | 2020年现状值 | 2025年规划值 | 属性
农田灌溉水有效利用系数 | 0.55 | 0.58 | 约束性
城乡供水保证率（%） | 93 | — | 预期性
"""
    # a coefficient has no unit; no figure in the plan-year column: the baseline is no target
    assert _rows(text) == [("农田灌溉水有效利用系数", 0.58, "", "=", None, 2025)]


def test_the_baseline_alone_is_never_a_target():
    text = """某县“十四五”教育发展规划
一、主要目标
指标 | 单位 | 2020年 | 2025年 | 属性
学前教育毛入园率 | % | 88 | — | 预期性
九年义务教育巩固率 | % | 96 | 98 | 约束性
"""
    assert _rows(text) == [("九年义务教育巩固率", 98.0, "%", "=", None, 2025)]


def test_cells_that_print_their_unit_after_the_figure():
    text = """某县“十四五”商务发展规划
一、发展目标
指标 | 2020年 | 2025年 | 属性
社会消费品零售总额 | 85亿元 | 120亿元 | 预期性
外贸进出口总额 | 12亿美元 | 20亿美元以上 | 预期性
限上商贸企业数量 | 160家 | ≥220家 | 预期性
二、主要任务
（一）扩大消费。建设城市商业综合体2个。
"""
    assert _rows(text) == [
        ("城市商业综合体", 2.0, "个", "=", None, None),
        ("社会消费品零售总额", 120.0, "亿元", "=", None, 2025),
        ("外贸进出口总额", 20.0, "亿美元", ">=", None, 2025),
        ("限上商贸企业数量", 220.0, "家", ">=", None, 2025),
    ]


def test_a_target_for_each_year_of_a_staged_table():
    text = """某县数字经济发展三年行动方案（2023—2025年）
一、主要目标
指标 | 单位 | 2022年 | 2023年 | 2024年 | 2025年
数字经济核心产业增加值 | 亿元 | 30 | 34 | 38 | 43
二、重点任务
（一）建设数据中心。建成数据中心1个。
"""
    rows = _rows(text)
    assert [r for r in rows if r[0] == "数字经济核心产业增加值"] == [
        ("数字经济核心产业增加值", 34.0, "亿元", "=", None, 2023),
        ("数字经济核心产业增加值", 38.0, "亿元", "=", None, 2024),
        ("数字经济核心产业增加值", 43.0, "亿元", "=", None, 2025),
    ]


def test_years_that_run_on_one_at_a_time_have_no_baseline():
    text = """某镇重点工作安排
一、主要指标
指标 | 2024年 | 2025年 | 2026年
新增市场主体（户） | 300 | 320 | 350
"""
    assert [r[1] for r in _rows(text)] == [300.0, 320.0, 350.0]


def test_a_plan_table_with_an_outlook_column():
    text = """某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要
第二章 发展目标
指标 | 单位 | 2020年 | 2025年 | 2035年 | 属性
常住人口城镇化率 | % | 60 | 65 | 75 | 预期性
第三章 建设现代产业体系
第一节 做强制造业
培育规上工业企业100家。
"""
    assert [(r[1], r[5]) for r in _rows(text) if r[0] == "常住人口城镇化率"] == [(65.0, 2025), (75.0, 2035)]


def test_rows_under_a_category_printed_once():
    # (a category cell spanning rows is printed on its first row only: the other rows are one
    # cell short, their cells under the columns after it)
    text = """某县“十四五”规划纲要
二、主要目标
类别 | 指标 | 单位 | 2020年 | 2025年 | 属性
经济发展 | 地区生产总值 | 亿元 | 200 | 300 | 预期性
规上工业增加值增速 | % | 5 | 8 | 预期性
民生福祉 | 城镇新增就业 | 万人 | 1.1 | [5.5] | 预期性
居民人均可支配收入 | 元 | 30000 | 42000 | 预期性
三、重点任务
（一）发展工业。新建厂房10万平方米。
"""
    assert [r for r in _rows(text) if r[5] == 2025] == [
        ("地区生产总值", 300.0, "亿元", "=", None, 2025),
        ("规上工业增加值增速", 8.0, "%", "=", "increase", 2025),
        ("城镇新增就业", 5.5, "万人", "=", None, 2025),
        ("居民人均可支配收入", 42000.0, "元", "=", None, 2025),
    ]


def test_a_table_of_the_last_plan_s_results_states_no_target():
    text = """某县国民经济和社会发展第十四个五年规划纲要
第一章 发展基础
第一节 “十三五”时期发展成就
“十三五”时期，全县经济社会发展取得显著成就。
专栏1 “十三五”规划主要指标完成情况
指标 | 单位 | 2015年 | 2020年规划目标 | 2020年完成 | 属性
地区生产总值 | 亿元 | 150 | 230 | 225 | 预期性
森林覆盖率 | % | 55 | 58 | 58.5 | 约束性
第二章 总体要求
第一节 发展目标
到2025年，地区生产总值达到320亿元。
第三章 建设现代产业体系
第一节 做强先进制造业
产值突破200亿元。
"""
    assert [r[1] for r in _rows(text)] == [200.0, 320.0]


def test_a_named_baseline_leaves_every_later_column_a_target():
    text = """某镇发展规划
一、主要指标
指标 | 单位 | 2022年基数 | 2024年 | 2026年
村集体经济收入 | 万元 | 40 | 60 | 80
"""
    assert [(r[1], r[5]) for r in _rows(text)] == [(60.0, 2024), (80.0, 2026)]
