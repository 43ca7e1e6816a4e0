"""A number whose unit runs on into 制 names a kind of thing, not an amount: 5人制足球场 (five-a-side
pitches), 7人制, 11人制 (audit round 10C: sports plans). The count of pitches stays a target; a
word that only starts with 制 (制造业, 制度) does not make the number a kind."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple]:
    return [(t["value"], t["unit"]) for t in extract_targets(text)]


@pytest.mark.parametrize("text, expected", [
    ("每个乡镇建成一个5人制足球场。", []),
    ("新建7人制足球场10块、11人制足球场2块。", [(10.0, "块"), (2.0, "块")]),
    ("到2025年，全区新建社会足球场地20片，其中5人制场地不少于12片。", [(20.0, "片"), (12.0, "片")]),
    ("组织开展8人制青少年足球联赛不少于30场。", [(30.0, "场")]),
])
def test_a_number_of_players_names_a_kind(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("培育10家制造业单项冠军企业。", [(10.0, "家")]),
    ("组织200人制定应急预案演练计划。", [(200.0, "人")]),
])
def test_words_that_start_with_zhi_are_not_kinds(text, expected):
    assert _rows(text) == expected
