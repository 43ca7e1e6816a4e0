"""A "|" table whose rows open with a numbered category cell printed on its group's first row
only, before a period or figure column (起止年限, 建设年限), and a progress column split by a
second header row.

"1 | 一、优质教育提升工程 | 2024-2025 | 完成城南中学食堂建设 | …": the category was read as a
heading only when text came right after it, so behind a period cell it was lost (or glued to the
project's name), and the rows after the first, which leave the category out, put their period
cell in the name's column. A second header row naming the sub-columns of a progress column
("2025年进展情况" over "截至6月底进展 | 7月工作计划") gave each row more cells than columns.
"""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _tasks(text: str) -> list[tuple[list[str], str, list[str]]]:
    p = parse_document(text, source="t.txt", is_text=True)
    return [(t["path"], t["title"], t["lead_units"]) for t in p.tasks]


PERIOD_ROWS = (
    "1 | 一、优质教育提升工程 | {p1} | 完成城南中学食堂建设 | 新建食堂一幢，建筑面积3200平方米 | 区教育局 |\n"
    "2 | {p2} | 启动实施北山九年一贯制学校建设 | 原址拆除重建教学楼，共四层 | 区教育局 |\n"
    "3 | {p1} | 建成投用西湖小学教学楼 | 共五层，新增学位540个 | 区教育局 |\n"
    "4 | 二、医疗健康提升工程 | {p3} | 区人民医院新院区一期竣工 | 建设住院楼及配套设施 | 区卫健局 |\n"
    "5 | {p2} | 新建社区卫生服务站3个 | 每站建筑面积不少于300平方米 | 区卫健局 |\n"
)

EXPECTED = [
    (["一", "1"], "完成城南中学食堂建设", ["区教育局"]),
    (["一", "2"], "启动实施北山九年一贯制学校建设", ["区教育局"]),
    (["一", "3"], "建成投用西湖小学教学楼", ["区教育局"]),
    (["二", "4"], "区人民医院新院区一期竣工", ["区卫健局"]),
    (["二", "5"], "新建社区卫生服务站3个", ["区卫健局"]),
]


@pytest.mark.parametrize(
    ("head", "periods"),
    [
        ("起止年限", ("2024-2025", "2025", "2022-2026")),
        ("建设年限", ("2024—2025年", "2025年", "2022—2026年")),
        ("实施期限", ("2024- 2025", "2025", "2022- 2026")),
    ],
)
def test_a_category_before_a_period_cell_opens_its_rows(head, periods):
    text = (
        "2025年区十大民生实事项目安排表\n"
        f"序号 | 项目名称 | {head} | 子项目 | 具体内容 | 责任单位 |\n"
        + PERIOD_ROWS.format(p1=periods[0], p2=periods[1], p3=periods[2])
    )
    assert _tasks(text) == EXPECTED


def test_a_category_before_a_figure_cell_opens_its_rows():
    text = (
        "2025年重点项目计划表\n"
        "序号 | 项目类别 | 总投资（亿元） | 项目名称 | 建设内容 | 牵头单位 |\n"
        "1 | 一、产业项目 | 12 | 年产5万吨新材料项目 | 新建生产线3条 | 县工信局 |\n"
        "2 | 3.5 | 食品产业园标准化厂房 | 新建厂房8万平方米 | 县开发区管委会 |\n"
        "3 | 二、民生项目 | 2.1 | 县第二中学扩建工程 | 新建教学楼一幢 | 县教育局 |\n"
    )
    assert _tasks(text) == [
        (["一", "1"], "年产5万吨新材料项目", ["县工信局"]),
        (["一", "2"], "食品产业园标准化厂房", ["县开发区管委会"]),
        (["二", "3"], "县第二中学扩建工程", ["县教育局"]),
    ]


def test_a_progress_column_split_by_a_second_header_row():
    text = (
        "2025年区十大民生实事项目进展表（截至6月底）\n"
        "序号 | 项目名称 | 起止年限 | 子项目 | 具体内容 | 具体完成情况 | 2025年进展情况 | ||\n"
        "截至6月底进展 | 7月工作计划 | |||||||\n"
        "1 | 一、优质教育提升工程 | 2024-2025 | 完成城南中学食堂建设 | 新建食堂一幢，建筑面积3200平方米 | 当年完成 | 装饰工程施工 | 装饰工程施工 | |\n"
        "2 | 2025 | 启动实施北山九年一贯制学校建设 | 原址拆除重建教学楼，共四层 | 开工建设 | 已完成施工招标 | 开工建设 | ||\n"
        "3 | 二、医疗健康提升工程 | 2022-2026 | 区人民医院新院区一期竣工 | 建设住院楼及配套设施 | 当年完成 | 幕墙施工 | 幕墙施工 | |\n"
    )
    assert [(p, t) for p, t, _ in _tasks(text)] == [
        (["一", "1"], "完成城南中学食堂建设"),
        (["一", "2"], "启动实施北山九年一贯制学校建设"),
        (["二", "3"], "区人民医院新院区一期竣工"),
    ]


