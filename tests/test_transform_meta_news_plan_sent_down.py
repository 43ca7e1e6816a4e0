"""A news report that a plan was sent down or promulgated ("联合下发《…实施方案》", "正式颁布《…规划》",
"《…行动计划》近日下发") names that plan as it does with 印发/出台: the name in 《》 is the
plan_title, and a report that a plan was issued is a plan. A 《》 name after 下发 that is no plan
kind (a notice, a law) gives none. Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _doc(text: str) -> dict:
    return parse_document(text, source="n.txt", is_text=True).document


@pytest.mark.parametrize(
    ("headline", "lead", "name"),
    [
        (
            "我省全面推进数字乡村广电建设",
            "记者从省广播电视局获悉，省广播电视局、省农业农村厅近日联合下发《某省数字乡村广电工程实施方案》，力争到2025年基本建成覆盖城乡的服务体系。",
            "某省数字乡村广电工程实施方案",
        ),
        (
            "某市发力养老服务",
            "日前，市民政局正式下发了《某市居家养老服务提升行动计划（2025—2027年）》，明确了今后三年的工作重点。",
            "某市居家养老服务提升行动计划（2025—2027年）",
        ),
        (
            "湾区水网建设迈出新步伐",
            "《某湾区水网建设规划》日前颁布，提出构建“一核两翼”的水网格局。",
            "某湾区水网建设规划",
        ),
    ],
)
def test_a_plan_sent_down_is_the_reported_plan(headline, lead, name) -> None:
    text = f"{headline}\n发布时间：2025-06-12 来源：某某日报\n{lead}\n该方案结合实际，提出了五项重点任务。\n"
    doc = _doc(text)
    assert doc["plan_title"] == name
    assert doc["is_plan"] is True


def test_a_notice_sent_down_is_no_plan_name() -> None:
    text = (
        "某县开展汛期安全检查\n发布时间：2025-06-12 来源：某县融媒体中心\n"
        "近日，县应急管理局下发《关于做好汛期安全检查工作的通知》，要求各乡镇开展排查。\n"
    )
    assert _doc(text)["plan_title"] is None
