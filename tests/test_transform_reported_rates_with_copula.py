"""A completion rate joined to its share by 为 (投资完成率为104.1%, 开工率为66%) reports how far the work is,
as 完成率111.5% does, where nothing before it in its clause looks ahead (audit round 33A: a 宁夏 重点项目
progress news page, 2024, and a county's 重点项目 progress page)."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _values(text: str) -> list[tuple]:
    return [(t["value"], t["unit"]) for t in extract_targets(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a progress news report: the plan's amount stays, the rate is the state of the work
        ("64个产业项目,年度计划投资437亿元,投资完成率为104.1%。", [(437.0, "亿元")]),
        # a county's progress page
        ("从项目开工情况看,项目开工率为66%。", []),
        # a table row rendered as text
        ("重点项目 | 年度计划投资5.7亿元 | 资金到位率为85%", [(5.7, "亿元")]),
    ],
)
def test_rates_with_a_copula_are_reported(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a commitment before the rate keeps it a target
        ("确保年内计划竣工项目完工率为100%。", [(100.0, "%")]),
        ("力争全年重点项目开工率为95%以上。", [(95.0, "%")]),
        # a verb of reaching is a commitment, as before
        ("项目资金拨付率达到90%。", [(90.0, "%")]),
        # a rate word not right before 为 is untouched
        ("农村自来水普及率为95%。", [(95.0, "%")]),
    ],
)
def test_near_misses_read_as_before(text, expected):
    assert _values(text) == expected