# --- near misses: nothing to change -------------------------------------------------------------


def test_a_category_right_before_the_content_still_opens_its_rows():
    text = (
        "2025年重点工作任务分解表\n"
        "序号 | 工作任务 | 牵头单位 | 完成时限 |\n"
        "1 | 一、经济发展目标 | 地区生产总值增长6%左右。 | 县发改局 | 2025年底 |\n"
        "2 | 规上工业增加值增长8%。 | 县工信局 | 2025年底 |\n"
        "3 | 二、民生保障 | 新建村级养老服务站6个。 | 县民政局 | 2025年6月底前 |\n"
    )
    assert _tasks(text) == [
        (["一", "1"], "地区生产总值增长6%左右", ["县发改局"]),
        (["一", "2"], "规上工业增加值增长8%", ["县工信局"]),
        (["二", "3"], "新建村级养老服务站6个", ["县民政局"]),
    ]


def test_a_numbered_heading_cell_followed_only_by_units_and_a_deadline_is_the_row():
    text = (
        "2025年民生实事项目清单\n"
        "序号 | 项目名称 | 实施年限 | 责任单位 |\n"
        "1 | 一、城区道路改造工程 | 2025年 | 县住建局 |\n"
        "2 | 二、农村饮水提升工程 | 2025年 | 县水利局 |\n"
    )
    titles = [t for _, t, _ in _tasks(text)]
    assert titles and all("工程" in t for t in titles)
    assert [u for _, _, u in _tasks(text)] == [["县住建局"], ["县水利局"]]


def test_a_table_with_one_content_column_keeps_it():
    text = (
        "2025年重点项目表\n"
        "序号 | 项目名称 | 建设年限 | 责任单位 |\n"
        "1 | 县第二中学扩建工程 | 2024-2025 | 县教育局 |\n"
        "2 | 城南污水处理厂提标改造 | 2025 | 县住建局 |\n"
    )
    assert _tasks(text) == [
        (["1"], "县第二中学扩建工程", ["县教育局"]),
        (["2"], "城南污水处理厂提标改造", ["县住建局"]),
    ]


# --- the same tables with their cells apart by spaces (PDF text, copied pages) -------------------


def test_a_spaced_table_with_a_period_column_opens_its_categories():
    text = (
        "2025年区十大民生实事项目安排表\n"
        "序号 项目名称 起止年限 子项目 具体内容 责任单位\n"
        "1 一、优质教育提升工程 2024-2025 完成城南中学食堂建设 新建食堂一幢，建筑面积3200平方米 区教育局\n"
        "2 2025 启动实施北山九年一贯制学校建设 原址拆除重建教学楼，共四层 区教育局\n"
        "3 2024-2025 建成投用西湖小学教学楼 共五层，新增学位540个 区教育局\n"
        "4 二、医疗健康提升工程 2022-2026 区人民医院新院区一期竣工 建设住院楼及配套设施 区卫健局\n"
        "5 2025 新建社区卫生服务站3个 每站建筑面积不少于300平方米 区卫健局\n"
    )
    assert _tasks(text) == EXPECTED


def test_a_spaced_table_row_opening_with_a_category_cell_opens_a_heading():
    text = (
        "2025年重点工作任务分解表\n"
        "序号 工作任务 牵头单位 完成时限\n"
        "1 一、经济发展目标 地区生产总值增长6%左右。 县发改局 2025年底\n"
        "2 规上工业增加值增长8%。 县工信局 2025年底\n"
        "3 二、民生保障 新建村级养老服务站6个。 县民政局 2025年6月底前\n"
    )
    p = parse_document(text, source="t.txt", is_text=True)
    assert [(t["path"], t["title"], t["lead_units"], t["deadline_text"]) for t in p.tasks] == [
        (["一", "1"], "地区生产总值增长6%左右", ["县发改局"], "2025年底"),
        (["一", "2"], "规上工业增加值增长8%", ["县工信局"], "2025年底"),
        (["二", "3"], "新建村级养老服务站6个", ["县民政局"], "2025年6月底前"),
    ]


def test_a_spaced_table_without_categories_is_unchanged():
    text = (
        "2025年重点项目表\n"
        "序号 项目名称 建设年限 责任单位\n"
        "1 县第二中学扩建工程 2024-2025 县教育局\n"
        "2 城南污水处理厂提标改造 2025 县住建局\n"
    )
    assert _tasks(text) == [
        (["1"], "县第二中学扩建工程", ["县教育局"]),
        (["2"], "城南污水处理厂提标改造", ["县住建局"]),
    ]
