"""A repost's original-title line ("(原标题:《政府工作报告》解读二:2024年工作回顾(二))", "原标题：…")
is a field of the news site, nested parentheses and all: never the page's title nor the plan's
heading (transform/headings._NOT_HEADING)."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.headings import heading_like


def _doc(text: str) -> dict:
    return parse_document(text, source="page.txt", is_text=True).document


_PROSE = (
    "这一年，我们聚焦三农谋幸福，乡村振兴持续深入。新建改造农村电力线路17.24公里，"
    "硬化乡镇通三级道路17.9公里，打造美丽庭院3500座。\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "(原标题:《政府工作报告》解读二:2024年工作回顾(二))",
        "（原标题：某县2025年十件民生实事出炉（附清单））",
        "原标题：某市2024年重点工作任务清单",
    ],
)
def test_an_original_title_line_is_no_heading(line):
    assert not heading_like(line)


def test_a_repost_under_its_headline_names_no_plan_by_its_original_title():
    text = (
        "某县政府工作报告解读：2024年工作回顾\n"
        "2025-01-22 15:20:01　来源: 某某新闻网\n"
        "(原标题:《政府工作报告》解读二:2024年工作回顾(二))\n" + _PROSE
    )
    doc = _doc(text)
    assert doc["title"] == "某县政府工作报告解读：2024年工作回顾"
    assert doc["plan_title"] == "某县政府工作报告"


def test_a_repost_printed_without_its_headline_has_no_title_from_the_original_title_line():
    doc = _doc("(原标题:《政府工作报告》解读二:2024年工作回顾(二))\n" + _PROSE)
    assert doc["title"] is None
