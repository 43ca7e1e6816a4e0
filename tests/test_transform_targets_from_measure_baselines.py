"""A baseline named with its measure word ("起征点从月销售额10万元提高到15万元", "由年人均5000元
提高到5500元"): the subject is before 由/从, as in "由2020年的85%提高到90%"."""
from __future__ import annotations

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple[str, float]]:
    return [(t["indicator"], t["value"]) for t in extract_targets(text, first_year=2024)]


def test_a_monthly_sales_threshold():
    assert _rows("增值税起征点从月销售额10万元提高到15万元。") == [("增值税起征点", 15.0)]


def test_a_per_person_standard():
    assert _rows("农村低保标准由年人均5000元提高到5500元。") == [("农村低保标准", 5500.0)]
    assert _rows("城市低保标准由月人均600元提高到650元。") == [("城市低保标准", 650.0)]


def test_a_year_baseline_is_unchanged():
    assert _rows("森林覆盖率从2020年的40%提高到45%。") == [("森林覆盖率", 45.0)]


def test_from_without_a_level_after_it_stays():
    assert _rows("从严控制新增建设用地500亩。")[0][0] != ""
