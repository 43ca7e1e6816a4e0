"""Labelled fields beside the unit labels that name no unit of the task: a leader who 包抓s the work
("包抓领导：张三", "县级包抓领导：李四"), the unit that guides, checks or accepts it ("指导单位：",
"验收单位：", "评估单位："), where the money comes from ("资金来源：区财政"). Their label is never
glued into a unit name and their value is no unit; a 协调单位 takes part (EXTRACTION.md: person names are
never units; label words are never part of a unit name; 配合/协同… units take part)."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.units import extract_units


@pytest.mark.parametrize("text, lead, part", [
    ("新建标准厂房10万平方米。（责任单位：区工信局；包抓领导：张三）", ["区工信局"], []),
    ("建成污水管网20公里。(县级包抓领导:李四;责任单位:县住建局、县水利局)", ["县住建局", "县水利局"], []),
    ("改造农村公路50公里。（牵头单位：县交通运输局；包抓县级领导：王五；配合单位：各镇）",
     ["县交通运输局"], ["各镇"]),
    ("建设智慧社区5个。（牵头单位：市民政局；指导单位：省民政厅）", ["市民政局"], []),
    ("完成危房改造300户。（责任单位：旗住建局；验收单位：盟住建局）", ["旗住建局"], []),
    ("开展第三方评估。（责任单位：区发改局；评估单位：区统计局）", ["区发改局"], []),
    ("新建幼儿园3所。（牵头单位：区教育局；资金来源：区财政）", ["区教育局"], []),
    ("新建幼儿园3所。（牵头单位：区教育局；经费来源：上级补助和区级配套）", ["区教育局"], []),
    ("推进口岸提质。（牵头单位：州商务局；协调单位：州发展改革委、州交通运输局）",
     ["州商务局"], ["州发展改革委", "州交通运输局"]),
])
def test_side_labels_name_no_unit(text, lead, part):
    u = extract_units(text)
    assert (u.lead, u.participating) == (lead, part)


def test_a_leader_column_named_by_its_baozhua():
    text = (
        "某县2023年政府工作报告任务分解一览表\n"
        "序号 | 工作任务 | 包抓县级领导 | 责任单位 | 完成时限\n"
        "1 | 新建标准化厂房5万平方米 | 张三 | 县工信局 | 12月底\n"
        "2 | 改造农村公路50公里 | 李四 | 县交通运输局 | 10月底\n"
    )
    r = parse_document(text.encode(), source="t.txt", is_text=True)
    assert [(t["lead_units"], t["participating_units"]) for t in r.tasks] == [
        (["县工信局"], []),
        (["县交通运输局"], []),
    ]
