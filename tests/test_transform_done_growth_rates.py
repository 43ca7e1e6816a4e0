"""完成 before a rate of change (推动完成地区生产总值增长4.5%左右) commits to a growth rate: a target,
not the state of the work as "屋面防水改造完成90%" is (audit round 22A: a province's annual 分工方案
listing its main expected goals in one item)."""
from __future__ import annotations

import pytest

from transform.document import parse_document


def _values(text: str) -> list[float]:
    return [t["value"] for t in parse_document(text.encode(), source="x", is_text=True).targets]


HEAD = "2026年省《政府工作报告》重点工作分工方案\n"


@pytest.mark.parametrize("body, expected", [
    # an annual plan's item
    ("一、推动完成地区生产总值增长4.5%左右、一般公共预算收入增长2.5%左右等主要预期目标。（省发展改革委牵头）\n",
     [4.5, 2.5]),
    # a decrease
    ("一、完成单位地区生产总值能耗下降2.5%的任务。（省发展改革委牵头）\n", [2.5]),
    # a text table row
    ("一、主要目标 | 完成规上工业增加值增长6% | 省工信厅\n", [6.0]),
])
def test_a_growth_rate_to_complete_is_a_target(body, expected):
    assert _values(HEAD + body) == expected


@pytest.mark.parametrize("body, expected", [
    # the state of the work: as before
    ("一、屋面防水改造完成90%。（省住建厅牵头）\n二、已完成投资50亿元。（省发展改革委牵头）\n", []),
])
def test_the_state_of_the_work_stays_no_target(body, expected):
    assert _values(HEAD + body) == expected


def test_traditional_rendering_reads_the_same():
    text = "2026年省《政府工作報告》重點工作分工方案\n一、推動完成地區生產總值增長4.5%左右、一般公共預算收入增長2.5%左右。（省發展改革委牽頭）\n"
    assert _values(text) == [4.5, 2.5]
