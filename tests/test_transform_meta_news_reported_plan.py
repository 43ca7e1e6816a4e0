"""A news headline about a plan ("…新一轮行动计划发布", "…实施方案为…添动力") is not the plan's
name: where the report names the plan in 《》 in its first lines ("近日…印发《…三年行动计划
（2024—2026年）》"), that name is the plan_title (round 10A). A headline that is itself a plan's
name keeps it; a headline whose report names no plan in 《》 stays as it was. Examples are
invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _doc(text: str) -> dict:
    return parse_document(text, source="n.txt", is_text=True).document


@pytest.mark.parametrize(
    ("headline", "lead", "name"),
    [
        (
            "8大方面120项重点任务 某区域新一轮行动计划发布",
            "近日，某区域合作办公室印发《某区域一体化发展三年行动计划（2024—2026年）》，明确了未来三年的工作重点。",
            "某区域一体化发展三年行动计划（2024—2026年）",
        ),
        (
            "某省“十四五”冷链物流发展实施方案为快递业发展添动力",
            "近日，某省政府办公厅印发《某省“十四五”冷链物流发展实施方案》（以下简称《方案》），明确了责任单位。",
            "某省“十四五”冷链物流发展实施方案",
        ),
    ],
)
def test_a_news_headline_gives_way_to_the_reported_plan(headline, lead, name) -> None:
    text = f"{headline}\n作者：佚名 来源：某某报 时间：2024-07-29\n{lead}\n《方案》提出，新建冷库20座，培育骨干企业10家。\n"
    assert _doc(text)["plan_title"] == name


def test_a_headline_that_is_a_plan_name_keeps_it() -> None:
    text = (
        "某县2025年十件民生实事\n发布时间：2025-01-20 来源：某县人民政府\n"
        "根据《某县国民经济和社会发展第十四个五年规划纲要》，经县人大代表票决，确定如下。\n"
        "一、新建公办幼儿园3所。\n二、改造农村公路50公里。\n三、新增停车位800个。\n"
    )
    assert _doc(text)["plan_title"] == "某县2025年十件民生实事"
