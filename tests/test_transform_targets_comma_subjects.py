"""A subject set off by a comma before its baseline ("单位国内生产总值二氧化碳排放，比2020年下降18%"):
the clause before names what the value measures when it holds no number of its own."""
from __future__ import annotations

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple[str | None, float]]:
    return [(t["indicator"], t["value"]) for t in extract_targets(text, first_year=2021)]


def test_a_carbon_intensity_before_a_comma():
    rows = _rows("到2025年，主要污染物排放总量持续下降，单位国内生产总值二氧化碳排放，比2020年下降18%。")
    assert rows == [("单位国内生产总值二氧化碳排放", 18.0)]


def test_an_energy_intensity_in_another_wording():
    assert _rows("到2025年，单位地区生产总值能耗，较2020年降低14%。") == [("单位地区生产总值能耗", 14.0)]


def test_a_clause_with_a_number_is_no_subject():
    rows = _rows("到2025年，全市地区生产总值达到500亿元，比2020年增长40%。")
    assert rows[1][0] != "全市地区生产总值达到500亿元"
