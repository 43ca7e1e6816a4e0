"""A long-range vision a plan serves (到2035年基本实现社会主义现代化, 展望2035年, 2035年远景目标) is not
the plan's own horizon: the plan years come from its own period, and a later 今年 dates what
follows it by the page's year, not by that vision."""
from __future__ import annotations

import pytest

from transform.planyears import plan_years_of, years_in_text
from transform.targets import extract_targets


@pytest.mark.parametrize("text, issued, years", [
    ("纲要提出，到2035年基本实现社会主义现代化远景目标。到2030年，全县地区生产总值达到800亿元。",
     2026, (2026, 2030)),
    ("远景目标：到2035年，人均地区生产总值比2020年翻一番。主要目标：地区生产总值年均增长6%，到2030年达到1000亿元。",
     2026, (2026, 2030)),
    ("展望2035年，我市将建成现代化国际化城市。2026年，全市地区生产总值增长6%，新增就业2万人。",
     2026, (2026, 2026)),
    ("會議指出，到2035年基本實現社會主義現代化。到2027年，全縣森林覆蓋率達到65%。", 2025, (2025, 2027)),
], ids=["vision-then-horizon", "vision-label", "outlook-then-year", "traditional"])
def test_a_vision_year_is_not_the_plan_horizon(text, issued, years):
    assert years_in_text(text, issued) == years


def test_a_vision_alone_leaves_this_year_to_date_the_plan():
    text = "某县召开全体会议。会议指出，到2035年基本实现现代化。今年全县地区生产总值增长6%以上。"
    assert plan_years_of((None,), text, 2026) == (2026, 2026)


def test_a_plan_horizon_without_vision_words_stays():
    assert years_in_text("近日印发的方案提出，到2027年空气优良天数比率达到90%，到2035年全面建成美丽城市。",
                         2026) == (2026, 2035)


@pytest.mark.parametrize("text", [
    "希望在2035年人均地区生产总值比2020年翻一番。今年发展主要预期目标是地区生产总值增长5%左右，新增就业1万人以上。",
    "到2035年基本实现现代化。今年，全市新建学校3所。",
], ids=["goals-sentence", "short"])
def test_this_year_dates_targets_after_a_vision_year(text):
    found = extract_targets(text, issued=2026)
    later = [t for t in found if t["value"] != 2]
    assert later and all(t["year"] == 2026 for t in later)
