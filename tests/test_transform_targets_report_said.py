"""A news report quoting a work report by "报告说" ("政府工作报告说，…新开工改造城镇老旧小区3.9万个")
reports what the plan says, like "报告指出/报告提出": its lines carry the report's targets (audit
round 24A: such a page gave none). A line of the same page reporting results (…以来, 已完成) stays out."""

from __future__ import annotations

from transform.document import parse_document


def _parse(text: str):
    return parse_document(text, source="n.txt", is_text=True)


def _values(text: str) -> list[float]:
    return [t["value"] for t in _parse(text).targets]


def test_report_said_line_gives_targets():
    text = (
        "政府工作报告：新开工改造老旧小区2.8万个\n\n"
        "本报讯 3月5日，某会议开幕，作政府工作报告。\n\n"
        "政府工作报告说，加强新型城镇化建设。新开工改造城镇老旧小区2.8万个，支持加装电梯。\n"
    )
    got = _values(text)
    assert 2.8 in got, got


def test_report_said_in_traditional_characters():
    text = (
        "政府工作報告：新增高標準農田800萬畝\n\n政府工作報告說，穩定糧食播種面積，新建高標準農田800萬畝。\n"
    )
    assert 800.0 in _values(text)


def test_report_said_results_stay_out():
    text = "政府工作报告解读\n\n政府工作报告说，五年来已完成改造老旧小区16万个。\n"
    assert 16.0 not in _values(text)
