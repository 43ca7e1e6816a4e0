"""Modifiers joined by 、 before one noun (引领性、创新性产品, 国家级、省级龙头企业, 标准化、规范化
村卫生室) belong to that noun: the indicator runs through the 、 to the noun instead of stopping at
the first modifier. A 、 before another number still starts the next item. Data:
targets_indicators.toml (modifier_ends). Examples are invented."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple[str, float]]:
    return [(r["indicator"], r["value"]) for r in extract_targets(text, annual_year=2026)]


@pytest.mark.parametrize("text, rows", [
    ("到2027年，推出50项原创性、引领性技术成果。", [("推出原创性、引领性技术成果", 50)]),
    ("培育8家领军型、成长型链主企业。", [("培育领军型、成长型链主企业", 8)]),
    ("新建4个标准化、规范化、智能化村级服务站。", [("新建标准化、规范化、智能化村级服务站", 4)]),
    ("全年新增6家国家级、省级专精特新企业。", [("新增国家级、省级专精特新企业", 6)]),
])
def test_modifiers_joined_by_a_comma_stay_with_their_noun(text, rows):
    assert _rows(text) == rows


@pytest.mark.parametrize("text, rows", [
    ("创建2个国家级、3个省级示范区。", [("创建国家级", 2), ("省级示范区", 3)]),
    ("建设3个区域性物流中心、5个综合性服务站。", [("建设区域性物流中心", 3), ("综合性服务站", 5)]),
])
def test_a_number_after_the_comma_starts_the_next_item(text, rows):
    assert _rows(text) == rows
