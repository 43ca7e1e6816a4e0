"""A deadline between the subject and its verb ("黑臭水体于2025年底前消除比例达到90%", HK style
"黑點於 2023 年底前消除至少 75%") is the target's year, never part of its indicator (no dev gold
indicator holds a year)."""
from __future__ import annotations

from transform.document import parse_document
from transform.targets import extract_targets


def _rows(text: str) -> list[tuple[str, float, int | None]]:
    return [(t["indicator"], t["value"], t["year"]) for t in extract_targets(text, first_year=2021)]


def test_a_deadline_inside_a_rate_name():
    assert _rows("全区黑臭水体于2025年底前消除比例达到90%。") == [("黑臭水体消除比例", 90.0, 2025)]


def test_a_deadline_before_the_verb_and_at_least():
    rows = _rows("各部门确定的环境卫生黑点于2023年底前消除至少75%。")
    assert rows == [("各部门确定的环境卫生黑点消除", 75.0, 2023)]


def test_in_before_the_year_in_another_province_style():
    rows = _rows("全县农村卫生户厕在2024年内改造比例达到85%以上。")
    assert rows[0][0] == "农村卫生户厕改造比例" and rows[0][2] == 2024


def test_hong_kong_spacing():
    text = "某區環境衞生計劃\n一、目標\n區內環境衞生黑點於 2023 年底前消除至少 75%。\n"
    got = [(t["indicator"], t["value"], t["year"]) for t in parse_document(text, source="p.txt", is_text=True).targets]
    assert got and got[0][1:] == (75.0, 2023)
    assert "2023" not in got[0][0] and "於" not in got[0][0]


def test_a_cut_off_date_is_kept_apart():
    rows = _rows("截至2025年底累计建成5G基站3000个。")
    assert rows and not rows[0][0].startswith("截")


def test_a_baseline_year_stays_a_baseline():
    rows = [(t["indicator"], t["baseline_year"]) for t in extract_targets("到2025年，人均预期寿命在2020年基础上继续提高1岁左右。")]
    assert rows == [("人均预期寿命", 2020)]
    rows = [t["indicator"] for t in extract_targets("到2025年，人均预期寿命在2020年的基础上提高1岁。")]
    assert rows == ["人均预期寿命"]
    rows = [t["indicator"] for t in extract_targets("到2030年，粮食产量在2025年底基础上增加5万吨。")]
    assert rows == ["粮食产量"]
