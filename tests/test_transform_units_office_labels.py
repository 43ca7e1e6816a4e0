"""Role labels of the offices inside one bureau (主办处室/主办科室 lead, 协办处室/协办科室/协助科室
take part, 承办科室 is responsible) and 第一责任单位 (lead)."""
from __future__ import annotations

import pytest

from transform.units import extract_units


@pytest.mark.parametrize("text, lead, part", [
    ("（主办处室：规划处；协办处室：财务处、法规处）", ["规划处"], ["财务处", "法规处"]),
    ("主办科室：政策法规科  协办科室：办公室", ["政策法规科"], ["办公室"]),
    ("【承办科室】信息科【协助科室】综合科", ["信息科"], ["综合科"]),
    ("（第一责任单位：县住建局；协作科室：质监站）", ["县住建局"], ["质监站"]),
])
def test_office_labels(text, lead, part):
    units = extract_units(text)
    assert (units.lead, units.participating) == (lead, part)
