"""A leading "2024年度" is a date like a leading "2024年": the indicator starts after it, never
with the 度 it leaves ("2025年度新增城镇就业3000人" → 新增城镇就业, not "度新增城镇就业") (audit
round 10C: annual plans of 就业 and 项目 work say 年度)."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize("text, indicator, year", [
    ("2024年度重点项目开工率达到90%。", "重点项目开工率", 2024),
    ("全年完成2024年度重点项目投资50亿元。", "重点项目投资", 2024),
    ("到2025年度，规上商贸企业达到120家。", "规上商贸企业", 2025),
])
def test_a_year_with_du_is_no_part_of_the_indicator(text, indicator, year):
    [t] = extract_targets(text)
    assert (t["indicator"], t["year"]) == (indicator, year)


def test_a_du_that_is_a_word_stays():
    [t] = extract_targets("2024年度电消费量控制在50亿千瓦时以内。")
    assert t["indicator"].endswith("电消费量")
