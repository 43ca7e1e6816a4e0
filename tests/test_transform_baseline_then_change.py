"""A baseline value followed by a change by an amount (由2020年的23%提高2个百分点, 从目前的23.04%再
提高超1个百分点) is no target, like one followed by the level reached (由85%提高到90%), and it is no
part of the indicator: the amount measures 森林覆盖率 (audit round 22A: news reports of 十四五
plans, traditional renderings)."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


def _read(text: str) -> list[tuple]:
    return [(t["indicator"], t["value"], t["unit"]) for t in extract_targets(text)]


@pytest.mark.parametrize("text, expected", [
    # a plan's goals paragraph
    ("到2025年，森林覆盖率从2020年的23.04%提高1个百分点。", [("森林覆盖率", 1.0, "个百分点")]),
    ("到2025年，森林覆盖率由目前的23%提高2个百分点，达到25%。",
     [("森林覆盖率", 2.0, "个百分点"), ("森林覆盖率", 25.0, "%")]),
    # a news report
    ("规划提出，到2025年，全省森林覆盖率将从目前的23.04%再提高超1个百分点，达到24.1%。",
     [("森林覆盖率", 1.0, "个百分点"), ("森林覆盖率", 24.1, "%")]),
    # a decrease
    ("到2025年，万元GDP用水量由2020年的50立方米下降10%。", [("万元GDP用水量", 10.0, "%")]),
])
def test_the_baseline_of_a_change_by_an_amount_is_no_target(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the level reached: as before
    ("到2025年，森林覆盖率由2020年的85%提高到90%。", [(90.0, "%")]),
    # 由 naming who acts: the count stays
    ("由政府投资的5个项目全部开工。", [(5.0, "个")]),
    # a noun between the value and the change: not read as a baseline
    ("从2023年的100家企业中培育20家专精特新企业。", [(100.0, "家"), (20.0, "家")]),
])
def test_near_misses_keep_their_numbers(text, expected):
    assert [(t["value"], t["unit"]) for t in extract_targets(text)] == expected


def test_traditional_rendering_reads_the_same():
    text = (
        "展望“十四五”規劃\n"
        "“十四五”規劃提出，到2025年，我國森林覆蓋率將從目前的23.04%再提高超1個百分點，達到24.1%。\n"
    )
    targets = parse_document(text.encode(), source="x", is_text=True).targets
    assert [t["value"] for t in targets] == [1.0, 24.1]
    assert all("23.04" not in (t["indicator"] or "") for t in targets)
