"""A unit that begins with 千 (千瓦, 千瓦时, 千克) right after Arabic digits is read as written
("新增光伏装机50千瓦"): the number scan does not lose it for taking its 千 as a numeral."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple[float, str]]:
    return [(r["value"], r["unit"]) for r in extract_targets(text, default_year=2024)]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("新增光伏装机50千瓦。", (50.0, "千瓦")),
        ("建设村级分布式光伏电站,总装机300千瓦以上。", (300.0, "千瓦")),
        ("全年新增储能装机2000千瓦时。", (2000.0, "千瓦时")),
        ("新建绿道5千米、屋顶光伏800千瓦。", (800.0, "千瓦")),
    ],
)
def test_a_qian_unit_is_read(text, row):
    assert row in _rows(text)


def test_a_scale_qian_still_scales():
    assert _rows("新增造林8千亩。") == [(8.0, "千亩")]
