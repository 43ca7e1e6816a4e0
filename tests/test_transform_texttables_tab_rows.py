"""A task table saved as text by Word or WPS: its cells separated by tabs, a row the page or the cell
wrapped going on in a line whose number cell is empty ("\t高效节水灌溉1万亩。\t\t水利局\t"). From a
header line whose tab-separated cells head a task table, the lines holding a tab are read as the
rows of a "|" table, empty cells kept, so the rest of a row joins its row; indented text and tables
of other kinds pass unchanged (transform/texttables.py `piped_tab_rows`)."""

from __future__ import annotations

from transform.document import parse_document
from transform.lines import normalise_lines
from transform.texttables import piped_tab_rows


def _doc(lines: list[str]):
    return parse_document("\n".join(lines) + "\n", source="t.txt", is_text=True)


def test_the_rest_of_a_row_behind_an_empty_number_cell():
    doc = _doc(
        [
            "某县2024年重点工作任务分解表",
            "序号\t重点任务\t牵头单位\t配合单位\t完成时限",
            "1\t新建5G基站200个，实现行政村全覆盖。\t县工信局\t各乡镇\t2024年12月",
            "2\t完成高标准农田建设3万亩，推进\t县农业农村局\t县财政局、县\t2024年10月",
            "\t高效节水灌溉1万亩。\t\t水利局\t",
            "3\t新增城镇就业2000人以上。\t县人社局\t各乡镇\t2024年12月",
        ]
    )
    assert [t["path"] for t in doc.tasks] == [["1"], ["2"], ["3"]]
    assert doc.tasks[1]["participating_units"] == ["县财政局", "县水利局"]
    paths = {t["task_id"]: tuple(t["path"]) for t in doc.tasks}
    assert (("2",), 1.0) in {(paths[g["task_id"]], g["value"]) for g in doc.targets}


def test_a_table_with_a_leader_column_of_another_province():
    doc = _doc(
        [
            "某市2025年民生实事任务分解",
            "序号\t工作任务\t责任领导\t牵头单位\t责任单位",
            "1\t新建改扩建幼儿园6所。\t王某\t市教育局\t市财政局、市自然资源",
            "\t\t\t\t局、各区政府",
            "2\t改造城镇老旧小区40个。\t李某\t市住建局\t各区政府",
        ]
    )
    assert doc.tasks[0]["participating_units"] == ["市财政局", "市自然资源局", "各区政府"]
    assert doc.tasks[1]["lead_units"] == ["市住建局"]


def test_indented_text_without_a_table_header_is_unchanged():
    lines = ["某县工作要点", "\t1.新增规上企业10家。（牵头单位：县工信局）", "\t2.实施技改项目30个。"]
    assert piped_tab_rows(lines) == lines
    assert normalise_lines("\n".join(lines))[1].startswith("1.新增规上企业10家")


def test_a_table_of_figures_is_no_task_table():
    lines = ["指标\t2023年\t2025年", "地区生产总值（亿元）\t300\t360"]
    assert piped_tab_rows(lines) == lines


def test_the_table_ends_at_the_first_line_without_a_tab():
    lines = [
        "序号\t重点任务\t牵头单位\t完成时限",
        "1\t新建5G基站200个。\t县工信局\t2024年12月",
        "二、保障措施",
        "（一）加强组织领导。\t各部门要高度重视。",
    ]
    got = piped_tab_rows(lines)
    assert got[1] == "1 | 新建5G基站200个。 | 县工信局 | 2024年12月"
    assert got[2:] == lines[2:]
