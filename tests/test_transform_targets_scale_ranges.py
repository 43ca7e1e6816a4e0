"""A range whose first bound carries only its scale word and whose unit follows the second bound
("300万至350万人次", "3万-5万亩", "1亿到2亿吨") has that unit, scale word included (万人次, 万亩,
亿吨): value the lower bound, comparator >=, ambiguous (EXTRACTION.md: a range "1-2个" is
ambiguous, value = the lower bound, comparator ">="; unit as written)."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


def _rows(text: str) -> list[tuple[float, str, str, bool]]:
    return [(t["value"], t["unit"], t["comparator"], t["ambiguous"]) for t in extract_targets(text)]


@pytest.mark.parametrize(
    "text, row",
    [
        # a tourism plan
        ("到2025年，全县年接待游客300万至350万人次。", (300, "万人次", ">=", True)),
        # a forestry work list
        ("3.实施国土绿化行动。每年完成造林3万-5万亩。", (3, "万亩", ">=", True)),
        # a news report of a sector plan
        ("《规划》提出，每年向长江下游输出机制砂石1亿到2亿吨。", (1, "亿吨", ">=", True)),
        # an employment target with a dash
        ("2024年，新增城镇就业1万—1.2万人。", (1, "万人", ">=", True)),
    ],
)
def test_the_unit_after_the_second_bound_is_the_ranges_unit(text, row):
    assert _rows(text)[-1] == row


def test_a_traditional_page_reads_the_range_unit():
    text = "某縣文旅發展規劃\n一、發展目標\n到2025年,全縣年接待遊客300萬至350萬人次。\n"
    rows = [(t["value"], t["unit"]) for t in parse_document(text, source="t.txt", is_text=True).targets]
    assert (300, "萬人次") in rows


@pytest.mark.parametrize(
    "text, row",
    [
        # ranges with their unit on both bounds or after a plain count read as before
        ("培育规上企业3-5家。", (3, "家", ">=", True)),
        ("争取投资3亿元-5亿元。", (3, "亿元", ">=", True)),
        # a scale-word range with no unit after it keeps its scale word
        ("新增3万-5万，其余由各镇自定。", (3, "万", ">=", True)),
    ],
)
def test_near_misses_stay(text, row):
    assert _rows(text)[-1] == row
