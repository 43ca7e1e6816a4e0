"""A figure spaced from its measure word inside a whitespace-separated table row: a PDF
converter or a Word document with Latin spacing prints "投资额550 亿元", "8.5 亿立方米",
"4 %", "3 个百分点". The single space inside such a figure is no cell boundary, so the task's
title and its target keep the whole figure. Near misses: the row number before a cell opening
with a measure-like word (万亩…), a figure column before a unit name (人社局), and a table with
its own measure column (数量 | 单位) keep their cells. Every page here is invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _parse(text: str):
    return parse_document(text, source="t.txt", is_text=True)


def _targets(text: str) -> list[tuple[float, str]]:
    return [(t["value"], t["unit"]) for t in _parse(text).targets]


_HEADED = """某市2024年重点项目推进计划

序号 工作任务 目标 牵头单位 完成时限
1 扩大有效投资 全年完成固定资产投资320 亿元，其中工业投资增长12%。 市发改委 2024年12月底
2 推进城市更新 改造老旧小区45 个，新建停车位1.2 万个。 市住建局 2024年11月底
3 加强水资源管理 用水总量控制在8.5 亿立方米以内。 市水利局 2024年12月底
"""

_PROJECTS = """某区重点民生实事项目表

序号 项目名称 建设内容 责任单位
1 农村公路提升 新改建农村公路120 公里 区交通局
2 就业帮扶 城镇新增就业5000 人，失业率控制在4 %以内 区人社局
"""

# a PDF page of a task list whose header is on the page before (no header row)
_HEADERLESS = """二、主要预期目标分解

1 地区生产总值增长6.5%以上，居民收入增长与经济增长同步。 发改局
2 全社会固定资产投资额480 亿元，其中：工业投资增长12%。 发改局、工信局
3 单位工业增加值能耗下降3 个百分点以上。 工信局
"""

# the same in traditional characters (a Hong Kong / Taiwan rendering of a mainland plan)
_TRAD = """二、主要預期目標分解

1 地區生產總值增長6.5%以上，居民收入增長與經濟增長同步。 發改局
2 全社會固定資產投資額480 億元，其中：工業投資增長12%。 發改局、工信局
"""


def test_headed_table_keeps_figures() -> None:
    r = _parse(_HEADED)
    assert [t["title"] for t in r.tasks] == ["扩大有效投资", "推进城市更新", "加强水资源管理"]
    got = {(t["value"], t["unit"]) for t in r.targets}
    assert {(320.0, "亿元"), (45.0, "个"), (1.2, "万个"), (8.5, "亿立方米")} <= got
    assert not any(t["unit"] == "" for t in r.targets)


def test_project_table_keeps_figures() -> None:
    r = _parse(_PROJECTS)
    assert [t["title"] for t in r.tasks] == ["农村公路提升", "就业帮扶"]
    assert [t["lead_units"] for t in r.tasks] == [["区交通局"], ["区人社局"]]
    assert _targets(_PROJECTS) == [(120.0, "公里"), (5000.0, "人"), (4.0, "%")]


@pytest.mark.parametrize("text", [_HEADERLESS, _TRAD], ids=["simplified", "traditional"])
def test_headerless_rows_keep_figures(text: str) -> None:
    r = _parse(text)
    assert len(r.tasks) >= 2
    second = r.tasks[1]["title"]
    assert second.endswith(("480亿元，其中", "480億元，其中")), second
    assert {(480.0, "亿元"), (480.0, "億元")} & {(t["value"], t["unit"]) for t in r.targets}


def test_headerless_percentage_points() -> None:
    assert (3.0, "个百分点") in _targets(_HEADERLESS)


# ---- near misses: cells that stay apart -------------------------------------------------------


def test_row_number_before_measure_like_word_stays_a_number() -> None:
    text = """某县农业重点任务

序号 工作任务 具体内容 牵头单位 完成时限
1 万亩良田建设 新建高标准农田2 万亩。 县农业农村局 2024年底
2 千亩茶园提升 改造低产茶园1500 亩。 县农业农村局 2024年底
"""
    r = _parse(text)
    assert [t["title"] for t in r.tasks] == ["万亩良田建设", "千亩茶园提升"]
    assert [t["lead_units"] for t in r.tasks] == [["县农业农村局"], ["县农业农村局"]]


def test_figure_column_before_unit_name_stays_apart() -> None:
    text = """某县2024年技能培训项目

序号 项目名称 培训人数 牵头单位 完成时限
1 开展职业技能培训 800 人社局 2024年底
2 开展农民工返乡创业培训 300 人社局 2024年底
"""
    r = _parse(text)
    assert [t["lead_units"] for t in r.tasks] == [["人社局"], ["人社局"]]


def test_measure_column_table_unchanged() -> None:
    text = """某县2024年交通项目表

序号 项目名称 数量 单位 牵头单位
1 新改建农村公路 120 公里 县交通局
2 新建农村客运站 3 个 县交通局
"""
    r = _parse(text)
    assert [t["title"] for t in r.tasks] == ["新改建农村公路", "新建农村客运站"]
    assert [t["lead_units"] for t in r.tasks] == [["县交通局"], ["县交通局"]]
