"""A comparator word between a change verb and its number (增长超过10%, 提高超1个百分点, 下降近5%,
增长不低于6%) keeps the change: change "increase"/"decrease" with the comparator of the word, as
增长约6% already did (audit round 22A: 十四五 news reports, "再提高超1个百分点")."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


def _read(text: str) -> list[tuple]:
    return [(t["value"], t["comparator"], t["change"]) for t in extract_targets(text)]


@pytest.mark.parametrize("text, expected", [
    # a plan's goals paragraph
    ("到2025年，森林覆盖率提高超1个百分点。", [(1.0, ">=", "increase")]),
    ("到2026年，规上工业营业收入年均增长超过10%。", [(10.0, ">=", "increase")]),
    # a news report
    ("方案提出，单位GDP能耗下降近5%，研发投入增长不低于8%。", [(5.0, "~", "decrease"), (8.0, ">=", "increase")]),
    # a text table row
    ("社会消费品零售总额 | 增长至少6% | 预期性", [(6.0, ">=", "increase")]),
])
def test_the_change_holds_behind_a_comparator(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # counts added: still no relative change
    ("新增企业超过10家。", [(10.0, ">=", None)]),
    ("新建学校超10所。", [(10.0, ">=", None)]),
    # a level: no change
    ("森林覆盖率达到超过45%。", [(45.0, ">=", None)]),
])
def test_counts_and_levels_stay_without_change(text, expected):
    assert _read(text) == expected


def test_traditional_rendering_reads_the_same():
    text = "展望“十四五”規劃\n“十四五”規劃提出，到2025年，我國森林覆蓋率再提高超1個百分點。\n"
    targets = parse_document(text.encode(), source="x", is_text=True).targets
    assert [(t["value"], t["change"]) for t in targets] == [(1.0, "increase")]
