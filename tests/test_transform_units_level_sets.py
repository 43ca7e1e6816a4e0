"""A run of administrative levels that share one noun is one name: "省、市、县三级人民政府",
"省、市、县人民政府", "州、县（市）两级政府", "省、市有关部门" (EXTRACTION.md: keep a name whole when
、 is inside it). Names of their own after a level stay apart."""
from __future__ import annotations

import pytest

from transform.unit_names import split_units


@pytest.mark.parametrize("value, names", [
    ("省、市、县三级人民政府", ["省、市、县三级人民政府"]),
    ("省、市、县人民政府", ["省、市、县人民政府"]),
    ("州、县（市）两级政府", ["州、县（市）两级政府"]),
    ("省、市有关部门", ["省、市有关部门"]),
    ("省、市、县三级人民政府，省发展改革委", ["省、市、县三级人民政府", "省发展改革委"]),
])
def test_levels_that_share_a_noun(value, names):
    assert split_units(value) == names


@pytest.mark.parametrize("value, names", [
    ("省发展改革委、市财政局", ["省发展改革委", "市财政局"]),
    ("州民政局、县民政局", ["州民政局", "县民政局"]),
    ("市、县（区）政府", ["市、县（区）政府"]),
])
def test_names_of_their_own_stay_apart(value, names):
    assert split_units(value) == names
