"""A share of a score ("本项工作占年度考核分值的10%", "占总分的15%", "权重占20%") is a scoring
weight, not a target; a share of the economy stays one ("数字经济占GDP比重达到10%")."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _values(text: str) -> set[float]:
    return {r["value"] for r in extract_targets(text, default_year=2025)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("本项工作占年度考核分值的10%。", 10.0),
        ("营商环境评价结果占总分的15%。", 15.0),
        ("群众满意度测评占考核权重的20%。", 20.0),
    ],
)
def test_a_share_of_a_score_is_a_weight(text, value):
    assert value not in _values(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("数字经济核心产业增加值占GDP比重达到10%。", 10.0),
        ("旅游总收入占地区生产总值的15%以上。", 15.0),
    ],
)
def test_a_share_of_the_economy_stays(text, value):
    assert value in _values(text)
