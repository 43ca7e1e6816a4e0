"""A comparator word stands before the verb, not the number: "各乡镇至少办1所早教中心",
"每个街道至少建1个养老服务站", "不少于开设20个班次" — the comparator still holds for the number
after the verb (">=")."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _one(text: str, value: float) -> dict:
    rows = [r for r in extract_targets(text, default_year=2025) if r["value"] == value]
    assert rows, extract_targets(text, default_year=2025)
    return rows[0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("各区、县(市)至少办1所早教中心。", 1.0),
        ("每个街道至少建2个社区养老服务站。", 2.0),
        ("全年不少于开设20个职业技能培训班次。", 20.0),
        ("各乡镇至少配备3名专职网格员。", 3.0),
        ("力争至少推出10条精品旅游线路。", 10.0),
        ("每个县至少设立1个农村电商服务中心。", 1.0),
    ],
)
def test_comparator_word_before_the_verb(text, value):
    assert _one(text, value)["comparator"] == ">="


@pytest.mark.parametrize(
    ("text", "value", "cmp"),
    [
        ("各乡镇办好1所公办中心幼儿园。", 1.0, "="),
        ("新建社区养老服务站12个以上。", 12.0, ">="),
        ("至少有一半乡镇开设不少于3个培训班。", 3.0, ">="),
    ],
)
def test_other_comparators_unchanged(text, value, cmp):
    assert _one(text, value)["comparator"] == cmp
