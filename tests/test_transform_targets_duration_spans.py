"""A duration right after 为期 is how long something lasts (a notice period, a campaign's span),
no target; the same amounts without 为期 stay targets."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _values(text: str) -> list[float]:
    return [r["value"] for r in extract_targets(text, default_year=2024)]


@pytest.mark.parametrize(
    "text",
    [
        "本草案公开征求意见，为期30天。",
        "意见反馈时间为期 20 天，截止日期另行通知。",
        "全县开展为期3个月的安全生产大排查。",
        "启动为期2周的集中宣传活动。",
        "组织为期约10天的实地调研。",
    ],
)
def test_a_span_after_wei_qi_is_no_target(text):
    assert _values(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("力争审批时限压缩至30天以内。", 30.0),
        ("开展为期3个月的整治，清理违建200处。", 200.0),
        ("培训期满后新增就业岗位1500个。", 1500.0),
    ],
)
def test_other_amounts_stay(text, value):
    assert _values(text) == [value]
