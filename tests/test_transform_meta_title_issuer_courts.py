"""The body printed before 关于 in a title is the issuer when the page names none: a body whose
name ends in 院 too (国务院, 某县人民法院, 某市人民检察院, 某某研究院), as 政府, 局, 委 … do."""

from __future__ import annotations

import pytest

from transform.document import parse_document

BODY = (
    "各有关单位：\n一、总体要求\n（一）工作目标。到2025年，建成示范点10个。\n二、重点任务\n1.完善工作机制。\n"
)


def _issuer(title: str) -> str | None:
    return parse_document(title + "\n" + BODY, source="t.txt", is_text=True).document["issuer"]


@pytest.mark.parametrize(
    "title,issuer",
    [
        ("国务院关于推动某地区高质量发展的意见", "国务院"),
        ("某县人民法院关于印发2024年审判执行工作要点的通知", "某县人民法院"),
        ("某市人民检察院关于开展检察为民办实事活动的实施方案", "某市人民检察院"),
        ("國務院關於推動某地區高質量發展的意見", "國務院"),  # a traditional mirror
        ("某县人民政府关于印发2024年重点工作的通知", "某县人民政府"),  # unchanged
    ],
)
def test_a_body_before_about_issues_the_page(title, issuer):
    assert _issuer(title) == issuer


@pytest.mark.parametrize(
    "title",
    [
        "关于推动某地区高质量发展的意见",  # nothing before 关于
        "学习贯彻关于推动某地区高质量发展的意见",  # words, no body
    ],
)
def test_no_body_before_about_gives_no_issuer(title):
    assert _issuer(title) is None
