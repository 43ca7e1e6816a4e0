"""Counts of a list's own items are no targets, also where they are the number chosen for it ("从13项
候选项目中选出10项", "票决出10件") or follow a count of its kinds ("10大类50个事项", "12类45件53个
事项"); a count of work in 个 stays a target."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _values(text: str) -> list[float]:
    return [t["value"] for t in extract_targets(text)]


@pytest.mark.parametrize("text", [
    "共征集意见建议70余条，从13项候选项目中选出10项。",
    "经人大代表投票，票决出12件，涵盖教育、医疗等领域。",
    "区政府民生实事10大类50个事项全部纳入督办。",
    "省政府民生实事共有12类45件53个事项。",
    "省政府民生实事中，涉及我市的有12类39件45个事项。",
], ids=["chosen-from-candidates", "voted", "kinds-then-items", "kinds-pieces-items", "kinds-of-two-counts"])
def test_counts_of_the_lists_own_items_are_no_targets(text):
    assert _values(text) == []


@pytest.mark.parametrize("text, values", [
    ("力争新增就业岗位500个，建成社区食堂12个。", [500.0, 12.0]),
    ("年内选出10项示范工程，每项安排资金50万元。", [10.0, 50.0]),
], ids=["work-in-ge", "chosen-then-budget"])
def test_counts_of_work_stay_targets(text, values):
    assert _values(text) == values
