"""A star or ※ printed before a table row's task cell ("★地区生产总值增长15%": an indicator the
county is assessed on, a key task) is a mark, not part of the task's title; as a mark printed after
the cell ("…工程★") it is dropped. A star inside the text stays."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.table_rows import unmarked_title


def _titles(text: str) -> list[str | None]:
    return [t["title"] for t in parse_document(text, source="p.txt", is_text=True).tasks]


STACKED = (
    "2023年区政府工作目标任务落实责任分解表\n序号\n目标任务\n牵头单位\n责任单位\n"
    "一、主要经济社会发展指标\n1\n{mark}地区生产总值增长7%。\n区发改局\n各乡镇\n"
    "2\n推进工业园区建设。\n区经信局\n区财政局\n"
)
PIPED = (
    "某县2024年重点工作任务分解表\n| 序号 | 工作任务 | 牵头单位 | 完成时限 |\n| --- | --- | --- | --- |\n"
    "| 1 | {mark}规模以上工业增加值增长8% | 县工信局 | 2024年12月 |\n"
    "| 2 | 建成农村公路50公里 | 县交通运输局 | 2024年12月 |\n"
)
TRADITIONAL = (
    "2023年區政府工作目標任務落實責任分解表\n序號\n目標任務\n牽頭單位\n"
    "一、主要經濟社會發展指標\n1\n{mark}地區生產總值增長7%。\n區發改局\n"
    "2\n推進工業園區建設。\n區經信局\n"
)


@pytest.mark.parametrize("mark", ["★", "☆", "※", "★ "])
def test_a_mark_before_a_stacked_row_cell_is_no_part_of_the_title(mark):
    assert _titles(STACKED.format(mark=mark)) == ["地区生产总值增长7%", "推进工业园区建设"]


@pytest.mark.parametrize("mark", ["★", "※"])
def test_a_mark_before_a_piped_row_cell_is_no_part_of_the_title(mark):
    assert _titles(PIPED.format(mark=mark))[0] == "规模以上工业增加值增长8%"


def test_traditional_rows_too():
    assert _titles(TRADITIONAL.format(mark="★"))[0] == "地區生產總值增長7%"


@pytest.mark.parametrize("cell, title", [
    ("中小学校护眼灯光工程★", "中小学校护眼灯光工程"),
    ("★地区生产总值增长15%", "地区生产总值增长15%"),
    ("☆ 实施老旧小区改造", "实施老旧小区改造"),
    ("创建★级旅游景区", "创建★级旅游景区"),
    ("实施老旧小区改造", "实施老旧小区改造"),
])
def test_unmarked_title(cell, title):
    assert unmarked_title(cell) == title


def test_rows_without_a_mark_keep_their_titles():
    assert _titles(STACKED.format(mark="")) == ["地区生产总值增长7%", "推进工业园区建设"]
