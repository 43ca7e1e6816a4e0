"""A document-sharing site prints a badge right after the document's name in its headline, the
file's extension maybe before it ("镇目标工作计划(2篇).docxVIP", "2026年某市政府工作报告VIP专享"):
the title and the plan title drop the badge and that extension. A name that only ends in a Latin
word of its own, or an extension without a badge, keeps it. Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.metadata import without_viewer_badge


def _doc(text: str) -> dict:
    return parse_document(text, source="n.txt", is_text=True).document


_BODY = (
    "一、经济发展目标\n1.推进农业现代化。全年培训农民不少于500人次，新增农业合作社5家以上。\n"
    "2.推动工业转型。引进投资5000万元以上的项目3个以上。\n"
)


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("某镇2026年工作计划.docxVIP", "某镇2026年工作计划"),
        ("2026年某市政府工作报告VIP专享", "2026年某市政府工作报告"),
        ("某鎮2026年工作計劃.pdf VIP", "某鎮2026年工作計劃"),
    ],
)
def test_a_viewer_badge_is_no_part_of_the_title(headline, title) -> None:
    doc = _doc(f"{headline}\n\n  • 约11页\n\n{_BODY}")
    assert doc["title"] == title
    assert doc["plan_title"] in (None, title)


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("某区VR产业发展行动计划", "某区VR产业发展行动计划"),
        ("2025年重点项目计划完成表.xls", "2025年重点项目计划完成表.xls"),
        ("某市“免费”午餐实施方案", "某市“免费”午餐实施方案"),
        ("某镇2026年工作计划.docxVIP", "某镇2026年工作计划"),
    ],
)
def test_without_viewer_badge(name, kept) -> None:
    assert without_viewer_badge(name) == kept
