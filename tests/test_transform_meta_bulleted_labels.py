"""A 信息公开 block rendered as a list, each label alone on a bulleted line and its value on the
next ("• 索引号:" / "6107…/2024-001005"): the bullet is no part of the label, the value of a
label is never the page's headline, and 发文机构 names the issuer (transform/metadata, headings)."""

from __future__ import annotations

from datetime import date

from transform.document import parse_document
from transform.metadata import label_pairs


def _doc(text: str) -> dict:
    return parse_document(text, source="page.txt", is_text=True).document


def _list_block(bullet: str, title: str, issuer: str, number: str) -> str:
    return (
        "返回顶部\n\n"
        f"{title}\n\n"
        f"  {bullet} 索引号:\n\n    1234500000/2025-000123\n"
        f"  {bullet} 主题分类:\n\n"
        f"  {bullet} 来源:\n\n"
        f"  {bullet} 发文机构:\n\n    {issuer}\n"
        f"  {bullet} 发文字号:\n\n    {number}\n"
        f"  {bullet} 发文日期:\n\n    2025年03月02日 10:15\n"
        f"  {bullet} 有效性:\n\n"
        f"  {bullet} 发布日期:\n\n    2025年03月04日 09:00\n"
        f"  {bullet} 内容概述:\n\n"
        f"{title}\n\n"
    )


_PLAN_BODY = (
    "一、主要目标\n"
    "到2025年底，全县新增城镇就业1500人以上。\n"
    "二、重点任务\n"
    "1.实施技能培训行动。全年培训农村劳动力2000人次。牵头单位：县人社局\n"
    "2.建设零工市场。新建零工驿站5个。牵头单位：县就业服务中心\n"
)


def test_bulleted_labels_give_the_value_below():
    text = _list_block("•", "某县2025年稳就业工作方案", "县人社局", "某人社发〔2025〕4号")
    pairs = label_pairs(text, alone=True)
    assert pairs["index_no"] == "1234500000/2025-000123"
    assert pairs["issuer"] == "县人社局"
    assert pairs["doc_number"] == "某人社发〔2025〕4号"


def test_a_field_value_under_its_label_is_never_the_headline():
    doc = _doc(_list_block("•", "某县2025年稳就业工作方案", "县政府办公室", "某政办发〔2025〕9号") + _PLAN_BODY)
    assert doc["title"] == "某县2025年稳就业工作方案"
    assert doc["issuer"] == "县政府办公室"
    assert doc["doc_number"] == "某政办发〔2025〕9号"
    assert doc["publish_date"] == date(2025, 3, 4)
    assert doc["written_date"] == date(2025, 3, 2)
    assert doc["is_plan"] is True


def test_other_bullets_and_a_rules_page():
    for bullet in ("·", "●", "▪"):
        text = _list_block(bullet, "某市人民政府工作规则", "市政府办公室", "某政发〔2024〕7号")
        text += "第一章 总则\n一、为规范市政府工作，制定本规则。\n二、市政府实行市长负责制。\n"
        doc = _doc(text)
        assert doc["title"] == "某市人民政府工作规则", bullet
        assert doc["issuer"] == "市政府办公室", bullet


def test_a_value_line_after_a_label_with_a_colon_in_a_news_page_still_heads_nothing():
    # 发文机构 with a colon and its value on the same line: one pair, the headline stays the heading
    text = (
        "某区2024年优化营商环境工作要点\n"
        "发文机构：区发展改革委 发布日期：2024-02-10\n"
        "一、深化政务服务改革\n"
        "1.推行一网通办。政务服务事项网上可办率达到98%以上。牵头单位：区政务服务中心\n"
        "2.压缩审批时限。工程建设项目审批时间压减至60个工作日以内。牵头单位：区住建局\n"
    )
    doc = _doc(text)
    assert doc["title"] == "某区2024年优化营商环境工作要点"
    assert doc["issuer"] == "区发展改革委"
    assert doc["publish_date"] == date(2024, 2, 10)


def test_the_headline_printed_again_under_an_empty_last_label_is_no_value():
    text = _list_block("•", "某县2025年稳就业工作方案", "县人社局", "某人社发〔2025〕4号")
    assert "summary" not in label_pairs(text, alone=True)
    assert _doc(text + _PLAN_BODY)["summary"] is None
