"""A year written with a space before 年 ("到 2025 年", "2024 年底前": PDF text that puts a space
around every number) dates the targets after it like "到2025年" does; a baseline written so
("比 2020 年下降") stays a baseline."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


@pytest.mark.parametrize("text,year", [
    ("到 2025 年，全市重度及以上污染天数比率控制在 1%以内。", 2025),
    ("到2027 年,城市生活垃圾回收利用率达到 35%以上", 2027),
    ("2026 年底前，建成区黑臭水体消除比例达到 90%。", 2026),
    ("力争 2028 年,全省农作物耕种收综合机械化率达到78%", 2028),
])
def test_a_spaced_year_dates_what_follows(text, year):
    found = extract_targets(text)
    assert found and all(t["year"] == year for t in found)


def test_a_spaced_baseline_is_no_year_of_the_target():
    (t,) = extract_targets("到 2025 年，全县单位地区生产总值能耗比 2020 年下降 14%。")
    assert (t["year"], t["baseline_year"], t["change"]) == (2025, 2020, "decrease")


def test_a_spaced_year_in_a_later_sentence_moves_the_year_on():
    found = extract_targets("到 2025 年,新建充电桩 200 个。到 2030 年,新建充电桩 500 个。")
    assert [t["year"] for t in found] == [2025, 2030]


_PDF_PLAN = """关于印发某县节能降碳实施方案的通知
一、主要目标
到 2025 年，全县单位地区生产总值能耗比 2020 年下降 14%，非化石能源消费比重达到 20%左右。
到 2030 年，单位地区生产总值二氧化碳排放比 2005 年下降 65%以上。
二、重点任务
1.推进工业节能。2025 年，规模以上工业单位增加值能耗较 2020 年下降 15%。（牵头单位：县工信局）
"""


def test_a_plan_in_pdf_spacing_dates_its_goals_and_tasks():
    p = parse_document(_PDF_PLAN, source="p.txt", is_text=True)
    got = sorted((t["value"], t["year"], t["baseline_year"]) for t in p.targets)
    assert got == [(14, 2025, 2020), (15, 2025, 2020), (20, 2025, None), (65, 2030, 2005)]
