"""A task table rendered as text with its cells apart by runs of spaces ("序号   重点任务   牵头单位",
an HTML table or a PDF table copied as text) is read as the same table printed with "|": from a
header line whose cells head a task table, a line of two cells or more apart by two spaces or more
is a row, and a heading line inside the table ("一、主要预期目标") is a row of it when a numbered row
follows (transform/texttables.py `piped_space_rows`). Prose with double spaces, a spaced list
without a task header, and the lines after a line of prose pass unchanged."""

from __future__ import annotations

import pytest

from table_support import HEADED_ROWS, headed_table_page, task_summary
from transform.texttables import piped_space_rows

_ROWS = [*HEADED_ROWS[:7], (*HEADED_ROWS[7][:3], "市财政局 市工信局"), HEADED_ROWS[8]]  # a cell of two units


def _page(sep: str) -> str:
    return headed_table_page(sep, _ROWS)


_tasks = task_summary


@pytest.mark.parametrize("sep", ["   ", "  ", "\u3000\u3000", "    "])
def test_spaced_rows_under_heading_rows_read_as_the_piped_table(sep):
    piped = _tasks(_page(" | "))
    assert [p for p, _, _ in piped][:2] == [("一", "一", "(1)"), ("一", "一", "(2)")]
    assert _tasks(_page(sep)) == piped


def test_prose_with_double_spaces_is_no_table():
    lines = [
        "某县工作要点",
        "\u3000\u30001.新增规上企业10家。  （牵头单位：县工信局）",
        "2.实施技改项目30个。",
    ]
    assert piped_space_rows(lines) == lines


def test_a_spaced_list_without_a_task_header_is_unchanged():
    lines = ["指标   2023年   2025年", "地区生产总值（亿元）   300   360", "一、其他", "1   说明   无"]
    assert piped_space_rows(lines) == lines


def test_a_line_of_prose_ends_the_table():
    lines = [
        "序号   重点任务   牵头单位   完成时限",
        "1   新建5G基站200个。   县工信局   2024年12月",
        "各单位要按照分工抓好落实。",
        "2   附表说明   见下表",
    ]
    got = piped_space_rows(lines)
    assert got[1] == "1 | 新建5G基站200个。 | 县工信局 | 2024年12月"
    assert got[2:] == lines[2:]
