"""A label word without its colon that is the subject of a sentence ("责任单位要积极配合…",
"配合单位尤其是各乡镇要…", "牵头单位应当…") names no unit: only a name right after it
("（牵头单位县发改局；配合单位各镇街）") does."""
from __future__ import annotations

import pytest

from transform.units import extract_units


@pytest.mark.parametrize("text", [
    "牵头单位要切实肩负起牵头责任；责任单位尤其是各乡镇（街道）要积极配合，形成工作合力。",
    "责任单位要积极配合牵头单位抓好落实。",
    "配合单位尤其是各街道应主动对接，及时报送进展。",
    "各责任单位须于每季度末报送完成情况，责任单位务必高度重视。",
])
def test_a_label_word_as_a_subject_names_no_unit(text):
    u = extract_units(text)
    assert (u.lead, u.participating) == ([], [])


@pytest.mark.parametrize("text, lead, part", [
    ("（牵头单位县发改局；配合单位各镇街）", ["县发改局"], ["各镇街"]),
    ("完成河道清淤。责任单位县水利局", ["县水利局"], []),
])
def test_a_name_after_a_label_without_colon_stays(text, lead, part):
    u = extract_units(text)
    assert (u.lead, u.participating) == (lead, part)
