"""Places counted for the people who live there are scope, not work: "确保5个安置点群众搬得出"
commits to the people of five existing sites, "让12个偏远村群众喝上放心水" to the people of
twelve villages. A count of places built for people stays a target."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _values(text: str) -> set[float]:
    return {r["value"] for r in extract_targets(text, annual_year=2026)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("确保5个易地搬迁安置点群众搬得出、稳得住、能致富。", 5.0),
        ("实施饮水提升工程,让12个偏远村群众喝上放心水。", 12.0),
        ("着力解决3个老旧小区居民出行难问题。", 3.0),
    ],
)
def test_places_counted_for_their_people(text, value):
    assert value not in _values(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("新建5个安置点,群众满意度达到90%以上。", 5.0),
        ("新建3个社区居民服务中心。", 3.0),
        ("建成10个村级群众文化活动室。", 10.0),
    ],
)
def test_places_built_for_people_stay(text, value):
    assert value in _values(text)
