"""A comparator word after the last value of a list (values of one unit joined by 、 only) holds
for every value of the list: "分别增长5%、8%以上" gives two targets ">=" (as the dev gold reads it);
a list whose values are separated by words ("学校3所、幼儿园5所以上") does not share it."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _cmps(text: str) -> list[tuple[float, str]]:
    return [(r["value"], r["comparator"]) for r in extract_targets(text, annual_year=2025)]


@pytest.mark.parametrize("text, expected", [
    ("城乡居民人均可支配收入分别增长5%、8%以上。", [(5, ">="), (8, ">=")]),
    ("签约率、开工率、到位率分别达到95%、85%、40%以上。", [(95, ">="), (85, ">="), (40, ">=")]),
    ("单位产值能耗、水耗分别下降3%、4%左右。", [(3, "~"), (4, "~")]),
    ("两项费用分别控制在120万元、80万元以内。", [(120, "<="), (80, "<=")]),
])
def test_a_trailing_comparator_holds_for_the_whole_list(text, expected):
    assert _cmps(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("新建学校3所、幼儿园5所以上。", [(3, "="), (5, ">=")]),
    ("地区生产总值增长7%、力争8%以上。", [(7, "="), (8, ">=")]),
])
def test_values_separated_by_words_keep_their_own(text, expected):
    assert _cmps(text) == expected
