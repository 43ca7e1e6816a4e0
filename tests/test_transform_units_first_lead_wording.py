"""Other wordings of the first-listed rule: "排序第一的为牵头单位", "排位第一的为牵头单位",
"排在最前面的为牵头单位", "由排在第一位的单位牵头", "排名第一的部门牵头", "排首位者牵头",
"列第一位的为主办单位", "排在第一位的为主责单位". Stated for the document, inside a unit list or in a
column header, each makes the first unit of a 责任单位 list the lead and the others participating
(EXTRACTION.md: a stated rule such as "列第一位者为牵头单位" makes the first unit the lead; 主办/主责
units are lead units)."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.units import extract_units, first_is_lead_rule

WORDINGS = [
    "排序第一的为牵头单位",
    "排序第一的单位为牵头单位",
    "排位第一的为牵头单位",
    "排在最前面的为牵头单位",
    "排在前面的单位为牵头单位",
    "由排在第一位的单位牵头",
    "排名第一的部门牵头",
    "排首位者牵头",
    "列第一位的为主办单位",
    "排在第一位的为主责单位",
    "位列第一的为牵头部门",
]


def _tasks(text: str) -> list[tuple[list[str], list[str]]]:
    r = parse_document(text.encode(), source="t.txt", is_text=True)
    return [(t["lead_units"], t["participating_units"]) for t in r.tasks]


@pytest.mark.parametrize("note", WORDINGS)
def test_a_document_note_is_read_as_the_first_listed_rule(note):
    assert first_is_lead_rule(f"各有关单位：现将方案印发给你们。（{note}，下同）")


@pytest.mark.parametrize("note", WORDINGS)
def test_a_document_note_makes_the_first_responsible_unit_lead(note):
    text = (
        "某县2024年重点工作任务分工方案\n"
        f"（责任单位中{note}）\n"
        "一、推动产业发展\n"
        "1.加快工业园区建设。完成标准厂房10万平方米。（责任单位：县工信局、县发改局、县自然资源局）\n"
        "2.推进乡村振兴。新建高标准农田2万亩。（责任单位：县农业农村局、县水利局）\n"
    )
    assert _tasks(text) == [
        (["县工信局"], ["县发改局", "县自然资源局"]),
        (["县农业农村局"], ["县水利局"]),
    ]


@pytest.mark.parametrize("note", WORDINGS)
def test_a_note_inside_the_unit_list(note):
    u = extract_units(f"新建公厕12座。（责任单位：区城管局、区住建局、区财政局，{note}）")
    assert (u.lead, u.participating) == (["区城管局"], ["区住建局", "区财政局"])
    assert u.first_is_lead_note


@pytest.mark.parametrize("note", ["排序第一的为牵头单位", "排名第一的为牵头单位", "排在最前面的为牵头单位"])
def test_a_note_in_the_column_header(note):
    text = (
        "某市2024年民生实事任务清单\n"
        f"序号 | 项目 | 责任单位（{note}） | 完成时限\n"
        "1 | 新建城市书房10个 | 市文广旅局、市财政局、各区政府 | 12月底\n"
        "2 | 改造老旧小区30个 | 市住建局、市城管局 | 11月底\n"
    )
    assert _tasks(text) == [
        (["市文广旅局"], ["市财政局", "各区政府"]),
        (["市住建局"], ["市城管局"]),
    ]


@pytest.mark.parametrize("text", [
    "全市综合排名第一，由市发改委牵头推进。",  # a ranking, then a lead verb: no rule
    "争创全省第一方阵，市工信局牵头负责。",
    "第一批试点由市发改委牵头。",
    "排在前面的项目优先安排资金，市财政局牵头。",
])
def test_rankings_and_lead_verbs_elsewhere_state_no_rule(text):
    assert not first_is_lead_rule(text)
