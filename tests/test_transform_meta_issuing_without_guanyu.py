"""The title of a notice issuing a plan without 关于 before 印发 ("上海市人民政府印发《关于本市…的实施
意见》的通知", "中共某市委办公室 某市人民政府办公室印发《…》的通知(某办发〔2017〕2号)") is the page's
title, not the plan's own 关于… heading under it (transform/headings.notice_title)."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _doc(text: str) -> dict:
    return parse_document(text, source="page.txt", is_text=True).document


_BODY = (
    "各区人民政府，市政府各委、办、局：\n"
    "现将《{plan}》印发给你们，请认真按照执行。\n"
    "{issuer}\n2017年12月20日\n"
    "{plan}\n"
    "一、总体要求\n（一）指导思想\n全面贯彻党的十九大精神。\n"
)


@pytest.mark.parametrize(
    ("issuer", "plan", "tail"),
    [
        ("某市人民政府", "关于本市加强政务诚信建设的实施意见", ""),
        ("中共某市委办公室 某市人民政府办公室", "关于全面推进政务公开工作的实施意见", "(某办发〔2017〕2号)"),
        ("某省人民政府办公厅", "某省促进消费三年行动方案(2023—2025年)", ""),
    ],
)
def test_an_issuing_notice_title_without_guanyu(issuer, plan, tail):
    title = f"{issuer}印发《{plan}》的通知{tail}"
    text = "某府发〔2017〕92号\n" + title + "\n" + _BODY.format(plan=plan, issuer=issuer.split()[-1])
    doc = _doc(text)
    assert doc["title"] == title
    assert doc["plan_title"] == plan


def test_a_news_headline_saying_a_city_issued_a_plan_is_read_as_before():
    text = (
        "我市印发《某市促进消费三年行动方案》\n来源：某市日报 发布时间：2023-05-06 08:30\n"
        "近日，市政府印发《某市促进消费三年行动方案》，明确到2025年社会消费品零售总额年均增长6%。\n"
    )
    assert _doc(text)["title"] == "我市印发《某市促进消费三年行动方案》"
