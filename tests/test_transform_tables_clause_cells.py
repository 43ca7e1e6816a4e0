"""A unit column whose cell is a unit clause ("县农业农村局牵头，县财政局配合", "县卫健局、县医保局
分别牵头") is a unit cell: the row's task text stays its own and the clause gives lead and
participating units, in "|" and space-separated tables. A content cell that names its units in a
sentence ("新建…，县发改局牵头") stays content."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.table_cells import cell_type


def _tasks(text: str) -> dict[tuple[str, ...], dict]:
    doc = parse_document(text, source="t.txt", is_text=True)
    return {tuple(t["path"]): t for t in doc.tasks}


@pytest.mark.parametrize(
    "cell",
    ["县农业农村局牵头，县财政局配合", "县卫健局、县医保局分别牵头", "區住建局牽頭，各街道配合", "县发改局负责；县财政局配合"],
)
def test_a_clause_cell_is_a_unit_cell(cell):
    assert cell_type(cell) == "unit"


@pytest.mark.parametrize(
    "cell",
    ["新建高标准农田3万亩，县农业农村局牵头", "负责辖区内安全隐患排查，及时上报", "各单位要积极配合"],
)
def test_a_sentence_naming_units_is_no_unit_cell(cell):
    assert cell_type(cell) != "unit"


def test_piped_table_with_a_clause_in_its_unit_column():
    tasks = _tasks(
        "某县2024年重点工作任务清单\n"
        "序号 | 重点任务 | 责任单位 | 完成时限\n"
        "1 | 新建高标准农田3万亩 | 县农业农村局牵头，县财政局配合 | 2024年12月\n"
        "2 | 改造农村危房200户 | 县住建局 | 2024年10月\n"
    )
    assert tasks[("1",)]["title"] == "新建高标准农田3万亩"
    assert tasks[("1",)]["lead_units"] == ["县农业农村局"]
    assert tasks[("1",)]["participating_units"] == ["县财政局"]
    assert tasks[("2",)]["lead_units"] == ["县住建局"]


def test_clause_cell_beside_an_empty_participating_column():
    tasks = _tasks(
        "某区2025年重点任务台账\n"
        "| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |\n"
        "| 1 | 改造老旧小区12个 | 区住建局牵头，区城管局配合 | | 2025年11月 |\n"
        "| 2 | 新建口袋公园5个 | 区城管局 | 各街道 | 2025年9月 |\n"
    )
    assert tasks[("1",)]["title"] == "改造老旧小区12个"
    assert tasks[("1",)]["lead_units"] == ["区住建局"]
    assert tasks[("1",)]["participating_units"] == ["区城管局"]
