"""A figure in brackets after a target that names the present or base value ("（现状值90%）",
"（基数为13.2平方米）", "（现状：2.1平方米）") is a baseline, not a target; the target before it
stays, and a bracket that names a part ("（其中公办园60%）") is no baseline."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _values(text: str) -> set[float]:
    return {r["value"] for r in extract_targets(text, default_year=2025)}


@pytest.mark.parametrize(
    ("text", "target", "base"),
    [
        ("农村自来水普及率达到95%（现状值90%）。", 95.0, 90.0),
        ("人均公园绿地面积达到14.5平方米以上（基数为13.2平方米）。", 14.5, 13.2),
        ("人均体育场地面积达到2.6平方米（现状:2.1平方米）。", 2.6, 2.1),
        ("每千人口执业(助理)医师数达到3.2人(基期值2.8人)。", 3.2, 2.8),
    ],
)
def test_a_base_value_in_brackets_is_none(text, target, base):
    values = _values(text)
    assert target in values and base not in values


def test_a_part_in_brackets_stays():
    assert 60.0 in _values("普惠性幼儿园覆盖率达到90%（其中公办园在园幼儿占比60%）。")
