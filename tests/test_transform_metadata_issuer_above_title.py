"""The red header of a notice prints the issuing body on a line of its own right above the
"关于…的通知" heading ("某市人民政府 / 关于…的通知"): where the page gives no 发布机构 field, no
signature and no issuer in the title, that body is the issuer; a title in traditional characters
that starts with the body ("某縣農業農村局關于…") gives it too (invented pages in several layouts)."""

from __future__ import annotations

from transform.document import parse_document
from transform.metadata import extract_metadata


def _meta(page: str) -> dict:
    return extract_metadata(page, {}, page, page_has_body=True)


def _issuer_of_parsed(text: str) -> str | None:
    return parse_document(text, source="t.txt", is_text=True).document["issuer"]


def test_body_line_above_the_notice_heading_is_the_issuer():
    page = (
        "青禾县人民政府\n关于明确2024年重点工作责任单位的通知\n青政〔2024〕3号\n"
        "各乡镇人民政府,县直各部门:\n现将任务分解如下。\n一、扩大有效投资\n"
        "1.推进项目建设。(县发展改革局牵头)\n"
    )
    assert _meta(page)["issuer"] == "青禾县人民政府"


def test_office_line_above_a_table_notice():
    page = (
        "松溪市政府重要通知!\n松溪市人民政府办公室\n关于2025年重点工作及责任分解的通知\n"
        "一、市政府重点工作任务\n序号 | 目标与任务 | 牵头单位 |\n(1) | 地区生产总值增长6%。 | 市发展改革委 |\n"
    )
    assert _meta(page)["issuer"] == "松溪市人民政府办公室"


def test_traditional_bureau_above_the_heading():
    page = (
        "嶺東縣農業農村局\n關于印發嶺東縣2023年春耕生產工作方案的通知\n各鄉鎮:\n一、新建高標準農田1萬畝。\n"
    )
    assert _meta(page)["issuer"] == "嶺東縣農業農村局"


def test_signature_still_wins_and_addressees_are_no_issuer():
    page = (
        "南坪县人民政府办公室\n关于印发南坪县2024年民生实事工作方案的通知\n各乡镇:\n现印发给你们。\n"
        "南坪县人民政府\n2024年2月1日\n"
    )
    assert _meta(page)["issuer"] == "南坪县人民政府"
    page = "各乡镇人民政府\n关于做好秋粮收购工作的通知\n一、收购粮食10万吨。\n"
    assert _meta(page)["issuer"] != "各乡镇人民政府"


def test_flattened_header_names_the_body_before_the_heading():
    page = (
        "青禾市人民政府 关于明确政府工作报告提出的2024年 重点工作责任单位的通知 青政〔2024〕5号 "
        "现将重点工作任务予以分解并明确责任单位。 一、扩大有效需求 (一)促进消费增长。 "
        "1.把恢复和扩大消费摆在优先位置。(市商务局、财政局等相关部门按职责分工负责) "
        "2.落实好提振市场信心措施。(市发展改革委牵头,市商务局按职责分工负责)"
    )
    assert _issuer_of_parsed(page) == "青禾市人民政府"
    page = page.replace("青禾市人民政府 关于", "各区县人民政府 关于")
    assert _issuer_of_parsed(page) != "各区县人民政府"
