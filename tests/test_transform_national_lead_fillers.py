"""我国/我省/我州/本省 at the start of an indicator name the place, as 我市/我县/本市 already did:
they are no part of what is measured ("我国森林覆盖率达到24.1%" → 森林覆盖率) (audit round 22A:
national and provincial plan news)."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


@pytest.mark.parametrize("text, indicator", [
    # a news report of a national plan
    ("规划提出，到2025年，我国森林覆盖率达到24.1%。", "森林覆盖率"),
    # a provincial plan
    ("到2025年，我省粮食产量稳定在700亿斤以上。", "粮食产量"),
    ("到2026年，我州旅游总收入突破300亿元。", "旅游总收入"),
    # a numbered item
    ("3.本省规上工业增加值年均增长6%以上。", "规上工业增加值"),
])
def test_the_place_is_no_part_of_the_indicator(text, indicator):
    assert extract_targets(text)[0]["indicator"] == indicator


def test_a_word_that_only_starts_like_it_stays():
    # 我国首个…: the place word goes, what follows stays
    [t] = extract_targets("我国首个国家公园建成面积达到100平方公里。")
    assert t["indicator"] == "首个国家公园建成面积"


def test_traditional_rendering_reads_the_same():
    text = "國家公路網規劃\n到2035年，我國國家公路網總規模約46.1萬公里。\n"
    targets = parse_document(text.encode(), source="x", is_text=True).targets
    assert [t["indicator"] for t in targets] == ["國家公路網總規模"]
