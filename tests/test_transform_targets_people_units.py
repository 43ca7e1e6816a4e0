"""N万人口 counts people: the 口 belongs to the count, never to the indicator after it."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize(
    "text",
    ["有效改善6万人口的饮水安全问题。", "力争改善1.2万人口的居住条件。", "全面改善800人口的出行条件。"],
)
def test_the_mouth_of_people_is_no_indicator(text):
    (r,) = extract_targets(text, annual_year=2026)
    assert r["unit"] in ("万人", "人")
    assert not (r["indicator"] or "").startswith("改善口")
    assert "口的" not in (r["indicator"] or "")
