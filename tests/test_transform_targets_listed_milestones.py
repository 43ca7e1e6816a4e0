"""A count after "A、B等" whose clause ends with a milestone of the work on what it counts
("确保A、B等4所幼儿园秋季开学前投入使用", "推动A、B等12个项目年内开工建设") is a target, as when the verb
comes first (开工A、B等12个项目); a count of places that do work on something else stays scope."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _values(text: str) -> set[float]:
    return {r["value"] for r in extract_targets(text, annual_year=2024)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("确保恒大幼儿园、华和春城等4所幼儿园秋季开学前投入使用。", 4.0),
        ("推动华润燃机、中石化加氢站等12个项目年内开工建设。", 12.0),
        ("力争中医院、妇幼保健院等5个项目年底前建成投用。", 5.0),
        ("城东污水处理厂、城西水厂等3个项目年内竣工。", 3.0),
    ],
)
def test_a_listed_count_with_a_milestone_after_it(text, value):
    assert value in _values(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("提高城乡低保、特困人员等9类困难群众生活救助标准。", 9.0),
        ("在甲镇、乙镇等5个乡镇建成污水处理设施。", 5.0),
        ("全县甲村、乙村等13个村开展人居环境整治。", 13.0),
    ],
)
def test_scope_lists_stay_out(text, value):
    assert value not in _values(text)
