"""A task heading with a bracket before a role word keeps its text: "合理划分市里和县（市）区的责任",
"压实各县（市、区）属地责任" are headings, not a heading followed by a unit block. Only a bracket
that itself holds the role word and ends the heading ("建设智慧校园（牵头单位：县教育局）") is cut
from the title (transform.titles)."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.titles import task_title


@pytest.mark.parametrize("text, title", [
    ("合理划分市里和县（市）区的责任。在统筹考虑各级政府事权的基础上分解任务。", "合理划分市里和县（市）区的责任"),
    ("压实各县(市、区)属地责任。建立工作台账。", "压实各县(市、区)属地责任"),
    ("落实乡镇（街道）配合机制。每月会商一次。", "落实乡镇（街道）配合机制"),
    ("明确各部门【单位】参与方式：", "明确各部门【单位】参与方式"),
])
def test_a_bracket_before_a_role_word_stays_in_the_title(text, title):
    assert task_title(text) == title


@pytest.mark.parametrize("text, title", [
    ("建设智慧校园（牵头单位：县教育局）", "建设智慧校园"),
    ("加快园区建设（县发改局牵头，县财政局配合）。推进标准厂房建设。", "加快园区建设"),
    ("改造老旧小区（责任单位：区住建局", "改造老旧小区"),
])
def test_a_unit_block_that_ends_the_heading_is_cut(text, title):
    assert task_title(text) == title


def test_titles_in_a_division_notice():
    text = ("某市落实规划纲要分工方案\n一、主要任务\n"
            "1.压实各县（市、区）属地责任。建立健全责任清单。（牵头单位：市发改委）\n"
            "2.强化部门（单位）协同配合。定期会商。（牵头单位：市政府办）\n")
    tasks = parse_document(text, source="t.txt", is_text=True).tasks
    assert [t["title"] for t in tasks] == ["压实各县（市、区）属地责任", "强化部门（单位）协同配合"]
