"""The tenth five-year period written in quotes (比“十五”期末降低20%) is a baseline like
比“十三五”末: baseline_year 2005, kept out of the indicator, also for the second subject of a 分别
list; 到“十五”期末 dates what follows 2005. Unquoted 十五 stays a number."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple]:
    return [
        (r["indicator"], r["value"], r["year"], r["baseline_year"])
        for r in extract_targets(text, default_year=None)
    ]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "“十一五”时期主要目标:单位生产总值能耗比“十五”期末降低20%左右。",
            ("单位生产总值能耗", 20.0, 2010, 2005),
        ),
        (
            "“十一五”期间,全省化学需氧量排放总量比“十五”末减少10%。",
            ("化学需氧量排放总量", 10.0, 2010, 2005),
        ),
        ('“十一五”时期,粮食和油料产量比"十五"期末分别增长8%和12%。', ("油料产量", 12.0, 2010, 2005)),
        ("到“十五”期末,全县森林覆盖率达到38%。", ("森林覆盖率", 38.0, 2005, None)),
    ],
)
def test_a_quoted_shiwu_is_a_baseline_or_a_horizon(text, row):
    assert row in _rows(text)


def test_an_unquoted_fifteen_sets_no_year():
    assert [r[2] for r in _rows("二十五期间新增企业10家。")] == [None]
