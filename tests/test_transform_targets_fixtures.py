"""Whole plans in the style of other provinces (tests/fixtures/targets/*.txt), line by line, against
hand-checked expectations (*.expected.json): every number a target, every other number not."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from transform.targets import extract_targets

FIXTURES = Path(__file__).parent / "fixtures" / "targets"
CASES = {"annual_services_2024": 2024, "digital_economy_2023_2025": None}


@pytest.mark.parametrize("name", sorted(CASES))
def test_fixture_plan_targets(name):
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    expected = json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))
    got = [dict(r, line=i) for i, line in enumerate(text.split("\n"))
           for r in extract_targets(line, annual_year=CASES[name])]
    keys = ("line", "value", "unit", "comparator", "change", "year", "baseline_year")
    assert [tuple(r[k] for k in keys) for r in got] == [tuple(e[k] for k in keys) for e in expected]
    for r, e in zip(got, expected, strict=True):
        ind, want = r["indicator"] or "", e["indicator"]
        assert ind and (want in ind or ind in want), (ind, want)
