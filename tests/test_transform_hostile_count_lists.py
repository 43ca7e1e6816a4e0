"""A long 、 list of counts in Chinese numerals costs linear work.

Round 34 let Chinese-numeral counts reach the framing rules; `framing.denominator` then read the
"noun after the count" up to the clause end, and a 、 list has none: every count of the list
scanned the rest of the list (quadratic; 4 000 counts took seconds, 24 000 minutes). The noun is
read within the usual span now. No wall-clock assertion: the quadratic code exceeds the timeout.
"""

from __future__ import annotations

import pytest

from transform.document import parse_document

pytestmark = pytest.mark.timeout(60)

_DIGITS = "一二三四五六七八九"


def _count_list(n: int) -> str:
    items = "、".join(f"示范村{_DIGITS[i % 9]}个" for i in range(n))
    return f"某县2025年重点工作任务\n1.建设{items}等。\n"


def test_a_long_list_of_chinese_counts_is_read_in_linear_time() -> None:
    parsed = parse_document(_count_list(24_000).encode(), source="counts.txt", is_text=True)
    assert [t["path"] for t in parsed.tasks] == [["1"]]
    assert len(parsed.targets) > 1_000  # the counts are still read: the bound changed no reading


def test_the_bounded_noun_reads_short_lists_as_before() -> None:
    text = "某县2025年重点工作任务\n1.新建普惠性幼儿园五所、标准化村卫生室十二个、口袋公园三个。\n"
    parsed = parse_document(text.encode(), source="counts.txt", is_text=True)
    got = [(t["value"], t["unit"], t["indicator"]) for t in parsed.targets]
    assert got == [(5.0, "所", "普惠性幼儿园"), (12.0, "个", "标准化村卫生室"), (3.0, "个", "口袋公园")]
