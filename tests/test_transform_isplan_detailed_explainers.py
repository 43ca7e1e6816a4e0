"""A page that explains a plan in detail (…政策详解, …编制要点详解) is an explainer like …政策解读:
a plan only by the commitments it states, never by the plan kind its title names
(transform/lexicons/plan_explainer_kinds.txt)."""

from __future__ import annotations

from transform.document import parse_document
from transform.plan_judging import explains_plan


def _doc(text: str) -> dict:
    return parse_document(text, source="page.txt", is_text=True).document


def test_xiangjie_names_an_explainer():
    assert explains_plan("《某县城乡供水一体化实施方案》政策详解")
    assert explains_plan("县、区“十五五”规划编制工作方案模板及编制要点详解")


def test_a_guide_to_drafting_a_plan_without_commitments_is_no_plan():
    text = (
        "县“十五五”规划编制工作方案模板及编制要点详解\n"
        "编制原则\n"
        "强化战略意识\n深入贯彻上级决策部署,确保规划编制与上级战略保持一致。\n"
        "创新编制手段\n坚持定性分析与定量研究相结合,实地调研与专家咨询相互补充。\n"
    )
    assert _doc(text)["is_plan"] is False


def test_a_detailed_explainer_of_a_plan_without_commitments_is_no_plan():
    text = (
        "《某市老旧小区改造三年行动方案》政策详解\n"
        "发布日期:2026-03-12\n"
        "一、出台背景\n为改善居民居住条件,市住建局牵头起草了本方案。\n"
        "二、主要内容\n方案从改造范围、资金筹措、组织实施等方面作出安排。\n"
    )
    assert _doc(text)["is_plan"] is False


def test_a_detailed_explainer_stating_commitments_is_a_plan_by_them():
    text = (
        "《某县2026年民生实事实施方案》详解\n"
        "发布日期:2026-02-20\n"
        "1.新建城区停车位1200个。(牵头单位:县住建局)\n"
        "2.改造农村公路45公里。(牵头单位:县交通运输局)\n"
        "3.新增托育机构托位300个。(牵头单位:县卫健局)\n"
    )
    assert _doc(text)["is_plan"] is True


def test_a_plan_page_itself_stays_a_plan():
    text = (
        "某县2026年城乡供水一体化实施方案\n"
        "一、目标任务\n到2026年底,农村自来水普及率达到98%。\n"
    )
    assert _doc(text)["is_plan"] is True
