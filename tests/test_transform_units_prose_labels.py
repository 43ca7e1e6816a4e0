"""Role labels in running prose, joined to their units by 为/是 instead of a colon: "牵头单位为市发改委，
配合单位为市财政局", "责任单位是县住建局"; and the verb "负责牵头" ("由区发改局负责牵头，区财政局配合").
The copula is no part of a name; the units take the label's role (EXTRACTION.md: units after
牵头单位/责任单位…; label words are never part of a unit name)."""
from __future__ import annotations

import pytest

from transform.units import extract_units


@pytest.mark.parametrize("text, lead, part", [
    ("推进园区扩容提质。牵头单位为市发改委，配合单位为市财政局、市自然资源局。",
     ["市发改委"], ["市财政局", "市自然资源局"]),
    ("实施老旧小区改造30个，责任单位是县住建局。", ["县住建局"], []),
    ("（牵头单位为旗农牧局，协同单位为旗林草局）", ["旗农牧局"], ["旗林草局"]),
    ("开展数字乡村试点。由区发改局负责牵头，区财政局配合。", ["区发改局"], ["区财政局"]),
    ("（州商务局负责牵头，州交通运输局、州市场监管局参与）", ["州商务局"], ["州交通运输局", "州市场监管局"]),
])
def test_copula_labels_and_lead_verbs(text, lead, part):
    u = extract_units(text)
    assert (u.lead, u.participating) == (lead, part)


@pytest.mark.parametrize("text", [
    "各责任单位要积极配合，确保按时完成。",
    "牵头单位为主体，全面负责工作推进。",
])
def test_label_words_used_as_subjects_name_no_unit(text):
    u = extract_units(text)
    assert (u.lead, u.participating) == ([], [])
