"""Labels that name the units taking part by their relation: "相关单位：", "其他相关单位：",
"相关责任单位：", "相关部门：" beside a 牵头/责任 label, and a table whose unit columns are
"主要责任单位 | 其他责任单位" or "牵头单位 | 相关单位". The label is never part of a name and the
related units take part (EXTRACTION.md: when both 牵头 and 责任/配合/协同 units are named, 牵头 units
lead and the others take part; label words are never part of a unit name)."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.units import extract_units


def _tasks(text: str) -> list[tuple[list[str], list[str]]]:
    r = parse_document(text.encode(), source="t.txt", is_text=True)
    return [(t["lead_units"], t["participating_units"]) for t in r.tasks]


@pytest.mark.parametrize("text, lead, part", [
    ("新建标准厂房10万平方米。（责任单位：区工信局；其他相关单位：区发改局、区自然资源局）",
     ["区工信局"], ["区发改局", "区自然资源局"]),
    ("推进老旧小区改造。(牵头单位:市住建局;相关单位:市财政局、各区人民政府)",
     ["市住建局"], ["市财政局", "各区人民政府"]),
    ("完善公共法律服务体系。（牵头单位：县司法局，相关责任单位：县法院、县检察院、各乡镇）",
     ["县司法局"], ["县法院", "县检察院", "各乡镇"]),
    ("开展秸秆综合利用。（牵头部门：旗农牧局；相关部门：旗生态环境分局、各苏木乡镇）",
     ["旗农牧局"], ["旗生态环境分局", "各苏木乡镇"]),
    ("提升口岸通关效率。（主要责任单位：州商务局；其他相关部门：州交通运输局）",
     ["州商务局"], ["州交通运输局"]),
])
def test_a_related_label_beside_a_lead_label(text, lead, part):
    u = extract_units(text)
    assert (u.lead, u.participating) == (lead, part)


def test_related_labels_on_their_own_lines():
    text = (
        "某县2024年重点工作任务分工方案\n"
        "一、推动产业发展\n"
        "1.加快工业园区建设。完成标准厂房10万平方米。\n"
        "牵头单位：县工信局\n"
        "相关单位：县发改局、县自然资源局\n"
        "2.推进乡村振兴。新建高标准农田2万亩。\n"
        "责任单位：县农业农村局\n"
        "相关责任单位：县水利局、各乡镇人民政府\n"
    )
    assert _tasks(text) == [
        (["县工信局"], ["县发改局", "县自然资源局"]),
        (["县农业农村局"], ["县水利局", "各乡镇人民政府"]),
    ]


@pytest.mark.parametrize("lead_head, part_head", [
    ("主要责任单位", "其他责任单位"),
    ("牵头单位", "相关单位"),
    ("牵头部门", "相关责任部门"),
])
def test_related_unit_columns(lead_head, part_head):
    text = (
        "某区2024年民生实事任务清单\n"
        f"序号 | 项目 | {lead_head} | {part_head} | 完成时限\n"
        "1 | 新建城市书房10个 | 区文广旅局 | 区财政局、各街道 | 12月底\n"
        "2 | 改造老旧小区30个 | 区住建局 | 区城管局 | 11月底\n"
    )
    assert _tasks(text) == [
        (["区文广旅局"], ["区财政局", "各街道"]),
        (["区住建局"], ["区城管局"]),
    ]


@pytest.mark.parametrize("text, lead, part", [
    # a name that holds 相关 is still a name
    ("推进园区扩容。（县发改局牵头，相关部门配合）", ["县发改局"], ["相关部门"]),
    ("开展联合执法。（责任单位：县市场监管局、县公安局等相关单位）", ["县市场监管局", "县公安局"], []),
])
def test_related_names_in_a_list_stay_names(text, lead, part):
    u = extract_units(text)
    assert (u.lead, u.participating) == (lead, part)
