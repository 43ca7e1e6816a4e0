"""The years of a 分别 list ("2023—2025年分别新增5家、6家、8家") never include a baseline year:
"氮氧化物、挥发性有机物排放总量比2020年分别下降10%以上" holds by the year of its context (2025), with
2020 as its baseline_year, not year 2020 (audit round 22A: 空气质量 plans of 2024, their goals
sentences split by semicolons)."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


def _years(text: str) -> list[tuple]:
    return [(t["value"], t["year"], t["baseline_year"]) for t in extract_targets(text)]


@pytest.mark.parametrize("text, expected", [
    # a plan's goals paragraph, the list after a semicolon
    ("到2025年，细颗粒物浓度比2020年下降7.1%；氮氧化物、挥发性有机物排放总量比2020年分别下降10%以上。",
     [(7.1, 2025, 2020), (10.0, 2025, 2020)]),
    # a news report: 较 instead of 比
    ("《方案》提出，到2026年，单位GDP能耗达标；能耗、碳排放总量较2023年分别下降5%。",
     [(5.0, 2026, 2023)]),
    # text rendering of a table row
    ("主要污染物减排 到2025年 | 化学需氧量、氨氮排放量 与2020年相比分别下降8%", [(8.0, 2025, 2020)]),
])
def test_a_baseline_year_is_no_listed_year(text, expected):
    assert _years(text) == expected


@pytest.mark.parametrize("text, expected", [
    # years listed one per value: as before
    ("到2025年，产值达到10亿元；2023—2025年分别新增企业5家、6家、8家。",
     [(10.0, 2025, None), (5.0, 2023, None), (6.0, 2024, None), (8.0, 2025, None)]),
    ("2024年、2025年分别达到50%、60%。", [(50.0, 2024, None), (60.0, 2025, None)]),
])
def test_listed_years_still_pair_with_values(text, expected):
    assert _years(text) == expected


def test_traditional_rendering_reads_the_same():
    text = (
        "內蒙古自治區空氣質量持續改善行動實施方案\n"
        "到2025年，全區細顆粒物濃度比2020年下降7.1%；氮氧化物、揮發性有機物排放總量比2020年分別下降10%以上。\n"
    )
    targets = parse_document(text.encode(), source="x", is_text=True).targets
    assert [(t["value"], t["year"], t["baseline_year"]) for t in targets] == [(7.1, 2025, 2020), (10.0, 2025, 2020)]
