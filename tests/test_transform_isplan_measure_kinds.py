"""举措 names a plan's kind as 措施 does (…若干政策举措(2025年版), …十项举措): a notice issuing one is a
plan and its plan title is the name it issues (transform/lexicons/plan_kinds.txt)."""

from __future__ import annotations

from transform.document import parse_document
from transform.plan_judging import PLAN_TITLE


def _doc(text: str) -> dict:
    return parse_document(text, source="page.txt", is_text=True).document


def test_jucuo_names_a_plan_kind():
    assert PLAN_TITLE.search("关于推动经济高质量发展若干政策举措")
    assert PLAN_TITLE.search("某县稳外贸稳外资十项举措")


def test_a_notice_issuing_policy_measures_is_a_plan():
    text = (
        "某市某区人民政府关于印发关于推动经济高质量发展若干政策举措(2025年版)的通知\n"
        "各乡镇人民政府、街道办事处，区直属有关单位：\n"
        "《关于推动经济高质量发展若干政策举措(2025年版)》已经区政府同意，现印发给你们，请认真贯彻执行。\n"
        "某市某区人民政府\n2025年4月1日\n"
        "关于推动经济高质量发展若干政策举措\n(2025年版)\n"
        "一、强化科技创新(区科技局牵头)\n"
        "2025年，力争全社会研发投入强度达到2.95%。\n"
        "(一)加强科创平台建设。新认定省级新型研发机构2家。\n"
    )
    doc = _doc(text)
    assert doc["is_plan"] is True
    assert doc["plan_title"] == "关于推动经济高质量发展若干政策举措(2025年版)"
    assert (doc["plan_start_year"], doc["plan_end_year"]) == (2025, 2025)


def test_a_news_headline_about_measures_without_work_is_no_plan():
    text = (
        "我县惠企举措落地见效\n"
        "今年以来，我县各有关部门认真落实工作部署，扎实推进各项工作，截至三季度末，多数事项已超序时进度。\n"
    )
    assert _doc(text)["is_plan"] is False
