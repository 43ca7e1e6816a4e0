"""建制村, 建制镇 are nouns (administrative villages and towns), not the verb 建 before a noun:
"建制村通客车率保持100%" measures 建制村通客车率; "新建制冰站2座" keeps the verb."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("建制村通客车率保持100%。", "建制村通客车率"),
        ("具备条件的建制村通硬化路比例达到100%。", "具备条件的建制村通硬化路比例"),
        ("建制镇污水处理率达到85%以上。", "建制镇污水处理率"),
        ("建成农村公路200公里。", "农村公路"),
    ],
)
def test_jianzhi_is_part_of_the_noun(text, indicator):
    rows = extract_targets(text, default_year=2025)
    assert rows and rows[0]["indicator"] == indicator
