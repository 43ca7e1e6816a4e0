"""每年 (every year) makes a target recurring (year null) in its own clause and in the clauses
after it that go on with the same flow ("每年培训农民5000人次，新增创业主体300个"), but not a later
clause that states a level of its own ("力争每年创建一个5A级景区，4A级以上景区达到200家": 200家 is
what must hold by 2025) (audit round 4, issue 15)."""
from __future__ import annotations

from transform.targets import extract_targets


def test_a_level_after_a_recurring_clause_keeps_the_year():
    rows = extract_targets("到2025年，力争每年创建1个5A级景区，4A级以上景区达到200家。")
    assert [(r["value"], r["year"]) for r in rows] == [(1.0, None), (200.0, 2025)]


def test_a_flow_after_a_recurring_clause_stays_recurring():
    rows = extract_targets("到2025年，每年培训农民5000人次，新增创业主体300个。")
    assert [(r["value"], r["year"]) for r in rows] == [(5000.0, None), (300.0, None)]
