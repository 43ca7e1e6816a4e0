"""Small and vertical forms of punctuation (﹔ ﹐ ﹑ ﹕, ︔ …), as Big5 renderings of news pages print
them, break clauses as their ordinary forms do (NFKC reads them so): the indicator after a ﹔ is
the clause's own, not the previous clause's tail glued to it."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple[str, float, str]]:
    return [(r["indicator"], r["value"], r["unit"]) for r in extract_targets(text, annual_year=2025)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a plan item
            "完成老旧小区改造1227个﹔加装电梯4000部。",
            [("老旧小区改造", 1227.0, "个"), ("加装电梯", 4000.0, "部")],
        ),
        (  # a news repost
            "今年将新建乡镇卫生院3所﹔改造村卫生室50个。",
            [("乡镇卫生院", 3.0, "所"), ("改造村卫生室", 50.0, "个")],
        ),
        (  # a small comma and a vertical semicolon
            "新增城镇就业5000人﹐培训农民工2000人次︔新建公租房300套。",
            [("城镇就业", 5000.0, "人"), ("培训农民工", 2000.0, "人次"), ("公租房", 300.0, "套")],
        ),
    ],
)
def test_small_forms_break_clauses(text, expected):
    assert _rows(text) == expected


def test_same_text_with_ordinary_marks_reads_the_same():
    small = _rows("完成老旧小区改造1227个﹔加装电梯4000部﹐新建停车位600个。")
    plain = _rows("完成老旧小区改造1227个;加装电梯4000部,新建停车位600个。")
    assert small == plain


def test_the_copied_text_is_cut_at_the_small_semicolon():
    rows = extract_targets("完成老旧小区改造1227个﹔加装电梯4000部。", annual_year=2025)
    assert rows[1]["text"] == "加装电梯4000部"
