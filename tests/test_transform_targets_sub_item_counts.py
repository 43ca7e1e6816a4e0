"""A count of a list's sub-items ("…新建镇村公交候车亭100座等31项子内容", "…等18项子任务") is a
count of the plan's own items, like "31项内容": no target; the figures of the list stay (audit round
18B: a 区 民生实事 news read its "等31项子内容" closing count). Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _values(text: str) -> set[float]:
    return {t["value"] for t in parse_document(text, source="x.txt", is_text=True).targets}


@pytest.mark.parametrize(
    "sentence, count, kept",
    [
        ("其中包括：新增老年人助餐点12个、新建公交候车亭80座等27项子内容。", 27.0, {12.0, 80.0}),
        ("其中包括：新建口袋公园6个、改造老旧小区12个等18项子任务。", 18.0, {6.0, 12.0}),
        ("其中包括：新增托育機構3所、新建健身路徑150套等22項子內容。", 22.0, {3.0, 150.0}),
    ],
    ids=["sub-contents", "sub-tasks", "traditional"],
)
def test_a_count_of_sub_items_is_no_target(sentence, count, kept):
    lead = "近日，某区2025年度民生实事项目确定。2025年，某区将重点实施养老、教育、交通等方面民生实事。\n"
    got = _values(lead + sentence + "\n")
    assert kept <= got and count not in got, got
