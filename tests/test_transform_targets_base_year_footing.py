"""A year named as the footing of a change ("在2020年基础上提高1岁左右", "在2020年的基础上翻一番",
"单位能耗在2022年基础上累计下降8%") is the baseline of the figure after it, never the year that
dates it: the figure keeps the year its sentence set (到2025年), and a plan's first year does not
read it as a figure of the past (audit round 12C)."""
from __future__ import annotations

from transform.targets import extract_targets


def _rows(text: str, **kw) -> list[tuple]:
    return [
        (t["indicator"], t["value"], t["unit"], t["change"], t["year"], t["baseline_year"])
        for t in extract_targets(text, **kw)
    ]


def test_a_footing_year_is_the_baseline_not_the_year():
    text = "到2025年，人均预期寿命在2020年基础上继续提高1岁左右，人均健康预期寿命同比例提高。"
    rows = [(r[0], r[1], r[2], r[4], r[5]) for r in _rows(text, first_year=2021)]
    assert rows == [("人均预期寿命", 1.0, "岁", 2025, 2020)]


def test_the_footing_with_de_and_a_decrease():
    text = "到2027年，全市单位地区生产总值能耗在2022年的基础上累计下降8%，森林覆盖率稳定在62%以上。"
    rows = _rows(text, first_year=2023)
    assert ("单位地区生产总值能耗", 8.0, "%", "decrease", 2027, 2022) in rows
    assert ("森林覆盖率", 62.0, "%", None, 2027, None) in rows


def test_a_footing_at_the_end_of_a_year_in_a_goals_list():
    text = "主要目标：到2030年，粮食产量在2025年底基础上增加5万吨；农村居民人均可支配收入增长7%。"
    rows = _rows(text, first_year=2026)
    assert ("粮食产量", 5.0, "万吨", "increase", 2030, 2025) in rows
    assert all(r[4] == 2030 for r in rows)


def test_a_year_that_dates_a_sentence_still_dates_it():
    # (no footing: "2024年，新建学校3所" keeps its year)
    assert _rows("2024年，新建学校3所。", first_year=2024) == [("学校", 3.0, "所", None, 2024, None)]


def test_cumulative_before_the_verb_is_no_part_of_the_indicator():
    text = "到2025年，单位GDP二氧化碳排放比2020年累计下降18%，新增城镇就业累计2万人。"
    rows = _rows(text, first_year=2021)
    assert ("单位GDP二氧化碳排放", 18.0, "%", "decrease", 2025, 2020) in rows
    assert all(not r[0].endswith("累计") for r in rows)
