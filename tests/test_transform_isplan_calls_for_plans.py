"""A notice asking units to send in their plans (关于报送2025年新闻发布会计划的通知, 关于上报…项目
计划表的通知) asks for plans and issues none: it is no plan, and the form it attaches (…计划表) is no
plan title (transform/lexicons/plan_call_kinds.txt)."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _doc(text: str) -> dict:
    return parse_document(text, source="page.txt", is_text=True).document


_BODY = (
    "县直各部门、各有关单位：\n"
    "为做好相关工作，现就报送有关事项通知如下：\n"
    "一、报送内容\n1.贯彻落实上级政策情况；\n2.全县中心工作和重大决策；\n3.本部门需要对外发布的重点事项。\n"
    "二、报送要求\n请各单位于2025年3月7日前报送至县委宣传部。\n"
    "附件：某县2025年新闻发布会计划表\n"
    "附件\n某县2025年新闻发布会计划表\n填报单位（盖章）：\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "关于报送2025年新闻发布会计划的通知",
        "关于上报2024年重点项目建设计划表的通知",
        "關於報送2025年政務公開工作方案的通知",
        "县发展改革局关于填报2025年重点项目计划的通知",
    ],
)
def test_a_call_for_plans_is_no_plan(title):
    doc = _doc(f"{title}\n{_BODY}")
    assert doc["is_plan"] is False
    assert doc["plan_title"] is None


def test_a_notice_issuing_a_reporting_plan_stays_a_plan():
    text = (
        "关于印发《某县政务信息报送工作方案》的通知\n各乡镇人民政府，县直各单位：\n"
        "现将《某县政务信息报送工作方案》印发给你们，请认真贯彻落实。\n"
    )
    doc = _doc(text)
    assert doc["is_plan"] is True
    assert doc["plan_title"] == "某县政务信息报送工作方案"
