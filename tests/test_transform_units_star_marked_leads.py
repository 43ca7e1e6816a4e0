"""A star after a unit name marks the lead unit of a list ("区政府办公室*、区财政局": 标*的为牵头单位,
a common convention of task tables): the starred unit leads, the others take part, and the star is
no part of the name. In a task table a unit cell with a starred name is still a unit cell."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.units import extract_units


@pytest.mark.parametrize("text, lead, part", [
    ("（责任单位：区政府办公室*、区财政局）", ["区政府办公室"], ["区财政局"]),
    ("责任单位：县财政局＊、县发改局、县科技局", ["县财政局"], ["县发改局", "县科技局"]),
    ("（责任单位：市商务局、市文旅局★）", ["市文旅局"], ["市商务局"]),
    ("（责任单位：县住建局、县城管局）", ["县住建局", "县城管局"], []),
])
def test_a_starred_unit_leads(text, lead, part):
    units = extract_units(text)
    assert (units.lead, units.participating) == (lead, part)


def _units(text: str) -> list[tuple[list[str], list[str]]]:
    doc = parse_document(text, source="t.txt", is_text=True)
    return [(t["lead_units"], t["participating_units"]) for t in doc.tasks]


def test_a_table_row_whose_unit_cell_has_a_starred_name():
    text = ("某区2024年重点工作责任分解\n序号 | 重点工作 | 责任单位\n"
            "1 | 新增规上工业企业30家。 | 区经信局\n"
            "2 | 争取上级专项资金5亿元以上。 | 区财政局*、区发改局\n"
            "3 | 新建城市公园3个。 | 区住建局*、区城管局、各街道\n")
    assert _units(text) == [
        (["区经信局"], []),
        (["区财政局"], ["区发改局"]),
        (["区住建局"], ["区城管局", "各街道"]),
    ]


def test_a_one_cell_a_line_table_with_starred_names():
    text = ("某区2024年重点工作责任分解\n序号\n重点工作\n责任单位\n"
            "1\n新增规上工业企业30家。\n区经信局\n"
            "2\n争取上级专项资金5亿元以上。\n区财政局*、区发改局\n"
            "3\n新建城市公园3个。\n区住建局\n")
    assert _units(text) == [(["区经信局"], []), (["区财政局"], ["区发改局"]), (["区住建局"], [])]
