"""A five-year period or the plan's span glued before the indicator phrase ("“十四五”期间新改扩建
普惠性幼儿园200所", "十四五时期全县新增城镇就业2万人", "规划期内新建污水处理厂3座") dates the figure; it is
no part of what is measured, as "到2025年" is not (audit round 12C)."""
from __future__ import annotations

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple]:
    return [(t["indicator"], t["value"], t["year"]) for t in extract_targets(text)]


def test_a_quoted_period_before_the_phrase():
    assert _rows("“十四五”期间新改扩建普惠性幼儿园200所。") == [("新改扩建普惠性幼儿园", 200.0, 2025)]


def test_a_bare_period_then_the_place():
    rows = _rows("十四五时期全县新增城镇就业2万人。")
    assert [(r[1], r[2]) for r in rows] == [(2.0, 2025)]
    assert not rows[0][0].startswith(("十四五", "全县"))


def test_the_plan_span_before_the_phrase():
    rows = _rows("规划期内新建污水处理厂3座。")
    assert [r[1] for r in rows] == [3.0] and not rows[0][0].startswith("规划期")


def test_a_period_inside_a_name_stays():
    # (a name that holds the period: the 十四五 of 十四五规划项目 names what is counted)
    rows = _rows("到2025年，十四五规划项目开工率达到90%。")
    assert rows == [("十四五规划项目开工率", 90.0, 2025)]
