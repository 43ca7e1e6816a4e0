"""A five-year period named as the baseline ("比“十三五”末增0.8亿元", "较十三五期末提高2个百分点")
is no year mention: the targets after it keep the year their sentence set (到2025年), and the
increase over the baseline is read like 比2020年 (audit round 4, issue 15)."""
from __future__ import annotations

from transform.targets import extract_targets

TEXT = (
    "到2025年，力争地区生产总值达3亿元，比“十三五”末增0.8亿元；工业总产值1.1亿元，比“十三五”末增0.3亿元；"
    "农民人均纯收入达11000元，较十三五期末增长25%。"
)


def test_a_period_baseline_does_not_end_the_year_of_the_sentence():
    rows = {(t["value"], t["unit"]): t for t in extract_targets(TEXT, first_year=2021)}
    for key in [(3.0, "亿元"), (1.1, "亿元"), (11000.0, "元")]:
        assert rows[key]["year"] == 2025
    assert rows[(25.0, "%")]["year"] == 2025 and rows[(25.0, "%")]["change"] == "increase"


def test_the_period_end_still_dates_what_follows_it():
    rows = extract_targets("到“十四五”末，全县森林覆盖率达到65%。")
    assert [(t["value"], t["year"]) for t in rows] == [(65.0, 2025)]


def test_the_increase_over_a_period_baseline_takes_the_subject_and_baseline():
    rows = [(t["indicator"], t["value"], t["change"], t["baseline_year"]) for t in extract_targets(TEXT)]
    assert ("地区生产总值", 0.8, "increase", 2020) in rows
    assert ("工业总产值", 0.3, "increase", 2020) in rows
    assert ("农民人均纯收入", 25.0, "increase", 2020) in rows
