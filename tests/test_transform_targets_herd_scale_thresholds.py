"""A farm's scale is a threshold (round 13B): a count of animals with a bound after 出栏/存栏/
饲养量 and before the noun it qualifies says which farms are counted ("年出栏500头以上规模养殖场
12个": only 12个; "肉牛年出栏50头以上规模养殖比例达到40%": only 40%), as "投资500万元以上项目"
does. The herd kept at a level stays a target. Data: lexicons/targets_exclusions.toml
(herd_scale_words). Examples are invented."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _vu(text: str) -> list[tuple]:
    return [(r["value"], r["unit"]) for r in extract_targets(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("到2025年，肉羊年出栏100只以上规模养殖比例达到50%以上。", [(50.0, "%")]),
        ("新建年出栏生猪500头以上养殖场10个。", [(10.0, "个")]),
        ("培育年出栏肉鸡10万羽以上的规模养殖场8家。", [(8.0, "家")]),
        ("改造存栏300头以上奶牛场6个。", [(6.0, "个")]),
        ("年饲养量1000只以上的肉兔养殖户达到120户。", [(120.0, "户")]),
    ],
)
def test_a_farms_scale_is_no_target(text, expected):
    assert _vu(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("全年出栏生猪120万头以上。", [(120.0, "万头")]),
        ("生猪年出栏达到85万头以上，能繁母猪存栏6万头以上。", [(85.0, "万头"), (6.0, "万头")]),
        ("生猪存栏稳定在350万头以上的水平。", [(350.0, "万头")]),
        ("生猪存栏稳定在40万头以上的规模。", [(40.0, "万头")]),
        ("新建100个以上村级服务站。", [(100.0, "个")]),
    ],
)
def test_herds_and_counts_of_work_stay_targets(text, expected):
    assert _vu(text) == expected
