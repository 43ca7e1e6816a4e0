"""A task table saved as text with tabs keeps its heading rows ("一、主要预期目标", "（一）加强…", rows of
merged cells) on lines without a tab once their empty cells are trimmed. Such a line inside the
table is a row of it when the table goes on after it with a numbered row ("(1)\t…", "1\t大力提振消费。"):
the tasks nest under it as they do in the same table printed with "|" (transform/texttables.py
`piped_tab_rows`). A heading followed by prose with a tab, or a line of prose, still ends the table."""

from __future__ import annotations

import pytest

from table_support import headed_table_page, task_summary
from transform.texttables import piped_tab_rows

_page = headed_table_page
_tasks = task_summary


def test_tab_rows_under_trimmed_heading_rows_read_as_the_piped_table():
    piped = _tasks(_page(" | "))
    assert [p for p, _, _ in piped][:2] == [("一", "一", "(1)"), ("一", "一", "(2)")]
    assert _tasks(_page("\t")) == piped


@pytest.mark.parametrize("trail", ["", "\t", "\t\t"])
def test_a_row_with_trailing_empty_cells_trimmed_or_kept(trail):
    lines = _page("\t").split("\n")
    lines = [ln + trail if ln.startswith(("1\t", "(3)")) else ln for ln in lines]
    assert _tasks("\n".join(lines)) == _tasks(_page(" | "))


def test_headings_become_rows_only_when_a_numbered_row_follows():
    lines = [
        "序号\t重点任务\t牵头单位\t完成时限",
        "1\t新建5G基站200个。\t县工信局\t2024年12月",
        "二、保障措施",
        "（一）加强组织领导。\t各部门要高度重视。",
    ]
    assert piped_tab_rows(lines)[2:] == lines[2:]


def test_a_line_of_prose_ends_the_table():
    lines = [
        "序号\t重点任务\t牵头单位\t完成时限",
        "1\t新建5G基站200个。\t县工信局\t2024年12月",
        "各单位要按照分工抓好落实。",
        "2\t附表说明\t见下表\t",
    ]
    assert piped_tab_rows(lines)[2:] == lines[2:]


def test_a_heading_then_a_numbered_row_inside_the_table():
    lines = [
        "序号\t重点任务\t牵头单位\t完成时限",
        "一、经济发展",
        "1\t新建5G基站200个。\t县工信局\t2024年12月",
    ]
    got = piped_tab_rows(lines)
    assert got[1] == "一、经济发展 |  |  | "
    assert got[2] == "1 | 新建5G基站200个。 | 县工信局 | 2024年12月"
