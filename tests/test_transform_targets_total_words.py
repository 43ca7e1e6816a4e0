"""A total word alone before the number ("…10个服务团队，共40人", "合计1.5万亩") names nothing:
the value counts what the clause before it names, as a bare number after a comma does. A
total word that opens a noun (共享单车) stays."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize(
    "text, value",
    [
        ("全年组建12支志愿服务队，共360人。", 360.0),
        ("新建高标准农田3个片区，合计1.5万亩。", 1.5),
        ("改造老旧小区8个，总计2400户。", 2400.0),
        ("培训乡村医生20批次，共计800人次。", 800.0),
    ],
)
def test_a_total_word_alone_names_no_indicator(text, value):
    found = extract_targets(text, annual_year=2025)
    hit = next(t for t in found if t["value"] == value)
    assert hit["indicator"] not in ("共", "合计", "总计", "共计")
    assert hit["indicator"] == found[0]["indicator"]


@pytest.mark.parametrize(
    "text, indicator",
    [
        ("共享单车投放量控制在5000辆以内。", "共享单车投放量"),
        ("共建共享示范点达到20个。", "共建共享示范点"),
    ],
)
def test_a_noun_opening_with_a_total_character_stays(text, indicator):
    found = extract_targets(text, annual_year=2025)
    assert found and found[-1]["indicator"] == indicator
