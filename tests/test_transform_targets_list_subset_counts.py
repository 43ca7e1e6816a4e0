"""Counts of a list's own items are no targets, also when a modifier such as 重要 stands before the
item word ("确定的20件重要民生实事") and when the count stands alone as the subject of a clause after
the list was named ("…实事,有12件来自代表建议", "其中8项已经完成"): a part of the list, not work."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _values(text: str) -> set[float]:
    return {r["value"] for r in extract_targets(text, annual_year=2026)}


@pytest.mark.parametrize(
    "text",
    [
        "今年确定的20件重要民生实事已经基本完成。",
        "市政府今年确定了20件重要的民生实事。",
        "县里确定的12项重要为民实事正在推进。",
    ],
)
def test_a_modified_count_of_the_list_own_items(text):
    assert _values(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "2026年确定的20件民生实事,有12件直接来自人大代表的建议。",
        "今年的十件民生实事中,其中8项已经完成,其余正在收尾。",
        "全年安排重点民生事项15项,其中有6项由区级部门牵头。",
    ],
)
def test_a_part_of_the_list_counted_alone(text):
    assert not ({12.0, 8.0, 6.0} & _values(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("办好十件民生实事,确保有8件在年内全面完成。", 8.0),
        ("新建农村公路120公里,其中有30公里为旅游路。", 120.0),
        ("全年新建口袋公园15个,有8个建在老城区。", 15.0),
    ],
)
def test_commitments_and_other_units_stay(text, value):
    assert value in _values(text)
