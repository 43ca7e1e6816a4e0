"""A page explaining a plan whose title prints the plan's name without 《》 ("【文字解读】某街道2024
年度国民经济和社会发展计划解读", "关于印发X的通知政策解读", "图解：X"): the plan title is the name
without the explainer's words, and the page stays an explainer (transform/metadata._explained_name)."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _doc(text: str) -> dict:
    return parse_document(text, source="page.txt", is_text=True).document


_BODY = (
    "一、制定背景\n为贯彻上级部署，结合本地实际，制定本计划。\n"
    "二、主要内容\n计划明确了今年的重点工作任务和保障措施。\n"
    "三、解读机关及联系方式\n解读机关：某街道办事处\n"
)


@pytest.mark.parametrize(
    ("title", "plan"),
    [
        ("【文字解读】某街道2024年度国民经济和社会发展计划解读", "某街道2024年度国民经济和社会发展计划"),
        ("某县2025年农村人居环境整治提升工作方案政策解读", "某县2025年农村人居环境整治提升工作方案"),
        ("关于印发某市2024年优化营商环境工作要点的通知的解读", "某市2024年优化营商环境工作要点"),
        ("图解：某区2025年十件民生实事", "某区2025年十件民生实事"),
        ("某县政府工作报告解读：2024年工作回顾", "某县政府工作报告"),
    ],
)
def test_the_plan_an_explainer_names_without_brackets(title, plan):
    doc = _doc(f"{title}\n{_BODY}")
    assert doc["plan_title"] == plan
    assert doc["is_plan"] is False


def test_an_explainer_naming_no_plan_kind_gives_no_plan_from_its_title():
    doc = _doc("某县出台新政策解读\n" + _BODY)
    assert doc["plan_title"] != "某县出台新政策"


def test_an_explainer_with_brackets_is_read_as_before():
    doc = _doc("《某市2024年稳就业十条措施》政策解读\n" + _BODY)
    assert doc["plan_title"] == "某市2024年稳就业十条措施"


def test_an_explainers_own_headline_is_no_plan_heading():
    text = (
        "2025两会|一文看清某省政府工作报告5大重点\n\n"
        "  2025年全省两会正在召开，1月18日，省长代表省人民政府向大会作政府工作报告，提出今年的主要预期目标。\n\n"
        "  报告提出，今年地区生产总值增长5.5%左右，城镇新增就业60万人以上，粮食产量稳定在700亿斤以上。\n"
    )
    doc = _doc(text)
    assert doc["title"] == "2025两会|一文看清某省政府工作报告5大重点"
    assert doc["plan_title"] is None or "一文看清" not in doc["plan_title"]
