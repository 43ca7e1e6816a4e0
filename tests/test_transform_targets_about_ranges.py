"""Two Chinese digits naming about so many (一两个, 两三家, 三五个, 七八条) are a range, as 1-2个 is
(EXTRACTION.md: the lower bound, ">=", ambiguous): they were read as a digit run (一两个 -> 12)."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple[float, str, str, bool]]:
    return [
        (r["value"], r["unit"], r["comparator"], r["ambiguous"])
        for r in extract_targets(text, annual_year=2025)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("鼓楼区每年新增一两个嵌入式照料中心。", [(1.0, "个", ">=", True)]),
        ("到2027年,培育一两家智慧健康养老示范企业。", [(1.0, "家", ">=", True)]),
        ("2.打造三五个乡村振兴示范村(牵头单位:县农业农村局)", [(3.0, "个", ">=", True)]),
        ("年内培育两三家龙头企业。", [(2.0, "家", ">=", True)]),
    ],
)
def test_about_so_many_is_a_range(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新建二十五个公园。", [(25.0, "个", "=", False)]),
        ("新建十二个公园。", [(12.0, "个", "=", False)]),
        ("建设三至五个示范村。", [(3.0, "个", ">=", True)]),
    ],
)
def test_near_misses(text, expected):
    assert _rows(text) == expected
