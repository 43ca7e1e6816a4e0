"""The 主要指标 table of a plan in the layouts seen on fresh pages (issue 15, round 2): a 类别
column before the indicator, a cumulative change in brackets, rows of equal length that are no
wrapped prose, and a table flattened one cell per line with a value per year column. Examples
are invented."""
from __future__ import annotations

from transform.document import parse_document
from transform.targets import extract_targets

PIPE_TABLE = """某市“十四五”规划纲要
二、主要目标
表1 主要指标
类别 | 指标 | 单位 | 2020年 | 2025年 | 年均增长(%) | 属性
经济发展 | 地区生产总值 | 亿元 | 410 | 585 | 7.4 | 预期性
经济发展 | 税收收入占比 | % | 70.2 | 75 | — | 预期性
创新驱动 | 研发经费投入强度 | % | 2.1 | 2.8 | [0.14] | 预期性
民生福祉 | 城镇调查失业率 | % | 4.8 | <5.5 | — | 预期性
绿色生态 | 单位地区生产总值能耗降低 | % | — | — | [13.5] | 约束性
"""

CELL_TABLE = """某县“十四五”规划纲要
二、主要目标
序号
指标名称
单位
2020年
2025年
属性
1
地区生产总值
亿元
180
260
预期性
2
森林覆盖率
%
58.3
≥60
约束性
"""


def _rows(text: str) -> list[tuple]:
    parsed = parse_document(text, source="x.txt", is_text=True)
    return [(t["indicator"], t["value"], t["unit"], t["comparator"], t["change"], t["year"]) for t in parsed.targets]


def test_a_pipe_table_with_a_category_column():
    assert _rows(PIPE_TABLE) == [
        ("地区生产总值", 585.0, "亿元", "=", None, 2025),
        ("地区生产总值", 7.4, "%", "=", "increase", 2025),  # the 年均增长(%) column (round 40g)
        ("税收收入占比", 75.0, "%", "=", None, 2025),
        ("研发经费投入强度", 2.8, "%", "=", None, 2025),
        ("城镇调查失业率", 5.5, "%", "<", None, 2025),
        ("单位地区生产总值能耗降低", 13.5, "%", "=", "decrease", 2025),
    ]


def test_a_table_flattened_one_cell_per_line_takes_the_latest_year():
    assert _rows(CELL_TABLE) == [
        ("地区生产总值", 260.0, "亿元", "=", None, 2025),
        ("森林覆盖率", 60.0, "%", ">=", None, 2025),
    ]


def test_cells_without_year_columns_keep_the_first_value():
    rows = extract_targets("粮食播种面积\n万亩\n12.5\n县农业农村局\n生猪出栏\n万头\n8\n县畜牧中心")
    assert [(r["indicator"], r["value"], r["unit"]) for r in rows] == [
        ("粮食播种面积", 12.5, "万亩"), ("生猪出栏", 8.0, "万头")]
