"""The suggestions collected while a plan was drafted are no targets, also when an estimate word
stands between the noun and the count ("收集各类意见和建议近100条"); a plan that commits to collect
them keeps the count."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _values(text: str) -> list[float]:
    return [r["value"] for r in extract_targets(text, default_year=2024)]


@pytest.mark.parametrize(
    "text",
    [
        "编制过程中共收集各类意见和建议近80条。",
        "先后征集社会各界意见建议约260条，采纳45条。",
        "累计收到群众建议共计120条。",
    ],
)
def test_collected_suggestions_are_no_targets(text):
    assert 80.0 not in _values(text) and 260.0 not in _values(text) and 120.0 not in _values(text)


def test_a_commitment_to_collect_stays():
    assert _values("力争收集群众意见建议近500条。") == [500.0]
