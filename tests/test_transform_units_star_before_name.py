"""A star before a unit name marks the lead as a star after it does ("★区发改局、区财政局",
"（责任单位：*县工信局、县发改局）"): the starred unit leads, the others take part, and the star is no
part of any name (EXTRACTION.md: a stated rule such as 带*号的为牵头单位 makes that unit the lead)."""
from __future__ import annotations

import pytest

from transform.units import extract_units


@pytest.mark.parametrize("text, lead, part", [
    ("推进园区扩容。（责任单位：★区发改局、区财政局）", ["区发改局"], ["区财政局"]),
    ("建设智慧园区。（责任单位：县工信局、*县发改局、县财政局）", ["县发改局"], ["县工信局", "县财政局"]),
    ("开展河湖清四乱。(责任单位:☆旗水利局、各苏木镇)", ["旗水利局"], ["各苏木镇"]),
])
def test_a_star_before_the_name_marks_the_lead(text, lead, part):
    u = extract_units(text)
    assert (u.lead, u.participating) == (lead, part)
