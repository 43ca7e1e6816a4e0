"""A report of this year so far that forecasts the year's result ("1至11月，全县新增就业9800人，
预计全年将超过1万人") states an estimate, not a commitment: no target (audit round 4, issue 15).
A plan's own expectation without a reporting period ("预计新增合作社5家以上") stays one."""
from __future__ import annotations

from transform.targets import extract_targets


def test_a_forecast_after_a_reporting_period_is_no_target():
    rows = extract_targets("1至11月，全县城镇新增就业9800人，预计全年将超过1万人。", annual_year=2024)
    assert rows == []


def test_a_plans_expectation_stays():
    rows = extract_targets("预计新增农业合作社5家以上，带动农户200户以上。", annual_year=2024)
    assert [(r["value"], r["unit"]) for r in rows] == [(5.0, "家"), (200.0, "户")]
