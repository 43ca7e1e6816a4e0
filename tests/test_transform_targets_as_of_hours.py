"""A sentence opened by a report date with an hour (截至11月16日24时，…, 截止6月30日18点，…) reports
figures reached, as one opened by 截至11月16日，… does: none of them is a target."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _values(text: str) -> list[float]:
    return [r["value"] for r in extract_targets(text, default_year=2024)]


@pytest.mark.parametrize(
    "text",
    [
        "截至11月16日24时,征集平台访问量达30.8万次、留言总量超过2.5万条。",
        "截止6月30日18点,全市共登记参保人员2000人。",
        "活动启动以来反响热烈,截至3月5日 12 时,收到网民留言1500余条。",
    ],
)
def test_an_as_of_hour_reports_figures(text):
    assert _values(text) == []


def test_a_deadline_with_a_day_still_commits():
    assert _values("力争6月30日前完成改造30户。") == [30.0]
