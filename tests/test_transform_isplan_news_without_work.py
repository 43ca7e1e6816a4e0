"""A page without any task or target is a plan only when it issues one (关于印发《…》的通知, a plan
title of its own) or its headline is a plan's name (…工作方案, 2024年十件民生实事); a news headline
that reports on a plan (前三季度我市民生实事加快推进, …实事项目进展顺利) without listing its work is
none."""
from __future__ import annotations

import pytest

from transform.document import parse_document


def _is_plan(text: str) -> bool:
    return parse_document(text, source="n.txt", is_text=True).document["is_plan"]


_NEWS_BODY = ("今年以来，我市各有关部门认真落实工作部署，扎实推进各项工作，截至三季度末，多数事项已超序时进度。"
              "下一步，我市将压实主体责任，高标准完成全年目标任务。\n")


@pytest.mark.parametrize("title", [
    "前三季度我市民生实事加快推进",
    "我县重点工作任务落实有力有序",
    "全区民生实事项目进展顺利",
])
def test_a_news_headline_about_a_plan_without_work_is_no_plan(title):
    assert _is_plan(title + "\n" + _NEWS_BODY) is False


@pytest.mark.parametrize("title", [
    "某县2024年农村人居环境整治提升工作方案",
    "某区2025年十件民生实事",
    "某市2024年重点工作任务分解表",
])
def test_a_headline_that_names_a_plan_stays_a_plan_without_found_work(title):
    assert _is_plan(title + "\n" + _NEWS_BODY) is True


def test_an_attachment_only_notice_stays_a_plan():
    text = ("关于印发《某县2024年农村人居环境整治提升实施方案》的通知\n各乡镇人民政府：\n"
            "现将《某县2024年农村人居环境整治提升实施方案》印发给你们，请认真贯彻落实。\n")
    assert _is_plan(text) is True
