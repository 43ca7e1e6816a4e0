"""A count of households or people with a bound right before a settlement ("20户以上自然村通硬化路",
"50人以上的村民小组") says which settlements are meant, as a farm's scale (年出栏500头以上规模养殖场)
does: it is a qualifier, not a target (spec/EXTRACTION.md: thresholds that qualify what is counted).
A bound count that ends its phrase (完成农村危房改造5000户以上) stays a target."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _values(text: str) -> list[tuple[float, str]]:
    return [(r["value"], r["unit"]) for r in extract_targets(text, annual_year=2026)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a provincial document's list of rural roads
        (
            "有序推进县乡公路升级改造、20户以上自然村(组)通硬化路和联网路,提质建设农村公路3000公里。",
            [(3000.0, "公里")],
        ),
        # a county plan item
        ("3.推进30户以上的自然村通动力电,新建改造配电台区12个。", [(12.0, "个")]),
        # a news report
        ("今年将实现50人以上村民小组通客车,新开通客运线路5条。", [(5.0, "条")]),
        # a table row rendered as text
        ("2 通组道路 20户以上自然村通硬化路 120公里", [(120.0, "公里")]),
    ],
)
def test_settlement_size_is_no_target(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("完成农村危房改造5000户以上。", [(5000.0, "户")]),
        ("新增就业500人以上,村庄整治100个。", [(500.0, "人"), (100.0, "个")]),
        ("新建农村户厕2000户以上。", [(2000.0, "户")]),
        ("服务群众10万人以上。", [(10.0, "万人")]),
    ],
)
def test_bound_counts_stay(text, expected):
    assert _values(text) == expected
