"""A label the lexicon does not know, shaped like one (two characters and 单位/部门: "管理单位：",
"运营单位：", "管护单位："), is cut from the unit list like a known label: its words are never part of
a unit name, and its units stay with the list they stand in (EXTRACTION.md: label words are never part
of a unit name)."""
from __future__ import annotations

import pytest

from transform.units import extract_units


@pytest.mark.parametrize("text, lead, part", [
    ("建设城市公园2处。（牵头单位：市城管局；管理单位：市园林中心）", ["市城管局", "市园林中心"], []),
    ("改造老旧管网30公里。(责任单位:县住建局;运维单位:县供水公司)", ["县住建局", "县供水公司"], []),
    # (业主单位 and 建设单位 are known responsible labels since round 41a: tests/test_transform_units_r41a.py)
    ("新建学校2所。（牵头单位：区教育局；配合单位：区财政局；运营单位：区城投公司）",
     ["区教育局"], ["区财政局", "区城投公司"]),
])
def test_an_unknown_label_is_cut_from_the_name(text, lead, part):
    u = extract_units(text)
    assert (u.lead, u.participating) == (lead, part)
    assert not any("：" in n or ":" in n for n in u.lead + u.participating)


@pytest.mark.parametrize("text, lead", [
    # names that end with 单位 stay whole where no colon follows them
    ("开展联合执法。（责任单位：县市场监管局、有关单位）", ["县市场监管局", "有关单位"]),
    ("推进数据共享。（牵头单位：市数据局；责任单位：市直各单位）", ["市数据局"]),
])
def test_names_that_end_with_a_label_noun_stay(text, lead):
    assert extract_units(text).lead == lead
