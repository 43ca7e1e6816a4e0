"""A bare body noun after a 、 (政府, 人民政府, 党委, 办事处) shares the name before it: "各乡镇党委、
政府" is one unit as printed (EXTRACTION.md: keep a name whole when 、 is inside it), never a unit
called "政府". Names of their own after a 、 (县委办、政府办, 县财政局) stay apart."""
from __future__ import annotations

import pytest

from transform.units import extract_units


@pytest.mark.parametrize(
    "text, lead, participating",
    [
        ("（牵头单位：县发改局；责任单位：各乡镇党委、政府）", ["县发改局"], ["各乡镇党委、政府"]),
        ("责任单位：各镇党委、人民政府，县直有关部门", ["各镇党委、人民政府", "县直有关部门"], []),
        ("责任单位：各街道党工委、办事处", ["各街道党工委、办事处"], []),
        ("責任單位：各鄉鎮黨委、政府", ["各鄉鎮黨委、政府"], []),
        ("（县教体局牵头，各苏木镇党委、政府配合）", ["县教体局"], ["各苏木镇党委、政府"]),
    ],
)
def test_a_bare_body_shares_the_name_before_it(text, lead, participating):
    units = extract_units(text)
    assert (units.lead, units.participating) == (lead, participating)


@pytest.mark.parametrize(
    "text, lead",
    [
        ("责任单位：县委办、政府办", ["县委办", "政府办"]),
        ("责任单位：县委宣传部、县文旅局，各乡镇党委和政府", ["县委宣传部", "县文旅局", "各乡镇党委和政府"]),
        ("责任单位：市直有关部门、单位", ["市直有关部门、单位"]),
    ],
)
def test_names_of_their_own_stay_apart(text, lead):
    assert extract_units(text).lead == lead
