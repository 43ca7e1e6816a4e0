"""A subject naming two groups at once before a 分别 list of two values (城乡居民人均可支配收入分别
增长6%、6.5%) gives one subject per group: 城镇居民… for the first value, 农村居民… for the second,
as the dev gold reads it. One value, or a list whose subjects are already named, is untouched.
Data: targets_indicators.toml (compound_subjects). Examples are invented."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple[str, float]]:
    return [(r["indicator"], r["value"]) for r in extract_targets(text, annual_year=2026)]


@pytest.mark.parametrize("text, rows", [
    ("2026年主要预期目标：地区生产总值增长6%，城乡居民人均可支配收入分别增长5.5%、7%。",
     [("地区生产总值", 6), ("城镇居民人均可支配收入", 5.5), ("农村居民人均可支配收入", 7)]),
    ("到2030年，城乡居民人均可支配收入分别达到6.2万元和3.1万元。",
     [("城镇居民人均可支配收入", 6.2), ("农村居民人均可支配收入", 3.1)]),
    ("城乡居民人均消费支出分别增长5%左右、6%左右。",
     [("城镇居民人均消费支出", 5), ("农村居民人均消费支出", 6)]),
])
def test_compound_subject_is_read_as_its_groups(text, rows):
    assert _rows(text) == rows


@pytest.mark.parametrize("text, rows", [
    ("城乡居民人均可支配收入增长6.5%。", [("城乡居民人均可支配收入", 6.5)]),
    ("城乡居民养老保险、医疗保险参保率分别达到95%、97%。",
     [("城乡居民养老保险", 95), ("医疗保险参保率", 97)]),
    ("城镇、农村居民人均可支配收入分别增长5%、7%。",
     [("城镇居民人均可支配收入", 5), ("农村居民人均可支配收入", 7)]),
])
def test_other_subjects_are_untouched(text, rows):
    assert _rows(text) == rows
