"""年年 (year after year) makes a target recurring, but not where a year or a count of years runs
into 年度 or 年均: "2024年年度目标" is the 2024 target, "按3年年均11.3%的增速，到2023年…" dates what
follows by 2023 (audit round 10C: a 湖北 消费 action plan)."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _years(text: str) -> list[tuple]:
    return [(t["value"], t["year"]) for t in extract_targets(text)]


@pytest.mark.parametrize("text, expected", [
    ("2024年年度目标：城镇新增就业1000人，城镇调查失业率控制在5.5%以内。", [(1000.0, 2024), (5.5, 2024)]),
    ("按3年年均增长10%测算，到2026年，全县社会消费品零售总额突破120亿元。", [(120.0, 2026)]),
    ("未来5年年均增长8%左右，到2027年外贸进出口总额达到60亿元。", [(8.0, None), (60.0, 2027)]),
    ("2025年年度计划新建5G基站300个。", [(300.0, 2025)]),
])
def test_year_and_annual_words_do_not_recur(text, expected):
    got = _years(text)
    for pair in expected:
        assert pair in got, got


def test_year_after_year_still_recurs():
    assert _years("到2025年，年年开展技能竞赛不少于3场。") == [(3.0, None)]
