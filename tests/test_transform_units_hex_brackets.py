"""Some provinces print the level list of a collective in hexagonal brackets (各县〔市、区〕,
各区〔县〕人民政府) where others use （）: the name is a unit all the same, in a clause, after a
label and in a list."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.gazetteer import is_unit_like


@pytest.mark.parametrize("name", ["各县〔市、区〕", "各区〔县〕人民政府", "各县〔市、区〕政府"])
def test_a_name_with_a_hexagonal_bracket_is_a_unit(name):
    assert is_unit_like(name)


@pytest.mark.parametrize("unit_text, lead, part", [
    ("（市河长办牵头，各县〔市、区〕负责）", ["市河长办"], ["各县〔市、区〕"]),
    ("（牵头单位：市水务局；配合单位：各县〔市、区〕、市财政局）", ["市水务局"], ["各县〔市、区〕", "市财政局"]),
    ("（责任单位：各区〔县〕人民政府）", ["各区〔县〕人民政府"], []),
])
def test_hexagonal_brackets_in_unit_statements(unit_text, lead, part):
    text = (f"某市2024年工作要点\n一、强化履职\n（一）压实河湖长责任。每年巡河不少于规定次数。{unit_text}\n"
            "（二）整治入河排污口。完成整治任务。（市生态环境局牵头）\n")
    task = parse_document(text, source="t.txt", is_text=True).tasks[0]
    assert task["lead_units"] == lead and task["participating_units"] == part
