""""各直属机构" (and "各派出机构") name a set of units, as 各部门 and 各直属单位 do: a table cell
"市政府各部门、各直属机构。" is a cell of units, and a labelled list keeps them (invented rows)."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.gazetteer import is_unit_like
from transform.table_cells import is_units


@pytest.mark.parametrize("name", ["各直属机构", "各派出机构", "各直属单位", "各部门"])
def test_collectives_of_bodies_are_unit_like(name):
    assert is_unit_like(name)


@pytest.mark.parametrize("cell", ["市政府各部门、各直属机构。", "县政府各部门、各派出机构", "区直各部门，各直属机构"])
def test_a_cell_of_collectives_is_a_cell_of_units(cell):
    assert is_units(cell)


def test_flat_table_row_keeps_the_collective_participants():
    text = (
        "2024年度区政府重点工作落实情况的通报\n\n序号\n\n督查内容\n\n牵头责任单位\n\n协同责任单位\n\n落实情况\n\n"
        "1\n\n地区生产总值增长6%以上。\n\n区发改委\n\n区政府各部门、各直属机构。\n\n全年增长6.5%。\n\n"
        "2\n\n新增城镇就业5000人。\n\n区人社局\n\n区财政局、区税务局。\n\n全年新增5300人。\n"
    )
    r = parse_document(text, source="p.txt", is_text=True)
    assert r.tasks[0]["lead_units"] == ["区发改委"]
    assert r.tasks[0]["participating_units"] == ["区政府各部门", "各直属机构"]
