"""More comparator words before a number: 逾/超出/不下 mean at least (>=), 至多 at most (<=), 不足
less than (< like 低于); they and 高达 are no part of the indicator ("培育企业逾1000家" measures
企业, not 企业逾)."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize("text,indicator,comparator", [
    ("培育规上企业逾1000家", "规上企业", ">="),
    ("全年力争完成投资逾2亿元", "投资", ">="),
    ("工业产值超出100亿元", "工业产值", ">="),
    ("建成示范点不下10个", "示范点", ">="),
    ("贫困发生率降到不足1%", "贫困发生率", "<"),
    ("森林覆盖率高达65%", "森林覆盖率", "="),
])
def test_comparator_words(text, indicator, comparator):
    (t,) = extract_targets(text)
    assert (t["comparator"], t["indicator"]) == (comparator, indicator)


def test_a_word_that_only_starts_like_one_is_kept():
    (t,) = extract_targets("逾期贷款率控制在2%以内")
    assert (t["indicator"], t["comparator"]) == ("逾期贷款率", "<=")
