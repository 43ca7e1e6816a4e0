"""A count of the plan's own items stays out even when the government that carries them stands
between the count and the item noun: "票决确定了10项年度市政府民生实事项目" counts the list itself
(spec: counts of the plan's own items are no targets), like "10项重点任务". A count of work that
only names the government as its payer (新建3项政府投资项目) stays a target. Data:
targets_exclusions.toml (item_modifiers). Examples are invented."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize("text", [
    "县人大会议票决确定了12项年度县政府民生实事项目。",
    "2026年共实施10件市政府民生实事。",
    "区人代会票决产生8项区政府为民办实事项目。",
])
def test_count_of_the_governments_own_list_is_no_target(text):
    assert extract_targets(text, annual_year=2026) == []


def test_government_funded_work_stays():
    rows = extract_targets("2026年新建3项政府投资项目，改造老旧小区12个。", annual_year=2026)
    assert [(r["value"], r["unit"]) for r in rows] == [(3, "项"), (12, "个")]
