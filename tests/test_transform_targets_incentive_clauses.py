"""An incentive word (补贴, 奖励, 给予 …) only makes a number an incentive inside the number's own
clause (round 13B): "完成义务植树100万株，国家造林补贴1.5万亩" keeps the 100万株 (the 补贴 belongs
to the next clause), while "给予一次性奖励20万元" stays out. Examples are invented."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _vu(text: str) -> list[tuple]:
    return [(r["value"], r["unit"]) for r in extract_targets(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("完成义务植树80万株，造林补贴面积达到2万亩。", [(80.0, "万株")]),
        ("新建沼气池300口；奖补资金按省定标准执行。", [(300.0, "口")]),
        ("完成农机作业面积12万亩，补贴政策全覆盖。", [(12.0, "万亩")]),
    ],
)
def test_an_incentive_in_the_next_clause_leaves_the_number(text, expected):
    assert _vu(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "对新认定的省级专精特新企业给予一次性奖励30万元。",
        "对年纳税额超过300万元的企业给予奖励。",
        "每亩补贴200元。",
    ],
)
def test_incentives_in_the_clause_stay_out(text):
    assert _vu(text) == []
