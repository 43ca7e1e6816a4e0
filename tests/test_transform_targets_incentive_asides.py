"""An incentive word (补助, 奖补…) inside a bracket after a count is an aside on what is counted
(全市整治125个村庄(包括63个省级补助村…), 新建幼儿园5所(省级奖补项目)): the count is the work,
not a policy incentive. An incentive word before the number, or after it in its clause, still
marks an incentive (给予奖励20万元(一次性), 每张补助3000元)."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _values(text: str) -> list[tuple[float, str]]:
    return [(r["value"], r["unit"]) for r in extract_targets(text, annual_year=2026)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan's goals paragraph
        (
            "全市整治125个村庄(包括63个省级补助村、62个市县级补助村),树立美丽乡村示范村12个。",
            [(125.0, "个"), (12.0, "个")],
        ),
        # a 民生实事 list item, full-width brackets
        ("新建幼儿园5所（省级奖补项目）。", [(5.0, "所")]),
        # a work table's line rendered as text
        ("1 农村公路提档升级 改造提升农村公路30公里(中央车购税补助项目)", [(30.0, "公里")]),
        # a news report
        ("记者获悉,今年全县将新建村级卫生室8个(省级补助项目)。", [(8.0, "个")]),
    ],
)
def test_incentive_in_an_aside_keeps_the_count(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("对新认定的高新技术企业给予奖励20万元(一次性)。", []),
        ("建设家庭养老床位300张,每张补助3000元。", [(300.0, "张")]),
        ("安排专项资金500万元用于奖补。", []),
        ("对吸纳就业的企业给予补贴1000元/人。", []),
    ],
)
def test_incentives_stay_out(text, expected):
    assert _values(text) == expected
