"""A law or policy database prints a document as its title, the issuing body on a line of its
own under it, then the title again ("沈阳市…规定 / 辽宁省沈阳市人民政府 / 沈阳市…规定"): where no
field, title prefix or signature names the issuer, that line does (invented pages in the layout,
and pages where a line under the title is something else)."""

from __future__ import annotations

from transform.document import parse_document


def _doc(page: str) -> dict:
    return parse_document(page.encode(), source="t.txt", is_text=True).document


def test_a_body_line_between_the_repeated_titles():
    doc = _doc(
        "关于印发《青禾市城市更新三年行动计划》的通知\n\n"
        "作者:资料网 时间:2024-07-22 04:02:42 浏览:120 来源:资料网\n\n"
        "关于印发《青禾市城市更新三年行动计划》的通知\n\n青禾市人民政府办公厅\n\n"
        "关于印发《青禾市城市更新三年行动计划》的通知\n青政办发〔2021〕8号\n"
        "各区人民政府,市政府各部门:\n现将《青禾市城市更新三年行动计划》印发给你们,请认真贯彻执行。\n"
        "2021年3月2日\n青禾市城市更新三年行动计划\n一、改造老旧小区120个。\n"
    )
    assert doc["issuer"] == "青禾市人民政府办公厅"


def test_a_committee_under_a_rule_title():
    doc = _doc(
        "岭北市鼓励外来投资的规定\n\n岭北省岭北市人民政府\n\n岭北市鼓励外来投资的规定\n\n岭政令[1998]12号\n\n"
        "第一条 为鼓励外来投资,制定本规定。\n第二条 本规定适用于在本市投资的企业。\n"
    )
    assert doc["issuer"] == "岭北省岭北市人民政府"


def test_the_signature_still_comes_first():
    doc = _doc(
        "松溪县2023年民生实事项目\n\n松溪县人民政府办公室\n\n各乡镇人民政府:\n现将项目印发给你们。\n"
        "松溪县人民政府\n2023年2月1日\n一、新建幼儿园2所。\n"
    )
    assert doc["issuer"] == "松溪县人民政府"


def test_a_salutation_or_a_sentence_under_the_title_is_no_issuer():
    doc = _doc(
        "青禾县2024年为民办实事项目\n各乡镇人民政府,县直各单位:\n现将项目印发给你们,请认真组织实施。\n"
        "一、新建幼儿园2所。\n二、改造老旧小区12个。\n"
    )
    assert doc["issuer"] is None
    doc = _doc(
        "青禾县2024年为民办实事项目\n县政府确定办好以下实事项目。\n"
        "一、新建幼儿园2所。\n二、改造老旧小区12个。\n"
    )
    assert doc["issuer"] is None
