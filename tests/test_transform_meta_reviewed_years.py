"""A year right after a verb of review (回顾了2020年, 回顾2023年, 总结了2022年) is the past the
text looks back on, no year of the plan: a meeting report that reviews last year and plans this
one, a work report's opening, a traditional-character mirror (read in its simplified copy)."""
from __future__ import annotations

import pytest

from transform.planyears import plan_years_of

_NO_TITLE: tuple[str | None, ...] = (None,)


@pytest.mark.parametrize("text,years", [
    # a meeting report (news)
    ("会议审议了《某乡2021年政府工作报告》。\n会议认真回顾了2020年全乡各项工作开展情况。\n"
     "会议指出,2020年,全乡统筹推进各项工作。\n会议强调,要实现2021年的目标,坚持以提质增效为主线。", (2021, 2021)),
    # a work report's opening
    ("我们齐聚一堂,共同回顾2023年的辉煌成就,部署2024年的工作。", (2024, 2024)),
    # a bureau's plan opening with its review
    ("局党组总结了2022年工作。2023年新建学校2所。", (2023, 2023)),
])
def test_reviewed_year_is_past(text, years):
    assert plan_years_of(_NO_TITLE, text, None) == years


@pytest.mark.parametrize("text,years", [
    # a review heading after the year names the past in its own way; a plain plan year stays
    ("2024年重点工作：新建学校2所。", (2024, 2024)),
    # 总结 not right before the year
    ("全面总结经验做法，2024年新建学校2所。", (2024, 2024)),
])
def test_reviewed_year_near_misses(text, years):
    assert plan_years_of(_NO_TITLE, text, None) == years
