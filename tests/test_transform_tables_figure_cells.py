"""A table of one cell per line whose figure column (数量, 总投资, 个数) holds the next row's
number: "2" under row 1 is row 1's figure where the row still lacks that column and the line
after it fits the column after the figure (a unit, a deadline), not a row's first cell."""
from __future__ import annotations

import pytest

from transform.document import parse_document


def _tasks(text: str) -> list[dict]:
    return parse_document(text, source="t.txt", is_text=True).tasks


def test_a_count_equal_to_the_next_row_number_stays_in_its_row():
    text = ("某县2024年民生实事项目表\n"
            "序号\n项目名称\n建设内容\n数量\n责任单位\n"
            "1\n乡镇卫生院改造\n改造乡镇卫生院。\n2\n县卫健局\n"
            "2\n农村公路建设\n新建农村公路。\n3\n县交通局\n"
            "3\n村级文化广场\n新建村级文化广场。\n4\n县文旅局\n")
    tasks = _tasks(text)
    assert [t["path"] for t in tasks] == [["1"], ["2"], ["3"]]
    assert [t["title"] for t in tasks] == ["乡镇卫生院改造", "农村公路建设", "村级文化广场"]
    assert [t["lead_units"] for t in tasks] == [["县卫健局"], ["县交通局"], ["县文旅局"]]


def test_bars_after_each_cell_and_a_deadline_after_the_figure():
    text = ("某区2024年为民办实事清单 |\n"
            "序号 |\n实事项目 |\n总投资（亿元） |\n完成时限 |\n牵头单位 |\n"
            "1 |\n新建区体育馆。 |\n2 |\n2024年12月 |\n区文体局 |\n"
            "2 |\n改造区人民医院门诊楼。 |\n3 |\n2024年10月 |\n区卫健局 |\n"
            "3 |\n实施城区雨污分流改造。 |\n1.5 |\n2024年11月 |\n区住建局 |\n")
    tasks = _tasks(text)
    assert [t["path"] for t in tasks] == [["1"], ["2"], ["3"]]
    assert [t["deadline_text"] for t in tasks] == ["2024年12月", "2024年10月", "2024年11月"]
    assert [t["lead_units"] for t in tasks] == [["区文体局"], ["区卫健局"], ["区住建局"]]


def test_a_figure_column_in_a_header_with_a_scale_column():
    text = ("某镇2024年民生实事安排表\n"
            "序号\n项目名称\n建设规模\n数量\n责任单位\n"
            "1\n村级道路硬化\n硬化村组道路。\n2\n镇建设办\n"
            "2\n农村饮水提升\n更换供水管网。\n3\n镇水利站\n")
    tasks = _tasks(text)
    assert [t["path"] for t in tasks] == [["1"], ["2"]]
    assert [t["lead_units"] for t in tasks] == [["镇建设办"], ["镇水利站"]]


@pytest.mark.parametrize("second", ["2\n城区公厕建设\n新建城区公厕8座。\n区城管局\n",
                                    "2\n新建城区公厕8座。\n区城管局\n"])
def test_a_row_whose_figure_cell_is_missing_still_ends_at_the_next_number(second):
    # row 1 prints no figure: "2" then opens row 2 (its next line is no unit)
    text = ("某区2024年民生实事项目清单\n"
            "序号\n项目名称\n建设内容\n数量\n牵头单位\n"
            "1\n老旧小区改造\n改造老旧小区12个。\n区住建局\n" + second)
    tasks = _tasks(text)
    assert [t["path"] for t in tasks] == [["1"], ["2"]]
    assert tasks[0]["lead_units"] == ["区住建局"]
    assert tasks[1]["lead_units"] == ["区城管局"]
