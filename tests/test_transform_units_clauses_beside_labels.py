"""Units stated partly by a label and partly by a clause in one task: "（县交通局牵头）" with a
"配合单位：县公安局" line, "县教体局牵头" with a "责任单位：各乡镇" line, a "牵头单位：X" line under an
item whose text says "（Y、Z配合）". Before, the labels hid the clause: the lead stated by the clause
was lost and a 责任单位 list was read as the lead. EXTRACTION.md ("Role labels"): 责任单位 leads only
when the task names no 牵头 unit, else takes part; 配合 units take part."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.units import extract_units


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # a lead clause in the item, a responsible label under it: the list takes part
        ("新建学校2所，县教体局牵头。\n责任单位：各乡镇人民政府", ["县教体局"], ["各乡镇人民政府"]),
        (
            "扩大优质教育资源。（市教育体育局牵头）\n责任单位：各县(市)区人民政府、滇中新区管委会",
            ["市教育体育局"],
            ["各县(市)区人民政府", "滇中新区管委会"],
        ),
        ("推进老旧小区改造，由区住建局牵头。责任部门：各街道办事处", ["区住建局"], ["各街道办事处"]),
        # a lead clause and a participating label
        ("改造道路10公里（县交通局牵头）。\n配合单位：县公安局", ["县交通局"], ["县公安局"]),
        ("實施農村供水保障工程（市水務局牽頭）。\n配合單位：市財政局", ["市水務局"], ["市財政局"]),
        # a lead label and a participating clause in the item's text
        (
            "建设产业园区，新建厂房5万平方米（县住建局、县财政局配合）。\n牵头单位：县发改局",
            ["县发改局"],
            ["县住建局", "县财政局"],
        ),
        (
            "建设物流园区（县商务局、县交通局参与）。牵头部门：县发改局",
            ["县发改局"],
            ["县商务局", "县交通局"],
        ),
    ],
)
def test_a_clause_beside_a_label(text: str, lead: list[str], part: list[str]) -> None:
    u = extract_units(text)
    assert (u.lead, u.participating) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # a lead label and a lead clause: the label says it (as before)
        ("建设园区（县发改局牵头）。\n牵头单位：县工信局\n配合单位：县财政局", ["县工信局"], ["县财政局"]),
        # prose that only mentions the verb names no unit
        ("建立协调机制，各部门密切配合。\n牵头单位：县发改局", ["县发改局"], []),
        ("建立部门牵头、属地落实的工作机制。\n责任单位：各乡镇人民政府", ["各乡镇人民政府"], []),
        ("建立由县政府牵头的联席会议制度。\n责任单位：县发改局", ["县发改局"], []),
        # a 参与 clause alone in running text is no statement (as without labels)
        ("开展消费帮扶活动，市农业农村局、市供销社参与。牵头部门：市商务局", ["市商务局"], []),
        # labels alone (as before)
        ("新建学校2所。\n牵头单位：县教体局\n责任单位：各乡镇人民政府", ["县教体局"], ["各乡镇人民政府"]),
        ("新建学校2所。\n责任单位：县教体局、各乡镇人民政府", ["县教体局", "各乡镇人民政府"], []),
    ],
)
def test_near_misses_keep_their_reading(text: str, lead: list[str], part: list[str]) -> None:
    u = extract_units(text)
    assert (u.lead, u.participating) == (lead, part)


def test_a_plan_page_with_mixed_statements() -> None:
    page = (
        "某市2023年10件惠民实事\n"
        "一、扩大优质教育资源。新增公办幼儿园40所。（市教育体育局牵头）\n"
        "责任单位：各县(市)区人民政府、滇中新区管委会\n"
        "完成时限：2023年12月31日前\n"
        "二、实施农村供水保障工程，提升3万农村人口供水保障水平。\n"
        "牵头单位：市水务局\n"
        "责任单位：各县(市)区人民政府\n"
    )
    tasks = {t["path"][-1]: t for t in parse_document(page, source="t.txt").tasks}
    assert tasks["一"]["lead_units"] == ["市教育体育局"]
    assert tasks["一"]["participating_units"] == ["各县(市)区人民政府", "滇中新区管委会"]
    assert tasks["二"]["lead_units"] == ["市水务局"]
    assert tasks["二"]["participating_units"] == ["各县(市)区人民政府"]


def test_a_news_report_stating_the_lead_in_prose() -> None:
    page = (
        "我县部署2024年民生实事\n"
        "记者从县政府获悉，今年我县将办好10件民生实事。\n"
        "一是新建改建农村公路50公里，由县交通运输局牵头实施。配合单位：各乡镇人民政府。\n"
        "二是新增城镇就业岗位2000个。牵头单位：县人社局。\n"
    )
    tasks = parse_document(page, source="n.txt").tasks
    first = next(t for t in tasks if t["path"][-1] == "一是")
    assert first["lead_units"] == ["县交通运输局"] and first["participating_units"] == ["各乡镇人民政府"]
