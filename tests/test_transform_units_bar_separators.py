"""A "|" between labelled unit lists (a table flattened into one line: "牵头单位：区发改局|配合单位：区财政局")
separates names like 、 does: it is never part of a unit name (EXTRACTION.md: units as printed)."""
from __future__ import annotations

import pytest

from transform.units import extract_units


@pytest.mark.parametrize("text, lead, part", [
    ("推进园区扩容。（牵头单位：区发改局|配合单位：区财政局）", ["区发改局"], ["区财政局"]),
    ("推进园区扩容。（责任单位：县发改局｜县财政局）", ["县发改局", "县财政局"], []),
])
def test_a_bar_is_no_part_of_a_name(text, lead, part):
    u = extract_units(text)
    assert (u.lead, u.participating) == (lead, part)
