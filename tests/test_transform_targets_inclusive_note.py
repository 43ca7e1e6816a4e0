"""A note that the bound is included, between a count and its noun (新增3所以上(含3所)区属公立幼儿园,
新建5个以上(含)村级服务站), is no aside that ends the phrase: the noun after it is counted (the
indicator was the bare verb 新增)."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple[str, float, str, str]]:
    return [
        (r["indicator"], r["value"], r["unit"], r["comparator"])
        for r in extract_targets(text, annual_year=2025)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("到2027年,确保新增3所以上(含3所)区属公立幼儿园。", [("新增区属公立幼儿园", 3.0, "所", ">=")]),
        ("2.新建5个以上(含)村级服务站。", [("新建村级服务站", 5.0, "个", ">=")]),
    ],
)
def test_the_noun_after_an_inclusive_note_is_counted(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新建学校3所(含改扩建)。", [("学校", 3.0, "所", "=")]),  # the note closes the phrase
        ("改造危桥12座(其中:中型3座)。", [("改造危桥", 12.0, "座", "="), ("中型", 3.0, "座", "=")]),
    ],
)
def test_near_misses(text, expected):
    assert _rows(text) == expected
