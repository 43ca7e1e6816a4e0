"""A fraction in words (三分之一, 五分之二) is not N 分 (a score): its value is not written as one
number, so it is left out, as 十分之一的村庄 already is; a score (不低于80分) stays. Examples are
invented."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize("text", [
    "到2027年，清洁能源装机占比超过三分之一。",
    "力争三分之二以上的行政村达到美丽乡村标准。",
    "到2030年，城市建成区五分之二的面积建成海绵城市。",
])
def test_fractions_are_no_scores(text):
    assert [r for r in extract_targets(text) if r["unit"] == "分"] == []


def test_a_score_is_still_read():
    rows = extract_targets("2026年，营商环境评价得分不低于85分，新增市场主体3000户。")
    assert [(r["value"], r["unit"]) for r in rows] == [(85, "分"), (3000, "户")]
