"""若干政策 names a plan's kind as 若干措施 does (…推动经济高质量发展若干政策(2025年版), …支持
制造业发展的若干政策): a notice issuing one, whose items set work and targets under 牵头 units, is a
plan, and its plan title is the name it issues; a page printed without its headline takes the
plan's own heading (transform/lexicons/plan_kinds.txt). Pages explaining such policies stay plans
only by the commitments they state; a news headline about 惠企政策 is none."""

from __future__ import annotations

from transform.document import parse_document
from transform.plan_judging import PLAN_TITLE


def _doc(text: str) -> dict:
    return parse_document(text, source="page.txt", is_text=True).document


def test_ruogan_zhengce_names_a_plan_kind():
    assert PLAN_TITLE.search("某区推动经济高质量发展若干政策(2025年版)")
    assert PLAN_TITLE.search("关于支持先进制造业发展的若干政策")


def test_a_bare_policy_word_names_no_plan_kind():
    assert not PLAN_TITLE.search("我区惠企政策兑现直通车上线")
    assert not PLAN_TITLE.search("关于调整城乡居民医保政策的通知")


def test_a_notice_issuing_ruogan_zhengce_with_a_target_is_a_plan():
    text = (
        "某市某区人民政府关于印发某区推动经济高质量发展若干政策(2025年版)的通知\n"
        "发布日期:2025-06-10\n"
        "各街道办事处、镇人民政府，区政府直属各单位：\n"
        "《某区推动经济高质量发展若干政策(2025年版)》已经区政府常务会议审议通过，现印发给你们，"
        "请结合实际认真组织实施。\n"
        "某市某区人民政府\n2025年6月3日\n"
        "某区推动经济高质量发展若干政策(2025年版)\n"
        "一、强化科技创新(由区科技局牵头)\n"
        "2025年，区级财政预算安排资金2.6亿元，力争全区研发投入强度达到3.2%左右。\n"
        "(一)推动科创平台提质增效。对新认定的省级科技企业孵化器按规定实施奖补。\n"
    )
    doc = _doc(text)
    assert doc["is_plan"] is True
    assert doc["plan_title"] == "某区推动经济高质量发展若干政策(2025年版)"
    assert (doc["plan_start_year"], doc["plan_end_year"]) == (2025, 2025)


def test_a_joint_office_notice_of_ruogan_zhengce_is_a_plan():
    text = (
        "某市某区人民政府办公室 某新区党政办公室 关于印发某新区、某区支持实体经济发展若干政策的通知\n"
        "发布日期:2026-02-12 来源:区发改局\n"
        "各街道办事处，区各有关单位：\n"
        "《某新区、某区支持实体经济发展若干政策》已经常务联席会议研究同意，现印发给你们。\n"
        "一、强化科技创新(新区科技局牵头)\n"
        "力争全区研发投入强度达到4%左右。\n"
    )
    doc = _doc(text)
    assert doc["is_plan"] is True
    assert doc["plan_title"] == "某新区、某区支持实体经济发展若干政策"


def test_a_headless_traditional_notice_takes_the_policy_heading():
    text = (
        "各鎮人民政府、街道辦事處,區政府各部門:\n"
        "《某區推動經濟高質量發展若干政策(2026年版)》已經區政府常務會議審議通過,現印發給你們,請認真貫徹執行。\n"
        "某市某區人民政府\n2026年3月2日\n"
        "某區推動經濟高質量發展若干政策\n(2026年版)\n"
        "一、推進教育科技人才一體發展(由區科技局牽頭)\n"
        "2026年,區級財政預算安排1.2億元。新增高新技術企業150家以上。\n"
        "(一)推動科創平臺提質增效。對新認定的省級孵化器給予25萬元獎勵。(責任單位:區科技局、區財政局)\n"
    )
    doc = _doc(text)
    assert doc["is_plan"] is True
    assert doc["plan_title"] is not None and doc["plan_title"].startswith("某區推動經濟高質量發展若干政策")
    assert (doc["plan_start_year"], doc["plan_end_year"]) == (2026, 2026)


def test_a_news_headline_about_policies_without_work_is_no_plan():
    text = (
        "我市惠企政策兑现跑出加速度\n"
        "今年以来，市有关部门优化兑现流程，企业申报材料明显减少，兑现周期进一步缩短。\n"
    )
    assert _doc(text)["is_plan"] is False


def test_an_explainer_of_ruogan_zhengce_without_commitments_is_no_plan():
    text = (
        "《某市支持民营经济发展若干政策》政策解读\n"
        "一、起草背景\n为贯彻落实上级部署，进一步优化营商环境，市发改委起草了本政策。\n"
        "二、主要内容\n政策共分五个部分，涉及融资支持、市场准入、权益保护等方面。\n"
    )
    assert _doc(text)["is_plan"] is False
