"""A count of one right after 和/及/与 that joins it to a count of work before it ("新建一幢食堂和一幢
配电房", "新建3所学校和一所幼儿园") is a count like the first; a figure of speech joined the same way
("打造一个中心和一个平台", no count of work before) stays out. Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


def _vu(text: str) -> list[tuple]:
    return [(r["value"], r["unit"]) for r in extract_targets(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan item
        ("新建一幢食堂和一幢配电房。", [(1.0, "幢"), (1.0, "幢")]),
        ("新建3所学校和一所幼儿园，", [(3.0, "所"), (1.0, "所")]),
        # a news report
        ("据悉，该镇今年将新增两家养老机构及一家社区食堂。", [(2.0, "家"), (1.0, "家")]),
        # a table row rendered as text
        ("校舍建设\t新建一座教学楼与一座综合楼\t县教育局", [(1.0, "座"), (1.0, "座")]),
    ],
)
def test_count_of_one_joined_to_a_count_of_work(text, expected):
    assert _vu(text) == expected


def test_traditional_characters_in_a_whole_page():
    page = "一、重點任務\n1.新建一幢食堂和一幢配電房。\n"
    targets = parse_document(page, source="t.txt", is_text=True).targets
    assert [(t["value"], t["unit"]) for t in targets] == [(1.0, "幢"), (1.0, "幢")]


@pytest.mark.parametrize(
    "text",
    [
        "打造一个中心和一个平台。",  # no count of work before 和
        "坚持一个目标和一个方向不动摇。",
        "建设一个高地和一个枢纽，",  # 建设一个…: a figure of speech, as before
    ],
)
def test_near_misses_stay_out(text):
    assert _vu(text) == []
