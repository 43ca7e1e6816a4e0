"""A work report names the aspects its work covers with a bare count before 方面 ("要重点把握好3方面",
"从5方面发力"): the 方 is the head of 方面, no measure word (cubic metres), and a count of aspects is
no target (like "从9个方面"). Examples are invented."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _vu(text: str) -> list[tuple]:
    return [(r["value"], r["unit"]) for r in extract_targets(text)]


@pytest.mark.parametrize("text", [
    "具体工作中，要重点把握好3方面。",
    "围绕6方面持续发力，推动经济回升向好。",
    "街道将从4方面入手，提升基层治理水平。",
    "聚焦5方面重点任务，扎实推进乡村振兴。",
])
def test_a_bare_count_of_aspects_is_no_target(text):
    assert _vu(text) == []


@pytest.mark.parametrize("text,expected", [
    ("围绕6方面持续发力，新增城镇就业3500人。", [(3500.0, "人")]),
    ("完成土石方开挖12万方。", [(12.0, "万方")]),
    ("清理河道淤泥3000方，面积达到5万平方米。", [(3000.0, "方"), (5.0, "万平方米")]),
])
def test_the_measure_word_fang_still_counts(text, expected):
    assert _vu(text) == expected
