"""A unit statement for the whole plan, on its own line under the plan's title (or its annex
heading) and above its first section — "（县自然资源局牵头）", "牵头单位：X 配合单位：Y",
"由X牵头，Y配合" — applies to every task that names no lead of its own (EXTRACTION.md is silent:
a careful analyst reads it like a section's unit line, one level up). Prose of the notice
("请县发改局牵头抓好落实。") and a sentence inside the preamble are no such statement."""
from __future__ import annotations

import pytest

from transform.document import parse_document


def _units(text: str) -> dict[tuple[str, ...], tuple[list[str], list[str]]]:
    p = parse_document(text, source="plan.txt", is_text=True)
    return {tuple(t["path"]): (t["lead_units"], t["participating_units"]) for t in p.tasks}


def test_a_bracketed_lead_under_the_title_applies_to_every_task():
    text = ("某县2026年耕地保护专项整治工作方案\n（县自然资源局牵头）\n"
            "为严守耕地红线，制定本方案。\n一、主要任务\n1.开展违法占地排查。\n2.推进撂荒地复耕。\n"
            "3.落实耕地进出平衡。（牵头单位：县农业农村局）\n")
    u = _units(text)
    assert u[("一", "1")] == (["县自然资源局"], [])
    assert u[("一", "2")] == (["县自然资源局"], [])
    assert u[("一", "3")] == (["县农业农村局"], [])  # a task that names its own lead keeps it


def test_a_labelled_line_under_an_annex_title_applies_to_the_annex_tasks():
    text = ("某市人民政府办公室关于印发城市更新行动方案的通知\n各区人民政府：\n现将方案印发给你们，请认真组织实施。\n"
            "某市人民政府办公室\n2026年4月2日\n附件\n某市城市更新行动方案（2026—2027年）\n"
            "牵头单位：市住房城乡建设局  配合单位：市发展改革委、市财政局\n"
            "（一）改造老旧小区120个。\n（二）新建城市口袋公园30个。（配合单位：市城管局）\n")
    u = _units(text)
    assert u[("(一)",)] == (["市住房城乡建设局"], ["市发展改革委", "市财政局"])
    assert u[("(二)",)] == (["市住房城乡建设局"], ["市城管局"])


@pytest.mark.parametrize("statement", ["由区市场监管局牵头，区商务局、区公安分局配合", "（由区市场监管局牵头，区商务局、区公安分局配合）"])
def test_a_lead_clause_under_the_title_applies_to_every_task(statement):
    text = (f"某区2026年食品安全放心工程实施方案\n{statement}\n"
            "1.开展校园食品安全守护行动。\n2.整治农村集市食品经营。\n")
    u = _units(text)
    assert u[("1",)] == (["区市场监管局"], ["区商务局", "区公安分局"])
    assert u[("2",)] == (["区市场监管局"], ["区商务局", "区公安分局"])


def test_notice_prose_naming_a_lead_is_no_plan_statement():
    text = ("某县2026年冬春植树造林工作方案\n各乡镇人民政府，县直有关单位：\n"
            "现将方案印发给你们。请县林业局牵头抓好落实，各乡镇积极配合。\n"
            "一、造林绿化\n1.新造林5000亩。\n2.补植补造2000亩。\n")
    u = _units(text)
    assert u[("一", "1")] == ([], [])


def test_a_statement_inside_the_preamble_paragraphs_is_no_plan_statement():
    text = ("某镇2026年人居环境整治工作计划\n为改善农村人居环境，经研究，制定本计划。\n"
            "本计划由镇农业服务中心牵头组织实施。\n一、推进垃圾分类。\n二、整治乱堆乱放。\n")
    u = _units(text)
    assert u[("一",)] == ([], [])
