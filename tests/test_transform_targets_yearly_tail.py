"""每年/逐年 between a rate and its change ("森林覆盖率每年提高1个百分点") says how often, like 年均:
it is no part of the indicator."""
from __future__ import annotations

from transform.targets import extract_targets


def _ind(text: str) -> list[str]:
    return [t["indicator"] for t in extract_targets(text, first_year=2021)]


def test_every_year_after_a_rate():
    assert _ind("森林覆盖率每年提高1个百分点。") == ["森林覆盖率"]


def test_every_year_in_a_health_plan():
    assert _ind("儿童青少年总体近视率每年降低0.5个百分点以上。") == ["儿童青少年总体近视率"]


def test_year_by_year_in_another_wording():
    assert _ind("到2025年，全市规上工业增加值逐年增长8%。") == ["规上工业增加值"]
