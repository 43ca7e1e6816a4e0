"""A count of places after 在 (在17个乡镇硬化道路10万平方米, 在39个村改造升级线路16.66公里) is where
the work is done, as EXTRACTION.md reads it: no part of the indicator of the figure after it (a
note in brackets after the places too: 在17个乡镇(街道办)…)."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple[str, float, str]]:
    return [(r["indicator"], r["value"], r["unit"]) for r in extract_targets(text, annual_year=2025)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("在17个乡镇硬化道路10万平方米。", [("硬化道路", 10.0, "万平方米")]),
        (  # a news list of 实事
            "在17个乡镇(街道办)硬化道路10万平方米并安装太阳能路灯1000盏。",
            [("硬化道路", 10.0, "万平方米"), ("安装太阳能路灯", 1000.0, "盏")],
        ),
        ("3.在39个村改造升级10千伏线路16.66公里", [("改造升级10千伏线路", 16.66, "公里")]),
        ("在三个社区新建养老服务站3个。", [("养老服务站", 3.0, "个")]),
    ],
)
def test_counted_places_are_no_indicator(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("在全县各镇新建停车位500个。", [("停车位", 500.0, "个")]),
        ("在5个乡镇建设10个示范村。", [("建设示范村", 10.0, "个")]),
        ("新建17个乡镇卫生院。", [("新建乡镇卫生院", 17.0, "个")]),  # no 在: the places are built
    ],
)
def test_near_misses(text, expected):
    assert _rows(text) == expected
