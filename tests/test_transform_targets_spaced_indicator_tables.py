"""主要指标 tables of whole plans printed with spaces between the cells (PDF text, text renderings;
issue 15, round 7C): "指标 单位 2020年 2025年 属性" and one row a line. Each row gives one target
from its plan-year column, as a "|" table does: a category cell printed on the first row of its
group only, a 序号 column, a name broken by a space, a missing unit (a ratio) or attribute cell,
full-width spaces. Examples are invented."""

from __future__ import annotations

from transform.document import parse_document


def _rows(text: str) -> list[tuple]:
    parsed = parse_document(text, source="x.txt", is_text=True)
    return [(t["indicator"], t["value"], t["unit"], t["comparator"], t["year"]) for t in parsed.targets]


def test_a_spaced_table_in_the_goals_section():
    text = """某县“十四五”农业农村现代化规划
第二章 总体要求
第二节 发展目标
到2025年，农业农村现代化取得重要进展。
表1 主要指标
指标 单位 2020年 2025年 属性
粮食综合生产能力 万吨 31 33 约束性
农村居民人均可支配收入 元 16200 22500 预期性
农产品加工业产值与农业总产值比 — 1.9 2.5 预期性
第三章 提升粮食安全保障能力
第一节 加强耕地保护
严守耕地红线，建成高标准农田18万亩。
"""
    rows = _rows(text)
    assert ("粮食综合生产能力", 33.0, "万吨", "=", 2025) in rows
    assert ("农村居民人均可支配收入", 22500.0, "元", "=", 2025) in rows
    assert ("农产品加工业产值与农业总产值比", 2.5, "", "=", 2025) in rows
    assert not any(r[1] in (31.0, 16200.0, 1.9) for r in rows)  # the baseline column


def test_a_category_printed_once_and_a_number_column():
    text = """某市“十四五”生态环境保护规划
一、主要目标
序号　类别　指标名称　单位　2020年　2025年　属性
1　环境质量　细颗粒物年均浓度　微克/立方米　34　≤30　约束性
2　空气质量优良天数比率　%　88.1　≥90　约束性
3　污染减排　化学需氧量排放量减少　%　—　[8]　约束性
二、重点任务
（一）深入打好蓝天保卫战。推进工业污染治理。
"""
    rows = _rows(text)
    assert ("细颗粒物年均浓度", 30.0, "微克/立方米", "<=", 2025) in rows
    assert ("空气质量优良天数比率", 90.0, "%", ">=", 2025) in rows
    assert ("化学需氧量排放量减少", 8.0, "%", "=", 2025) in rows
    assert len(rows) == 3


def test_a_table_in_an_annex_at_the_end_of_the_plan():
    text = """某县“十四五”教育事业发展规划
一、发展目标
到2025年，教育现代化水平明显提升。
二、主要任务
（一）扩大学前教育资源。新建公办幼儿园6所。
附表
“十四五”教育事业发展主要指标
指标名称 单位 2020年 2025年 指标属性
学前教育 毛入园率 % 89 95 预期性
九年义务教育巩固率 % 96.5 98 约束性
高中阶段教育毛入学率 % 91 95
"""
    rows = _rows(text)
    assert ("学前教育毛入园率", 95.0, "%", "=", 2025) in rows
    assert ("九年义务教育巩固率", 98.0, "%", "=", 2025) in rows
    assert ("高中阶段教育毛入学率", 95.0, "%", "=", 2025) in rows


def test_a_sentence_with_spaces_is_no_table_row():
    text = """某县“十四五”交通发展规划
一、发展目标
指标 单位 2020年 2025年 属性
公路总里程 公里 2800 3100 预期性
到2025年 全县 建成 “四好农村路” 示范乡镇 5个。
"""
    rows = _rows(text)
    assert ("公路总里程", 3100.0, "公里", "=", 2025) in rows
    assert not any(r[0] == "全县" for r in rows)


def test_an_annex_table_with_one_plan_year_column():
    text = """某县“十四五”卫生健康发展规划
一、主要任务
（一）完善医疗服务体系。新建乡镇卫生院3所。
附表
“十四五”卫生健康发展主要指标
指标 | 单位 | 2025年目标 | 属性
每千人口执业（助理）医师数 | 人 | 3.2 | 预期性
孕产妇死亡率 | 1/10万 | ≤12 | 预期性
"""
    rows = _rows(text)
    assert ("每千人口执业(助理)医师数", 3.2, "人", "=", 2025) in rows  # (NFKC)
    assert ("孕产妇死亡率", 12.0, "1/10万", "<=", 2025) in rows


def test_a_spaced_task_table_header_with_a_year_column_stays_as_printed():
    from transform.targets.tables import pipe_spaced_tables

    lines = [
        "序号 项目 建设内容 2024年 牵头单位",
        "1 某某道路工程 新建道路5公里 3000 县交通运输局",
        "2 某某水厂 新建水厂1座 1200 县水利局",
    ]
    assert pipe_spaced_tables(lines) == lines


def test_blank_lines_between_the_rows():
    text = """某县“十四五”农业发展规划

一、发展目标

指标 单位 2020年 2025年 属性

粮食综合生产能力 万吨 31 33 约束性

农村居民人均可支配收入 元 16200 22500 预期性

二、主要任务

（一）建设高标准农田。新建高标准农田5万亩。
"""
    rows = _rows(text)
    assert ("粮食综合生产能力", 33.0, "万吨", "=", 2025) in rows
    assert ("农村居民人均可支配收入", 22500.0, "元", "=", 2025) in rows
