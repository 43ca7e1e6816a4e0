"""Rates per 100,000 people written "N/10万" (孕产妇死亡率, 发病率, 死亡率 in health plans) are
targets with the unit "/10万"; a date or a code with a slash is none."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize(
    ("text", "value", "cmp"),
    [
        ("到2030年,孕产妇死亡率降低到12/10万。", 12.0, "="),
        ("孕产妇死亡率控制在10/10万以下。", 10.0, "<="),
        ("肺结核发病率下降到45/10万以内。", 45.0, "<="),
        ("道路交通万车死亡率与重大慢性病过早死亡率同步下降,因病致死率不高于8/10万。", 8.0, "<="),
    ],
)
def test_a_rate_per_hundred_thousand(text, value, cmp):
    rows = [r for r in extract_targets(text, default_year=2030) if r["value"] == value]
    assert rows and rows[0]["unit"] == "/10万" and rows[0]["comparator"] == cmp


@pytest.mark.parametrize("text", ["2023/10/12印发实施。", "文件编号2024/10号。"])
def test_dates_and_codes_with_a_slash_are_none(text):
    assert extract_targets(text, default_year=2030) == []
