"""Thresholds listed before the noun they qualify ("引进1个总投资2亿元以上、当年进资1000万元以上的
工业项目") all qualify it: only the count is a target. A counting rule ("视为引进总投资10亿元的项目",
"视同完成…") says how an achievement is counted, not what is committed: no target (audit round 4,
issue 15)."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple]:
    return [(t["value"], t["unit"]) for t in extract_targets(text)]


@pytest.mark.parametrize("text, kept", [
    ("全年引进1个总投资2亿元以上、当年进资1000万元以上的工业项目。", [(1.0, "个")]),
    ("新签约投资5000万元以上、亩均税收20万元以上的制造业项目8个。", [(8.0, "个")]),
    ("培育年营收1亿元以上、研发投入300万元以上的科技型企业5家。", [(5.0, "家")]),
])
def test_listed_thresholds_before_their_noun_are_qualifiers(text, kept):
    assert _rows(text) == kept


@pytest.mark.parametrize("text, kept", [
    ("引进1支规模2亿元以上的产业基金，视为引进总投资10亿元的项目。", [(1.0, "支")]),
    ("当年入规企业1家视同完成招商任务5000万元。", [(1.0, "家")]),
])
def test_a_counting_rule_is_no_target(text, kept):
    assert _rows(text) == kept


def test_a_list_of_targets_stays():
    rows = _rows("到2025年，地区生产总值达到500亿元以上、一般公共预算收入30亿元以上。")
    assert rows == [(500.0, "亿元"), (30.0, "亿元")]
