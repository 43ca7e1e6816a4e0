"""The first-listed rule ("列第一位的为牵头部门") beside units stated by a clause or a bare bracket,
not only beside a 责任单位 label: "（省发改委、省交通运输厅负责。列第一位的为牵头部门，下同）",
"（市科技局、市财政局按职责分工负责，列第一位者为牵头单位）", "（县住建局、县财政局，排在第一位的为
牵头单位）". The first unit leads, the others take part; with 下同 the rule holds for the next tasks
(EXTRACTION.md: a stated rule such as "列第一位者为牵头单位" makes the first unit the lead)."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.units import extract_units, first_is_lead_rule


def _roles(text: str, **kw) -> tuple[list[str], list[str]]:
    u = extract_units(text, **kw)
    return u.lead, u.participating


@pytest.mark.parametrize("text, lead, part", [
    ("加快建设环湖公路。（省发改委、省交通运输厅、省财政厅负责。列第一位的为牵头部门，下同）",
     ["省发改委"], ["省交通运输厅", "省财政厅"]),
    ("推进智慧校园建设。(市教育局、市科技局、市财政局按职责分工负责,列第一位者为牵头单位)",
     ["市教育局"], ["市科技局", "市财政局"]),
    ("完善养老服务网络。（州民政局、州卫生健康委负责，排在第一位的为牵头单位）",
     ["州民政局"], ["州卫生健康委"]),
    ("开展草原生态修复。（旗林草局、旗农牧局、各苏木镇负责落实，列首位的为牵头单位）",
     ["旗林草局"], ["旗农牧局", "各苏木镇"]),
])
def test_a_note_beside_a_clause_makes_the_first_unit_lead(text, lead, part):
    u = extract_units(text)
    assert (u.lead, u.participating) == (lead, part)
    assert u.first_is_lead_note


@pytest.mark.parametrize("text, lead, part", [
    ("新建公厕12座。（县住建局、县城管局、县财政局，列第一位的为牵头单位）", ["县住建局"], ["县城管局", "县财政局"]),
    ("改造老旧小区8个。(区住建局、区财政局;排在首位的为牵头单位)", ["区住建局"], ["区财政局"]),
])
def test_a_note_in_a_bare_bracket_of_names(text, lead, part):
    assert _roles(text) == (lead, part)


def test_the_note_says_whether_it_holds_for_the_following_tasks():
    assert extract_units("建设。（省发改委、省财政厅负责，列第一位的为牵头单位，下同）").note_following
    assert not extract_units("建设。（省发改委、省财政厅负责，列第一位的为牵头单位）").note_following


@pytest.mark.parametrize("text", [
    "推进园区扩容。（县发改局、县工信局负责）",
    "新建公厕12座。（县住建局、县城管局）",
])
def test_without_a_note_every_responsible_unit_leads(text):
    assert len(_roles(text)[0]) == 2


def test_a_stated_lead_wins_over_the_note():
    text = "建设数字乡村。（县农业农村局牵头，县科技局、县财政局负责，列第一位的为牵头单位）"
    assert _roles(text) == (["县农业农村局"], ["县科技局", "县财政局"])


def test_the_document_rule_applies_to_clause_units():
    assert _roles("推进园区扩容。（县发改局、县工信局负责）", first_is_lead=True) == (["县发改局"], ["县工信局"])
    assert _roles("新建公厕12座。（县住建局、县城管局）", first_is_lead=True) == (["县住建局"], ["县城管局"])


def test_a_rule_naming_the_responsible_units_of_the_division():
    assert first_is_lead_rule("二、责任分解中，列第一位的责任单位为牵头单位或汇总单位。")
    assert first_is_lead_rule("各项任务中排在第一位的责任部门为牵头部门。")
    assert first_is_lead_rule("有多个责任单位的，第一个责任单位为牵头单位。")
    assert not first_is_lead_rule("县发改局为第一责任单位，负责统筹推进。")


def _units(text: str) -> list[tuple[list[str], list[str]]]:
    doc = parse_document(text, source="t.txt", is_text=True)
    return [(t["lead_units"], t["participating_units"]) for t in doc.tasks]


def test_a_note_with_xiatong_holds_for_the_next_tasks():
    text = (
        "某省支持革命老区振兴重点工作分工方案\n"
        "一、加快基础设施建设\n"
        "1.建设环湖旅游公路。（省发改委、省交通运输厅、省财政厅负责。列第一位的为牵头部门，下同）\n"
        "2.升级改造国省道。（省交通运输厅、省财政厅负责）\n"
        "3.建设通用机场。（省发改委负责）\n"
    )
    assert _units(text) == [
        (["省发改委"], ["省交通运输厅", "省财政厅"]),
        (["省交通运输厅"], ["省财政厅"]),
        (["省发改委"], []),
    ]


def test_a_note_without_xiatong_holds_for_its_task_only():
    text = (
        "某市民生实事分工方案\n"
        "1.新建幼儿园5所。（市教育局、市住建局负责，列第一位的为牵头单位）\n"
        "2.改造农贸市场3个。（市商务局、市市场监管局负责）\n"
    )
    assert _units(text) == [(["市教育局"], ["市住建局"]), (["市商务局", "市市场监管局"], [])]


def test_a_division_that_states_the_rule_above_its_list():
    text = (
        "某县2024年重点工作责任分解\n"
        "责任分解中，列第一位的责任单位为牵头单位。\n"
        "1.新建污水管网20公里。（县住建局、县水利局负责）\n"
        "2.建成高标准农田2万亩。（县农业农村局、县财政局负责）\n"
    )
    assert _units(text) == [(["县住建局"], ["县水利局"]), (["县农业农村局"], ["县财政局"])]
