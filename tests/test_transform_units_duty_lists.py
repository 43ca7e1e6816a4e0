"""A list of duties ("2. 业务主管部门：负责具体任务的落实，…") names who does what: the label word
at the end of the subject (主管部门, 责任单位) is no role label there, and the duty after the colon
(负责…, 承担…, 履行…) is no list of units. A label followed by unit names keeps them."""
from __future__ import annotations

import pytest

from transform.units import extract_units


@pytest.mark.parametrize("text", [
    "业务主管部门：负责具体任务的落实，及时向督查部门反馈进展情况。",
    "（三）行业主管部门：负责本行业安全隐患排查，督促企业落实主体责任，每月报送台账。",
    "属地责任单位：承担辖区内日常巡查，及时上报发现的问题。",
    "各实施单位：履行项目建设主体责任，按期完成建设任务。",
    "具体负责单位：负责资料收集整理，建立工作台账。",
])
def test_a_duty_after_a_label_word_names_no_unit(text):
    units = extract_units(text)
    assert (units.lead, units.participating) == ([], [])


@pytest.mark.parametrize("text, lead", [
    ("（主管部门：县住建局）", ["县住建局"]),
    ("责任单位：县农业农村局、各乡镇人民政府", ["县农业农村局", "各乡镇人民政府"]),
    ("牵头单位：市发展改革委；责任单位：市财政局", ["市发展改革委"]),
])
def test_a_label_followed_by_units_keeps_them(text, lead):
    assert extract_units(text).lead == lead


# A list of the duties of named member units (成员单位职责: "1.县发改局：负责…"): the unit before
# the colon is the unit that carries the item (EXTRACTION.md is silent: read like "县发改局负责…"
# stated as a sentence of its own). A generic subject (业务主管部门, 各成员单位) names none.
@pytest.mark.parametrize("text, lead", [
    ("县发改局：负责将创卫工作纳入全县国民经济和社会发展规划。", ["县发改局"]),
    ("市财政局、市审计局：负责创建工作经费保障和审计监督。", ["市财政局", "市审计局"]),
    ("区市场监管局:承担食品安全示范街创建工作，组织开展业户培训。", ["区市场监管局"]),
    ("镇综合执法队：具体负责集镇占道经营整治。", ["镇综合执法队"]),
])
def test_a_named_unit_before_its_duty_leads_the_item(text, lead):
    assert extract_units(text).lead == lead


@pytest.mark.parametrize("text", [
    "各成员单位：负责本系统创建工作，按时报送资料。",
    "牵头领导：负责统筹协调。",
    "指挥部办公室主任：负责日常工作。",
    "县发改局：2026年完成项目谋划20个。",
])
def test_no_unit_leads_without_a_named_unit_and_a_duty(text):
    assert extract_units(text).lead == []


def test_a_member_duty_list_in_a_plan():
    from transform.document import parse_document

    text = ("某县创建国家卫生县城工作方案\n一、组织领导\n成立县创卫工作领导小组，县长任组长。\n二、成员单位职责\n"
            "1.县发改局：负责将创卫工作纳入全县国民经济和社会发展规划。\n"
            "2.县财政局：负责创卫工作经费保障。\n3.县卫健局：负责病媒生物防制工作。\n")
    tasks = parse_document(text, source="p.txt", is_text=True).tasks
    assert [t["lead_units"] for t in tasks] == [["县发改局"], ["县财政局"], ["县卫健局"]]
